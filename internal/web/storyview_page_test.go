package web_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/web"
)

// leaningStore is a store that knows some outlets' leanings.
type leaningStore struct {
	web.Stores
	leans map[string]string
}

func (s leaningStore) OutletLeans(_ context.Context, outlets []string) (map[string]string, error) {
	out := map[string]string{}
	for _, o := range outlets {
		if l, ok := s.leans[o]; ok {
			out[o] = l
		}
	}
	return out, nil
}

// TestStoryPageOpensWithWhatDiffers checks the story page's order and
// parts: the title, What differs with the altered quote's words struck
// and inserted and links to the detail, a lens per outlet, the timeline
// drawn as SVG with its text, and no leanings picture from a store that
// knows none.
func TestStoryPageOpensWithWhatDiffers(t *testing.T) {
	f := newFixture(t, web.Config{})
	strike := storyID(t, f, "port strike")
	code, _, b := f.do(t, "GET", "/stories/"+strike, "", nil)
	if code != http.StatusOK {
		t.Fatalf("GET story = %d", code)
	}
	page := string(b)
	order := []string{"<h1>", `id="differs"`, "quote Tomas Brennick in different words", `href="#quote-`,
		`The figures for ships differ`, `href="#number-`, `class="lens-pick"`, `id="lens-1"`, "reported first", `class="strip"`, `id="facts"`, `id="members"`}
	at := 0
	for _, w := range order {
		i := strings.Index(page[at:], w)
		if i < 0 {
			t.Errorf("the story page lacks %q after byte %d (or has it out of order)", w, at)
			continue
		}
		at += i
	}
	differs := page[strings.Index(page, `id="differs"`):]
	differs = differs[:strings.Index(differs, "</section>")]
	if !strings.Contains(differs, "<del>a direct</del>") || !strings.Contains(differs, "<ins>an</ins>") {
		t.Errorf("What differs does not show the altered quote's words struck and inserted:\n%s", differs)
	}
	if strings.Contains(page, `class="lean-bar"`) {
		t.Errorf("the story page draws the leanings with no leaning known")
	}
	// Every link to the detail on the page has its target.
	for _, id := range []string{"quote-", "number-", "copy-", "lens-"} {
		for rest := page; ; {
			i := strings.Index(rest, `href="#`+id)
			if i < 0 {
				break
			}
			rest = rest[i+len(`href="#`):]
			target := rest[:strings.IndexByte(rest, '"')]
			if !strings.Contains(page, `id="`+target+`"`) {
				t.Errorf("the story page links #%s, which it does not hold", target)
			}
		}
	}
}

// TestStoryPageLeanings draws the left/centre/right picture from a store
// that knows the outlets' leanings.
func TestStoryPageLeanings(t *testing.T) {
	leans := map[string]string{"Valmora Courier": "Lean Left", "Continental Wire": "Center", "Northshore Times": "right"}
	f := newFixtureWith(t, web.Config{}, func(st web.Stores) web.Stores { return leaningStore{st, leans} })
	strike := storyID(t, f, "port strike")
	_, _, b := f.do(t, "GET", "/stories/"+strike, "", nil)
	page := string(b)
	for _, w := range []string{`class="lean-bar"`, `class="lean-left"`, `class="lean-centre"`, `class="lean-right"`,
		"By the outlets&#39; leaning: left 1 article from 1 outlet, centre 1 article from 1 outlet, right 1 article from 1 outlet; the leaning of 1 outlet is not known.",
		`<span class="lean lean-left">Lean Left</span>`} {
		if !strings.Contains(page, w) {
			t.Errorf("the story page lacks %q", w)
		}
	}
	for _, p := range liveMarkup(t, b) {
		t.Errorf("the story page with leanings: %s", p)
	}
}
