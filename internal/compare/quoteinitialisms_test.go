package compare

import "testing"

// textItem is kindItem with the quote's text kept, as the analysis
// gives it (the capitals of an initialism are read from the text).
func textItem(s string) quoteItem {
	it := kindItem(s)
	it.q.Text = s
	return it
}

// TestInitialismsNotAltered: a name one version writes in full and the
// other as its capital initials ("the Harbour Inspector" / "the HI",
// "Office of Pilot Safety" / "OPS") is one word written two ways, never
// ALTERED (h/quotes59; ALTERED on main b7ce2df). Initials that spell no
// name of the other version, or a word changed beside them, still alter
// it.
func TestInitialismsNotAltered(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"Last month we told the Harbour Inspector that we disagree with several of the findings on the night dock.",
			"we told the HI that we disagree with several of the findings on the night dock.", QuoteShortened},
		{"We sent every file to the Office of Pilot Safety before the vote and they never answered us.",
			"We sent every file to the OPS before the vote and they never answered us.", QuoteIdentical},
		{"We sent every file to the O.P.S. before the vote and they never answered us.",
			"We sent every file to the Office of Pilot Safety before the vote and they never answered us.", QuoteIdentical},
		// Precision: initials of other words, and a word changed beside them.
		{"We sent every file to the Harbour Board before the vote and they never answered us.",
			"We sent every file to the OPS before the vote and they never answered us.", QuoteAltered},
		{"Last month we told the Harbour Inspector that we disagree with several of the findings on the night dock.",
			"we warned the HI that we disagree with several of the findings on the night dock.", QuoteAltered},
		// Lower-case words are no initials.
		{"We sent every file to the harbour inspector before the vote and they never answered us.",
			"We sent every file to the hi before the vote and they never answered us.", QuoteAltered},
	} {
		if got := pairKind(textItem(c.a), textItem(c.b)); got != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, got, c.kind)
		}
		if got := pairKind(textItem(c.b), textItem(c.a)); got != c.kind {
			t.Errorf("%q / %q (swapped): %s, want %s", c.b, c.a, got, c.kind)
		}
	}
}

// TestLowerCaseFragmentIsPhrase: a quote of at most maxTermWords words
// that opens in lower case is a fragment of the writer's sentence, left
// out of the one-outlet list, though the analysis did not mark it
// partial (a word in brackets, an answer without its question); a short
// whole sentence in capitals, or a longer clause, is not (h/quotes59;
// listed on main b7ce2df).
func TestLowerCaseFragmentIsPhrase(t *testing.T) {
	for _, c := range []struct {
		text    string
		partial bool
		want    bool
	}{
		{"essential", false, true},
		{"a harbour disgrace.", false, true},
		{"“under review”", false, true},
		{"No deal tonight.", false, false},
		{"the south dock is lost.", false, false},
		{"we will reopen the south dock next week", false, false},
		{"Ruinous", true, true},
		{"a ruinous and cynical vote", true, false},
	} {
		if got := (QuoteUse{Text: c.text, Partial: c.partial}).Phrase(); got != c.want {
			t.Errorf("%q partial %v: Phrase %v, want %v", c.text, c.partial, got, c.want)
		}
	}
}

// TestDiffUnmarksWrittenAlike: the diff shown under an altered quote
// does not mark a contraction spelled out, a name against its capital
// initials or a dash as changed words; a word added beside them stays
// marked (h/quotes59; marked on main b7ce2df).
func TestDiffUnmarksWrittenAlike(t *testing.T) {
	for _, c := range []struct{ from, to, want string }{
		{"It’s time to send real pilots to the harbour.", "It is time to send real pilots back to the harbour.",
			"It is time to send real pilots {+back+} to the harbour."},
		{"we told the Harbour Inspector that we disagree", "we told the HI that we strongly disagree",
			"we told the HI that we {+strongly+} disagree"},
		{"our hopes not our fears", "our hopes — not our fears", "our hopes — not our fears"},
		{"our hopes … not our fears", "our hopes not our fears", "our hopes [-…-] not our fears"},
		{"our hopes not our fears", "our hopes .. not our fears", "our hopes {+..+} not our fears"},
		{"we told the board that we disagree", "we told the HI that we disagree",
			"we told the [-board-] {+HI+} that we disagree"},
	} {
		if _, got := wordDiff(c.from, c.to); got != c.want {
			t.Errorf("%q -> %q:\n got %s\nwant %s", c.from, c.to, got, c.want)
		}
	}
}
