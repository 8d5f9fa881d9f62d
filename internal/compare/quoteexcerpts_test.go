package compare

import "testing"

// TestQuoteOverlappingExcerpts: two outlets quote overlapping passages
// of one audit that end alike, each with words of its own before the
// shared passage (one an opening clause cut by an ellipsis, the other a
// lead-in of the speaker's): excerpts of one statement, not identical
// versions (h/quotes56; on main the word alignment paired their first
// "the" and read the two lead-ins as no statement, so the pair counted
// as identical).
func TestQuoteOverlappingExcerpts(t *testing.T) {
	r := run(t, mkArticles(
		"Report\nThe auditor, Mira Tallis, wrote in her audit:\n\u201cThe board had a reason to shut the harbour office inquiry down early... a full review would turn up payments to the office and the board directly that the board could have seen as bribes or that would give rise to worries about their seats.\u201d",
		"Audit\nThe board feared the review, the audit said. \u201cThe record does show that a full review would turn up payments to the office and the board directly that the board could have seen as bribes or that would give rise to worries about their seats,\u201d Mira Tallis stated.",
		"Other\nMira Tallis released an audit on Thursday about the harbour office and its board.",
	))
	g := groupWith(r, "a0", "had a reason")
	if g == nil || len(g.Quotes) != 2 || g.Kind != QuoteExcerpts {
		t.Errorf("two overlapping passages with words of their own are not one group of excerpts: %+v", g)
	}
}

// TestQuoteLeadInChangedIsAltered: a lead-in a word apart before the
// same passage ("We believe" and "We know") stays a change of words.
func TestQuoteLeadInChangedIsAltered(t *testing.T) {
	a := quoteItem{keys: []string{"we", "believe", "that", "the", "board", "hid", "the", "payments", "from", "the", "harbour", "office"}}
	b := quoteItem{keys: []string{"we", "know", "that", "the", "board", "hid", "the", "payments", "from", "the", "harbour", "office"}}
	a.gap, b.gap = make([]bool, len(a.keys)), make([]bool, len(b.keys))
	if excerptsAroundPassage(a, b) {
		t.Errorf("a lead-in one word apart read as two excerpts")
	}
}
