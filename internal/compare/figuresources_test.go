package compare

import (
	"strings"
	"testing"
)

// numbersDifference returns the text of the report's first difference
// of figures, "" when it has none.
func numbersDifference(r *Report) string {
	for _, d := range r.Differences {
		if d.Kind == DiffNumbers {
			return d.Text
		}
	}
	return ""
}

// TestNumbersTrailingSource: a figure credited after it, "..., the
// Bureau said" or "..., said the Bureau", is shown with its source on a
// discrepancy as one credited before it is (h/numbers72; fails on main
// 7729ad9d, which read only a name opening the sentence).
func TestNumbersTrailingSource(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"His family saved $520,000 through the stock sale, the Bureau of Inquiry said.",
			"They avoided losses of $527,300, according to the complaint filed by the Markets and Trading Commission.",
			"(citing the Bureau of Inquiry)"},
		{"His family saved $520,000 through the stock sale, said the Bureau of Inquiry.",
			"They avoided losses of $527,300, according to the complaint filed by the Markets and Trading Commission.",
			"(citing the Bureau of Inquiry)"},
		{"His family saved $520,000 through the stock sale,\" Orla Pemberton said on Tuesday.",
			"They avoided losses of $527,300, according to the complaint filed by the Markets and Trading Commission.",
			"(citing Orla Pemberton)"},
		{"His family saved $520,000 through the stock sale, Vale County Sheriff Ada Roe said.",
			"They avoided losses of $527,300, according to the complaint filed by the Markets and Trading Commission.",
			"(citing Vale County Sheriff Ada Roe)"},
	} {
		r := run(t, mkArticles("Lawmaker ends his campaign\n"+tc.a, "Lawmaker quits race after charges\n"+tc.b))
		if got := numbersDifference(r); !strings.Contains(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.a, got, tc.want)
		}
	}
}

// TestNumbersTrailingSourceApart: a pronoun after the comma names no
// source, and a verb of saying that opens what is said ("..., the
// Bureau said that ...") credits what follows it, not the figure (guard).
func TestNumbersTrailingSourceApart(t *testing.T) {
	for _, a := range []string{
		"His family saved $520,000 through the stock sale, he said.",
		"His family saved $520,000 through the stock sale, the Bureau of Inquiry said that the sale came days before the report.",
	} {
		r := run(t, mkArticles("Lawmaker ends his campaign\n"+a,
			"Lawmaker quits race after charges\nThey avoided losses of $527,300, according to the complaint filed by the Markets and Trading Commission."))
		got := numbersDifference(r)
		if got == "" {
			t.Fatalf("%q: no discrepancy", a)
		}
		if strings.Count(got, "(citing") != 1 {
			t.Errorf("%q: got %q, want one source only", a, got)
		}
	}
}
