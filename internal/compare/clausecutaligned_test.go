package compare

import "testing"

// TestClauseAlignedCutJudged: two more places where a member's sentence
// joins a clause of its own to the one the other article states (session
// 54): after a quotation closed by its comma, "and" and a clause whose
// subject holds an apposition ("…,” and even the council's oldest ally,
// the Guild, voiced doubts"); and ", though" before the clause
// the other article states. Each member is shown as the shared clause
// alone; on main neither sentence splits.
func TestClauseAlignedCutJudged(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour plan attacked\nThe mayor called the harbour plan a “reckless gamble with the island's only ferry berth,” and even the council's oldest ally, the Guild, voiced doubts about its cost.\n"+
			"Officials would not say which firm won the contract, though the navy has dredged similar channels near Halm before.\n"+
			"Work is due to start in May.",
		"Mayor rejects harbour plan\nThe mayor called the harbour plan a “reckless gamble with the island's only ferry berth.”\n"+
			"The navy has dredged similar channels near Halm before.\n"+
			"The council meets again next week.",
	))
	for _, c := range []struct{ prefix, want string }{
		{"The mayor called the harbour plan", "The mayor called the harbour plan a “reckless gamble with the island's only ferry berth,”…"},
		{"The navy has dredged", "… the navy has dredged similar channels near Halm before."},
	} {
		s, ok := memberOf(r, c.prefix, "a0")
		if !ok {
			t.Fatalf("%q is no fact of both articles: %+v", c.prefix, r.Facts)
		}
		if s.Text != c.want {
			t.Errorf("the member shows %q, want %q", s.Text, c.want)
		}
	}
}
