package compare

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestRankDifferences(t *testing.T) {
	d := func(kind string, score float64, text string) Difference {
		return Difference{Kind: kind, Score: score, Text: text, Index: -1}
	}
	texts := func(ds []Difference) []string {
		out := make([]string, len(ds))
		for i, x := range ds {
			out[i] = x.Text
		}
		return out
	}
	for _, tc := range []struct {
		name string
		in   []Difference
		n    int
		want []string
	}{
		{"by score", []Difference{d(DiffWording, 4, "w"), d(DiffQuote, 10, "q"), d(DiffNumbers, 8, "n")}, 3, []string{"q", "n", "w"}},
		{"ties by kind then text", []Difference{d(DiffCopy, 5, "c"), d(DiffNaming, 5, "b"), d(DiffNaming, 5, "a")}, 3, []string{"a", "b", "c"}},
		{"n keeps the best", []Difference{d(DiffWording, 4, "w"), d(DiffQuote, 10, "q"), d(DiffNumbers, 8, "n")}, 2, []string{"q", "n"}},
		{"two of a kind before other kinds", []Difference{
			d(DiffWording, 9, "w1"), d(DiffWording, 8, "w2"), d(DiffWording, 7, "w3"), d(DiffNumbers, 3, "n")}, 3,
			[]string{"w1", "w2", "n"}},
		{"three altered quotes", []Difference{
			d(DiffQuote, 11, "q1"), d(DiffQuote, 10, "q2"), d(DiffQuote, 10, "q3"), d(DiffQuote, 10, "q4"), d(DiffNaming, 5, "n")}, 4,
			[]string{"q1", "q2", "q3", "n"}},
		{"one kind fills every place", []Difference{
			d(DiffWording, 9, "w1"), d(DiffWording, 8, "w2"), d(DiffWording, 7, "w3")}, 3, []string{"w1", "w2", "w3"}},
		{"nothing", nil, 8, []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := slices.Clone(tc.in)
			got := texts(RankDifferences(tc.in, tc.n))
			if !slices.Equal(got, tc.want) {
				t.Errorf("RankDifferences = %q, want %q", got, tc.want)
			}
			if !slices.EqualFunc(in, tc.in, func(a, b Difference) bool { return a.Text == b.Text && a.Score == b.Score }) {
				t.Errorf("RankDifferences changed its argument")
			}
		})
	}
}

