package findingseval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
)

// TestABPDump writes, for a judge, every finding of the stories of
// PARALLAX_ABP_STORIES (default: every judged set, see judgedSets) with
// its label when it has one and the text it shows, one file per story in
// the directory PARALLAX_ABP_DUMP, and summary.tsv there: the findings
// of each story by type, all and unjudged. The text is the articles' own:
// the directory must be outside the repository.
// Run: PARALLAX_ABP_DB=copy.db PARALLAX_ABP_DUMP=/tmp/dump go test ./internal/eval/findingseval -run ABPDump
func TestABPDump(t *testing.T) {
	path, dir := os.Getenv("PARALLAX_ABP_DB"), os.Getenv("PARALLAX_ABP_DUMP")
	if path == "" || dir == "" {
		t.Skip("set PARALLAX_ABP_DB and PARALLAX_ABP_DUMP to dump the findings of the judged sample for judging")
	}
	var stories []Story
	for _, p := range strings.Split(os.Getenv("PARALLAX_ABP_STORIES"), ",") {
		if p == "" {
			continue
		}
		s, err := ReadStories(p)
		if err != nil {
			t.Fatal(err)
		}
		stories = append(stories, s...)
	}
	if len(stories) == 0 {
		for _, set := range judgedSets {
			s, err := ReadStories(set.storiesPath())
			if err != nil {
				t.Fatal(err)
			}
			stories = append(stories, s...)
		}
	}
	labels, err := ReadLabels(labelsPaths()...)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st := openABP(t, ctx, path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var summary strings.Builder
	eachStory(t, ctx, st, stories, func(s Story, arts []*article.Article, _ []*nlp.Analysis, r *compare.Report) {
		var b strings.Builder
		for _, a := range r.Articles {
			fmt.Fprintf(&b, "# %s %s %s | %s\n", a.ID, a.Published, a.Outlet, a.Title)
		}
		all, unjudged := map[string]int{}, map[string]int{}
		for _, f := range Findings(r, arts) {
			all[f.Type]++
			l, ok := labels[[2]string{s.Name, f.Key}]
			v := "?"
			if ok {
				v = l.Verdict + " " + l.Reason
			} else {
				unjudged[f.Type]++
			}
			fmt.Fprintf(&b, "\n%s\t%s\t%s\n", s.Name, f.Key, v)
			if f.Type != f.Key[:strings.IndexByte(f.Key, '|')] {
				fmt.Fprintf(&b, "    (%s)\n", f.Type) // a tally apart under the same key: "F?"
			}
			for _, l := range f.Show {
				fmt.Fprintf(&b, "    %s\n", l)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, s.Name+".txt"), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		var types []string
		for k := range all {
			types = append(types, k)
		}
		sort.Strings(types)
		fmt.Fprintf(&summary, "%s\t%s", s.Name, s.StoryID)
		for _, k := range types {
			fmt.Fprintf(&summary, "\t%s=%d/%d", k, all[k], unjudged[k])
		}
		summary.WriteString("\n")
	})
	if err := os.WriteFile(filepath.Join(dir, "summary.tsv"), []byte(summary.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
