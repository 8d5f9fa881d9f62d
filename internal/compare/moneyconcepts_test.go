package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestNumbersLossesAvoided: two outlets give the losses a share sale
// avoided as "saved $520,000" (one source) and "avoided losses of
// $527,300" (another): one row, "losses avoided", and a discrepancy
// (h/numbers71; fresh54's insider-trading event showed two rows of one
// outlet each). Before, neither sum had a counted thing and the two
// sentences' only names, the sources, differed.
func TestNumbersLossesAvoided(t *testing.T) {
	r := run(t, mkArticles(
		"Lawmaker ends his campaign\nThe Bureau of Inquiry says his family saved $520,000 through the stock sale.",
		"Lawmaker quits race after charges\nThey avoided losses of $527,300, according to the complaint filed by the Markets Commission.",
	))
	q := quantityOf(r, "a0", "$520,000")
	if q == nil || len(q.Values) != 2 || !q.Discrepancy || q.What != "losses avoided" {
		t.Fatalf("losses avoided: %+v", q)
	}
}

// TestNumbersLossesAvoidedApart: what keeps two sums of losses avoided
// from one row or from a discrepancy: one is the other rounded, they lie
// far apart, two persons avoided them, one is another year's, or a sum
// saved is no loss avoided when a word stands between ("saved taxpayers").
func TestNumbersLossesAvoidedApart(t *testing.T) {
	sale := "Lawmaker ends his campaign\nThe Bureau of Inquiry says his family saved $520,000 through the stock sale."
	for _, c := range []struct {
		name, a, b string
		oneRow     bool
	}{
		{"rounded", "Lawmaker ends his campaign\nThe Bureau of Inquiry says his family saved $530,000 through the stock sale.",
			"Lawmaker quits race\nThey avoided losses of $527,300, according to the complaint filed by the Markets Commission.", true},
		{"far apart", sale,
			"Lawmaker quits race\nThey avoided losses of $1.4 million, according to the complaint filed by the Markets Commission.", false},
		{"two persons",
			"Lawmaker ends his campaign\nDara Venn saved $520,000 through the stock sale, the complaint says.",
			"Lawmaker quits race\nOrrin Tasker avoided losses of $527,300, according to the complaint.", false},
		{"another year", sale,
			"Lawmaker quits race\nIn 2009 they avoided losses of $527,300 on another trade, according to the complaint.", false},
		{"saved someone", "Budget passes\nThe plan saved taxpayers $520,000 last year, the council said.",
			"Budget vote\nThe city avoided losses of $527,300 on the bonds, officials said.", false},
		{"a plan's savings", "Budget passes\nThe plan would save $520,000 a year, the council said.",
			"Budget vote\nThe city avoided losses of $527,300 on the bonds, officials said.", false},
	} {
		r := run(t, mkArticles(c.a, c.b))
		for _, q := range r.Numbers {
			if q.Discrepancy {
				t.Errorf("%s: discrepancy %+v", c.name, q)
			}
			if len(q.Values) == 2 && q.Kind == "money" && !c.oneRow {
				t.Errorf("%s: one row %+v", c.name, q)
			}
		}
	}
}

// TestCreditNames: the names a sentence credits what it tells to are
// those before or after a verb of saying and after "according to".
func TestCreditNames(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct {
		text string
		want int // credited names
	}{
		{"The Bureau of Inquiry says his family saved $520,000 through the stock sale.", 1},
		{"They avoided losses of $527,300, according to the complaint filed by the Markets Commission.", 1},
		{"Dara Venn sold shares of Orvik Labs for $527,300.", 0},
	} {
		a := an.Analyze(nlp.Input{Title: "T", Paragraphs: []string{c.text}})
		docs, _ := prepare(mkArticles("T\n"+c.text), []*nlp.Analysis{a}, an)
		d := docs[0]
		for si, s := range d.an.Sentences {
			if s.Para != 0 {
				continue
			}
			if got := creditNames(d.mentions[si], s); len(got) != c.want {
				t.Errorf("%q: credited %v, want %d", c.text, got, c.want)
			}
		}
	}
}

