package compare

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// statementRunsReport is a large made-up report for leftOut: nArts articles
// of nArts/2 outlets, nGroups quote groups each quoted by five articles,
// nFacts facts each quoting a line of a group, reported by most outlets.
func statementRunsReport(nArts, nGroups, nFacts int) *Report {
	rng := rand.New(rand.NewSource(57))
	word := func() string { return fmt.Sprintf("w%d", rng.Intn(400)) }
	line := func(n int) string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = word()
		}
		return strings.Join(ws, " ")
	}
	r := &Report{}
	for i := 0; i < nArts; i++ {
		r.Articles = append(r.Articles, Article{ID: fmt.Sprintf("a%d", i), Outlet: fmt.Sprintf("Outlet %d", i/2)})
	}
	lines := make([]string, nGroups)
	for g := range nGroups {
		lines[g] = line(30)
		var qs []QuoteUse
		for _, k := range rng.Perm(nArts)[:5] {
			from := rng.Intn(10)
			qs = append(qs, QuoteUse{Article: r.Articles[k].ID, Text: strings.Join(strings.Fields(lines[g])[from:from+20], " ")})
		}
		r.Quotes = append(r.Quotes, QuoteGroup{Quotes: qs})
	}
	for range nFacts {
		var by []string
		for _, k := range rng.Perm(nArts)[:nArts/2+2] {
			by = append(by, r.Articles[k].ID)
		}
		text := "The mayor of the town told the council on the day of the vote that \"" + strings.Join(strings.Fields(lines[rng.Intn(nGroups)])[20:27], " ") + "\" and left the hall."
		r.Facts = append(r.Facts, Fact{ReportedBy: by, Sentences: []FactSentence{{Article: by[0], Text: text}}})
	}
	return r
}

// oldQuotesAny is statementRuns.quotesAny as session 57 wrote it: every
// statement's articles searched for each of ids.
type oldStatement struct {
	runs     map[string]bool
	articles []string
}

func oldStatementRuns(r *Report) []oldStatement {
	var out []oldStatement
	for _, g := range r.Quotes {
		set := map[string]bool{}
		var arts []string
		for _, u := range g.Quotes {
			for _, run := range wordRuns(u.Text) {
				set[run] = true
			}
			arts = append(arts, u.Article)
		}
		out = append(out, oldStatement{set, arts})
	}
	return out
}

func oldQuotesAny(s []oldStatement, runs, ids []string) bool {
	for _, st := range s {
		if !slices.ContainsFunc(ids, func(id string) bool { return slices.Contains(st.articles, id) }) {
			continue
		}
		for _, run := range runs {
			if st.runs[run] {
				return true
			}
		}
	}
	return false
}

// TestStatementRunsSameAnswers: the index by article answers as the
// search of every statement did, on a large made-up report.
func TestStatementRunsSameAnswers(t *testing.T) {
	r := statementRunsReport(40, 300, 400)
	s, old := newStatementRuns(r), oldStatementRuns(r)
	c := newDiffCtx(r)
	articlesOf := map[string][]string{}
	for _, a := range r.Articles {
		articlesOf[a.Outlet] = append(articlesOf[a.Outlet], a.ID)
	}
	yes := 0
	for _, f := range r.Facts {
		runs := quotedRuns(f)
		for _, o := range c.outlets {
			got, want := s.quotesAny(runs, articlesOf[o]), oldQuotesAny(old, runs, articlesOf[o])
			if got != want {
				t.Fatalf("outlet %s: quotesAny %v, want %v", o, got, want)
			}
			if got {
				yes++
			}
		}
	}
	if yes == 0 {
		t.Fatal("no outlet quotes any statement: the test does not test")
	}
}

// BenchmarkLeftOut measures leftOut on a large report (40 articles, 20
// outlets, 1,500 quote groups, 2,000 facts).
func BenchmarkLeftOut(b *testing.B) {
	r := statementRunsReport(40, 1500, 2000)
	b.ResetTimer()
	for range b.N {
		newDiffCtx(r).leftOut()
	}
}

// TestRemarkLine: a sentence most of whose words a quotation holds is a
// speaker's line; a reporting sentence whose short quotation runs on into
// the next sentence is not (its unpaired mark opens, session 57 counted
// every word before it as quoted).
func TestRemarkLine(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{`The harbour board said on Tuesday that the night ferry would stop from May, calling the change "a matter of safety.`, false},
		{`The harbour board said on Tuesday that the night ferry would stop from May, calling the change “a matter of safety.`, false},
		{`it was a matter of safety for all of us," the board said.`, true},
		{`it was a matter of safety for all of us” the board said.`, true},
		{`"We will keep the ferry running at night," the mayor said.`, true},
		{`The mayor said the ferry would keep running at night.`, false},
		{`The mayor said "we will keep the ferry running at night and all day."`, true},
	} {
		if got := remarkLine(FactSentence{Text: c.text}); got != c.want {
			t.Errorf("remarkLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if !remarkLine(FactSentence{Text: "The mayor said so.", Speaker: "Ana Roe"}) {
		t.Error("a sentence with a speaker is a remark")
	}
}
