package nlp

import "testing"

// TestIshAfterName: a name made an adjective with "-ish" ("a Tom Vell-ish
// grin") is no person's name, while a romanised given name after a hyphen
// ("Kim Jong-un") still is one.
func TestIshAfterName(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Style\n\nHe gave a Tom Vell-ish grin at the podium. Kim Jong-un watched.\n\nNo one laughed.")
	for _, e := range an.Entities {
		for _, m := range e.Mentions {
			if m.Text == "Tom Vell-ish" {
				t.Errorf("%q is a mention of %q (%v)", m.Text, e.Name, e.Type)
			}
		}
	}
	wantTypes(t, an, map[string]EntityType{"Kim Jong-un": Person})
}
