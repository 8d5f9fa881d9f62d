package compare

import "testing"

// TestRowsApartByFrame: one value said of a separate incident or in
// another named place, or a figure of another named subject, shares no
// number row (h/rows69, issue 15); one value of one thing still does.
func TestRowsApartByFrame(t *testing.T) {
	apart := []struct{ name, a, b, na, nb string }{
		{"a separate case's sentence",
			"Trial\nVardel was convicted last month in a separate trial in Orbania and risks seven to 10 years in jail for that.",
			"Plea\nVardel risks up to 10 years on the new counts in Washington, his lawyer said.",
			"10 years", "10 years"},
		{"two named fires",
			"Fires\nThe Harlow Fire remained 30 percent contained on Monday, officials said.",
			"Fires\nThe Denton Fire was also 30 percent contained on Monday, officials said.",
			"30 percent", "30 percent"},
	}
	together := []struct{ name, a, b, na string }{
		{"one fire told twice",
			"Fires\nThe Harlow Fire remained 30 percent contained on Monday, officials said.",
			"Fires\nThe Harlow Fire was 30 percent contained on Monday, according to officials.",
			"30 percent"},
		{"separate as a word of what is counted",
			"Records\nIn all, the agency seized records of more than 20 separate phone lines of the Varden Post.",
			"Records\nThe agency seized the records of more than 20 separate phone lines used by Varden Post reporters.",
			"20"},
		{"one sentence told twice",
			"Trial\nVardel faces up to 10 years in prison on the charges, his lawyer said.",
			"Plea\nVardel faces up to 10 years on the charges, his lawyer said.",
			"10 years"},
	}
	checkRows(t, apart, together)
}

// TestSubjectApart: the named subject a figure is said of (figureSubject)
// parts two figures only when both name one, they differ, and neither
// sentence names the other's.
func TestSubjectApart(t *testing.T) {
	an := newAnalyzer(t)
	// pair returns the first figure of each text, compared as two
	// articles (global entity ids are given across the articles).
	pair := func(a, b string) (numItem, numItem) {
		docs, _ := prepare(mkArticles("A title\n"+a, "A title\n"+b), nil, an)
		var out [2]*numItem
		items := collectNumbers(docs)
		for i := range items {
			if d := items[i].doc; out[d] == nil {
				out[d] = &items[i]
			}
		}
		if out[0] == nil || out[1] == nil {
			t.Fatalf("no figure in %q or %q", a, b)
		}
		return *out[0], *out[1]
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"The Harlow Fire remained 30 percent contained.", "The Denton Fire was 30 percent contained.", true},
		{"The Harlow Fire remained 30 percent contained.", "The Harlow Fire was 30 percent contained.", false},
		{"The Harlow Fire remained 30 percent contained.", "The blaze was 30 percent contained.", false},
		{"The Harlow Fire remained 30 percent contained.", "The Denton Fire, like the Harlow Fire, was 30 percent contained.", false},
		{"The nation's jobless rate is 7.6 percent.", "The Harlow Fire remained 7.6 percent contained.", true},
	} {
		if x, y := pair(c.a, c.b); subjectApart(x, y) != c.want {
			t.Errorf("subjectApart(%q, %q) = %v", c.a, c.b, !c.want)
		}
	}
}
