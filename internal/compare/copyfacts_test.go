package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestCopyChainsCountAccounts: the articles of a fact group that copy
// another of the group count with it as one account, in the group and in
// the story, and quoting the same statements is no copying.
func TestCopyChainsCountAccounts(t *testing.T) {
	for _, tc := range []struct {
		name     string
		docs     []string // article ids of the story
		copies   []Copy
		group    []string
		copied   []FactCopy
		coverage string
		text     map[string]string // the group's sentences, when the copies' added passages matter
	}{
		{"no copies", []string{"a", "b", "c", "d"}, nil, []string{"a", "b"}, nil, CoverageSome, nil},
		{"a copy pair alone", []string{"a", "b", "c", "d"}, []Copy{{Source: "a", Copy: "b", Kind: "derived"}},
			[]string{"a", "b"}, []FactCopy{{Copy: "b", Source: "a"}}, CoverageOne, nil},
		{"a copy pair and one more", []string{"a", "b", "c", "d"}, []Copy{{Source: "a", Copy: "b", Kind: "near-duplicate"}},
			[]string{"a", "b", "c"}, []FactCopy{{Copy: "b", Source: "a"}}, CoverageMost, nil},
		{"every article", []string{"a", "b", "c", "d"}, []Copy{{Source: "a", Copy: "b", Kind: "duplicate"}},
			[]string{"a", "b", "c", "d"}, []FactCopy{{Copy: "b", Source: "a"}}, CoverageAll, nil},
		{"two of three accounts", []string{"a", "b", "c", "d"}, []Copy{{Source: "a", Copy: "b", Kind: "derived"}},
			[]string{"c", "d"}, nil, CoverageMost, nil},
		{"a chain", []string{"a", "b", "c", "d", "e"}, []Copy{{Source: "a", Copy: "b", Kind: "derived"}, {Source: "b", Copy: "c", Kind: "derived"}},
			[]string{"a", "b", "c"}, []FactCopy{{Copy: "b", Source: "a"}, {Copy: "c", Source: "b"}}, CoverageOne, nil},
		{"a chain whose middle is not in the group", []string{"a", "b", "c", "d", "e"}, []Copy{{Source: "a", Copy: "b", Kind: "derived"}, {Source: "b", Copy: "c", Kind: "derived"}},
			[]string{"a", "c"}, []FactCopy{{Copy: "c", Source: "a", Via: "b"}}, CoverageOne, nil},
		{"two copies of a source not in the group", []string{"a", "b", "c", "d", "e"}, []Copy{{Source: "a", Copy: "b", Kind: "derived"}, {Source: "a", Copy: "c", Kind: "near-duplicate"}},
			[]string{"b", "c", "d"}, []FactCopy{{Copy: "c", Source: "b", Via: "a", Shared: true}}, CoverageMost, nil},
		{"two copies of one source", []string{"a", "b", "c", "d"}, []Copy{{Source: "a", Copy: "b", Kind: "derived"}, {Source: "a", Copy: "c", Kind: "duplicate"}},
			[]string{"a", "b", "c"}, []FactCopy{{Copy: "b", Source: "a"}, {Copy: "c", Source: "a"}}, CoverageOne, nil},
		{"a relation both ways", []string{"a", "b", "c"}, []Copy{{Source: "a", Copy: "b", Kind: "revision"}, {Source: "b", Copy: "a", Kind: "revision"}},
			[]string{"a", "b"}, []FactCopy{{Copy: "b", Source: "a"}}, CoverageOne, nil},
		{"one account in all", []string{"a", "b"}, []Copy{{Source: "a", Copy: "b", Kind: "near-duplicate"}},
			[]string{"a", "b"}, []FactCopy{{Copy: "b", Source: "a"}}, CoverageOne, nil},
		{"what the copy leaves out", []string{"a", "b"}, []Copy{{Source: "a", Copy: "b", Kind: "near-duplicate"}},
			[]string{"a"}, nil, CoverageOne, nil},
		{"a sentence a partial copy adds of its own", []string{"a", "b", "c", "d"},
			[]Copy{{Source: "a", Copy: "b", Kind: "derived", Inserted: []string{"The pumps ran  all night at the mill, the owner said. Roads stayed shut"}}},
			[]string{"a", "b"}, nil, CoverageSome, map[string]string{"a": "Pumps worked through the night.", "b": "The pumps ran all night at the mill, the owner said."}},
		{"a sentence a partial copy rewrites", []string{"a", "b", "c", "d"},
			[]Copy{{Source: "a", Copy: "b", Kind: "derived", Inserted: []string{"A wide gap in trade remains, yet the city council is doing the borrowing for us"}}},
			[]string{"a", "b"}, []FactCopy{{Copy: "b", Source: "a"}}, CoverageOne,
			map[string]string{"a": "A wide trade deficit remains, but now the city council is doing the spending and borrowing for us.",
				"b": "A wide gap in trade remains, yet the city council is doing the borrowing for us."}},
		{"a sentence a partial copy edits", []string{"a", "b", "c", "d"},
			[]Copy{{Source: "a", Copy: "b", Kind: "derived", Inserted: []string{"all night"}}},
			[]string{"a", "b"}, []FactCopy{{Copy: "b", Source: "a"}}, CoverageOne, map[string]string{"a": "The pumps ran at the mill.", "b": "The pumps ran all night at the mill."}},
		{"shared quotes are no copy", []string{"a", "b", "c", "d"}, []Copy{{Source: "a", Copy: "b", Kind: KindSharesQuotes}},
			[]string{"a", "b"}, nil, CoverageSome, nil},
	} {
		docs := make([]*doc, len(tc.docs))
		at := map[string]int{}
		for i, id := range tc.docs {
			docs[i] = &doc{art: &article.Article{ID: id}, idx: i}
			at[id] = i
		}
		in := map[int]bool{}
		for _, id := range tc.group {
			in[at[id]] = true
		}
		var text map[int]string
		for id, s := range tc.text {
			if text == nil {
				text = map[int]string{}
			}
			text[at[id]] = s
		}
		chains := newCopyChains(tc.docs, tc.copies)
		rels, k := chains.within(in, text)
		var got []FactCopy
		for _, r := range rels {
			got = append(got, chains.factCopy(docs, r))
		}
		if !slices.Equal(got, tc.copied) {
			t.Errorf("%s: copies %v, want %v", tc.name, got, tc.copied)
		}
		account, n := chains.accounts()
		of := map[int]bool{}
		for d := range in {
			of[account[d]] = true
		}
		if c := accountCoverage(k, len(of), n); c != tc.coverage {
			t.Errorf("%s: coverage %s (%d accounts, %d of the story's %d), want %s", tc.name, c, k, len(of), n, tc.coverage)
		}
	}
}

