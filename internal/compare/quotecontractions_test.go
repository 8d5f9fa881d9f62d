package compare

import "testing"

// TestQuoteKindsContractions: a contraction and its full form, curly or
// straight apostrophe, are the same words ("let's", "let us"), and a
// second clause quoted without the coordinator and the subject it
// repeats ("open for the harbour trade, not for sale", where the other
// has "…, but we're not for sale") leaves words out, a shortened quote,
// not an altered one; a negation dropped or contracted away, a new
// subject, and a coordinator with more than a repeated head stay
// ALTERED (session 53, h/quotes53b).
func TestQuoteKindsContractions(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"Let's close the quay this winter for the island families.",
			"Let us close the quay this winter for the island families.", QuoteIdentical},
		{"Let’s close the quay this winter for the island families.",
			"Let us close the quay this winter for the island families.", QuoteIdentical},
		{"We are open for the harbour trade, but we’re not for sale to anyone.",
			"We’re open for the harbour trade, not for sale to anyone.", QuoteShortened},
		{"We are open for the harbour trade, but we are not for sale to anyone.",
			"We are open for the harbour trade, not for sale to anyone.", QuoteShortened},
		{"We have kept the quay open all winter, and we've kept the lights on.",
			"We have kept the quay open all winter, kept the lights on.", QuoteShortened},
		// Still ALTERED.
		{"Let's close the quay this winter for the island families.",
			"Let them close the quay this winter for the island families.", QuoteAltered},
		{"We are open for the harbour trade, but we are not for sale to anyone.",
			"We are open for the harbour trade, we are for sale to anyone.", QuoteAltered},
		{"We are open for the harbour trade, but we are not for sale to anyone.",
			"We are open for the harbour trade, for sale to anyone.", QuoteAltered},
		{"We are open for the harbour trade, but they're not for sale to anyone.",
			"We are open for the harbour trade, not for sale to anyone.", QuoteAltered},
		{"The board isn't going to close the quay this winter.",
			"The board is going to close the quay this winter.", QuoteAltered},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}

// TestQuoteKindsContractionsRead: the contractions the comparison
// already read as their full forms before session 53 (spelledOut,
// sameUncontracted) stay read so; "it's" against "it has" and "it is"
// alike, a negation contracted is the same words (h/quotes53b).
func TestQuoteKindsContractionsRead(t *testing.T) {
	for _, c := range [][2]string{
		{"I'm not going to close the quay this winter, they're wrong.", "I am not going to close the quay this winter, they are wrong."},
		{"Don't close the quay this winter, it's the only one we've got.", "Do not close the quay this winter, it is the only one we have got."},
		{"We can't close the quay this winter for the island families.", "We cannot close the quay this winter for the island families."},
		{"We can't close the quay this winter for the island families.", "We can not close the quay this winter for the island families."},
		{"We won't close the quay this winter for the island families.", "We will not close the quay this winter for the island families."},
		{"It's been a hard winter on the quay for the island families.", "It has been a hard winter on the quay for the island families."},
		{"The board isn't going to close the quay this winter.", "The board is not going to close the quay this winter."},
		{"You're right that the board wasn't ready and the crews weren't either.", "You are right that the board was not ready and the crews were not either."},
		{"I'd close the quay and I'll tell the board so tomorrow morning.", "I would close the quay and I will tell the board so tomorrow morning."},
		{"I've told the board we'll close the quay, and they've agreed.", "I have told the board we will close the quay, and they have agreed."},
		{"He’s the one who didn’t sign, and she’s the one who did sign it.", "He is the one who did not sign, and she is the one who did sign it."},
		{"The pilots couldn't, wouldn't and shouldn't close the quay this winter.", "The pilots could not, would not and should not close the quay this winter."},
	} {
		if k := pairKind(kindItem(c[0]), kindItem(c[1])); k != QuoteIdentical {
			t.Errorf("%q / %q: %s, want %s", c[0], c[1], k, QuoteIdentical)
		}
	}
}
