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

// TestABPEntityErrors writes to PARALLAX_ABP_ENTITY_ERRORS (a file outside
// the repository) every judged mention whose predicted type is wrong or
// missing, with its text, for the judge.
// Run: PARALLAX_ABP_DB=copy.db PARALLAX_ABP_ENTITY_ERRORS=/tmp/errors.txt go test ./internal/eval/findingseval -run ABPEntityErrors
func TestABPEntityErrors(t *testing.T) {
	path, out := os.Getenv("PARALLAX_ABP_DB"), os.Getenv("PARALLAX_ABP_ENTITY_ERRORS")
	if path == "" || out == "" {
		t.Skip("set PARALLAX_ABP_DB and PARALLAX_ABP_ENTITY_ERRORS to list the entity typing errors of the judged sample")
	}
	ctx := context.Background()
	st := openABP(t, ctx, path)
	stories, err := ReadStories(storiesPath)
	if err != nil {
		t.Fatal(err)
	}
	gold, err := ReadEntityLabels(entitiesPath)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	eachStory(t, ctx, st, stories, func(_ Story, arts []*article.Article, as []*nlp.Analysis, _ *compare.Report) {
		for i, a := range arts {
			found := map[MentionKey]string{}
			for _, e := range as[i].Entities {
				for _, m := range e.Mentions {
					if m.Kind == nlp.MentionName {
						found[MentionKey{a.ID, m.Para, m.Start, m.End}] = string(e.Type)
					}
				}
			}
			for k, want := range gold {
				if k.Article != a.ID {
					continue
				}
				got, ok := found[k]
				if ok && got == want {
					continue
				}
				if !ok {
					got = "-"
				}
				text := a.Title
				if k.Para >= 0 && k.Para < len(a.Paragraphs) {
					text = a.Paragraphs[k.Para]
				}
				span := "?"
				if k.End <= len(text) {
					span = text[k.Start:k.End]
				}
				lines = append(lines, fmt.Sprintf("got %-7s want %-7s %q\t%s:%d:%d", got, want, span, k.Article, k.Para, k.Start))
			}
		}
	})
	sort.Strings(lines)
	if err := os.WriteFile(out, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}