// copiedReport is a story of three outlets in which the Ledger copies
// the Gazette: one fact the two alone give, one all three give.
func copiedReport() *Report {
	return &Report{
		Articles: []Article{{ID: "g", Outlet: "Gazette"}, {ID: "l", Outlet: "Ledger"}, {ID: "c", Outlet: "Courier"}},
		Facts: []Fact{
			{Coverage: CoverageAll, ReportedBy: []string{"g", "l", "c"}, Copies: []FactCopy{{Copy: "l", Source: "g"}},
				Sentences: []FactSentence{{Article: "g", Text: "The dam held."}, {Article: "l", Text: "The dam held."}, {Article: "c", Text: "The old dam held firm."}}},
			{Coverage: CoverageOne, ReportedBy: []string{"l", "g"}, Copies: []FactCopy{{Copy: "l", Source: "g"}},
				Sentences: []FactSentence{{Article: "l", Text: "Pumps ran all night at the mill."}, {Article: "g", Text: "Pumps ran through the night at the mill."}}},
			{Coverage: CoverageOne, ReportedBy: []string{"c"}, Sentences: []FactSentence{{Article: "c", Text: "The ferry stopped."}}},
		},
		Copies: []Copy{{Source: "g", Copy: "l", Kind: "derived", Extent: "partly", Share: 0.3, Basis: "published", DirectionKnown: true}},
	}
}