// TestFigureSubjectSource: a name followed by a verb of saying is the
// source of a figure, not its subject, unless a pronoun of it or "to"
// follows the verb ("The Estrian Foreign Ministry said it is expelling four diplomats").
func TestFigureSubjectSource(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct {
		text, fig string
		named     bool
	}{
		{"The Bureau of Inquiry says his family saved $520,000 through the stock sale.", "$520,000", false},
		{"The Estrian Foreign Ministry said it is expelling four Varnian diplomats.", "four", true},
	} {
		docs, _ := prepare(mkArticles("T\n"+c.text), nil, an)
		for _, it := range collectNumbers(docs) {
			if it.n.Text == c.fig && (it.namedSubject != noSubject) != c.named {
				t.Errorf("%q: named subject %d (%q)", c.text, it.namedSubject, it.subjectWord)
			}
		}
	}
}

// TestNumbersLossesAvoidedSources: the discrepancy names each side's
// source, the name before "says" and the whole name after "according
// to" (h/numbers71: "the complaint filed by the Securities" was cut in
// the commission's name, and the FBI's side had none).
func TestNumbersLossesAvoidedSources(t *testing.T) {
	r := run(t, mkArticles(
		"Lawmaker ends his campaign\nThe Bureau of Inquiry says his family saved $520,000 through the stock sale.",
		"Lawmaker quits race after charges\nThey avoided losses of $527,300, according to the complaint filed by the Markets and Trading Commission.",
	))
	got := ""
	for _, d := range r.Differences {
		if d.Kind == DiffNumbers {
			got = d.Text
		}
	}
	for _, want := range []string{"(citing the Bureau of Inquiry)", "(citing the complaint filed by the Markets and Trading Commission)"} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

// TestOwnListLeavesSumsAtOdds: a sum that a row at odds holds beside
// another outlet's figure of the same quantity is no detail only its
// article gives (h/numbers71: fresh54 judged USA Today's sum of losses
// avoided, listed as its own, wrong; the Times gives it as another
// figure).
func TestOwnListLeavesSumsAtOdds(t *testing.T) {
	r := run(t, mkArticles(
		"Lawmaker ends his campaign\nDara Venn ended his campaign on Friday. The Bureau of Inquiry says his family saved $520,000 through the stock sale.",
		"Lawmaker quits race after charges\nDara Venn ended his campaign on Friday. "+
			"They avoided losses of $527,300 on Orvik Labs shares, according to the complaint filed by the Markets and Trading Commission.",
	))
	if q := quantityOf(r, "a1", "$527,300"); q == nil || !q.Discrepancy {
		t.Fatalf("no discrepancy: %+v", q)
	}
	f := oneArticleFact(r, "avoided losses")
	if f == nil || !f.OnlyIn() {
		t.Fatalf("the line is no fact only in a1: %+v", f)
	}
	if got := ownStrings(f); slices.Contains(got, "figure:$527,300") {
		t.Errorf("own %q lists $527,300", got)
	}
}

// TestNumbersLossesAvoidedEqualSum: a sum with a money concept still
// shares a row with an equal sum told in other words (h/numbers71's
// first census split five such rows of a plan's savings).
func TestNumbersLossesAvoidedEqualSum(t *testing.T) {
	r := run(t, mkArticles(
		"Lawmaker ends his campaign\nThe Bureau of Inquiry says his family saved $520,000 through the stock sale.",
		"Lawmaker quits race after charges\nThe stock sale by his family was worth $520,000 to them, the Bureau of Inquiry says.",
	))
	if q := quantityOf(r, "a0", "$520,000"); q == nil || len(q.ReportedBy) != 2 || q.Discrepancy {
		t.Fatalf("$520,000: %+v", q)
	}
}
