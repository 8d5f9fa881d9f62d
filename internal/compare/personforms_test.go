package compare

import (
	"strings"
	"testing"
)

// TestOwnListShortGivenName: a person's formal name with a middle
// initial and a suffix ("Joseph K. Varga Jr.") is no name of its own
// where another article names him by a short form of his given name
// ("Joe Varga"), and the short form is none where the other gives the
// formal one. Entity linking keeps the two apart (the suffix), and the
// given names differ, so neither personForm key matched. A short form
// of another given name (Joe for Joseph, not for Tomas) still leaves the
// name the article's own. Fails on main 2e55d6e9, which lists "Joseph K.
// Varga Jr" and "Joe Varga".
func TestOwnListShortGivenName(t *testing.T) {
	r := run(t, mkArticles(
		"Dock strike enters third week\nDock workers in Ostra stayed off the job on Monday as the strike entered its third week. "+
			"The union wants higher pay for night shifts. The port authority said talks would resume.\n"+
			"Senator Joseph K. Varga Jr. of Marlow told the Harbour Forum in 2019 that the port had lost $41 million a week.\n"+
			"Tomas L. Brin Jr. of Kestrel College wrote in 2003 that the Selden pier once handled 300 ships a day.\n"+
			"Shipping lines have sent their vessels to other ports.",
		"Ostra strike drags on\nThe dock strike in Ostra entered its third week on Monday with no talks set. "+
			"The union is asking for higher night-shift pay.\n"+
			"Joe Varga, who has long backed the dockworkers, visited the Tarn quay in 1998 with 40 union members.\n"+
			"Joe Brin, a historian, has written that the Harbour League ran the docks until 1950.\n"+
			"Some shipping lines have moved to other ports.",
	))
	for _, c := range []struct {
		in, name string
		own      bool
	}{
		{"$41 million", "Varga", false},
		{"Tarn quay", "Varga", false},
		{"300 ships", "Brin", true},
		{"Harbour League", "Brin", true},
	} {
		f := oneArticleFact(r, c.in)
		if f == nil || !f.OnlyIn() {
			t.Errorf("%q: %+v, want a fact only in one article", c.in, f)
			continue
		}
		listed := false
		for _, o := range f.Own {
			listed = listed || o.Kind == OwnName && strings.Contains(o.Text, c.name)
		}
		if listed != c.own {
			t.Errorf("%q: own list %q lists %s: %v, want %v", c.in, ownStrings(f), c.name, listed, c.own)
		}
	}
}
