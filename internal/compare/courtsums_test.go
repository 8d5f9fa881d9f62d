package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestNumbersCourtSums: one sum of bail, a fine or a settlement that two
// outlets name with two nouns, or give once rounded, is one row of both
// and no discrepancy (h/numbers72; fails on main 7729ad9d, where each
// stood in a row of one outlet).
func TestNumbersCourtSums(t *testing.T) {
	for _, tc := range []struct{ a, b, fig string }{
		{"Judge Mara Quell released Tobin Vasser on a $250,000 signature bond.",
			"Tobin Vasser left custody on $250,000 bail on Friday.", "$250,000"},
		{"Kelvane Corp owes a $1.2 billion fine for breaking export rules.",
			"Kelvane Corp handed over $1.19 billion in penalties for breaking export rules.", "$1.2 billion"},
		{"Orvel Mining reached a $27,000 settlement with the former clerk.",
			"Orvel Mining signed a settlement of $27,111.75 with the former clerk.", "$27,000"},
	} {
		r := run(t, mkArticles("Court rules on the case\n"+tc.a, "Judge decides\n"+tc.b))
		q := quantityOf(r, "a0", tc.fig)
		if q == nil || len(q.ReportedBy) != 2 || q.Discrepancy {
			t.Errorf("%q / %q: %+v", tc.a, tc.b, q)
		}
	}
}

// TestNumbersCourtSumsApart: sums of these concepts at values no
// rounding explains, of two concepts, or a bond that is no bail, are no
// one quantity (guard).
func TestNumbersCourtSumsApart(t *testing.T) {
	for _, tc := range []struct{ a, b, fig string }{
		{"Kelvane Corp owes a $1 billion fine for breaking export rules.",
			"Kelvane Corp handed over $1.19 billion in penalties for breaking export rules.", "$1 billion"},
		{"Orvel Mining owes a $40,000 fine over the spill.",
			"Orvel Mining agreed to a $40,000 settlement over the spill.", "$40,000"},
		{"The county sold a $250,000 bond to pay for the new bridge.",
			"The county set aside $250,000 bail money in the new budget.", "$250,000"},
	} {
		r := run(t, mkArticles("Court rules on the case\n"+tc.a, "Judge decides\n"+tc.b))
		q := quantityOf(r, "a0", tc.fig)
		if q == nil {
			t.Fatalf("%q: no row of %s", tc.a, tc.fig)
		}
		if len(q.ReportedBy) != 1 || q.Discrepancy {
			t.Errorf("%q / %q: %+v", tc.a, tc.b, q)
		}
	}
}

// TestNumbersCourtSumsKeepRows: a concept only joins sums; one sum that
// three outlets give, one of them naming it a settlement, stays one row
// of three (h/numbers72: the first version, which made the concept the
// figure's counted thing, split such rows in the census).
func TestNumbersCourtSumsKeepRows(t *testing.T) {
	r := run(t, mkArticles(
		"Clerk's claim settled\nThe clerk got over $27,000 in a private deal with Orvel Mining.",
		"Orvel Mining chief quits\nThe clerk received a settlement of more than $27,000 from Orvel Mining in a private deal.",
		"Mining chief steps down\nOrvel Mining gave the clerk more than $27,000 in a private deal.",
	))
	if q := quantityOf(r, "a1", "$27,000"); q == nil || len(q.ReportedBy) != 3 || q.Discrepancy {
		t.Fatalf("$27,000: %+v", q)
	}
}

// TestCourtConcept: the words right around a sum name its concept; a
// bond that is no bail, a bailout and a price that settles name none.
func TestCourtConcept(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, fig, want string }{
		{"A judge released Tobin Vasser on a $250,000 signature bond.", "$250,000", bailSum},
		{"Kelvane Corp handed over $1.19 billion in penalties last year.", "$1.19 billion", fineSum},
		{"Kelvane Corp was fined $40,000 on Monday.", "$40,000", fineSum},
		{"Kelvane Corp agreed to pay $2 million to settle the claims.", "$2 million", settlementSum},
		{"Without a bailout, Estria must redeem a $3.9 billion bond that matures in July.", "$3.9 billion", ""},
		{"Copper futures rose $4.10 to settle at $9,125.50 a ton.", "$4.10", ""},
	} {
		docs, _ := prepare(mkArticles("T\n"+c.text), nil, an)
		found := false
		for _, it := range collectNumbers(docs) {
			if it.n.Text == c.fig {
				found = true
				if it.court != c.want {
					t.Errorf("%q: concept %q, want %q", c.text, it.court, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %s", c.text, c.fig)
		}
	}
}

// TestNumbersCourtSumsDeal: a fine a company agreed to pay and the
// fine another outlet says it paid, rounded, are one row; another
// company's penalties of the same value are not (h/numbers72; the first
// fails on fcb3496d, which gave such sums no common candidate key and
// asked one tense and shared names besides the sources).
func TestNumbersCourtSumsDeal(t *testing.T) {
	r := run(t, mkArticles(
		"Export ban returns\nThe ban followed claims by Estria that Kelvane Corp broke a deal under which the firm owed a $1.2 billion fine for dodging export rules.",
		"Kelvane faces ban\nKelvane Corp had already handed over $1.19 billion in penalties for those breaches.",
	))
	if q := quantityOf(r, "a1", "$1.19 billion"); q == nil || len(q.ReportedBy) != 2 || q.Discrepancy {
		t.Errorf("$1.19 billion: %+v", q)
	}
	r = run(t, mkArticles(
		"Export ban returns\nThe regulator said Kelvane Corp owed a $1.2 billion fine for dodging export rules.",
		"Rival fined\nOrvel Mining handed over $1.2 billion in penalties for dodging export rules.",
	))
	if q := quantityOf(r, "a1", "$1.2 billion"); q == nil || len(q.ReportedBy) != 1 {
		t.Errorf("another company's fine: %+v", q)
	}
}
