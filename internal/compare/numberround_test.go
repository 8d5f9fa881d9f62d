package compare

import "testing"

// TestRoundWordWithinRounding: "a dozen" against 11 injured is a round
// word, not two outlets at odds (read on every discrepancy of the events
// of two outlets or more of /work/db/s49, numbers-50-flags.tsv); a round
// word against a figure beyond its rounding still is ("a dozen" against
// 20).
func TestRoundWordWithinRounding(t *testing.T) {
	r := run(t, mkArticles(
		"Ferry crash\nThe ferry crash at the Valmora pier left three dead and a dozen injured, the harbour master said.",
		"Valmora ferry crash\nThe crash at the Valmora pier left three dead and 11 injured, the harbour master said.",
	))
	if q := quantityOf(r, "a0", "dozen"); q != nil && q.Discrepancy {
		t.Errorf("a dozen against 11: a discrepancy %+v", q.Values)
	}
	far := run(t, mkArticles(
		"Ferry crash\nThe ferry crash at the Valmora pier left three dead and a dozen injured, the harbour master said.",
		"Valmora ferry crash\nThe crash at the Valmora pier left three dead and 20 injured, the harbour master said.",
	))
	if q := quantityOf(far, "a0", "dozen"); q == nil || !q.Discrepancy {
		t.Errorf("a dozen against 20: no discrepancy %+v", q)
	}
}

// TestPlaceInCountedPhrase: a place written into the counted phrase
// ("five Dallas-area officers") against a figure set in another named
// place ("three officers in New Orleans") counts two incidents, even when
// both sentences name the second place.
func TestPlaceInCountedPhrase(t *testing.T) {
	r := run(t, mkArticles(
		"Officers shot\nThe deaths of three police officers in New Orleans left the river city tense ahead of more marches.",
		"Police mourned\nNew Orleans grieved on Monday, a week after the murders of five Dallas-area police officers.",
	))
	if q := quantityOf(r, "a0", "three"); q != nil && q.Discrepancy {
		t.Errorf("officers of two cities: a discrepancy %+v", q.Values)
	}
}
