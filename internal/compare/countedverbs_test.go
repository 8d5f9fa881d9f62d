package compare

import "testing"

// TestNumbersCountedVerb: one outlet counts "85% of the drivers stopped
// by police", the other "85 percent of all people stopped by police";
// "90% of the people issued tickets" and "90 percent of all citations
// issued": each pair one row of two outlets (h/numbers71; fresh54's
// review of a city's policing showed four rows of one outlet each, and
// each outlet's card listed 85% and 90% as its own).
func TestNumbersCountedVerb(t *testing.T) {
	r := run(t, mkArticles(
		"Review finds bias in Dorran police\nResidents of Vell make up 60% of the population in Dorran, but they accounted for 85% of the drivers stopped by police, 90% of the people issued tickets and 94% of the people arrested, the review found.",
		"Dorran police targeted Vell residents, review says\nThe Dorran Gazette reported that while Vell residents make up 60 percent of the population, they accounted for 94 percent of all arrests between 2011 and 2013, as well as 90 percent of all citations issued and 85 percent of all people stopped by police.",
	))
	for _, f := range []string{"85%", "90%"} {
		if q := quantityOf(r, "a0", f); q == nil || len(q.ReportedBy) != 2 || q.Discrepancy {
			t.Errorf("%s: %+v", f, q)
		}
	}
}

// TestNumbersCountedVerbApart: one participle does not join two values,
// nor two figures whose participles differ.
func TestNumbersCountedVerbApart(t *testing.T) {
	r := run(t, mkArticles(
		"Review finds bias in Dorran police\nThey accounted for 85% of the drivers stopped by police and 70% of the people searched, the review found.",
		"Dorran police review\nThey accounted for 80 percent of all people stopped by police and 70 percent of all cars towed, the review found.",
	))
	for _, f := range []string{"85%", "70%"} {
		if q := quantityOf(r, "a0", f); q == nil || len(q.ReportedBy) != 1 {
			t.Errorf("%s: %+v", f, q)
		}
	}
}
