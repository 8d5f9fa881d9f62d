package compare

import (
	"strings"
	"testing"
)

// TestDifferentPercentsNotOneFact: two outlets' lines on an exit poll
// that give different shares (of different questions) are no fact both
// report, while two that give the same share are. Fails on main d07fbff,
// which groups the two polls' lines.
func TestDifferentPercentsNotOneFact(t *testing.T) {
	r := run(t, mkArticles(
		"Ostra vote\nExit polls in Ostra showed that 56 percent of harbour voters said the mayor should keep the ferry subsidy. "+
			"Turnout in the harbour wards reached 71 percent, the election office said.",
		"Ostra poll\nExit polls in Ostra showed that 61 percent of harbour voters said the mayor should cut the ferry subsidy. "+
			"Turnout in the harbour wards reached 71 percent, the election office said.",
		"Ostra count\nThe count in Ostra ended before midnight. Officials praised the volunteers.",
	))
	var poll, turnout bool
	for _, f := range r.Facts {
		if len(f.ReportedBy) < 2 {
			continue
		}
		switch {
		case strings.Contains(f.Sentences[0].Text, "Exit polls"):
			poll = true
		case strings.Contains(f.Sentences[0].Text, "Turnout"):
			turnout = true
		}
	}
	if poll {
		t.Error("the two exit-poll lines (56 and 61 percent) are one fact group, want two facts")
	}
	if !turnout {
		t.Error("the two turnout lines (71 percent in both) are no fact group, want one")
	}
	if !percentsApart("56% of voters", "61 percent of voters") || percentsApart("56.0 percent", "56 percent") || !percentsApart("50 percent", "5 percent") || percentsApart("56 percent", "more than half") {
		t.Error("percentsApart: want 56% and 61 percent apart, 56.0 and 56 percent alike, 50 and 5 percent apart, a share without a percentage never apart")
	}
}
