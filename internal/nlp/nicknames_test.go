package nlp

import "testing"

// TestLinkMoreShortForms: the short forms of given names the project's
// table gives (session 54: Ash for Ashton, Josh for Joshua, Hank for
// Henry ...) make one person of two articles' full names of one surname;
// a short form the table gives for another name keeps them apart.
func TestLinkMoreShortForms(t *testing.T) {
	a := newTestAnalyzer(t)
	nm := a.Naming(DefaultLang)
	for _, c := range []struct {
		long, short string
		one         bool
	}{
		{"Ashton Velmark", "Ash Velmark", true},
		{"Joshua Brenholt", "Josh Brenholt", true},
		{"Henry Quillane", "Hank Quillane", true},
		{"Mitchell Orsted", "Mitch Orsted", true},
		{"Kathleen Draven", "Kate Draven", true},
		{"Ashton Velmark", "Josh Velmark", false},
		{"Henry Quillane", "Harry Quillane", false},
	} {
		one := analyze(t, a, "Defence Secretary "+c.long+" told the committee on Tuesday that the plan was ready.")
		two := analyze(t, a, c.short+" spoke to reporters after the hearing.")
		g := Link([]*Analysis{one, two}, nm)
		of := map[string]int{}
		for _, e := range g {
			for _, f := range e.Forms {
				of[f.Text] = e.ID + 1
			}
		}
		if of[c.long] == 0 || of[c.short] == 0 {
			t.Errorf("%s / %s: not both found as names: %+v", c.long, c.short, g)
			continue
		}
		if got := of[c.long] == of[c.short]; got != c.one {
			t.Errorf("%s / %s: one person %v, want %v", c.long, c.short, got, c.one)
		}
	}
}
