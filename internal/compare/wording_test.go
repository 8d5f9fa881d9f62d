package compare

import (
	"strings"
	"testing"
)

// TestClaimedCountNeutral: "claimed" with a count of delegates, seats or
// votes for object (or "claim victory") means won, not a doubtful
// assertion; "claimed" before a clause stays loaded (h/wording56).
func TestClaimedCountNeutral(t *testing.T) {
	for _, tt := range []struct {
		sentence, text string
		want           bool
	}{
		{"Ms. Vale automatically claimed 14 of the region’s 95 delegates by carrying the vote.", "claimed", true},
		{"She had claimed at least 89 of Northland's 95 Unity delegates.", "claimed", true},
		{"The party claimed 212 seats in the chamber.", "claimed", true},
		{"Mr. Orr claimed victory before the count ended.", "claimed", true},
		{"Mr. Orr claimed the count was rigged against him.", "claimed", false},
		{"Mr. Orr claimed, without evidence, that 40 delegates were bribed.", "claimed", false},
	} {
		if got := claimNoun(tt.sentence, tt.text); got != tt.want {
			t.Errorf("claimNoun(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// TestMissingListShort: a fact group missing from more than a few
// articles says how many of how many, each outlet once with its count,
// instead of every article's label (h/wording56).
func TestMissingListShort(t *testing.T) {
	var arts []Article
	for i, o := range []string{"Gazette", "Ledger", "Ledger", "Courier", "Courier", "Courier", "Herald", "Sentinel"} {
		arts = append(arts, Article{ID: string(rune('a' + i)), Outlet: o})
	}
	m := &mdWriter{r: &Report{Articles: arts}, names: ArticleLabels(arts)}
	if got, want := m.missingList([]string{"a", "b"}), "Gazette, Ledger (1)"; got != want {
		t.Errorf("two missing: %q, want %q", got, want)
	}
	if got, want := m.missingList([]string{"b", "c", "d", "e", "f", "g"}), "6 of 8 articles (Ledger ×2, Courier ×3, Herald)"; got != want {
		t.Errorf("six missing: %q, want %q", got, want)
	}
}

// TestDescriptorPlainNameNotDescriptor: in the Names section a
// description against a plain name says which outlet describes and
// which writes the plain name; the plain name is not shown as the
// descriptor (h/wording56).
func TestDescriptorPlainNameNotDescriptor(t *testing.T) {
	arts := []Article{{ID: "a", Outlet: "Gazette"}, {ID: "b", Outlet: "Ledger"}, {ID: "c", Outlet: "Courier"}}
	r := &Report{Articles: arts, Names: []Name{{Entity: "Jan Vale", Type: "person", Flagged: true, Variants: []Variant{
		{Kind: VariantDescriptor, Flagged: true, Forms: [2]string{"Jan Vale", "Jan Vale, a self-styled “reformer”"}, Articles: [2][]string{{"a", "b"}, {"c"}}},
		{Kind: VariantDescriptor, Flagged: true, Forms: [2]string{"Jan Vale, a self-styled “reformer”", "Vale"}, Articles: [2][]string{{"c"}, {"b"}}},
	}}}}
	m := &mdWriter{r: r, names: ArticleLabels(arts)}
	m.naming()
	out := m.b.String()
	want := "descriptor: Courier writes “Jan Vale, a self-styled “reformer”” where Gazette, Ledger write “Jan Vale”, Ledger “Vale”"
	if !strings.Contains(out, want) {
		t.Errorf("Names section:\n%s\nwant it to hold %q", out, want)
	}
	if strings.Contains(out, "descriptor “Jan Vale”") {
		t.Errorf("the plain name is shown as the descriptor:\n%s", out)
	}
}

// TestLabelWords: a label keeps a name's capital and drops the days of
// the week (h/wording56).
func TestLabelWords(t *testing.T) {
	for w, want := range map[string]bool{"Washington": true, "Democratic": true, "NATO": false, "washington": false, "I": true} {
		if got := nameCased(w); got != want {
			t.Errorf("nameCased(%q) = %v, want %v", w, got, want)
		}
	}
	for _, w := range []string{"monday", "sunday", "according"} {
		if !labelNoise[w] {
			t.Errorf("%q is not dropped from labels", w)
		}
	}
}
