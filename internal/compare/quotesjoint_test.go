package compare

import (
	"strings"
	"testing"
)

// TestJointStatementOneGroup: two articles that give one joint
// statement, naming its two speakers in other orders, quote it in one
// group shown under both names; a third that gives the words to one of
// the two alone joins that group too, and so does one passage given
// to each of two persons alone.
func TestJointStatementOneGroup(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour bill\nThe harbour bill passed the council on Monday. \u201cThis bill leaves the dockers with nothing and the port with debts it cannot pay,\u201d Ivo Lund and Ana Ruiz said in a joint statement.",
		"Bill passes\nThe council passed the harbour bill. \u201cThis bill leaves the dockers with nothing and the port with debts it cannot pay,\u201d Ana Ruiz and Ivo Lund said in a joint statement on Monday.",
		"Council vote\nThe harbour bill went through on Monday. \u201cThis bill leaves the dockers with nothing and the port with debts it cannot pay,\u201d Ana Ruiz said.",
	))
	g := groupWith(r, "a0", "leaves the dockers with nothing")
	if g == nil || len(g.Quotes) != 3 {
		t.Fatalf("the three quotes are not one group: %+v", g)
	}
	if !strings.Contains(g.Speaker, "Ivo Lund") || !strings.Contains(g.Speaker, "Ana Ruiz") {
		t.Errorf("speaker %q, want both names", g.Speaker)
	}
	// Two articles that give the same seventeen words each to one
	// person alone quote one passage: one group (h/quotes56b; before,
	// two known speakers kept them apart, and an outlet's misattributed
	// copy of a statement stood as a line quoted by it alone), headed
	// by one name, not a joint one.
	r = run(t, mkArticles(
		"Harbour bill\nThe harbour bill passed the council on Monday. \u201cThis bill leaves the dockers with nothing and the port with debts it cannot pay,\u201d Ivo Lund said.",
		"Bill passes\nThe council passed the harbour bill. \u201cThis bill leaves the dockers with nothing and the port with debts it cannot pay,\u201d Ana Ruiz said on Monday.",
	))
	g = groupWith(r, "a0", "leaves the dockers with nothing")
	if g == nil || len(g.Quotes) != 2 {
		t.Fatalf("the same passage given to two persons is not one group: %+v", g)
	}
	if strings.Contains(g.Speaker, "Ivo Lund") == strings.Contains(g.Speaker, "Ana Ruiz") {
		t.Errorf("speaker %q, want one of the two names", g.Speaker)
	}
}
