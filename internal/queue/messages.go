package queue

import (
	"encoding/json"
	"fmt"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/feed"
)

// Articles is a message of the articles queue: articles read or fetched,
// each Identify'd and finished, and for each the input it came from.
// A group larger than one message can hold (add stores its articles in
// groups of pipeline.BatchSize, one transaction each, and the cleaning
// models learnt depend on those groups) has its articles in Chunks: the
// sequences, in the chunks stream, of Articles messages to be stored
// with it in one transaction, in order.
type Articles struct {
	Articles []*article.Article `json:"articles"`
	Inputs   []string           `json:"inputs"`
	Chunks   []uint64           `json:"chunks,omitempty"`
}

// Fetch is a message of the fetch queue: one page to fetch, or one feed
// item to read (its page, else the feed's own content for it).
type Fetch struct {
	URL  string        `json:"url,omitempty"`
	Item *feed.ItemJob `json:"item,omitempty"`
}

// Mark is a point in a work stream: the work queued there up to Seq (on
// Subject only, when it is set: the derive stream holds two stages' work).
// A Seq of 0 stands for the stream's last message at the moment the marks
// before it in a list are passed.
type Mark struct {
	Stream  string `json:"stream"`
	Seq     uint64 `json:"seq"`
	Subject string `json:"subject,omitempty"`
}

// Derive is a message of the derive queue: bring copy detection (then
// stories) up to date once the work up to every mark in After is done,
// in their order.
type Derive struct {
	After []Mark `json:"after"`
	// StoriesQueued says, on a copies request, that its stories request
	// is queued already (a job's): the copies step asks for none.
	StoriesQueued bool `json:"stories_queued,omitempty"`
}

func decode[T any](data []byte, what string) (T, error) {
	var v T
	if err := json.Unmarshal(data, &v); err != nil {
		return v, fmt.Errorf("decode %s message: %w", what, err)
	}
	return v, nil
}

// DecodeArticles reads an articles message, checking that every article
// has an input and an identity.
func DecodeArticles(data []byte) (Articles, error) {
	m, err := decode[Articles](data, "articles")
	if err != nil {
		return m, err
	}
	if len(m.Inputs) != len(m.Articles) {
		return m, fmt.Errorf("articles message: %d articles but %d inputs", len(m.Articles), len(m.Inputs))
	}
	for i, a := range m.Articles {
		if a == nil || a.ID == "" || a.ContentHash == "" {
			return m, fmt.Errorf("articles message: article %d (from %s) has no identity", i, m.Inputs[i])
		}
	}
	return m, nil
}

// DecodeFetch reads a fetch message.
func DecodeFetch(data []byte) (Fetch, error) {
	m, err := decode[Fetch](data, "fetch")
	switch {
	case err != nil:
	case m.Item != nil && m.Item.Key == "":
		err = fmt.Errorf("fetch message: a feed item without a key")
	case m.Item != nil:
		m.URL = m.Item.URL
	case m.URL == "":
		err = fmt.Errorf("fetch message without a URL")
	}
	return m, err
}

// DecodeDerive reads a derive message.
func DecodeDerive(data []byte) (Derive, error) {
	m, err := decode[Derive](data, "derive")
	if err != nil {
		return m, err
	}
	for _, mk := range m.After {
		if mk.Stream != StreamFetch && mk.Stream != StreamArticles && mk.Stream != StreamDerive {
			return m, fmt.Errorf("derive message: unknown stream %q", mk.Stream)
		}
		if mk.Subject != "" && mk.Subject != SubjectCopies && mk.Subject != SubjectStories {
			return m, fmt.Errorf("derive message: unknown subject %q", mk.Subject)
		}
	}
	return m, nil
}
