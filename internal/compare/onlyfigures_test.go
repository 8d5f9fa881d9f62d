package compare

import (
	"slices"
	"strings"
	"testing"
)

// TestOnlyHereNamesFigures: a member that gives the shared fact with a
// figure of its own (a vote count, a second count) names that figure in its
// "only X adds" note; a figure both members give is named by neither.
// Before session 54 a figure was no word of a run, so the vote count and the
// passengers were left out of the note.
func TestOnlyHereNamesFigures(t *testing.T) {
	r := run(t, mkArticles(
		"Halm council keeps night ferry\nThe Halm council voted on Tuesday to keep the night ferry to Norby island running through the winter.\n"+
			"The ferry carries 40 cars on each crossing.\n"+
			"Islanders had marched to the harbour hall last week.",
		"Night ferry saved\nThe Halm council voted 24-17 on Tuesday to keep the night ferry to Norby island running through the winter.\n"+
			"The ferry carries 40 cars and 300 passengers on each crossing.\n"+
			"Fuel costs rose sharply this year.",
	))
	s, ok := memberOf(r, "The Halm council voted", "a1")
	if !ok {
		t.Fatalf("the vote is no fact of both articles: %+v", r.Facts)
	}
	if !slices.ContainsFunc(s.OnlyHere, func(o string) bool { return strings.Contains(o, "24-17") }) {
		t.Errorf("the vote count is not named in %q", s.OnlyHere)
	}
	s, ok = memberOf(r, "The ferry carries 40 cars", "a1")
	if !ok {
		t.Fatalf("the car count is no fact of both articles: %+v", r.Facts)
	}
	if !slices.ContainsFunc(s.OnlyHere, func(o string) bool { return strings.Contains(o, "300 passengers") }) {
		t.Errorf("the passenger count is not named in %q", s.OnlyHere)
	}
	for _, o := range s.OnlyHere {
		if strings.Contains(o, "40") {
			t.Errorf("the shared count is named as own: %q", s.OnlyHere)
		}
	}
}
