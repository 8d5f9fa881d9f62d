package web_test

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/samples"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
	"github.com/parallax-news/parallax/internal/web"
)

// TestAPIShowsWordsNotStems: the words and names the API gives of a story
// (why each member joined, its storyline's) and of the storylines are
// written in the articles as given: never a match key or a stem
// ("strik", "negoti").
func TestAPIShowsWordsNotStems(t *testing.T) {
	f := newFixture(t, web.Config{})
	arts, err := samples.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, a := range arts {
		text.WriteString(a.Title + "\n" + strings.Join(a.Paragraphs, "\n") + "\n")
	}
	written := strings.ToLower(text.String())
	check := func(where string, terms []string) {
		t.Helper()
		for _, w := range terms {
			if !regexp.MustCompile(`(^|[^\pL\pN])` + regexp.QuoteMeta(strings.ToLower(w)) + `($|[^\pL\pN])`).MatchString(written) {
				t.Errorf("%s: %q is written in no article", where, w)
			}
		}
	}
	var rep view.StoryReport
	f.getJSON(t, "/api/v1/stories/"+storyID(t, f, "strike"), http.StatusOK, &rep)
	joined := 0
	for _, m := range rep.Members {
		check("member "+m.ID, m.Joined.TopTerms)
		joined += len(m.Joined.TopTerms)
	}
	if joined == 0 {
		t.Errorf("no member says what it joined on")
	}
	if l := rep.Storyline; l != nil {
		check("the story's storyline", append(append([]string(nil), l.Entities...), l.Terms...))
	}
	var lines []store.Storyline
	f.getJSON(t, "/api/v1/storylines?limit=500", http.StatusOK, &lines)
	for _, l := range lines {
		check("storyline "+l.ID, append(append([]string(nil), l.Entities...), l.Terms...))
	}
}
