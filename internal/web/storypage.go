package web

import (
	"context"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/view"
)

// storyEntry is what the server keeps of a story once its page is built:
// the page and the API answer, compressed, and the facts for the fact
// page and endpoint, so that a large story costs a few hundred kilobytes
// of memory instead of megabytes.
type storyEntry struct {
	id, title string
	updated   time.Time
	members   int
	html      body
	json      body
	facts     factsBlob
	cols      map[string]col
	// outlets is the outlets' version it was built at: the page shows
	// its outlets' records and leans.
	outlets int64
}

// size estimates the memory an entry holds.
func (e *storyEntry) size() int64 {
	return e.html.size() + e.json.size() + e.facts.size() + int64(200*len(e.cols))
}

// buildStory reads, compares and renders one story.
func (s *Server) buildStory(ctx context.Context, id string) (*storyEntry, error) {
	story, arts, err := view.StoryDetail(ctx, s.st, s.an, s.reader(), id)
	if err != nil {
		return nil, err
	}
	rep, err := view.Report(ctx, s.an, story, arts)
	if err != nil {
		return nil, fmt.Errorf("compare story %s: %w", story.ID, err)
	}
	p := newStoryPage(rep)
	j, err := marshalJSON(p.Report)
	if err != nil {
		return nil, fmt.Errorf("story %s: %w", story.ID, err)
	}
	h, err := s.renderBytes("story", page{Title: orDash(p.Report.Title), Nav: "stories", Data: p})
	if err != nil {
		return nil, err
	}
	facts, err := newFactsBlob(rep.Facts)
	if err != nil {
		return nil, fmt.Errorf("story %s: %w", story.ID, err)
	}
	return &storyEntry{id: rep.ID, title: rep.Title, updated: rep.Summary.Updated, members: len(rep.Members),
		html: newBody(h), json: newBody(j), facts: facts, cols: p.cols}, nil
}

// factData is what the page of one fact shows.
type factData struct {
	Story, StoryTitle string
	Fact              compare.Fact
	Sentences         []sentence
	// Own are the labels of what of a fact claimed as only in its
	// article no other article gives (see compare.Fact.Own).
	Own []string
	// PartBasis says what made a fact told in part elsewhere
	// (compare.Fact.PartBasis), the other article named by its outlet, as
	// a sentence: "A sentence of Harbour Post shares words with it
	// (“relief fund”)."; "" for every other fact.
	PartBasis string
}

// fact returns the page of fact i, or false when there is none.
func (e *storyEntry) fact(i int) (factData, bool) {
	f, ok := e.facts.fact(i)
	if !ok {
		return factData{}, false
	}
	d := factData{Story: e.id, StoryTitle: e.title, Fact: f, Own: ownLabels(f.Own)}
	if f.QuoteOnly != "" {
		d.Own = ownLabels(withoutQuotes(f.Own)) // the page says whose words only it quotes
	}
	d.PartBasis = partBasisLine(f, e.cols)
	for _, fs := range f.Sentences {
		c, ok := e.cols[fs.Article]
		if !ok {
			c = col{ID: fs.Article, Label: fs.Article}
		}
		d.Sentences = append(d.Sentences, sentence{Col: c, Text: fs.Shown(), OnlyHere: fs.OnlyHere, Adds: fs.Adds, Speaker: fs.Speaker})
	}
	return d, true
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}
