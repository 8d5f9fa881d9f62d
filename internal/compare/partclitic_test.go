package compare

import "testing"

// TestPartElsewhereNotByPossessive: a line claimed for the names and
// figures of its own is not told in part by another outlet's sentence
// that shares only a name in the possessive ("Lund's") and one more
// word: the possessive ending is no word of what is told, and "Lund's"
// no phrase of it. Before, the line was shown as details added to a
// fact others tell in part, on the basis that a sentence of the other
// outlet "shares words with it (“Lund's”)".
func TestPartElsewhereNotByPossessive(t *testing.T) {
	first := "Harbour levy vote\nThe council of Ostra voted on the harbour levy on Tuesday. " +
		"Mayor Lund's budget adviser Tove Rask told the council that the levy would pay for 40 new berths at the north quay. " +
		"The vote was close."
	second := "Ostra council votes on levy\nCritics attacked Lund's budget over the ferry subsidies. " +
		"The council of Ostra voted on the harbour levy on Tuesday."
	r := run(t, mkArticles(first, second))
	f := oneArticleFact(r, "Tove Rask")
	if f == nil || !f.OnlyIn() || f.MaybeElsewhere || len(f.Own) == 0 {
		t.Fatalf("the adviser's line is not claimed as only in its article with details of its own (%+v)", f)
	}
	if f.PartElsewhere || f.PartBasis != nil {
		t.Errorf("PartElsewhere %v, basis %+v: want a fact only its article gives", f.PartElsewhere, f.PartBasis)
	}
	if !cliticPair("b:lund 's") || cliticPair("b:budget advis") {
		t.Error("cliticPair: want a name and its possessive ending a clitic pair, two words none")
	}
}