// storyReport is a report of three fictional outlets, written by hand:
// an altered quote and a shortened one, a charged name and a quiet
// honorific, a disputed figure and one only the Courier gives, loaded
// words, facts only one outlet reports and one the Courier leaves out,
// a copy with an insertion and two articles that only share quotes.
func storyReport() *Report {
	return &Report{
		Articles: []Article{
			{ID: "g", Outlet: "Gazette"}, {ID: "l", Outlet: "Ledger"}, {ID: "c", Outlet: "Courier", OnlyNames: []string{"Ana Brill"}},
		},
		Quotes: []QuoteGroup{
			{Speaker: "Ilse Varn", Kind: QuoteShortened, Quotes: []QuoteUse{{Article: "g", Text: "we will rebuild"}, {Article: "l", Text: "we will rebuild the bridge by spring"}},
				Diffs: []QuoteDiff{{From: "g", To: "l", Kind: QuoteShortened, FromText: "we will rebuild", ToText: "we will rebuild the bridge by spring",
					Ops: []DiffOp{{OpEqual, "we will rebuild"}, {OpInsert, "the bridge by spring"}}}}},
			{Speaker: "Ilse Varn", Kind: QuoteAltered, Quotes: []QuoteUse{{Article: "g", Text: "a vital part of our firm commitment"}, {Article: "c", Text: "a vital part of our commitment to the valley"}},
				Diffs: []QuoteDiff{{From: "g", To: "c", Kind: QuoteAltered,
					Ops: []DiffOp{{OpEqual, "a vital part of our"}, {OpDelete, "firm"}, {OpEqual, "commitment"}, {OpInsert, "to the valley"}}}}},
		},
		Names: []Name{
			{Entity: "Kyiv", Type: "place", Flagged: true, Significance: 6, FormsDiffer: true,
				Variants: []Variant{{Kind: VariantCharged, Flagged: true, Forms: [2]string{"Kyiv", "Kiev"}, Articles: [2][]string{{"l", "c"}, {"g"}}}}},
			{Entity: "Ilse Varn", Type: "person",
				Variants: []Variant{{Kind: VariantHonorific, Forms: [2]string{"Ilse Varn", "Dr Ilse Varn"}, Articles: [2][]string{{"g"}, {"l"}}}}},
		},
		Terms: []ArticleTerms{
			{Article: "g", Lexicon: []TermUse{{Term: "so-called", Text: "so-called", Category: "loaded"}, {Term: "claimed", Text: "claimed", Category: "loaded"},
				{Term: "sources said", Text: "sources said", Category: "vague-attribution"}, {Term: "reportedly", Text: "reportedly", Category: "hedging"}}},
			{Article: "l", Lexicon: []TermUse{{Term: "claimed", Text: "claimed", Category: "loaded"}}},
			{Article: "c"},
		},
		Numbers: []Quantity{
			{What: "deaths", Kind: "count", Discrepancy: true, ReportedBy: []string{"g", "l", "c"},
				Values: []NumberUse{{Article: "g", Text: "12", Value: 12}, {Article: "l", Text: "Fourteen", Value: 14}, {Article: "c", Text: "12", Value: 12}}},
			{What: "the valley's farmland", Kind: "percent", ReportedBy: []string{"c"}, Values: []NumberUse{{Article: "c", Text: "20%", Value: 20}}},
			{What: "bridges", Kind: "count", ReportedBy: []string{"c"}, Values: []NumberUse{{Article: "c", Text: "two", Value: 2}}},
		},
		Facts: []Fact{
			{Coverage: CoverageMost, ReportedBy: []string{"g", "l"}, MissingFrom: []string{"c"}, Sentences: []FactSentence{{Article: "g", Text: "The river rose two metres overnight."}, {Article: "l", Text: "The river rose by two metres in the night."}}},
			{Coverage: CoverageOne, ReportedBy: []string{"c"}, Sentences: []FactSentence{{Article: "c", Text: "Ana Brill farmed the valley for thirty years."}}},
			{Coverage: CoverageOne, ReportedBy: []string{"c"}, Sentences: []FactSentence{{Article: "c", Text: "The mill was closed."}}},
			{Coverage: CoverageOne, ReportedBy: []string{"l"}, StatedBy: []string{"g"}, Sentences: []FactSentence{{Article: "l", Text: "Roads were shut."}}},
		},
		Copies: []Copy{
			{Source: "g", Copy: "l", Kind: KindSharesQuotes, Share: 0.2},
			{Source: "l", Copy: "c", Kind: "near-duplicate", Share: 0.9, Basis: "published", DirectionKnown: true, Inserted: []string{"Experts say that"}, Substituted: []string{"said → claimed"}},
		},
	}
}

