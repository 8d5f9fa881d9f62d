package findingseval

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
)

// TestABPNumberRowsDump writes, for a census or a label pass, every
// number row of two outlets or more of the stories listed in the file
// PARALLAX_ABP_ROWS_STORIES (name, story id, article ids, as the judged
// sets' stories files) to PARALLAX_ABP_ROWS_OUT, one row a line: name,
// story, row index, what, kind, the figures' keys (article:paragraph:code
// point offset@figure, sorted, as rows69-draw7160.tsv keys them), "D" for
// a discrepancy ("-" else) and the outlets' sentences. The text is the
// articles' own: the file must be outside the repository (h/numbers70).
// PARALLAX_ABP_ROWS_ALL=1 writes the rows of one outlet too.
// Run: PARALLAX_ABP_DB=copy.db PARALLAX_ABP_ROWS_STORIES=stories.tsv PARALLAX_ABP_ROWS_OUT=/tmp/rows.tsv go test ./internal/eval/findingseval -run 'ABPNumberRowsDump$'
func TestABPNumberRowsDump(t *testing.T) {
	path, list, out := os.Getenv("PARALLAX_ABP_DB"), os.Getenv("PARALLAX_ABP_ROWS_STORIES"), os.Getenv("PARALLAX_ABP_ROWS_OUT")
	if path == "" || list == "" || out == "" {
		t.Skip("set PARALLAX_ABP_DB, PARALLAX_ABP_ROWS_STORIES and PARALLAX_ABP_ROWS_OUT to dump the number rows of the listed stories")
	}
	stories, err := ReadStories(list)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st := openABP(t, ctx, path)
	var b strings.Builder
	eachStory(t, ctx, st, stories, func(s Story, arts []*article.Article, _ []*nlp.Analysis, r *compare.Report) {
		byID := map[string]*article.Article{}
		for _, a := range arts {
			byID[a.ID] = a
		}
		for qi, q := range r.Numbers {
			outs := map[string]bool{}
			for _, v := range q.Values {
				outs[byID[v.Article].Outlet] = true
			}
			if len(outs) < 2 && os.Getenv("PARALLAX_ABP_ROWS_ALL") == "" {
				continue // PARALLAX_ABP_ROWS_ALL set: rows of one outlet too (h/forms71)
			}
			var locs, show []string
			for _, v := range q.Values {
				locs = append(locs, figLoc(byID[v.Article], v.Sentence, v.Text))
				show = append(show, byID[v.Article].Outlet+" ["+v.Text+"] "+v.Sentence)
			}
			sort.Strings(locs)
			d := "-"
			if q.Discrepancy {
				d = "D"
			}
			fmt.Fprintf(&b, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n", s.Name, s.StoryID, qi, q.What, q.Kind, strings.Join(locs, ";"), d, strings.Join(show, " || "))
		}
	})
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatalf("write %s: %v", out, err)
	}
}

// figLoc is the key of figure text in sentence of a: the sentence's
// paragraph (Loc) and the code point offset of the figure in it.
func figLoc(a *article.Article, sentence, text string) string {
	l := Loc(a, sentence)
	var id string
	var pi, off int
	if _, err := fmt.Sscanf(strings.Replace(l, ":", " ", 2), "%s %d %d", &id, &pi, &off); err == nil {
		p := a.Title
		if pi >= 0 && pi < len(a.Paragraphs) {
			p = a.Paragraphs[pi]
		}
		if j := strings.Index(p[min(off, len(p)):], text); j >= 0 {
			off += j
		}
		off = len([]rune(p[:min(off, len(p))]))
		return fmt.Sprintf("%s:%d:%d@%s", a.ID, pi, off, text)
	}
	return l + "@" + text
}
