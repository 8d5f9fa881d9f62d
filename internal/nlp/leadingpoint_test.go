package nlp

import "testing"

// TestLeadingPointHigh: a range whose low end is written with a
// leading point keeps its high end as written (review57c: ".5 to 1
// percent" had its high divided by the low's scale, 0.1 percent).
func TestLeadingPointHigh(t *testing.T) {
	an, err := NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text      string
		low, high float64
	}{
		{"Rates rose .5 to 1 percent this year.", 0.005, 0.01},
	} {
		a := an.Analyze(Input{Title: "Rates", Paragraphs: []string{c.text}})
		ok := false
		for _, n := range a.Numbers {
			if n.High != nil {
				ok = true
				if !near(n.Value, c.low) || !near(*n.High, c.high) {
					t.Errorf("%q: %q low %v high %v, want %v %v", c.text, n.Text, n.Value, *n.High, c.low, c.high)
				}
			}
		}
		if !ok {
			t.Errorf("%q: no range read: %+v", c.text, a.Numbers)
		}
	}
}

func near(a, b float64) bool { return a-b < 1e-12 && b-a < 1e-12 }

// TestLeadingPointBracket: a leading point right after an opening
// bracket or quote is the figure's own (review57c: "(.5 percent)" read 5
// percent).
func TestLeadingPointBracket(t *testing.T) {
	an, err := NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want float64
	}{
		{"Rates rose slightly (.5 percent) this year.", 0.005},
		{"Rates rose slightly [.5 percent] this year.", 0.005},
		{"Rates rose slightly, .5 percent, this year.", 0.005},
		{"Rates rose 3.5 percent this year.", 0.035},
	} {
		a := an.Analyze(Input{Title: "Rates", Paragraphs: []string{c.text}})
		if len(a.Numbers) != 1 || !near(a.Numbers[0].Value, c.want) {
			t.Errorf("%q: %+v, want one figure %v", c.text, a.Numbers, c.want)
		}
	}
}
