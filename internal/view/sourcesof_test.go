package view

import (
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
)

// bigReport is a report of n articles (n/4 outlets) and 10n facts, each
// told by five articles, in text of our own.
func bigReport(n int) *compare.Report {
	rep := &compare.Report{}
	for i := range n {
		rep.Articles = append(rep.Articles, compare.Article{ID: fmt.Sprintf("a%d", i), Outlet: fmt.Sprintf("Outlet %d", i/4)})
	}
	for f := range 10 * n {
		var fact compare.Fact
		for k := range 5 {
			a := (f*7 + k*13) % n
			fact.Sentences = append(fact.Sentences, compare.FactSentence{Article: fmt.Sprintf("a%d", a), Paragraph: k,
				Text: fmt.Sprintf("The council of Reddin met %d times on Tuesday, outlet %d wrote.", f, a)})
		}
		rep.Facts = append(rep.Facts, fact)
	}
	return rep
}

// sourcesOfSlow is sourcesOf as h/overview56 wrote it (outletOf per
// sentence): the reference the faster one must equal.
func sourcesOfSlow(rep *compare.Report, credited string) map[string]string {
	from := map[string]string{}
	for _, f := range rep.Facts {
		covered := slices.ContainsFunc(f.Sentences, func(fs compare.FactSentence) bool { return outletOf(rep, fs.Article) == credited })
		for _, fs := range f.Sentences {
			s := withoutDateline(sentenceOf(fs))
			if _, ok := from[s]; ok {
				continue
			}
			if covered {
				from[s] = ""
			} else {
				from[s] = outletOf(rep, fs.Article)
			}
		}
	}
	return from
}

// TestSourcesOfSame: sourcesOf gives what it gave before it read the
// outlets once (review56b), on a large report and on one with an
// article no outlet lists.
func TestSourcesOfSame(t *testing.T) {
	rep := bigReport(120)
	rep.Facts[3].Sentences = append(rep.Facts[3].Sentences, compare.FactSentence{Article: "gone", Text: "An article of no outlet."})
	for _, credited := range []string{"Outlet 0", "Outlet 7", "", "No such outlet"} {
		if got, want := sourcesOf(rep, credited), sourcesOfSlow(rep, credited); !maps.Equal(got, want) {
			t.Errorf("sourcesOf(%q) differs from before: %d entries, want %d", credited, len(got), len(want))
		}
	}
}

// BenchmarkSourcesOf: an event of 300 articles and 3,000 facts.
func BenchmarkSourcesOf(b *testing.B) {
	rep := bigReport(300)
	b.ResetTimer()
	for range b.N {
		sourcesOf(rep, "Outlet 5")
	}
}
