package compare

import "testing"

// TestQuoteKindsTranscripts: two transcripts of one passage that differ
// only as listeners and typists do — "it is"/"it was" heard after a
// pronoun, a pronoun its verb cannot take ("he have" where the other has
// "we have"), a "because" before a relative "that", an adjective typed as
// its noun ("credibility deterrent") — quote the speaker alike; a changed
// content word, number, name, negation, a tense away from a pronoun or
// written contracted ("it's called", "it was called"), a
// pronoun both verbs take, and a "because" before a clause stay ALTERED
// (session 53, h/quotes53).
func TestQuoteKindsTranscripts(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		// Alike: the same words heard or typed two ways.
		{"The ferry is running the way it was supposed to for the island families.",
			"The ferry is running the way it is supposed to for the island families.", QuoteIdentical},
		{"We know the crews were tired, and we were ready to close the quay.",
			"We know the crews were tired, and we are ready to close the quay.", QuoteIdentical},
		{"I stand by all he have done for the harbour since spring.",
			"I stand by all we have done for the harbour since spring.", QuoteIdentical},
		{"I back the harbour board because that lets the pilots do their inquiry, and I thank them.",
			"I back the harbour board that lets the pilots do their inquiry. And I thank them.", QuoteIdentical},
		{"We can keep a strong and credibility harbour patrol while cutting the fleet by a third.",
			"We can keep a strong and credible harbour patrol while cutting the fleet by a third.", QuoteIdentical},
		// Still ALTERED: what the speaker said is changed.
		{"It was called the harbour of last resort by the pilots and their crews.",
			"It's called the harbour of last resort by the pilots and their crews.", QuoteAltered},
		{"The harbour was the safest place on the coast for the island families.",
			"The harbour is the safest place on the coast for the island families.", QuoteAltered},
		{"I stand by all he has done for the harbour since spring.",
			"I stand by all we have done for the harbour since spring.", QuoteAltered},
		{"Just when we thought the harbour could not get worse, it got worse.",
			"Just when you thought the harbour could not get worse, it got worse.", QuoteAltered},
		{"I back the harbour board because the pilots need their inquiry, and I thank them.",
			"I back the harbour board, the pilots need their inquiry, and I thank them.", QuoteAltered},
		{"We can keep a strong and credible harbour patrol while cutting the fleet by a third.",
			"We can keep a strong and credible harbour patrol while cutting the fleet by a half.", QuoteAltered},
		{"We can keep a strong and credible harbour patrol while cutting the fleet by a third.",
			"We cannot keep a strong and credible harbour patrol while cutting the fleet by a third.", QuoteAltered},
		{"Mayor Brennick is running the ferry the way it was supposed to run.",
			"Mayor Osk is running the ferry the way it is supposed to run.", QuoteAltered},
		{"The crews were tired of the way it was supposed to be run by the board.",
			"The crews were tired of the way it is going to be run by the board.", QuoteAltered},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}

// TestPairKindHeard: a pair not altered whose versions differ as two
// transcripts do is marked transcribed; a pair quoted word for word, and
// an altered pair, are not.
func TestPairKindHeard(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		kind  string
		heard bool
	}{
		{"I stand by all he have done for the harbour since spring.",
			"I stand by all we have done for the harbour since spring.", QuoteIdentical, true},
		{"The pilots told us there are just two crews who have a berth at the quay.",
			"There are just two crews that have a berth at the quay.", QuoteShortened, true},
		{"I stand by all we have done for the harbour since spring.",
			"I stand by all we have done for the harbour since spring.", QuoteIdentical, false},
		{"I stand by all he has done for the harbour since spring.",
			"I stand by all we have done for the harbour since spring.", QuoteAltered, false},
	} {
		k, heard := pairKindHeard(kindItem(c.a), kindItem(c.b))
		if k != c.kind || heard != c.heard {
			t.Errorf("%q / %q: %s %v, want %s %v", c.a, c.b, k, heard, c.kind, c.heard)
		}
	}
}
