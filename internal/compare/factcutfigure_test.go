package compare

import (
	"strings"
	"testing"
)

// TestRunOnFigureCut: the clause a member runs on into holds a figure no
// other member gives (the age, the sum). The figure is a detail of that
// clause, so the member is shown up to the comma, marked cut, as it is
// for a clause without one (session 72).
func TestRunOnFigureCut(t *testing.T) {
	r := run(t, mkArticles(
		"Bridge to shut\nMayor Lina Kest said on Monday the Tarn harbour bridge will close for repairs next summer, adding that the welders would earn 4 million crowns for the job.\n"+
			"Ferries will carry cyclists across the channel.",
		"Harbour bridge repairs\nThe Tarn harbour bridge will close for repairs next summer, Mayor Lina Kest said on Monday.\n"+
			"Cyclists are asked to plan ahead.",
	))
	s, ok := memberOf(r, "Mayor Lina Kest said", "a0")
	if !ok {
		t.Fatalf("the closure is no fact of both articles: %+v", r.Facts)
	}
	if want := "Mayor Lina Kest said on Monday the Tarn harbour bridge will close for repairs next summer…"; s.Text != want {
		t.Errorf("the run-on member shows %q, want %q", s.Text, want)
	}
	for _, o := range s.OnlyHere {
		if strings.Contains(o, "4 million") || strings.Contains(o, "welder") {
			t.Errorf("the member lists %q, which is cut off", o)
		}
	}
}

// TestRunOnFigureKept: a clause that holds a figure another member gives
// stays: the figure is part of what the members share.
func TestRunOnFigureKept(t *testing.T) {
	r := run(t, mkArticles(
		"Bridge to shut\nMayor Lina Kest said on Monday the Tarn harbour bridge will close for repairs next summer, adding that 35 welders would work on it through the nights.\n"+
			"Ferries will carry cyclists across the channel.",
		"Harbour bridge repairs\nThe Tarn harbour bridge will close for repairs next summer with 35 on site, Mayor Lina Kest said on Monday.\n"+
			"Cyclists are asked to plan ahead.",
	))
	if len(factGroupWith(r, "Mayor Lina Kest said")) < 2 {
		t.Fatalf("the closure is no fact of both articles, so the test shows nothing: %+v", r.Facts)
	}
	noMemberCut(t, r)
}