// TestCopiedFactsRead: a fact a copy repeats is shown as its source's
// alone, with the copy named after it, and not as two outlets' agreement;
// the copy's sentence in a shared fact says whose it copies; the summary
// counts the fact for its source and says the copy repeats it.
func TestCopiedFactsRead(t *testing.T) {
	r := copiedReport()
	var md strings.Builder
	if err := WriteMarkdown(&md, r); err != nil {
		t.Fatal(err)
	}
	out := md.String()
	for _, want := range []string{
		"An article that copies another counts with its source as one outlet",
		"   - **Ledger** *(copy of Gazette)***:** The dam held.",
		"### Only in Gazette: 1 sentence\n\n- Pumps ran through the night at the mill. *(and its copy in Ledger)*\n",
		"### Only in Courier: 1 sentence\n\n- The ferry stopped.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, out)
		}
	}
	for _, not := range []string{"Only in Ledger", "Pumps ran all night"} {
		if strings.Contains(out, not) {
			t.Errorf("Markdown has %q:\n%s", not, out)
		}
	}
	var only []string
	for _, d := range Differences(r, 20) {
		if d.Kind == DiffOnly {
			only = append(only, d.Text)
		}
	}
	want := []string{"Only Courier reports 1 fact the others leave out", "Only Gazette reports 1 fact the others leave out; Ledger repeats it in its copy"}
	if !slices.Equal(only, want) {
		t.Errorf("only-facts summary %q, want %q", only, want)
	}
}

// TestOneAccountHasNoOnlyFacts: when every article copies one, the
// summary claims no fact one outlet alone reports, and the Markdown
// lists the facts as that account's, not as "Only in" it.
func TestOneAccountHasNoOnlyFacts(t *testing.T) {
	r := copiedReport()
	r.Articles = r.Articles[:2]
	r.Facts = r.Facts[:2]
	r.Facts[0].ReportedBy = []string{"g", "l"}
	r.Facts[0].Sentences = r.Facts[0].Sentences[:2]
	for _, d := range Differences(r, 20) {
		if d.Kind == DiffOnly {
			t.Errorf("summary says %q", d.Text)
		}
	}
	var md strings.Builder
	if err := WriteMarkdown(&md, r); err != nil {
		t.Fatal(err)
	}
	out := md.String()
	if !strings.Contains(out, "### The account of Gazette: 1 sentence\n\n- Pumps ran through the night at the mill. *(and its copy in Ledger)*\n") ||
		!strings.Contains(out, "With one account, no outlet leaves out what another reports") {
		t.Errorf("Markdown lacks the one account's facts:\n%s", out)
	}
	if strings.Contains(out, "Only in") {
		t.Errorf("Markdown claims a fact only one outlet gives:\n%s", out)
	}
}

// TestRepeatedBy words what the copies repeat.
func TestRepeatedBy(t *testing.T) {
	c := &diffCtx{r: &Report{Articles: []Article{{ID: "g"}, {ID: "l"}, {ID: "w"}}},
		labels: map[string]string{"g": "Gazette", "l": "Ledger", "w": "Wire"}, outlet: map[string]string{}}
	for _, tc := range []struct {
		copies map[string]int
		n      int
		want   string
	}{
		{nil, 3, ""},
		{map[string]int{"l": 1}, 1, "; Ledger repeats it in its copy"},
		{map[string]int{"l": 2}, 2, "; Ledger repeats both in its copy"},
		{map[string]int{"l": 5}, 5, "; Ledger repeats all of them in its copy"},
		{map[string]int{"w": 2, "l": 11}, 15, "; Ledger repeats 11 of them in its copy, Wire repeats 2 of them in its copy"},
	} {
		if got := c.repeatedBy(tc.copies, tc.n); got != tc.want {
			t.Errorf("repeatedBy(%v, %d) = %q, want %q", tc.copies, tc.n, got, tc.want)
		}
	}
}

func TestLongestRun(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"The dam held.", "the DAM held firm", 3},
		{"Pumps ran, all night.", "The ferry stopped.", 0},
		{"yet the city council is doing the borrowing", "but now the city council is doing the spending", 6},
	} {
		if got := longestRun(tc.a, tc.b); got != tc.want {
			t.Errorf("longestRun(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}
