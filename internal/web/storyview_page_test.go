package web_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/web"
)

// TestStoryPageOpensWithWhatDiffers checks the story page's order and
// parts: the title, What differs with the altered quote's words struck
// and inserted and links to the detail, a lens per outlet, the timeline
// drawn as SVG with its text, and no outlet's lean when none is rated.
func TestStoryPageOpensWithWhatDiffers(t *testing.T) {
	f := newFixture(t, web.Config{})
	strike := storyID(t, f, "strike")
	code, _, b := f.do(t, "GET", "/stories/"+strike, "", nil)
	if code != http.StatusOK {
		t.Fatalf("GET story = %d", code)
	}
	page := string(b)
	order := []string{"<h1>", `id="differs"`, "quote Tomas Brennick in different words", `href="#quote-`,
		`“Twelve” to “At least ten”`, `href="#copy-`, `class="lens-pick"`, `id="lens-1"`, "reported first", `class="strip"`, `id="facts"`, `id="members"`}
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
	// Struck words first, then the added ones, each said in words, and
	// whose words they are written on the page.
	if want := `<span class="diff"><del><span class="vh">[struck:] </span>a direct</del> <ins><span class="vh">[added:] </span>an</ins> <span>attack on`; !strings.Contains(differs, want) ||
		!strings.Contains(differs, `<span class="diff-legend">(struck: as Valmora Courier quotes it; added: as Northshore Times does)</span>`) {
		t.Errorf("What differs does not show the altered quote's words struck, then inserted, with its legend:\n%s", differs)
	}
	for _, side := range []string{"left", "center", "right"} {
		if strings.Contains(page, `class="lean lean-`+side) || strings.Contains(page, `class="seg-`+side) {
			t.Errorf("the story page shows a %s lean with no outlet rated", side)
		}
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

// TestStoryPageLeanings checks the story page of rated outlets: each
// outlet's lean beside its name and in its lens, linked to its record, and
// the coverage by lean drawn as a bar in the coverage section, below What
// differs.
func TestStoryPageLeanings(t *testing.T) {
	f := ratedFixture(t)
	strike := storyID(t, f, "strike")
	_, _, b := f.do(t, "GET", "/stories/"+strike, "", nil)
	page := string(b)
	order := []string{`id="differs"`, `class="lens-pick"`, `class="lean lean-right"`, `id="lens-1"`, `href="/outlets/valmora-courier"`,
		`id="coverage"`, `class="chart lean-summary"`, "Coverage by lean:", `class="leanbar"`, `id="facts"`}
	at := 0
	for _, w := range order {
		i := strings.Index(page[at:], w)
		if i < 0 {
			t.Errorf("the story page lacks %q after byte %d (or has it out of order)", w, at)
			continue
		}
		at += i
	}
	for _, p := range liveMarkup(t, b) {
		t.Errorf("the story page with leanings: %s", p)
	}
}
