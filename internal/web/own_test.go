package web_test

import (
	"fmt"
	"html"
	"net/http"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/web"
)

// TestOnlyInShowsItsOwnPart: a fact one outlet alone reports carries,
// in the API, what of it no other article has (own), and the story
// page's lens of that outlet and the fact's page list those details
// after the sentence ("only here: …"), escaped.
func TestOnlyInShowsItsOwnPart(t *testing.T) {
	f := newFixture(t, web.Config{})
	id := storyID(t, f, "strike")
	var rep compare.Report
	f.getJSON(t, "/api/v1/stories/"+id, http.StatusOK, &rep)
	n := -1
	for i, fc := range rep.Facts {
		if fc.OnlyIn() && len(fc.Own) > 0 {
			n = i
			break
		}
		if !fc.OnlyIn() && len(fc.Own) > 0 {
			t.Errorf("fact %d is not claimed as only in its article but has own details %v", i, fc.Own)
		}
	}
	if n < 0 {
		t.Fatalf("no fact of the strike story is claimed with details of its own")
	}
	first := html.EscapeString(rep.Facts[n].Own[0].Label())
	_, _, b := f.do(t, "GET", "/stories/"+id, "", nil)
	if page := string(b); !strings.Contains(page, `<span class="only">only here: `+first) {
		t.Errorf("the story page's lens does not list %s after the fact's sentence", first)
	}
	code, _, b := f.do(t, "GET", fmt.Sprintf("/stories/%s/facts/%d", id, n), "", nil)
	if code != http.StatusOK || !strings.Contains(string(b), `<p class="only">Only this article gives: `+first) {
		t.Errorf("the fact's page (%d) does not list %s", code, first)
	}
}

// TestQuoteOnlyShownAsWords: a fact one outlet alone gives that is
// mostly a named speaker's words carries its speaker in the API
// (quote_only), and the pages show it as words only that article
// quotes, not as a fact the others leave out: the fact's page says
// whose words only it quotes and that others may make the point, and
// the story page's lens lists it under "Alone quotes", apart from the
// facts the outlet alone reports.
func TestQuoteOnlyShownAsWords(t *testing.T) {
	f := newFixture(t, web.Config{})
	var list []struct{ ID string }
	f.getJSON(t, "/api/v1/stories?limit=100", http.StatusOK, &list)
	for _, s := range list {
		var rep compare.Report
		f.getJSON(t, "/api/v1/stories/"+s.ID, http.StatusOK, &rep)
		for i, fc := range rep.Facts {
			if fc.QuoteOnly != "" && !fc.OnlyIn() {
				t.Errorf("story %s fact %d is not claimed as only in its article but has quote_only %q", s.ID, i, fc.QuoteOnly)
			}
			if !fc.QuoteOnlyIn() {
				continue
			}
			who := html.EscapeString(fc.QuoteOnly)
			code, _, b := f.do(t, "GET", fmt.Sprintf("/stories/%s/facts/%d", s.ID, i), "", nil)
			if page := string(b); code != http.StatusOK || !strings.Contains(page, "Only this article quotes these words of "+who+".") || strings.Contains(page, "The rest of its sentence") {
				t.Errorf("the fact's page (%d) does not show fact %d as %s's words only it quotes", code, i, who)
			}
			_, _, b = f.do(t, "GET", "/stories/"+s.ID, "", nil)
			if page := string(b); !strings.Contains(page, "<dt>Alone quotes</dt>") || !strings.Contains(page, "<b>"+who+"</b>: ") {
				t.Errorf("the story page's lens does not list %s's words under Alone quotes", who)
			}
			return
		}
	}
	t.Fatal("no fact of the fixture stories is a speaker's words only one article quotes")
}
