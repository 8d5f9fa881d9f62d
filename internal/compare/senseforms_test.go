package compare

import (
	"strings"
	"testing"
)

// TestSense: a verb and its noun, and a past form the stemmer leaves
// apart from its verb, are one sense, alone and in a pair of words;
// words of no set, and features other than words and pairs, are left
// as they are.
func TestSense(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"w:deni", "w:denial"},
		{"w:die", "w:death"},
		{"w:fled", "w:flee"},
		{"b:berg die", "b:berg death"},
		{"b:death quay", "b:die quay"},
	} {
		if sense(c.a) != sense(c.b) {
			t.Errorf("sense(%q) = %q, sense(%q) = %q: want one sense", c.a, sense(c.a), c.b, sense(c.b))
		}
	}
	for _, f := range []string{"w:quay", "b:crane cabl", "e:12", "n:count:14", "b:odd"} {
		if got := sense(f); got != f {
			t.Errorf("sense(%q) = %q, want it unchanged", f, got)
		}
	}
	if sense("w:fire") == sense("w:dismiss") || sense("w:won") == sense("w:defeat") {
		t.Error("words of loose sense or swapped participants joined")
	}
	forms := senseFeatures("w:death")
	if len(forms) != 2 || !strings.Contains(strings.Join(forms, " "), "w:die") {
		t.Errorf("senseFeatures(w:death) = %v, want w:die and w:death", forms)
	}
}

// TestPartElsewhereBySense: a line claimed for the names and figures of
// its own ("Ida Morn", "14") whose death on the quay another outlet
// tells with the noun ("whose death on the quay") where it has the
// verb ("died on the quay") is told in part elsewhere, and the basis
// says so in both forms. Before, the two shared one word ("quay") and
// the line was claimed as a fact only its article gives. The told test,
// which withdraws a claim, still matches words as written: the line
// stays claimed.
func TestPartElsewhereBySense(t *testing.T) {
	first := "Crane accident at Ostra\nA crane cable snapped at the Ostra container terminal on Tuesday. " +
		"Harbour pilot Jonas Berg died on the quay after the cable snapped, engineer Ida Morn told the port board, which counted 14 witnesses. " +
		"The terminal stayed closed for the rest of the day."
	second := "Ostra mourns crane victim\nDock workers gathered on Friday to mourn Berg, whose death on the quay shocked the town. " +
		"The port union called for new checks on every crane at the terminal."
	r := run(t, mkArticles(first, second))
	f := oneArticleFact(r, "Ida Morn")
	if f == nil || !f.OnlyIn() || f.MaybeElsewhere || len(f.Own) == 0 {
		t.Fatalf("the pilot's line is not claimed as only in its article with details of its own (%+v)", f)
	}
	if !f.PartElsewhere || f.PartBasis == nil {
		t.Fatalf("PartElsewhere %v, basis %+v: want told in part elsewhere", f.PartElsewhere, f.PartBasis)
	}
	want := "a sentence of Outlet 1 says “death … quay” where it says “died … quay”"
	if got := f.PartBasis.Statement("Outlet 1"); got != want {
		t.Errorf("Statement = %q, want %q", got, want)
	}
}

// TestPartBasisSameWords: a basis whose other sentence writes the pair
// in the same words says that they share words, as before.
func TestPartBasisSameWords(t *testing.T) {
	b := PartBasis{Article: "a1", Phrase: "relief fund"}
	if got, want := b.Statement("Harbour Post"), "a sentence of Harbour Post shares words with it (“relief fund”)"; got != want {
		t.Errorf("Statement = %q, want %q", got, want)
	}
}
