package compare

import (
	"testing"
)

// TestDescribedFigureIsNoFact: two sentences that share a person's name
// and the figure that describes him ("Vell, 29,") but say different
// things of him state two facts; the fact both main clauses state is one
// group.
func TestDescribedFigureIsNoFact(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour fire\nFire destroyed the fish market of Sorrel Bay on Sunday night.\n"+
			"Harbour master Tomas Vell, 29, admitted setting the blaze during a call to the brigade, the prosecutor said.\n"+
			"The market will reopen in a tent next month.",
		"Market burns\nFire destroyed the fish market of Sorrel Bay on Sunday night.\n"+
			"Police named the suspect as harbour master Tomas Vell, 29.\n"+
			"Traders counted their losses on Monday.",
	))
	checkFactGroups(t, r, "Harbour master Tomas Vell, 29, admitted", "Fire destroyed the fish market")
}
