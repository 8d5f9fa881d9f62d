package findingseval

import (
	"context"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
)

// TestABPLinkSplits counts, over every event of two or more outlets of
// the database at PARALLAX_ABP_LINK_DB (a copy), the persons the
// cross-article link gives twice: two linked persons of one event whose
// keys end in one surname (no Jr or Sr) and whose given names can be one
// (Naming.SameGiven: "bill barr" and "william barr"). It links with
// no table of short forms (nil Naming) and with the analyzer's, and logs
// both counts and the pairs left. No sampling: every event is read, its
// articles in story order (at most view.CompareAtMost = 100), cleaned as
// the story page cleans them.
func TestABPLinkSplits(t *testing.T) {
	path := os.Getenv("PARALLAX_ABP_LINK_DB")
	if path == "" {
		t.Skip("set PARALLAX_ABP_LINK_DB to count the persons the link splits")
	}
	ctx := context.Background()
	st := openABP(t, ctx, path)
	an, rd := analyzerAndReader(t, ctx, st)
	nm := an.Naming(nlp.DefaultLang)
	stories, err := st.Stories(ctx, store.StoryQuery{Limit: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(stories, func(i, j int) bool { return stories[i].ID < stories[j].ID })
	type tally struct{ persons, pairs, events int }
	var without, with tally
	left := map[string]int{}
	for _, s := range stories {
		if len(s.Outlets) < 2 {
			continue
		}
		_, as, err := st.Story(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		var all []*nlp.Analysis
		for _, asg := range as[:min(100, len(as))] {
			a, err := st.Get(ctx, asg.Article)
			if err != nil {
				t.Fatal(err)
			}
			var m *article.Article
			if m, _, err = rd.Masked(ctx, a); err != nil {
				t.Fatal(err)
			}
			all = append(all, an.Analyze(nlp.Input{Title: m.Title, Paragraphs: m.Paragraphs, Lang: m.Language}))
		}
		for _, c := range []struct {
			into *tally
			nm   *nlp.Naming
		}{{&without, nil}, {&with, nm}} {
			var keys []string
			for _, g := range nlp.Link(all, c.nm) {
				if g.Type == nlp.Person {
					c.into.persons++
					keys = append(keys, g.Key)
				}
			}
			n := 0
			for i := range keys {
				for j := i + 1; j < len(keys); j++ {
					if samePerson(nm, keys[i], keys[j]) {
						n++
						if c.nm != nil {
							left[keys[i]+" ~ "+keys[j]]++
						}
					}
				}
			}
			c.into.pairs += n
			if n > 0 {
				c.into.events++
			}
		}
	}
	t.Logf("without short forms: %d persons, %d split pairs in %d events", without.persons, without.pairs, without.events)
	t.Logf("with short forms:    %d persons, %d split pairs in %d events", with.persons, with.pairs, with.events)
	var ks []string
	for k := range left {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		t.Logf("left: %s (%d)", k, left[k])
	}
}

// samePerson reports whether two person keys ("william barr", "bill
// barr") name one surname, no generational suffix, with given names that
// can be one.
func samePerson(nm *nlp.Naming, a, b string) bool {
	x, y := strings.Fields(a), strings.Fields(b)
	if len(x) < 2 || len(y) < 2 || x[len(x)-1] != y[len(y)-1] {
		return false
	}
	switch x[len(x)-1] {
	case "jr", "sr", "ii", "iii", "iv", "junior", "senior":
		return false
	}
	return nm.SameGiven(x[0], y[0])
}
