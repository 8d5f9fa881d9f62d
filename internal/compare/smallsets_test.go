package compare

import "testing"

// TestNumberRowsSmallSets: one ruling's four dissenting "Dorran-appointed
// justices" and the "four liberal justices" of its majority are two sets
// and share no row (h/numbers70; before, one small value joined them);
// "three GOP senators" and "three Republican senators" are one set, as
// are "two conspiracy counts" and "two felony counts" (no side), and
// "four justices" with no qualifier still joins.
func TestNumberRowsSmallSets(t *testing.T) {
	apart := []struct{ name, a, b, na, nb string }{
		{"two sets of justices",
			"Ruling\nNot only did four Dorran-appointed justices, Kell, Varo, Lind and Moss, dissent, each chose to write an opinion.",
			"Ruling out\nThe opinion by Chief Justice Brenn, whom the court's four liberal justices joined, cites many earlier rulings.",
			"four", "four"},
	}
	together := []struct{ name, a, b, na string }{
		{"one party folded",
			"Vote fails\nThe bill failed after three GOP senators voted against it on Friday.",
			"Bill fails\nThe bill failed on Friday when three Republican senators voted against it.",
			"three"},
		{"one side named three ways",
			"Tweets\nDorran's posts about four progressive lawmakers of color drew charges of racism on Tuesday.",
			"Tweets again\nDorran repeated on Tuesday that the four Democratic lawmakers hate the country.",
			"four"},
		{"words that only describe",
			"Plea\nManfred pleaded guilty on Friday to two conspiracy counts in the Varnian case.",
			"Plea entered\nManfred entered his guilty plea on Friday to two felony counts in the Varnian case.",
			"two"},
		{"no qualifier",
			"Ruling\nNot only did four Dorran-appointed justices dissent, each chose to write an opinion.",
			"Ruling out\nFour justices dissent from the ruling, and each chose to write an opinion.",
			"four"},
	}
	checkRows(t, apart, together)
}
