package dedup

import (
	"slices"
	"testing"
)

// TestAddSubstitutions: a gap of as many words on both sides is read word
// for word, unless a word stands on both sides (aligned one off: an added
// or moved word, no swap); a gap of unequal sides is one phrase.
func TestAddSubstitutions(t *testing.T) {
	for _, c := range []struct {
		src, cp string
		g       gap
		want    []Substitution
	}{
		{"the mayor voted on it", "the mayor decided on it", gap{2, 3, 2, 3}, []Substitution{{"voted", "decided"}}},
		{"ten big ships came", "ten large boats came", gap{1, 3, 1, 3}, []Substitution{{"big", "large"}, {"ships", "boats"}}},
		// "The Harbour Act" against "The Harbour Levy Act", aligned one off.
		{"so The Harbour Act", "so Harbour Levy Act", gap{1, 3, 1, 3}, nil},
		// Only the pair with a word on both sides is left out.
		{"so the old mill shut", "so old brick mill shut", gap{1, 3, 1, 3}, nil},
		{"so a quiet old mill", "so one old new mill", gap{1, 4, 1, 4}, []Substitution{{"a", "one"}}},
		{"the quay shut", "the old pier closed", gap{1, 3, 1, 4}, []Substitution{{"quay shut", "old pier closed"}}},
	} {
		src, cp := prepare(Doc{Paragraphs: []string{c.src}}), prepare(Doc{Paragraphs: []string{c.cp}})
		got := addSubstitutions(nil, src, cp, c.g)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q / %q: %q, want %q", c.src, c.cp, got, c.want)
		}
	}
}
