package compare

import (
	"testing"
)

// TestClauseCutAtDash: a member that runs on past a dash into a clause
// with a subject of its own ("— though the order was stayed", "— and
// the ferry board has not met since") is shown without it, as a comma
// before the same words is cut: the other article tells only the first
// clause. Before session 70 both were shown whole.
func TestClauseCutAtDash(t *testing.T) {
	r := run(t, mkArticles(
		"Halm judge orders logs released\nA district judge ruled Friday that the harbour board must hand over its ferry logs to the island auditors — though the order was stayed to give the board a chance to appeal.\n"+
			"Fares for the night crossing rose by a third over the winter season on the island — and the ferry board has not met since the spring.\n"+
			"The mayor was not in court.",
		"Board must hand over logs\nA district judge said the harbour board must hand over its ferry logs to the island auditors.\n"+
			"Fares for the night crossing rose by a third over the winter season.\n"+
			"The auditors welcomed the ruling.",
	))
	for _, c := range []struct{ prefix, want string }{
		{"A district judge said", "A district judge ruled Friday that the harbour board must hand over its ferry logs to the island auditors…"},
		{"Fares for the night crossing rose by a third over the winter season.", "Fares for the night crossing rose by a third over the winter season on the island…"},
	} {
		got, ok := memberOf(r, c.prefix, "a0")
		if !ok {
			t.Fatalf("%q is no fact of both articles: %+v", c.prefix, r.Facts)
		}
		if got.Text != c.want {
			t.Errorf("the member shows %q, want %q", got.Text, c.want)
		}
	}
}

// TestClauseKeptAtDash: no cut at a dash that a second dash closes (an
// aside: "— though the board objected —") or at a dash before words
// that open no clause of their own ("— and without a vote"). Both
// members still make groups with the other article's sentences.
func TestClauseKeptAtDash(t *testing.T) {
	r := run(t, mkArticles(
		"Halm pier plan passes\nThe harbour council — though the ferry board objected — approved the new pier for the night ferry at its meeting on Tuesday.\n"+
			"The council approved the winter timetable for the outer island ferries — and without a vote of the board.\n"+
			"Work starts soon.",
		"Council backs pier\nThe harbour council approved the new pier for the night ferry on Tuesday.\n"+
			"The council approved the winter timetable for the outer island ferries.\n"+
			"Islanders wait.",
	))
	for _, p := range []string{"The harbour council approved", "The council approved the winter"} {
		if _, ok := memberOf(r, p, "a0"); !ok {
			t.Errorf("%q is no fact of both articles", p)
		}
	}
	noMemberCut(t, r)
}

// TestClauseCutSecondPredicate: a member that runs on past "and" (no
// comma) or "but" into a second predicate of its subject which tells a
// word of the other article's sentence ("mainland") is shown without it:
// runOnCut cuts such a predicate only when it tells none. Before
// session 70 both were shown whole.
func TestClauseCutSecondPredicate(t *testing.T) {
	r := run(t, mkArticles(
		"Halm board sets timetable\nThe harbour board approved a new winter timetable for the island ferry and hired extra deckhands from the mainland agency.\n"+
			"The harbour master confirmed that the island would not be the first to shut its ferry berth but warned of a swift reply if the mainland cancels the late crossing.\n"+
			"The mayor was away.",
		"New ferry timetable\nThe island ferry got a new winter timetable approved by the harbour board after talks with the mainland.\n"+
			"The harbour master confirmed the island would not be the first to shut its ferry berth unless the mainland did.\n"+
			"Islanders wait for the night boat.",
	))
	for _, c := range []struct{ prefix, want string }{
		{"The harbour board approved", "The harbour board approved a new winter timetable for the island ferry…"},
		{"The harbour master confirmed", "The harbour master confirmed that the island would not be the first to shut its ferry berth…"},
	} {
		got, ok := memberOf(r, c.prefix, "a0")
		if !ok {
			t.Fatalf("%q is no fact of both articles: %+v", c.prefix, r.Facts)
		}
		if got.Text != c.want {
			t.Errorf("the member shows %q, want %q", got.Text, c.want)
		}
	}
}

// TestClauseKeptSecondPredicate: a second predicate that tells three of
// the other article's words ("fares for the night crossing") says part
// of the shared fact; two descriptions joined ("arrested and charged")
// are no second predicate; a predicate opened by a bare auxiliary ("and
// is unaware of …") may restate the first: the members are shown
// whole.
func TestClauseKeptSecondPredicate(t *testing.T) {
	r := run(t, mkArticles(
		"Halm board sets fares\nThe harbour board approved a new winter timetable for the island ferry and raised fares for the night crossing to the outer isles.\n"+
			"The ferry captain was arrested and charged with reckless sailing after the grounding off the outer reef.\n"+
			"The pier warden said the ferry skipper did not speak with the harbour board before the closure and is unaware of the board's motive for the closure.\n"+
			"The mayor was away.",
		"New ferry fares\nThe harbour board approved a new winter timetable for the island ferry with higher fares for the night crossing.\n"+
			"The ferry captain was arrested after the grounding off the outer reef.\n"+
			"The pier warden said the ferry skipper did not speak with the harbour board before the closure.\n"+
			"Islanders wait.",
	))
	for _, p := range []string{"The harbour board approved", "The ferry captain was arrested", "The pier warden said"} {
		if _, ok := memberOf(r, p, "a0"); !ok {
			t.Errorf("%q is no fact of both articles", p)
		}
	}
	noMemberCut(t, r)
}

// TestClauseKeptAtDashBoth: when the other article's member goes on
// past a dash of its own ("– a count the ferry union disputed"), the
// two may add one point in other words: the member is not cut at its
// dash.
func TestClauseKeptAtDashBoth(t *testing.T) {
	r := run(t, mkArticles(
		"Halm judge orders logs released\nA district judge ruled Friday that the harbour board must hand over its ferry logs to the island auditors — though the union vowed to keep fighting the order in the courts.\n"+
			"The mayor was not in court.",
		"Board must hand over logs\nA district judge said the harbour board must hand over its ferry logs to the island auditors – an order the ferry union swiftly challenged.\n"+
			"The auditors welcomed the ruling.",
	))
	if _, ok := memberOf(r, "A district judge said", "a0"); !ok {
		t.Fatalf("the ruling is no fact of both articles: %+v", r.Facts)
	}
	noMemberCut(t, r)
}

// TestClauseKeptPredicateVerb: a second predicate whose verb the other
// article uses ("and sided with the widow" beside "is siding with
// the families") tells what the other tells: the member is shown
// whole.
func TestClauseKeptPredicateVerb(t *testing.T) {
	r := run(t, mkArticles(
		"Halm board declines\nThe harbour board, unusually for it, refused to back the old ferry charter and sided with the widow on the question of compensation.\n"+
			"The mayor was away.",
		"Board will not back charter\nNormally the board backs every charter, but the harbour board, unusually for it, has refused to back the old ferry charter and instead is siding with the families.\n"+
			"Islanders wait.",
	))
	if _, ok := memberOf(r, "The harbour board, unusually", "a0"); !ok {
		t.Fatalf("the charter is no fact of both articles: %+v", r.Facts)
	}
	noMemberCut(t, r)
}
