package compare

import "testing"

// A line that gives a figure and a participant another article gives
// too, in other words, is told in part elsewhere: it is claimed for the
// details it adds, and says what the test found. Fails on main b85a0750
// (fresh50's CNN line on the convention binding Syria 30 days after it
// joins, partly right: the Times gives the 30 days through the U.N.
// spokesman).
func TestFigureNamedToldElsewhere(t *testing.T) {
	r := run(t, mkArticles(
		"Voss wins in Velmar\nEdda Voss won the Velmar mayoral race on Tuesday, officials said.\nThe Ostra Courier's Ana Ruiz reports that Edda Voss would take office 30 days after the count is certified, meaning the Dunmore board would have to hand over its ledgers at that time.",
		"Velmar has a new mayor\nEdda Voss won the Velmar mayoral race on Tuesday.\nA clerk said Edda Voss would be sworn in 30 days after the results become official.",
		"Voss elected\nEdda Voss was elected mayor of Velmar on Tuesday, the county said.",
	))
	f := oneArticleFact(r, "hand over its ledgers")
	if f == nil || !f.OnlyIn() || !f.PartElsewhere {
		t.Fatalf("the figure and participant another article gives: claimed whole as only in its article (%+v)", f)
	}
	if b := f.PartBasis; b == nil || b.Article != "a1" || b.Figure != "30 days" || b.Named != "Edda Voss" {
		t.Errorf("PartBasis %+v, want the second article, “30 days” and Edda Voss", b)
	} else if got := b.Statement("Outlet 1"); got != "a sentence of Outlet 1 gives “30 days” too, and names Edda Voss" {
		t.Errorf("Statement = %q", got)
	}
}

// The same figure does not make a line told in part elsewhere when the
// other sentence names no participant of it or gives the figure only
// inside a quotation (a model's number: TestNamedFigure).
func TestFigureNamedNotToldElsewhere(t *testing.T) {
	const line = "The Ostra Courier's Ana Ruiz reports that Edda Voss would take office 30 days after the count is certified, meaning the Dunmore board would have to hand over its ledgers at that time."
	for _, c := range []struct{ name, other string }{
		{"no participant", "Velmar has a new mayor\nEdda Voss won the Velmar mayoral race on Tuesday.\nDredging at the outer basin will take 30 days, the port office said."},
		{"inside a quotation", "Velmar has a new mayor\nEdda Voss won the Velmar mayoral race on Tuesday.\n\"Edda Voss will be sworn in 30 days after the results become official,\" a clerk said."},
	} {
		r := run(t, mkArticles("Voss wins in Velmar\nEdda Voss won the Velmar mayoral race on Tuesday, officials said.\n"+line, c.other,
			"Voss elected\nEdda Voss was elected mayor of Velmar on Tuesday, the county said."))
		if f := oneArticleFact(r, "hand over its ledgers"); f == nil || !f.OnlyIn() || f.PartElsewhere {
			t.Errorf("%s: the line is not claimed whole as only in its article (%+v)", c.name, f)
		}
	}
}

// TestNamedFigure: the figures that tie two sentences naming one
// participant are shares, sums, durations and large counts of things;
// not a small count, a model's number or a year.
func TestNamedFigure(t *testing.T) {
	d := prepared(t, "The 540 Skiff sold well, 170,000 of the unemployed found jobs, 12 workers quit, 14 years passed, 3.2% rose, $4 million went, in 2012.")[0]
	want := map[string]bool{"540": false, "170,000": true, "12": false, "14 years": true, "3.2%": true, "$4 million": true, "2012": false}
	for _, n := range d.an.Numbers {
		if w, ok := want[n.Text]; ok && namedFigure(n) != w {
			t.Errorf("namedFigure(%q) = %v, want %v", n.Text, !w, w)
		}
	}
}