func TestDifferences(t *testing.T) {
	ds := Differences(storyReport(), 20)
	byKind := map[string][]Difference{}
	for _, d := range ds {
		byKind[d.Kind] = append(byKind[d.Kind], d)
		t.Logf("%5.2f %-15s %s", d.Score, d.Kind, d.Text)
	}
	if ds[0].Kind != DiffQuote {
		t.Errorf("first difference is %s %q, want the altered quote", ds[0].Kind, ds[0].Text)
	}
	for _, tc := range []struct {
		kind    string
		n       int
		section string
		has     []string
	}{
		{DiffQuote, 1, "quotes", []string{"Gazette and Courier quote Ilse Varn in different words"}},
		{DiffShortened, 0, "", nil}, // not in the summary (summaryShortened): the Quotes section shows it
		{DiffNaming, 1, "names", []string{"Gazette writes “Kiev”, Ledger and Courier “Kyiv”"}},
		{DiffNumbers, 1, "numbers", []string{"The figures for deaths differ: Gazette and Courier give 12, Ledger fourteen"}},
		{DiffWording, 1, "terms", []string{"Gazette alone credits unnamed sources: “sources said”"}},
		{DiffFigures, 0, "", nil},
		{DiffOnly, 1, "", []string{"Only Courier reports 2 facts the others leave out"}},
		{DiffLeftOut, 1, "", []string{"Courier leaves out what most outlets report: “The river rose two metres overnight.”"}},
		{DiffCopy, 1, "copies", []string{"Courier copies Ledger (near-duplicate, 90% of its text) and adds “Experts say that”; changes “said” to “claimed”"}},
	} {
		got := byKind[tc.kind]
		if len(got) != tc.n {
			t.Errorf("%d differences of kind %s, want %d: %+v", len(got), tc.kind, tc.n, got)
			continue
		}
		if tc.n == 0 {
			continue
		}
		for _, h := range tc.has {
			if !strings.Contains(got[0].Text, h) {
				t.Errorf("%s: %q lacks %q", tc.kind, got[0].Text, h)
			}
		}
		if got[0].Section != tc.section || (tc.section == "") != (got[0].Index == -1) {
			t.Errorf("%s: section %q index %d, want section %q", tc.kind, got[0].Section, got[0].Index, tc.section)
		}
	}
	// What is not a difference: the quiet honorific, "claimed" (two
	// outlets use it), the sharing of quotes, a small count, a fact that
	// another outlet states in other words; nor, in the summary, loaded
	// words and hedges (summaryWording: they stay in the report's Terms)
	// nor the figures one article alone gives (summaryFigures: they stay
	// in the report's Numbers).
	for _, d := range ds {
		for _, no := range []string{"Dr Ilse Varn", "“claimed”,", "shares", "two (bridges)", "Only Ledger reports", "“so-called”", "“reportedly”", "loaded", "hedges", "gives 1 figure"} {
			if strings.Contains(d.Text, no) {
				t.Errorf("%s %q: %q is no difference", d.Kind, d.Text, no)
			}
		}
	}
	// The finder of the figures one article alone gives still finds the
	// Courier's, for measuring (summaryFigures); the figure stays in Numbers.
	if fs := newDiffCtx(storyReport()).onlyFigures(); len(fs) != 1 || fs[0].Text != "Only Courier gives 1 figure: 20% (the valley's farmland)" {
		t.Errorf("onlyFigures = %+v, want the Courier's 20%%", fs)
	}
	if q := byKind[DiffQuote][0]; inlineDiff(q.Ops) != "a vital part of our [-firm-] commitment …" {
		t.Errorf("altered quote diff %q, want the change inside what both quote", inlineDiff(q.Ops))
	}
}

func TestDifferencesNeedTwoArticles(t *testing.T) {
	r := storyReport()
	r.Articles = r.Articles[:1]
	if ds := Differences(r, 8); len(ds) != 0 {
		t.Errorf("one article: %d differences, want none", len(ds))
	}
}

