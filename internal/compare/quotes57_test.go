package compare

import "testing"

// TestQuoteNumberTenseNotAltered: one noun in the singular against the
// plural, or "be" in the past against the present, one word for one,
// is how a transcript or reported speech renders the line: the same
// words, transcribed differently, never ALTERED (h/quotes57; ALTERED or
// no match on main 72ee0ba). A changed verb, a verb's past against its
// present, a negation and a figure still alter the words.
func TestQuoteNumberTenseNotAltered(t *testing.T) {
	for _, c := range []struct {
		a, b, kind string
		heard      bool
	}{
		{"All we are saying is that there was a reason to raise the harbour fees, and the board is sure of it.",
			"All we are saying is that there was a reason to raise the harbour fees, and the board was sure of it.", QuoteIdentical, true},
		{"did not fully reflect the scope and substance of the harbour board's work and conclusions",
			"did not fully reflect the scope and substance of the harbour board's work and conclusion", QuoteIdentical, true},
		{"The pilots are ready and the crews were paid for the night shifts on the south dock.",
			"The pilots were ready and the crews were paid for the night shifts on the south dock.", QuoteIdentical, true},
		{"did not fully reflect the scope and substance of the harbour board's work and conclusions, … We told the board so.",
			"did not fully reflect the scope and substance of the harbour board's work and conclusion", QuoteShortened, true},
		// Precision.
		{"The pilots dare speak the truth about the harbour board and its night shifts.",
			"The pilots dared speak the truth about the harbour board and its night shifts.", QuoteAltered, false},
		{"The pilots are not ready and the crews were paid for the night shifts on the south dock.",
			"The pilots were ready and the crews were paid for the night shifts on the south dock.", QuoteAltered, false},
		{"We will hire 4 more pilots for the harbour this winter season at the dock.",
			"We will hire 40 more pilots for the harbour this winter season at the dock.", QuoteAltered, false},
	} {
		got, heard := pairKindHeard(kindItem(c.a), kindItem(c.b))
		if got != c.kind || heard != c.heard {
			t.Errorf("%q / %q: %s (heard %v), want %s (heard %v)", c.a, c.b, got, heard, c.kind, c.heard)
		}
	}
}
