package compare

import "testing"

// TestNumberRowsOneOccasion: figures of one counted thing told of two
// occasions do not share a row (h/numbers47, issue 15): a vague word
// against a figure of another act, the same value in two named places
// told with other verbs, a share said of two different years, zero and
// a share (no rounding of it). The same
// crowd told with two verbs, or a place named on one side only, stays
// one row.
func TestNumberRowsOneOccasion(t *testing.T) {
	apart := []struct{ name, a, b, na, nb string }{
		{"a crowd and a workforce",
			"Zone talks\nPort firms in the Kessel zone employ more than 50,000 Vardians to make cloth.",
			"Rally\nLater on Friday, tens of thousands of Vardians gathered for a rally in the main square.",
			"50,000", "tens of thousands"},
		{"two crowds in two cities",
			"Protests\nMore than 40 people gathered at the town hall in Sacramento on Saturday night.",
			"Marches\nIn Chicago, about 40 people chanted as they marched on Saturday night.",
			"40", "40"},
		{"a share of two years",
			"Maps\nThe Vardian party took 53% of the chamber vote back in 2016.",
			"Seats\nIn 2018 the Vardian party won 53.4 percent of the vote for the chamber.",
			"53%", "53.4 percent"},
		{"zero and a share",
			"Early count\nMarta Olsen claimed the Vardia primary with zero percent of the vote counted.",
			"Result\nMarta Olsen finished second in the Vardia primary with 24.3 percent of the vote counted.",
			"zero percent", "24.3 percent"},
	}
	together := []struct{ name, a, b, na string }{
		{"one crowd told with two verbs",
			"Rally\nLater on Friday at the main square in Orsa, tens of thousands of Vardians gathered for a rally in support of the call to arms.",
			"Orsa rally\nAt the main square in Orsa, tens of thousands of Vardians turned out for a rally in support of the call to arms on Friday.",
			"tens of thousands"},
		{"a place named on one side only",
			"Attack\nFour guards were killed at the port in Sacramento on Thursday.",
			"Port attack\nFour guards were killed at the port on Thursday, officials said.",
			"Four"},
	}
	checkRows(t, apart, together)
}
