package compare

import "testing"

// TestQuotePartsJoinTheWholeStatement: one outlet quotes a statement
// whole, a second quotes only its opening words and a third only its
// closing sentence. The closing sentence shares no word with the opening
// words, but both are parts of the whole version under one speaker: one
// quote group of three outlets, not the third outlet's line listed as
// quoted by it alone (h/quotes55, quotes-unpaired).
func TestQuotePartsJoinTheWholeStatement(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour vote\nPilot chief Oren Tal said on Monday: \u201cWe are still in a long and bitter dispute with the board. It is not only the fees, it is the whole culture of the harbour office. Its clerks ignore every crew that files a complaint.\u201d",
		"Tal speaks\nPilot chief Oren Tal spoke of \u201ca long and bitter dispute\u201d with the harbour board on Monday.",
		"Fees row\nPilot chief Oren Tal said on Monday that the fees were only part of it. \u201cIts clerks ignore every crew that files a complaint,\u201d Tal said.",
	))
	g := groupWith(r, "a2", "Its clerks")
	if g == nil || len(g.Quotes) != 3 {
		t.Errorf("the closing sentence is not grouped with the whole statement and the opening words: %+v", g)
	}
}

// TestQuoteShortAnswerPaired: a speaker's two-word answer with a
// contraction ("That's correct"), quoted by three outlets, is one quote
// group of three, not three lines quoted by one outlet each
// (h/quotes55, quotes-unpaired).
func TestQuoteShortAnswerPaired(t *testing.T) {
	r := run(t, mkArticles(
		"Fee row\nAsked whether the fee was a tax, pilot chief Oren Tal said, \u201cThat's correct.\u201d The board disagreed.",
		"Tal answers\nThe host asked whether he meant the fee was a penalty. \u201cThat\u2019s correct,\u201d Oren Tal said.",
		"Tal on fees\nOren Tal answered: \u201cThat's correct.\u201d",
	))
	g := groupWith(r, "a1", "correct")
	if g == nil || len(g.Quotes) != 3 {
		t.Errorf("the two-word answer is not one group of three outlets: %+v", g)
	}
}

// TestQuoteLastSentenceOfALongQuote: one outlet quotes a speaker's last
// sentence, another the whole statement that ends with it. The common
// subsequence spreads the sentence's small words over the long quote, so
// the overlap looked thin; the sentence stands word for word in the
// long quote and the two are one group (h/quotes55, quotes-unpaired).
func TestQuoteLastSentenceOfALongQuote(t *testing.T) {
	r := run(t, mkArticles(
		"Talks go on\nPilot spokesman Oren Tal said: \u201cTo be plain, our patience with the pilots\u2019 board has run thin, since these talks have dragged on for a whole year,\u201d Tal said. \u201cAt the same time, it also doesn\u2019t make sense if we are getting serious answers from the board to just end the talks based on this date. If we are making progress toward the quay, then we should keep sailing.\u201d",
		"Talks\n\u201cIf we are making progress toward the quay, then we should keep sailing,\u201d Oren Tal said.",
	))
	g := groupWith(r, "a1", "keep sailing")
	if g == nil || len(g.Quotes) != 2 || g.Kind != QuoteShortened {
		t.Errorf("the last sentence is not grouped with the statement it ends: %+v, want one shortened group of two", g)
	}
}
