package compare

import "testing"

// TestNumbersCountedVerb: one outlet counts "83% of the drivers stopped
// by police", the other "83 percent of all people stopped by police";
// "91% of the people issued tickets" and "91 percent of all citations
// issued": each pair one row of two outlets (h/numbers71; fresh54's
// review of a city's policing showed four rows of one outlet each, and
// each outlet's card listed both figures as its own).
func TestNumbersCountedVerb(t *testing.T) {
	r := run(t, mkArticles(
		"Audit finds bias in Dorran policing\nVell residents are 60% of Dorran's people, yet they were 83% of the drivers stopped by police, 91% of the people issued tickets and 95% of the people arrested, auditors said.",
		"Dorran policing singled out Vell, audit says\nThe Dorran Gazette said Vell residents, 60 percent of the town, drew 95 percent of all arrests from 2019 to 2021, plus 91 percent of all citations issued and 83 percent of all people stopped by police.",
	))
	for _, f := range []string{"83%", "91%"} {
		if q := quantityOf(r, "a0", f); q == nil || len(q.ReportedBy) != 2 || q.Discrepancy {
			t.Errorf("%s: %+v", f, q)
		}
	}
}

// TestNumbersCountedVerbApart: one participle does not join two values,
// nor two figures whose participles differ.
func TestNumbersCountedVerbApart(t *testing.T) {
	r := run(t, mkArticles(
		"Audit finds bias in Dorran policing\nThey were 83% of the drivers stopped by police and 70% of the people searched, auditors said.",
		"Dorran policing audit\nThey were 80 percent of all people stopped by police and 70 percent of all cars towed, auditors said.",
	))
	for _, f := range []string{"83%", "70%"} {
		if q := quantityOf(r, "a0", f); q == nil || len(q.ReportedBy) != 1 {
			t.Errorf("%s: %+v", f, q)
		}
	}
}
