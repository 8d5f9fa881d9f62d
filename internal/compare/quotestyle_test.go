package compare

import "testing"

// TestQuoteCountryAcronym: "the United States" and "the US" (or "U.S.",
// "the U.K.", "the U.N.") in one speaker's words are a house style, not an
// alteration; the words around them still count.
func TestQuoteCountryAcronym(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"We know the United States navy doesn't do pin pricks in the harbour.", "We know the US navy doesn't do pinpricks in the harbour.", QuoteIdentical},
		{"We will ask the United Nations to send ships to the harbour.", "We will ask the U.N. to send ships to the harbour.", QuoteIdentical},
		{"The United Kingdom will send ships to the harbour on Monday.", "The U.K. will send ships to the harbour on Monday.", QuoteIdentical},
		{"We know the United States navy will not leave the harbour.", "We know the US navy will leave the harbour.", QuoteAltered},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}
