package compare

import "testing"

// rowOf returns the values of the Numbers row holding text of article id.
func rowOf(t *testing.T, r *Report, id, text string) []string {
	t.Helper()
	q := quantityOf(r, id, text)
	if q == nil {
		t.Fatalf("no row holds %s of %s", text, id)
	}
	var out []string
	for _, v := range q.Values {
		out = append(out, v.Article+"@"+v.Text)
	}
	return out
}

// checkRows checks that each pair of apart's articles keeps its figure na
// of a0 in a row of its own, and each pair of together's puts it in one
// row with the other article's.
func checkRows(t *testing.T, apart []struct{ name, a, b, na, nb string }, together []struct{ name, a, b, na string }) {
	t.Helper()
	for _, c := range apart {
		r := run(t, mkArticles(c.a, c.b))
		if row := rowOf(t, r, "a0", c.na); len(row) != 1 {
			t.Errorf("%s: one row %v", c.name, row)
		}
	}
	for _, c := range together {
		r := run(t, mkArticles(c.a, c.b))
		if row := rowOf(t, r, "a0", c.na); len(row) != 2 {
			t.Errorf("%s: not one row %v", c.name, row)
		}
	}
}

// TestNumberRowsOneQuantity: a Numbers row is one quantity (h/numrows41,
// read on 65 rows of ABP events). A bound or a rounding takes in close
// values said in the same frame, not a rival's share or a figure ten
// times larger; a range is both its ends; a vague word joins only the
// same counted thing in its own order of magnitude; "the first time" of
// two acts is no one quantity.
func TestNumberRowsOneQuantity(t *testing.T) {
	apart := []struct{ name, a, b, na, nb string }{
		{"a rival's share under a bound",
			"Vardia primary\nMarta Olsen finished second with 24.3 percent of the vote in the Vardia primary.",
			"Vardia primary result\nTomas Brenn won the Vardia primary with less than 30 percent of the vote.",
			"24.3 percent", "30 percent"},
		{"a bound ten times off",
			"Claims\nAlmost 10 million Vardians filed claims for jobless benefits in two weeks.",
			"Records\nAs many as 100 million Vardians have a court record, a study of jobless benefits found.",
			"10 million", "100 million"},
		{"a rounding too far",
			"Margin\nOlsen lost the Vardia primary by about 4,000 votes.",
			"Margin\nOlsen lost the Estria caucus by 6,000 votes.",
			"4,000", "6,000"},
		{"a range's other end",
			"Bill passes\nThe chamber passed the port bill 227-205 on Thursday.",
			"Bill passes again\nThe chamber passed the port bill 227 to 203 on Tuesday.",
			"227-205", "227 to 203"},
		{"a vague word and a count of another thing",
			"Delegates\nThe Vardia primary awards 24 delegates to the leading candidates.",
			"New voters\nMillions of new voters could decide the Vardia primary for the leading candidates.",
			"24", "Millions"},
		{"an increment",
			"Hall\nDozens of officers surrounded the Orsa hall on Friday night.",
			"Hall siege\nAnother 30 officers were treated for injuries after the Orsa hall siege on Friday night.",
			"Dozens", "30"},
		{"an age and a count",
			"Found\nPolice found two women in the house on Larch Street.",
			"Another case\nA man taken at the age of 2 was found in the house on Larch Street.",
			"two", "2"},
		{"justices named by two parties",
			"Split court\nA split court between the four Vardian-appointed justices and the rest would leave the ban in place.",
			"Allies\nThe states appeared to have allies among the four Estrian-appointed justices who read the ban.",
			"four", "four"},
		{"officials of two countries",
			"Sanctions\nThe port board imposed sanctions on two Vardian officials in August over the harbour deal.",
			"Transfer\nThe prisoners will be moved by Friday, according to two Estrian intelligence officials who spoke on the harbour deal.",
			"two", "two"},
	}
	together := []struct{ name, a, b, na string }{
		{"one party named two ways",
			"Vote\nSixteen Republican senators sided with the majority on Thursday to move the port bill to debate.",
			"Port bill vote\nA few of the 16 GOP senators backing Thursday's move of the port bill to debate want changes.",
			"Sixteen"},
		{"a bound and a close toll",
			"Blasts in Orsa\nTwin blasts near the embassy in Orsa killed at least 20 people on Tuesday.",
			"Orsa blasts\nTwin blasts near the embassy in Orsa killed 23 people on Tuesday, officials said.",
			"20"},
		{"one range",
			"Bill passes\nThe chamber passed the port bill 227-205 on Thursday.",
			"Port bill\nThe chamber passed the port bill by 227 to 205 on Thursday.",
			"227-205"},
		{"a rounding named two ways",
			"Derailment\nThe train was carrying approximately 139 passengers when it derailed near Orsa on Sunday.",
			"Train 91\nThe train, carrying 136 passengers, derailed outside Vellmar station on Sunday.",
			"139"},
		{"a vague word of the same thing",
			"March\nThousands of farmers marched through Orsa on Sunday against the port bill.",
			"Orsa march\nSome 20,000 farmers marched through Orsa on Sunday against the port bill.",
			"Thousands"},
	}
	checkRows(t, apart, together)
	// "the first time" of two acts: never one row; since h/numbers55 a
	// position one outlet gives has no row at all.
	r := run(t, mkArticles("Summit\nKarel Dunn met Ilse Varga for the first time at a summit in Lisbon.",
		"Tour\nKarel Dunn is touring the islands for the first time this week."))
	if q := quantityOf(r, "a0", "first"); q != nil && len(q.Values) != 1 {
		t.Errorf("the first time of two acts: one row %+v", q)
	}
}