func TestCoreOps(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"{+This is a+} vital part of our [-iron-cast-] commitment {+to stand by them.+}", "… vital part of our [-iron-cast-] commitment …"},
		// A change at an end is kept when it replaces words.
		{"{+an+} [-a direct-] attack on families", "{+an+} [-a direct-] attack on families"},
		// Nothing changed inside: the diff is kept whole.
		{"{+We said+} we will rebuild", "{+We said+} we will rebuild"},
	} {
		if got := inlineDiff(CoreOps(parseInline(tc.in))); got != tc.want {
			t.Errorf("CoreOps(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// parseInline reads a diff written as inlineDiff writes it.
func parseInline(s string) []DiffOp {
	var ops []DiffOp
	for s != "" {
		s = strings.TrimSpace(s)
		op, end := OpEqual, ""
		switch {
		case strings.HasPrefix(s, "[-"):
			op, end = OpDelete, "-]"
		case strings.HasPrefix(s, "{+"):
			op, end = OpInsert, "+}"
		}
		if op != OpEqual {
			i := strings.Index(s, end)
			ops = append(ops, DiffOp{op, s[2:i]})
			s = s[i+2:]
			continue
		}
		i := strings.IndexAny(s, "[{")
		if i < 0 {
			i = len(s)
		}
		ops = append(ops, DiffOp{OpEqual, strings.TrimSpace(s[:i])})
		s = s[i:]
	}
	return ops
}

// TestTentativeFactLeftOutOfNothing: no outlet is said to leave out a
// group that is possibly not one fact.
func TestTentativeFactLeftOutOfNothing(t *testing.T) {
	r := storyReport()
	n := 0
	for i := range r.Facts {
		if strings.Contains(r.Facts[i].Sentences[0].Text, "two metres") {
			r.Facts[i].Tentative = true
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d facts of the river, want 1", n)
	}
	for _, d := range Differences(r, 20) {
		if d.Kind == DiffLeftOut {
			t.Errorf("a tentative group made a left-out difference: %s", d.Text)
		}
	}
}

// TestSameWordsWritten: an abbreviation spelled out, "&" for "and", a word
// censored two ways or punctuation are the same words written otherwise;
// another word is an alteration.
func TestSameWordsWritten(t *testing.T) {
	op := func(o, text string) DiffOp { return DiffOp{Op: o, Text: text} }
	for _, c := range []struct {
		ops  []DiffOp
		want bool
	}{
		{[]DiffOp{op(OpEqual, "the harbour bill in the"), op(OpInsert, "United States"), op(OpDelete, "US"), op(OpEqual, "Senate,")}, true},
		{[]DiffOp{op(OpEqual, "best for him"), op(OpInsert, "and"), op(OpDelete, "&"), op(OpEqual, "for the port.")}, true},
		{[]DiffOp{op(OpEqual, "This is the end of my term."), op(OpInsert, "I'm f***ed,'"), op(OpDelete, "I’m f---ed,")}, true},
		{[]DiffOp{op(OpEqual, "the harbour is"), op(OpInsert, "open"), op(OpDelete, "closed"), op(OpEqual, "today")}, false},
		{[]DiffOp{op(OpEqual, "the harbour is"), op(OpInsert, "now"), op(OpDelete, "not"), op(OpEqual, "open")}, false},
		{[]DiffOp{op(OpEqual, "the harbour is open")}, false},
		// A plural ending, a contraction, punctuation: two transcripts
		// of one speech, not an alteration.
		{[]DiffOp{op(OpEqual, "related to the"), op(OpDelete, "election"), op(OpInsert, "elections"), op(OpEqual, "for mayor")}, true},
		{[]DiffOp{op(OpDelete, "I have"), op(OpInsert, "I\u2019ve"), op(OpEqual, "said I will step aside")}, true},
		{[]DiffOp{op(OpEqual, "any talks about the"), op(OpDelete, "ferries,"), op(OpInsert, "ferry;"), op(OpEqual, "those claims are false")}, true},
		// A joining word added is a change of the speaker's words.
		{[]DiffOp{op(OpDelete, "I have"), op(OpInsert, "I\u2019ve"), op(OpEqual, "said"), op(OpInsert, "that"), op(OpEqual, "I will step aside")}, false},
		// A word that says something more is a change.
		{[]DiffOp{op(OpEqual, "he should"), op(OpDelete, "further"), op(OpEqual, "explain his vote")}, false},
		{[]DiffOp{op(OpEqual, "we"), op(OpDelete, "have"), op(OpInsert, "haven't"), op(OpEqual, "met")}, false},
		{[]DiffOp{op(OpEqual, "the"), op(OpDelete, "bus"), op(OpInsert, "bu"), op(OpEqual, "left")}, false},
	} {
		if got := sameWordsWritten(c.ops); got != c.want {
			t.Errorf("sameWordsWritten(%v) = %v, want %v", c.ops, got, c.want)
		}
	}
}

// TestWordDiffSpellings: a curly or straight apostrophe and "can't" for
// "cannot" are no change in a diff a reader sees.
func TestWordDiffSpellings(t *testing.T) {
	_, got := wordDiff("We can\u2019t name the pilots; it\u2019s too early and I would hope", "We cannot name the pilots; it's too early and we hope")
	if want := "We cannot name the pilots; it's too early and [-I would-] {+we+} hope"; got != want {
		t.Errorf("wordDiff = %q\n want %q", got, want)
	}
}

// TestNestQuotes: a sentence that is a quotation is shown with single
// marks inside the item's double ones.
func TestNestQuotes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\"We are staying,\" the mayor said.", "‘We are staying,’ the mayor said."},
		{"“We are staying,” the mayor said.", "‘We are staying,’ the mayor said."},
		{"The mayor said \"we are staying\".", "The mayor said \"we are staying\"."},
	} {
		if got := nestQuotes(c.in); got != c.want {
			t.Errorf("nestQuotes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := quoted("\"We are staying,\" the mayor said.", 120); got != "“‘We are staying,’ the mayor said.”" {
		t.Errorf("quoted = %q", got)
	}
}

// TestNamingVerbAgrees: several outlets "write" a spelling, one "writes".
func TestNamingVerbAgrees(t *testing.T) {
	r := storyReport()
	r.Names = []Name{{Entity: "Oleh Marchuk", Type: "person", Flagged: true, Significance: 6, FormsDiffer: true,
		Variants: []Variant{{Kind: VariantSpelling, Flagged: true, Forms: [2]string{"Oleh Marchuk", "Oleg Marchuk"}, Articles: [2][]string{{"g", "l"}, {"c"}}}}}}
	for _, d := range Differences(r, 20) {
		if d.Kind != DiffNaming {
			continue
		}
		if want := "Gazette and Ledger write “Oleh Marchuk”, Courier “Oleg Marchuk”"; d.Text != want {
			t.Errorf("naming = %q, want %q", d.Text, want)
		}
		return
	}
	t.Error("no naming difference")
}

// TestNamingOneContrast: a spelling against another's full and short
// forms ("Oleh Marchuk" against "Oleg Martchuk" and "Martchuk") is one
// contrast, not the same one said twice; a short form that does not keep
// the other spelling ("Marchuk") is not merged into it, and the side both
// contrasts share is said once, as one of three forms.
func TestNamingOneContrast(t *testing.T) {
	for _, tc := range []struct {
		short, want string
	}{
		{"Martchuk", "Gazette writes “Oleh Marchuk”, Ledger and Courier “Oleg Martchuk”"},
		{"Marchuk", "Gazette writes “Oleh Marchuk”, Ledger “Oleg Martchuk”, Courier “Marchuk”"},
	} {
		r := storyReport()
		r.Names = []Name{{Entity: "Oleh Marchuk", Type: "person", Flagged: true, Significance: 6, FormsDiffer: true,
			Variants: []Variant{
				{Kind: VariantSpelling, Flagged: true, Forms: [2]string{"Oleh Marchuk", "Oleg Martchuk"}, Articles: [2][]string{{"g"}, {"l"}}},
				{Kind: VariantSpelling, Flagged: true, Forms: [2]string{"Oleh Marchuk", tc.short}, Articles: [2][]string{{"g"}, {"c"}}},
			}}}
		found := false
		for _, d := range Differences(r, 20) {
			if d.Kind == DiffNaming {
				found = true
				if d.Text != tc.want {
					t.Errorf("naming = %q, want %q", d.Text, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no naming difference", tc.short)
		}
	}
}

// TestNamingThreeForms: three spellings of one name, the third against
// the same articles' form as the first, are listed once each in the order
// the articles came; an article that writes two of them is named with
// both.
func TestNamingThreeForms(t *testing.T) {
	r := storyReport()
	r.Names = []Name{{Entity: "Aleksei Varga", Type: "person", Flagged: true, Significance: 6, FormsDiffer: true,
		Variants: []Variant{
			{Kind: VariantSpelling, Flagged: true, Forms: [2]string{"Aleksei Varga", "Alexey Varga"}, Articles: [2][]string{{"g", "l"}, {"c"}}},
			{Kind: VariantSpelling, Flagged: true, Forms: [2]string{"Alexei Varga", "Alexey Varga"}, Articles: [2][]string{{"g"}, {"c"}}},
		}}}
	want := "Gazette and Ledger write “Aleksei Varga”, Gazette “Alexei Varga”, Courier “Alexey Varga”"
	for _, d := range Differences(r, 20) {
		if d.Kind == DiffNaming {
			if d.Text != want {
				t.Errorf("naming = %q, want %q", d.Text, want)
			}
			return
		}
	}
	t.Error("no naming difference")
}

// TestOnlyFigureNotInAnotherTally: a count one article gives is not its
// alone when another gives it as one side of a tally ("the 230 votes",
// "voted 230-197"), nor is the other side; a figure no tally holds is.
func TestOnlyFigureNotInAnotherTally(t *testing.T) {
	r := &Report{
		Articles: []Article{{ID: "g", Outlet: "Gazette"}, {ID: "l", Outlet: "Ledger"}},
		Numbers: []Quantity{
			{What: "votes", Kind: "count", ReportedBy: []string{"g"}, Values: []NumberUse{{Article: "g", Text: "230", Value: 230}}},
			{What: "members", Kind: "count", ReportedBy: []string{"g"}, Values: []NumberUse{{Article: "g", Text: "197", Value: 197}}},
			{What: "hours of debate", Kind: "count", ReportedBy: []string{"g"}, Values: []NumberUse{{Article: "g", Text: "47", Value: 47}}},
			{Kind: "range", ReportedBy: []string{"l"}, Values: []NumberUse{{Article: "l", Text: "230-197", Value: 230}}},
		},
	}
	own := false
	for _, d := range newDiffCtx(r).onlyFigures() {
		own = own || d.Articles[0] == "g" && strings.Contains(d.Text, "47")
		if strings.Contains(d.Text, "230") || strings.Contains(d.Text, "197") {
			t.Errorf("a side of another article's tally is claimed as one article's: %q", d.Text)
		}
	}
	if !own {
		t.Error("the figure no tally holds is not the Gazette's alone")
	}
}

// TestQuotedFactNotLeftOut: an outlet that quotes a fact's quoted words
// where no fact group holds them (a statement printed whole) does not
// leave the fact out.
func TestQuotedFactNotLeftOut(t *testing.T) {
	r := storyReport()
	for i := range r.Facts {
		if strings.Contains(r.Facts[i].Sentences[0].Text, "two metres") {
			r.Facts[i].Sentences[0].Text = "“The river rose two metres overnight,” the mayor said."
		}
	}
	leftOut := func() bool {
		return slices.ContainsFunc(Differences(r, 20), func(d Difference) bool { return d.Kind == DiffLeftOut })
	}
	if !leftOut() {
		t.Fatal("the Courier's left-out fact is gone before it quotes anything")
	}
	r.Quotes = append(r.Quotes, QuoteGroup{Kind: QuoteOneOnly, Quotes: []QuoteUse{{Article: "c", Text: "The river rose two metres overnight, and the bridge is shut."}}})
	if leftOut() {
		t.Error("the Courier quotes the words, yet is said to leave them out")
	}
}

// TestWordDiffStrikesFirst: in a change the struck words come before the
// added ones, however the table was walked, so the diff reads as an edit.
func TestWordDiffStrikesFirst(t *testing.T) {
	for _, c := range []struct{ from, to, want string }{
		{"the port will reopen and we would hope that it would be soon", "the port will reopen and I hope that it will be soon",
			"the port will reopen and [-we would-] {+I+} hope that it [-would-] {+will+} be soon"},
		{"a quiet harbour town", "a busy harbour town", "a [-quiet-] {+busy+} harbour town"},
		{"they met on Monday", "they met on Monday morning", "they met on Monday {+morning+}"},
	} {
		ops, got := wordDiff(c.from, c.to)
		if got != c.want {
			t.Errorf("wordDiff(%q, %q) = %q\n want %q", c.from, c.to, got, c.want)
		}
		for k := 1; k < len(ops); k++ {
			if ops[k-1].Op == ops[k].Op || ops[k-1].Op == OpInsert && ops[k].Op == OpDelete {
				t.Errorf("wordDiff(%q, %q): op %d %s follows %s", c.from, c.to, k, ops[k].Op, ops[k-1].Op)
			}
		}
	}
}

// TestOnlyFactsPerOutlet: an outlet of two articles is counted once, as
// its lens on the story page counts it: the facts of either page that no
// other outlet reports or states, a fact both pages report counted once.
func TestOnlyFactsPerOutlet(t *testing.T) {
	fact := func(by, stated []string) Fact {
		return Fact{ReportedBy: by, StatedBy: stated, Sentences: []FactSentence{{Article: by[0], Text: "a sentence"}}}
	}
	r := &Report{
		Articles: []Article{{ID: "g1", Outlet: "Harbour Gazette"}, {ID: "g2", Outlet: "Harbour Gazette"}, {ID: "p", Outlet: "Port Post"}, {ID: "w", Outlet: "Coast Wire"}},
		Facts: []Fact{
			fact([]string{"g1"}, nil),            // only the Gazette's first page
			fact([]string{"g1"}, nil),            // again
			fact([]string{"g2"}, nil),            // only its second page
			fact([]string{"g1", "g2"}, nil),      // both its pages: one fact
			fact([]string{"g2"}, []string{"g1"}), // one page, the other in other words
			fact([]string{"g1"}, []string{"p"}),  // another outlet states it: not alone
			fact([]string{"g1", "p"}, nil),       // shared
			fact([]string{"p"}, nil),             // only the Post
		},
	}
	r.Facts = append(r.Facts, fact([]string{"w"}, nil))
	r.Facts[len(r.Facts)-1].MaybeElsewhere = true // perhaps stated elsewhere: not counted
	got := map[string]string{}
	for _, d := range newDiffCtx(r).onlyFacts() {
		got[d.Text] = strings.Join(d.Articles, ",")
	}
	want := map[string]string{
		"Only Harbour Gazette reports 5 facts the others leave out": "g1,g2",
		"Only Port Post reports 1 fact the others leave out":        "p",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("onlyFacts = %v\n want %v", got, want)
	}
}

// TestRecalledEarlierNotLeftOut: an outlet that does not recall an earlier
// event most others recall as background leaves nothing of the story out.
func TestRecalledEarlierNotLeftOut(t *testing.T) {
	fact := func(texts ...string) Fact {
		f := Fact{}
		for i, x := range texts {
			id := string(rune('a' + i))
			f.ReportedBy = append(f.ReportedBy, id)
			f.Sentences = append(f.Sentences, FactSentence{Article: id, Text: x})
		}
		return f
	}
	r := &Report{
		Articles: []Article{{ID: "a", Outlet: "Harbour Gazette"}, {ID: "b", Outlet: "Port Post"}, {ID: "c", Outlet: "Coast Wire"}, {ID: "d", Outlet: "Bay Daily"}},
		Facts: []Fact{
			fact("The harbour master resigned last month over the audit.", "Weeks ago the mayor fired the harbour master.",
				"Earlier this month the harbour master quit."),
			fact("The council voted on Monday to close the port.", "On Monday the council voted to shut the port.",
				"The port will close, the council decided on Monday."),
		},
	}
	var got []string
	for _, d := range newDiffCtx(r).leftOut() {
		got = append(got, d.Text)
	}
	if len(got) != 1 || !strings.Contains(got[0], "Bay Daily leaves out") || !strings.Contains(got[0], "council voted") {
		t.Errorf("leftOut = %q, want Bay Daily leaving out only the vote", got)
	}
}

// TestLeftOutNotForARemark: What differs does not say an outlet leaves
// out a line of a speaker's tweet that most outlets quote (each
// sentence of the group the speaker's words: a quoted line with its
// speaker, or one mostly inside quotation marks, a closing mark with none
// before it included); it still says so of a fact told in the writers'
// words (read in session 57, h/read57: four pages said an outlet left out
// a tweet's second line or a rhetorical question).
func TestLeftOutNotForARemark(t *testing.T) {
	arts := []Article{{ID: "a", Outlet: "Harbour Gazette"}, {ID: "b", Outlet: "Port Post"}, {ID: "c", Outlet: "Coast Wire"}, {ID: "d", Outlet: "Bay Daily"}}
	group := func(texts ...FactSentence) Fact {
		f := Fact{Coverage: CoverageMost, Sentences: texts}
		for _, s := range texts {
			f.ReportedBy = append(f.ReportedBy, s.Article)
		}
		f.MissingFrom = []string{"d"}
		return f
	}
	for _, tc := range []struct {
		name string
		fact Fact
		want bool
	}{
		{"tweet line with its speaker", group(
			FactSentence{Article: "a", Text: "The ferry board seems not to care about the night crossings.", Speaker: "Mayor Ana Ruiz"},
			FactSentence{Article: "b", Text: "The ferry board seems not to care about the night crossings.", Speaker: "Ana Ruiz"},
			FactSentence{Article: "c", Text: "But why is the ferry board not the focus?????\" Ruiz tweeted."}), false},
		{"tail of a quotation", group(
			FactSentence{Article: "a", Text: "What about the missing ledgers, the pier, plus, plus…\u201d"},
			FactSentence{Article: "b", Text: "\u201cWhat about the missing ledgers, the pier, plus, plus\u2026\u201d the mayor wrote."},
			FactSentence{Article: "c", Text: "What about the missing ledgers, the pier, plus, plus…\u201d"}), false},
		{"a fact in the writers' words", group(
			FactSentence{Article: "a", Text: "The ferry board cut the night crossings on Monday."},
			FactSentence{Article: "b", Text: "The night crossings were cut by the ferry board on Monday, Ruiz said."},
			FactSentence{Article: "c", Text: "On Monday the board ended the \u201cnight crossings\u201d of the ferry."}), true},
	} {
		r := &Report{Articles: arts, Facts: []Fact{tc.fact}}
		got := false
		for _, d := range newDiffCtx(r).leftOut() {
			got = got || slices.Contains(d.Articles, "d")
		}
		if got != tc.want {
			t.Errorf("%s: Bay Daily leaves it out = %v, want %v", tc.name, got, tc.want)
		}
	}
}
