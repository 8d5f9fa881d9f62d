package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// textsApart returns a function that reports whether two one-sentence
// texts are apart by their percentages (percents, percentSetsApart), each
// read by nlp as an article's only paragraph.
func textsApart(t *testing.T) func(a, b string) bool {
	an := newAnalyzer(t)
	read := func(text string) map[string]bool {
		return percents(&doc{an: an.Analyze(nlp.Input{Paragraphs: []string{text}})}, 0)
	}
	return func(a, b string) bool { return percentSetsApart(read(a), read(b)) }
}

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
	apart := textsApart(t)
	if !apart("56% of voters", "61 percent of voters") || apart("56.0 percent", "56 percent") || !apart("50 percent", "5 percent") || apart("56 percent", "more than half") {
		t.Error("apart: want 56% and 61 percent apart, 56.0 and 56 percent alike, 50 and 5 percent apart, a share without a percentage never apart")
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
	apart := textsApart(t)
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
		if got := apart(c.a, c.b); got != c.apart {
			t.Errorf("apart(%q, %q) = %v, want %v", c.a, c.b, got, c.apart)
		}
	}
}

// TestPercentsReadFromNumbers: the percentages are nlp's numbers, so a
// range gives both its ends, a share with a leading point is the share it
// is, a change in percentage points gives no percentage, and a count in
// ten or a fraction in two words matches the percentage of its value.
// Fails on main 3b91515a, whose patterns read only the high end of a
// range and ".5 percent" as 5.
func TestPercentsReadFromNumbers(t *testing.T) {
	apart := textsApart(t)
	for _, c := range []struct {
		a, b  string
		apart bool
	}{
		{"Between 10 and 15 percent of the riders renewed.", "About 10 percent of the riders renewed.", false},
		{"Some 10 to 15 percent of the riders renewed.", "About 12 percent of the riders renewed.", true},
		{"Fares rose 5%-8% for the riders.", "Fares rose 5 percent for the riders.", false},
		{"Only .5 percent of the riders renewed.", "Only 5 percent of the riders renewed.", true},
		{"Only 0.5 per cent of the riders renewed.", "Only .5 percent of the riders renewed.", false},
		{"Support fell 6 percentage points among riders.", "Support among riders stood at 41 percent.", false},
		{"Six in 10 riders renewed, and 12 percent quit.", "60 percent of the riders renewed.", false},
		{"Three quarters of riders renewed, and 12 percent quit.", "75 percent of riders renewed.", false},
		{"One percent of the riders quit.", "1% of the riders quit.", false},
		{"One percent of the riders quit.", "10% of the riders quit.", true},
	} {
		if got := apart(c.a, c.b); got != c.apart {
			t.Errorf("apart(%q, %q) = %v, want %v", c.a, c.b, got, c.apart)
		}
	}
}
