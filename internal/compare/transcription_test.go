package compare

import "testing"

// TestQuoteKindsTranscribedTwice: two transcripts of one spoken line that
// differ in a small word ("said that", "said"; "the one that", "the one
// who"), a homophone or a word's form are the same words; a changed or
// dropped content word, a negation, a pronoun and a tense stay a change;
// an article or an "and" alone is a transcript's (h/trivialq54).
func TestQuoteKindsTranscribedTwice(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		// Small words heard one way or the other.
		{"The board does not find that the pilots broke a rule, but it does not clear them.",
			"The board does not find the pilots broke a rule, but it does not clear them.", QuoteIdentical},
		{"Even now, however, the harbour log shows the crews were kept at sea for days.",
			"Even now, the harbour log shows the crews were kept at sea for days.", QuoteIdentical},
		{"I have never said a word about that to her or to anyone on the quay.",
			"I have never said a word about that to her or anyone on the quay.", QuoteIdentical},
		{"Did a sailor tell you he was the one that rowed you back to the pier?",
			"Did a sailor tell you he was the one who rowed you back to the pier?", QuoteIdentical},
		{"They laughed at the dock and their voices carried over the water all night.",
			"They laughed at the dock and they're voices carried over the water all night.", QuoteIdentical},
		{"I met one harbour official a couple of times before the vote.",
			"I met one harbour official a couple times before the vote.", QuoteIdentical},
		// A word's form: plural, participle, the noun of a verb, -ly.
		{"I will keep out of every inquiry into matters tied in some way to the campaign for mayor.",
			"I will keep out of every inquiry into matter tied in some way to campaigns for mayor.", QuoteIdentical},
		{"The mayor took no act that kept the inspectors from the ledgers they needed.",
			"The mayor took no action that kept the inspectors from the ledgers they needed.", QuoteIdentical},
		{"I have never privately threatened anyone on this harbour board.",
			"I have never private threatened anyone on this harbour board.", QuoteIdentical},
		// Still a change of the speaker's words.
		{"The mayor took no act that kept the inspectors from his ledgers.",
			"The mayor took no action that in fact kept the inspectors from the ledgers.", QuoteAltered},
		{"The crews had no help from Mayor Brennick or the harbour board at any time.",
			"The crews had no help from the harbour board at any time.", QuoteAltered},
		{"The board did not find that the pilots broke a rule on the night of the storm.",
			"The board did find that the pilots broke a rule on the night of the storm.", QuoteAltered},
		{"I hope the harbour board calls the vote before the winter storms arrive.",
			"I hope the harbour board called the vote before the winter storms arrive.", QuoteAltered},
		{"I will not be pushed into leaving this harbour by anyone on the board.",
			"I will not be pushed by leaving this harbour by anyone on the board.", QuoteAltered},
		{"He told their crews to stay in port until the storm had passed the cape.",
			"He told our crews to stay in port until the storm had passed the cape.", QuoteAltered},
		// An article or an "and" given or left out alone was a change
		// (judged so in h/fresh8 and h/fresh9); since h/trivialq54 it is
		// a transcript's or a house style's: an altered quote must
		// change meaning.
		{"We sent a notice to the harbour board before the storm hit the quay.",
			"We sent notice to the harbour board before the storm hit the quay.", QuoteIdentical},
		{"We sent a notice to the harbour board before the storm hit the quay.",
			"We sent the notice to the harbour board before the storm hit the quay.", QuoteIdentical},
		{"The crews are tired, draining the fleet of its best sailors every winter.",
			"The crews are tired and draining the fleet of its best sailors every winter.", QuoteIdentical},
		// A "that" after a noun, not after a verb of saying, is a
		// dropped word (judged so in h/fresh19).
		{"It is a storm that we have seen hit this quay too many times.",
			"It is a storm we have seen hit this quay too many times.", QuoteAltered},
		// More small differences than one transcript makes.
		{"The pilots said that the board of the harbour had a rule for the crews and the boats as a rule.",
			"The pilots said the board harbour had rule for crews boats a rule.", QuoteAltered},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}

// TestSameWordForm: two forms of one word, not its past against its
// present nor two words sharing three letters.
func TestSameWordForm(t *testing.T) {
	for _, c := range []struct {
		v, w string
		want bool
	}{
		{"matters", "matter", true}, {"related", "relating", true}, {"act", "action", true},
		{"campaigns", "campaign", true}, {"sexually", "sexual", true},
		{"hope", "hoped", false}, {"calls", "called", false}, {"stated", "states", false},
		{"act", "acts", false}, {"cart", "carton", false}, {"the", "them", false}, {"harbour", "harbour", false},
	} {
		if got := sameWordForm(c.v, c.w); got != c.want {
			t.Errorf("sameWordForm(%q, %q) = %v, want %v", c.v, c.w, got, c.want)
		}
	}
}
