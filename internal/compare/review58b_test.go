package compare

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCreditSourceKeepsNames: the source a What differs line cites
// keeps the capitals of a name that opens its sentence ("CNN reports",
// not "cNN reports"), writes a common word that opens it in small
// letters ("media reports"), and never cuts a letter of more than one
// byte in two (review58b).
func TestCreditSourceKeepsNames(t *testing.T) {
	for _, c := range []struct{ who, want string }{
		{"CNN reports", "CNN reports"}, {"Orvik Post reports", "Orvik Post reports"}, {"Reuters reports", "Reuters reports"},
		{"Local news reports", "local news reports"}, {"Media reports", "media reports"}, {"’Tis reports", "’ Tis reports"},
	} {
		r := run(t, mkArticles(
			"Orvik mill deal\nThe Orvik mill will keep nearly 1,000 jobs in Tarn under a deal announced on Tuesday.",
			"Orvik mill deal struck\nThe owners of the Orvik mill reached a deal on Tuesday to keep nearly 1,000 jobs in Tarn.",
			"Orvik mill stays\n"+c.who+" said the Orvik mill deal would keep about 850 jobs in Tarn, with tax breaks for the owners.",
		))
		got := ""
		for _, d := range r.Differences {
			if d.Kind == DiffNumbers {
				got = d.Text
			}
		}
		if !strings.Contains(got, "(citing "+c.want+")") || !utf8.ValidString(got) {
			t.Errorf("%q: got %q, want it cited as %q", c.who, got, c.want)
		}
	}
}
