package compare

import (
	"strings"
	"testing"
)

// TestOnlyHereUsableDetails: a fact group member's "only X adds" note
// names what a reader can use (a name, a figure) and leaves out the pieces
// of its wording that are none: a saying verb with its subject or its day,
// a bare phrase of function words, a quotation cut in half, and a name the
// other member gives too. Before session 58 the note listed "Brask said"
// and a phrase ending inside a quotation.
func TestOnlyHereUsableDetails(t *testing.T) {
	r := run(t, mkArticles(
		"Halm council keeps night ferry\nThe Halm council voted on Tuesday to keep the night ferry to Norby island running through the winter, said Lise Brask.\n"+
			"Islanders had marched to the harbour hall last week.",
		"Night ferry saved\nThe Halm council voted on Tuesday to keep the night ferry to Norby island running through the winter toward the end of a stormy sitting attended by Mayor Ilse Varga, Brask said Friday.\n"+
			"Fuel costs rose sharply this year.",
	))
	s, ok := memberOf(r, "The Halm council voted", "a1")
	if !ok {
		t.Fatalf("the vote is no fact of both articles: %+v", r.Facts)
	}
	if !strings.Contains(strings.Join(s.OnlyHere, "|"), "Ilse Varga") {
		t.Errorf("the mayor is not named in %q", s.OnlyHere)
	}
	for _, o := range s.OnlyHere {
		if strings.Contains(o, "said") || strings.Contains(o, "toward") || strings.Contains(o, "stormy") || strings.Contains(o, "Brask") {
			t.Errorf("a piece of wording is named as a detail: %q", s.OnlyHere)
		}
	}

	r = run(t, mkArticles(
		"Reddin rises\nThe river Reddin burst its banks at Olm on Sunday and flooded the old town.\n"+
			"Boats took residents from the rooftops.",
		"Flood at Olm\nThe river Reddin burst its banks at Olm on Sunday and flooded the old town, where the water had climbed \"faster than any of us could have guessed at dawn.\"\n"+
			"Schools stayed shut.",
	))
	s, ok = memberOf(r, "The river Reddin burst", "a1")
	if !ok {
		t.Fatalf("the flood is no fact of both articles: %+v", r.Facts)
	}
	for _, o := range s.OnlyHere {
		if strings.Count(o, "\"")%2 != 0 {
			t.Errorf("a quotation is cut in half: %q", s.OnlyHere)
		}
	}
}
