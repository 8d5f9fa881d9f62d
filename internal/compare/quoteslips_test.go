package compare

import "testing"

// TestQuoteSlipsNotAltered: two transcripts of one line that differ only
// in a filler adverb (a "then" after "and"), a false start the speaker repeats, a relative
// clause of "be" reduced, or a plural heard as its homophone ("-nts",
// "-nce") put the same words in the speaker's mouth; a changed figure,
// content word or negation still alters them (h/quotes56c; ALTERED on
// main 71b9f5f).
func TestQuoteSlipsNotAltered(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"I really think the harbour board will reopen the south dock next spring.", "I think the harbour board will reopen the south dock next spring.", QuoteIdentical},
		{"If a town refuses to take the steps that are needed to protect the boats of their residents, I will close the dock.",
			"If the town refuses to take the steps needed to protect the boats of their residence, I will close the dock.", QuoteIdentical},
		{"The minister said we may need a strike to drive home that this board, that the city needs to change.", "The minister said we may need a strike to drive home that the city needs to change.", QuoteIdentical},
		{"It will be ready soon, I think, and then the whole town can see it.", "will be ready soon, I think, and the whole town can see it.", QuoteShortened},
		// Precision: a figure after "just", an article for a
		// demonstrative (judged a change in fresh14), a changed verb, a
		// negation.
		{"We will hire just 4 more pilots for the harbour this winter season.", "We will hire 4 more pilots for the harbour this winter season.", QuoteAltered},
		{"I think she wants to bring the port into the modern age of shipping.", "I think she wants to bring that port into the modern age of shipping.", QuoteAltered},
		{"I do not know enough yet to make a judgment on the harbour plan.", "I do not know enough yet to create the judgment on the harbour plan.", QuoteAltered},
		{"The steps that are needed to protect the boats will be taken this week.", "The steps that are not needed to protect the boats will be taken this week.", QuoteAltered},
		{"We will pay the pilots and the crews for the night shifts they worked.", "We will pay the crews for the night shifts they worked.", QuoteAltered},
	} {
		if got := pairKind(kindItem(c.a), kindItem(c.b)); got != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, got, c.kind)
		}
	}
}
