package view

import (
	"context"
	"slices"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/store"
)

// fakeStories is a StoryReader of fictional stories.
type fakeStories struct {
	members map[string][]string
	arts    map[string]*article.Article
}

func (f fakeStories) Story(_ context.Context, id string) (store.Story, []store.Assignment, error) {
	var as []store.Assignment
	for _, a := range f.members[id] {
		as = append(as, store.Assignment{Article: a, Story: id})
	}
	return store.Story{ID: id}, as, nil
}

func (f fakeStories) Get(_ context.Context, id string) (*article.Article, error) {
	return f.arts[id], nil
}

func TestDisplayStories(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	st := fakeStories{
		members: map[string][]string{"s1": {"a1", "a2"}},
		arts: map[string]*article.Article{
			"a1": {ID: "a1", Title: "Protests in Valmora", Paragraphs: []string{"Mayor Ilse Varn met protesters in Valmora on Monday as the protests entered a third week."}},
			"a2": {ID: "a2", Title: "Valmora mayor meets protesters", Paragraphs: []string{"Protesters marched to the town hall, where Ilse Varn promised talks with the Harbour Union."}},
		},
	}
	list := []outlets.Story{{Story: store.Story{ID: "s1", Entities: []string{"ilse varn", "valmora", "no such key"}, Terms: []string{"protest", "valmora", "zzzq"}}}}
	if err := DisplayStories(context.Background(), st, an, list); err != nil {
		t.Fatal(err)
	}
	if got, want := list[0].Entities, []string{"Ilse Varn", "Valmora"}; !slices.Equal(got, want) {
		t.Errorf("entities %q, want %q (names as written; keys the articles do not hold left out)", got, want)
	}
	if got, want := list[0].Terms, []string{"protesters"}; !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q (words as written, not stems; none that a listed name holds)", got, want)
	}
}

// TestMarkMerged: a story has one starter; an article that started an
// event merged into it later says so.
func TestMarkMerged(t *testing.T) {
	ms := []Member{{ID: "a", Joined: store.Assignment{New: true}}, {ID: "b"}, {ID: "c", Joined: store.Assignment{New: true}}, {ID: "d"}}
	markMerged(ms)
	for i, want := range []bool{false, false, true, false} {
		if ms[i].Merged != want {
			t.Errorf("%s: merged %v, want %v", ms[i].ID, ms[i].Merged, want)
		}
	}
}

// TestCasedTextsShiftedOffsets: a text whose length lower-casing keeps
// while moving the offsets between (Ⱥ grows by a byte, ẞ shrinks by one)
// gives no name cut from the wrong bytes; a text lower-casing leaves in
// place still gives the name as written.
func TestCasedTextsShiftedOffsets(t *testing.T) {
	c := newCasedTexts([]string{"Ⱥ Kolja Vantner ẞ", "Dock strike: \u212a Kolja Vantner", "Bad \xff Kolja Vantner"})
	if got, ok := c.asWritten("kolja vantner"); ok {
		t.Errorf("asWritten = %q from a text whose offsets lower-casing moves", got)
	}
	c = newCasedTexts([]string{"Ⱥ Kolja Vantner ẞ", "Talks with KOLJA Vantner, Zoë said"})
	if got, ok := c.asWritten("kolja vantner"); !ok || got != "KOLJA Vantner" {
		t.Errorf("asWritten = %q, %v; want KOLJA Vantner", got, ok)
	}
}
