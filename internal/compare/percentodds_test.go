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

// TestSpelledPercentsNotOneFact: a share spelled in words is a share too.
// Two outlets' lines on one ferry market, one giving how many of the
// riders hold season passes and the other how many of those riders will
// lose them, share only the market: no fact both report. Fails on main
// 70d1db35, which read only percentages written in digits and grouped
// them.
func TestSpelledPercentsNotOneFact(t *testing.T) {
	r := run(t, mkArticles(
		"Ostra ferries\nAbout 6 percent of Ostra commuters hold season passes through the harbour ferry market. "+
			"The harbour board meets on Tuesday.",
		"Ostra passes\nSeventy-two percent of Ostra commuters in the harbour ferry market are expected to lose their season passes. "+
			"The harbour board meets on Tuesday.",
		"Ostra count\nThe count in Ostra ended before midnight. Officials praised the volunteers.",
	))
	for _, f := range r.Facts {
		if len(f.ReportedBy) >= 2 && strings.Contains(f.Sentences[0].Text, "commuters") {
			t.Errorf("the two market lines (6 and seventy-two percent) are one fact group (tentative %v), want two facts", f.Tentative)
		}
	}
	for _, c := range []struct {
		a, b  string
		apart bool
	}{
		{"Sixty-seven percent of riders", "About 5 percent of riders", true},
		{"five percent of riders", "5 percent of riders", false},
		{"seventeen per cent of riders", "17% of riders", false},
		{"twenty two percent of riders", "22 percent of riders", false},
		{"Nineteen percent of riders", "90 percent of riders", true},
		// A fraction matches the share it is, but alone gives none.
		{"a quarter of riders would not renew, while 75% would", "Twenty-five percent of riders would not renew", false},
		{"half of the riders", "40 percent of riders", false},
		{"one-third of riders and 12 percent of crews", "33 percent of riders", false},
		{"one-third of riders and 12 percent of crews", "40 percent of riders", true},
		{"19 percent would back a third-party candidate", "37 percent would back a third-party candidate or no one", true},
	} {
		if got := percentsApart(c.a, c.b); got != c.apart {
			t.Errorf("percentsApart(%q, %q) = %v, want %v", c.a, c.b, got, c.apart)
		}
	}
}
