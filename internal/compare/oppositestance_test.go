package compare

import (
	"strings"
	"testing"
)

// inGroup reports whether the fact group holding the sentence opening
// with prefix also holds one opening with other.
func inGroup(r *Report, prefix, other string) bool {
	for _, s := range factGroupWith(r, prefix) {
		if strings.HasPrefix(s.Text, other) {
			return true
		}
	}
	return false
}

// TestOppositeStanceNotOneFact: two outlets tell that the governor
// rejected calls for an inquiry, a third that the mayor supports those
// calls. The two rejections are one fact; the support is a difference,
// not a third member. On main the three are one group.
func TestOppositeStanceNotOneFact(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour fire inquiry\nThe harbour fire destroyed four warehouses on Sunday night.\n"+
			"Governor Sand rejected calls for a state police inquiry into the harbour fire.\n"+
			"Work is due to start in March.",
		"Governor and the fire\nFour warehouses burned down at the harbour on Sunday.\n"+
			"Governor Sand on Monday dismissed the calls for a state police inquiry into the harbour fire.\n"+
			"The council meets again next week.",
		"Mayor wants inquiry\nA fire destroyed four harbour warehouses late on Sunday.\n"+
			"\"I strongly support the calls for a state police inquiry into the harbour fire,\" Mayor Berg said.\n"+
			"Insurers are counting the cost.",
	))
	if !inGroup(r, "Governor Sand rejected", "Governor Sand on Monday dismissed") {
		t.Fatalf("the two rejections are not one fact: %+v", factGroupWith(r, "Governor Sand rejected"))
	}
	if inGroup(r, "Governor Sand rejected", "\"I strongly support") {
		t.Errorf("the mayor's support is grouped with the governor's rejection: %+v", factGroupWith(r, "Governor Sand rejected"))
	}
}
