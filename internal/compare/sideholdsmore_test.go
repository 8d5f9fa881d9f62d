package compare

import (
	"strings"
	"testing"
)

// TestOneSideHoldsMore: a member states the shared point and runs on
// into a clause no other member gives, where the cuts keep it whole (a
// figure or quotation in the clause, a first clause before a second
// predicate that tells the shared point): the member is shown whole
// and the clause marked as what it adds, an ellipsis on the side where
// the sentence goes on. On main no member says what it adds.
func TestOneSideHoldsMore(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour inquiry sought\nMayor Berg said he would ask the harbour board to open an inquiry into the ferry closure and urged residents to send “every single photograph” before 12 May.\n"+
			"Captain Holm had sailed the northern route for many summers, but was stripped of his licence when the harbour board found he ignored the storm warning.\n"+
			"Work is due to start in March.",
		"Inquiry into closure\nMayor Berg wrote to the harbour board on Monday asking it to open an inquiry into the ferry closure.\n"+
			"The harbour board found the captain ignored the storm warning and took away his licence.\n"+
			"The council meets again next week.",
	))
	for _, c := range []struct{ prefix, adds string }{
		{"Mayor Berg wrote", "…and urged residents to send “every single photograph” before 12 May"},
		{"The harbour board found", "Captain Holm had sailed the northern route for many summers…"},
	} {
		s, ok := memberOf(r, c.prefix, "a0")
		if !ok {
			t.Fatalf("%q is no fact of both articles: %+v", c.prefix, r.Facts)
		}
		if s.Whole != "" || s.Adds != c.adds {
			t.Errorf("the member shows %q (whole %q) adding %q, want it whole adding %q", s.Text, s.Whole, s.Adds, c.adds)
		}
		if !strings.Contains(s.Text, strings.Trim(c.adds, cutMark)) {
			t.Errorf("what it adds is no part of %q", s.Text)
		}
		o, _ := memberOf(r, c.prefix, "a1")
		if o.Adds != "" {
			t.Errorf("the member that says no more adds %q", o.Adds)
		}
	}
	var b strings.Builder
	if err := WriteMarkdown(&b, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "adds: “…and urged residents") {
		t.Errorf("the page does not mark what the member adds:\n%s", b.String())
	}
}

// TestOneSideHoldsNoMore: what is no more than the shared point is
// not marked: a run-on clause that repeats the others' words, a clause
// inside the subject ("the hall where … stood"), a first clause with
// no verb of its own, and the second of two speakers named after a
// quotation (", and Dahl, of Nord, also said …").
func TestOneSideHoldsNoMore(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour hall\nThe council said the harbour hall would close for repairs, and it said the repairs would take the whole winter.\n"+
			"With Mayor Berg, the tall and bearded harbour chief, taking charge, the board voted to reopen the night crossing.\n"+
			"“The harbour levy cannot pay for the new quay,” Berg, of Halm, and Dahl, of Nord, also said in their Monday statement.\n"+
			"Work is due to start in March.",
		"Hall to close\nThe council said the harbour hall would close for winter repairs.\n"+
			"The board voted on Monday to reopen the night crossing.\n"+
			"Berg and Dahl said the harbour levy cannot pay for the new quay.\n"+
			"The council meets again next week.",
	))
	for _, prefix := range []string{"The council said the harbour hall would close for winter", "The board voted on Monday", "Berg and Dahl said"} {
		s, ok := memberOf(r, prefix, "a0")
		if !ok {
			t.Fatalf("%q is no fact of both articles: %+v", prefix, r.Facts)
		}
		if s.Adds != "" {
			t.Errorf("%q is marked as adding %q", s.Text, s.Adds)
		}
	}
}
