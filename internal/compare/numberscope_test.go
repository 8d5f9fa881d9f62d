package compare

import (
	"testing"
)

// TestNumbersClauseScope: what a figure's clause says of its scope keeps
// two figures apart (h/numbers41, read on every discrepancy of the ABP
// events of two outlets or more): a region's count against the whole's,
// a separate incident, two acts on one counted noun, tolls that share
// only the time of day, and two articles of one outlet.
func TestNumbersClauseScope(t *testing.T) {
	r := run(t, mkArticles(
		"Storm over Estria\nOfficials said the storm has killed 40 and left 31 missing across Estria. "+
			"A missile hit an army jeep near the Valmora border and wounded four soldiers. "+
			"Police identified three suspects in the Valmora harbour attack.",
		"Estria storm toll\nThe storm hit hardest in Kessan province, where 30 died under mud, and 25 remain missing, rescuers said. "+
			"Three soldiers were wounded by a separate rocket near the Valmora border. "+
			"Police are searching for two suspects in the Valmora harbour attack.",
	))
	for _, text := range []string{"31", "four", "three"} {
		if q := quantityOf(r, "a0", text); q != nil && q.Discrepancy {
			t.Errorf("%s: a discrepancy %+v", text, q.Values)
		}
	}
	night := run(t, mkArticles(
		"Chapel\nPolice said eight people were shot dead in the harbour chapel on Wednesday night.",
		"Chapel shootings\nSeven people were killed that night.",
	))
	if q := quantityOf(night, "a0", "eight"); q != nil && q.Discrepancy {
		t.Errorf("tolls sharing only the night: a discrepancy %+v", q.Values)
	}
	one := mkArticles(
		"Harbour case\nFour dockworkers have accused Brennick of taking bribes at the Valmora harbour.",
		"Harbour case grows\nSeven dockworkers have accused Brennick of taking bribes at the Valmora harbour.",
	)
	one[1].Outlet = one[0].Outlet
	if q := quantityOf(run(t, one), "a0", "Four"); q != nil && q.Discrepancy {
		t.Errorf("one outlet's two counts: a discrepancy %+v", q.Values)
	}
}

// TestNumbersIssueDiscrepancies: the two real discrepancies of issue 15,
// in sentences of our own: children killed (three per one source, two
// per another) and shots (two in one account, three on a video) are one
// quantity each, told differently.
func TestNumbersIssueDiscrepancies(t *testing.T) {
	r := run(t, mkArticles(
		"Raid on Orsa\nThree children were killed in the raid on the village of Orsa, a village elder said. "+
			"The officer fired two shots at Kell during the traffic stop, the police report said.",
		"Orsa raid\nTwo children were killed in the raid on the village of Orsa, the ministry said. "+
			"A video shows the officer fired three shots at Kell during the traffic stop.",
	))
	for _, text := range []string{"Three", "two"} {
		if q := quantityOf(r, "a0", text); q == nil || !q.Discrepancy {
			t.Errorf("%s: no discrepancy %+v", text, q)
		}
	}
}

// TestConflictCatenative: "failed to" or "agreed to" and a verb is an
// outcome of that verb: "failed to reach a deal" says nothing against
// "passed a law", "agreed to decide" nothing against "rejected the
// request"; "refused to testify" and "agreed to testify" are opposite.
func TestConflictCatenative(t *testing.T) {
	an := newAnalyzer(t)
	for _, tc := range []struct {
		a, wa, b, wb string
		want         bool
	}{
		{"The Valmora council failed to reach a deal on the harbour loans.", "failed",
			"The Valmora council passed a law on the harbour loans.", "passed", true},
		{"The high court agreed to decide the harbour case.", "agreed",
			"The appeals court rejected the harbour board's request.", "rejected", true},
		{"The harbour bill failed to pass on Tuesday.", "failed",
			"The council passed the harbour bill on Tuesday.", "passed", false},
		{"Brennick agreed to testify before the harbour board.", "agreed",
			"Brennick refused to testify before the harbour board.", "refused", false},
	} {
		sa, sb := firstSentence(an, tc.a), firstSentence(an, tc.b)
		ka, kb := tokenIndex(sa, tc.wa), tokenIndex(sb, tc.wb)
		p := -1
		for _, x := range outcomeWords[sa.Tokens[ka].Norm] {
			for _, y := range outcomeWords[sb.Tokens[kb].Norm] {
				if x[0] == y[0] && x[1] != y[1] {
					p = x[0]
				}
			}
		}
		if p < 0 {
			t.Fatalf("%q, %q: no opposite pair", tc.wa, tc.wb)
		}
		if got := catenativeOther(sa, ka, sb, kb, p) || catenativeOther(sb, kb, sa, ka, p); got != tc.want {
			t.Errorf("catenativeOther(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
