package compare

import "testing"

// TestRevisedFigure: "revised from eight to six" gives the article's
// figure as six; the eight is the figure it replaced, so the article does
// not count the injured twice (which left the quantity with no one value)
// and another outlet's eight stands against its six (the fresh31 airport
// shooting: eight injured in one report, revised to six in the next day's).
func TestRevisedFigure(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour shooting\nA gunman killed five people at the Valmora ferry terminal on Friday and eight were injured, police said.",
		"Valmora terminal shooting\nFive people were killed and six injured at the Valmora ferry terminal, police said.\n\nThe number of injured was revised on Saturday from eight to six.",
	))
	q := quantityOf(r, "a0", "eight")
	if q == nil || !q.Discrepancy {
		t.Fatalf("eight injured against a figure revised to six: no discrepancy %+v", q)
	}
	for _, v := range q.Values {
		if v.Article == "a1" && v.Value != 6 {
			t.Errorf("the revised article's figure is %v, want 6 (%q)", v.Value, v.Sentence)
		}
	}
	// A figure that grew from one value to another in both articles is
	// no discrepancy.
	same := run(t, mkArticles(
		"Ferry fares\nThe Valmora ferry fare rose from eight to ten crowns on Monday, the operator said.",
		"Valmora fares up\nThe operator said the Valmora ferry fare rose on Monday from eight to ten crowns.",
	))
	for _, q := range same.Numbers {
		if q.Discrepancy {
			t.Errorf("the same change told twice: a discrepancy %+v", q.Values)
		}
	}
}
