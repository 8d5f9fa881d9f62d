package compare

import (
	"slices"
	"testing"
)

// TestOwnListLeavesRowFigures: a figure that a number row holds beside
// another outlet's figure of the same quantity is not one only its
// article gives, though the values differ ("some 17,500 votes above the
// majority mark", "the roughly 18,500-vote deficit"): the fact's own
// list keeps its other details and drops the figure. Fails before
// (h/ownrows68: the story page's outlet card said "only here: 17,500").
func TestOwnListLeavesRowFigures(t *testing.T) {
	r := run(t, mkArticles(
		"Brede Holm wins Varnia governor race\nOrla Venn ended her bid for governor of Varnia on Friday. "+
			"Election chief Sten Aas of the Varnia Vote Office said Brede Holm stands some 17,500 votes above the majority mark that spares him a runoff.",
		"Orla Venn ends bid for Varnia governor\nOrla Venn ended her bid on Friday. "+
			"She had hoped to erase the roughly 18,500-vote deficit that stood between her and a runoff with Brede Holm.",
	))
	if q := quantityOf(r, "a0", "17,500"); q == nil || quantityOf(r, "a1", "18,500-vote") != q {
		t.Fatalf("17,500 and 18,500 votes to the runoff line not one row: %+v", q)
	}
	f := oneArticleFact(r, "Sten Aas")
	if f == nil || !f.OnlyIn() {
		t.Fatalf("Aas's line: %+v, want a fact only in a0", f)
	}
	got := ownStrings(f)
	if slices.Contains(got, "figure:17,500") || !slices.Contains(got, "name:Sten Aas") {
		t.Errorf("Aas's line own %q, want Sten Aas and not 17,500 (a1 gives the margin in the row)", got)
	}
}

// TestRowAgrees: which two figures of one row give one value, so that
// neither is its article's own: equal, one the other rounded, or both
// rough and within rounding, of one counted thing; not an exact toll
// against a bound or a "nearly" of another place (h/ownrows68's census:
// 3,312 against "over 3,800", 239 against "almost 200") nor two shares.
func TestRowAgrees(t *testing.T) {
	an := newAnalyzer(t)
	item := func(text string) numItem {
		docs, _ := prepare(mkArticles(text), nil, an)
		for _, it := range collectNumbers(docs) {
			return it
		}
		t.Fatalf("no figure in %q", text)
		return numItem{}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Holm stands some 17,500 votes above the mark.", "Venn faced the roughly 18,500-vote deficit.", true},
		{"The toll rose to 1,200 deaths.", "The toll rose to 1,213 deaths.", true},
		{"Kestin has recorded 3,312 deaths.", "Varnia has a toll of over 3,800 deaths.", false},
		{"The toll in Kestin rose to 239 deaths.", "Varnia has almost 200 deaths.", false},
		{"Kestin's jobless rate is just under 8 percent.", "The nation's jobless rate is 7.6 percent.", false},
	} {
		if got := rowAgrees(item(c.a), item(c.b)); got != c.want {
			t.Errorf("rowAgrees(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
