package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestVoteGapsOneRow: one race's margin told as "some 17,500 votes above
// the majority mark" of the winner and as "the roughly 18,500-vote deficit"
// of the loser is one quantity: one row of both outlets, no discrepancy
// (both figures rough, within a writer's rounding) (h/numbers68:
// fresh52's runoff gap stood in two rows, each one outlet's detail).
func TestVoteGapsOneRow(t *testing.T) {
	r := run(t, mkArticles(
		"Brede Holm wins Varnia governor race\nBrede Holm has a lead of about 61,000 votes over Orla Venn, and Holm stands some 17,500 votes above the majority mark that spares him a runoff. Orla Venn ended her bid for governor of Varnia on Friday.",
		"Orla Venn ends bid for Varnia governor\nOrla Venn ended her bid on Friday. She had hoped to erase the roughly 18,500-vote deficit that stood between her and a runoff with Brede Holm.",
	))
	q := quantityOf(r, "a0", "17,500")
	if q == nil || len(q.ReportedBy) != 2 || quantityOf(r, "a1", "18,500-vote") != q {
		t.Fatalf("17,500 and 18,500 votes to the runoff line in two rows: %+v", q)
	}
	if q.Discrepancy {
		t.Errorf("two rough figures within rounding marked: %+v", q)
	}
	if o := quantityOf(r, "a0", "61,000"); o == q {
		t.Errorf("the lead over the rival joined the margin to the runoff line: %+v", o)
	}
}

// TestVoteGapsApart: two margins of one race given exactly and further
// apart than rounding are a discrepancy, said of either side ("led
// Lind by 1,923 votes", "a 2,400-vote deficit"); margins of other races
// (another place, a margin said of no one), of a poll, or counts of votes
// that are no margin are not.
func TestVoteGapsApart(t *testing.T) {
	r := run(t, mkArticles(
		"Ana Ruiz wins Tarn primary\nAna Ruiz led Karl Lind by 1,923 votes in the Tarn primary on Tuesday, the state election office said.",
		"Karl Lind loses Tarn primary\nKarl Lind conceded the Tarn primary to Ana Ruiz on Tuesday after falling short by a 2,400-vote deficit, the state election office said.",
	))
	q := quantityOf(r, "a0", "1,923")
	if q == nil || !q.Discrepancy || quantityOf(r, "a1", "2,400-vote") != q {
		t.Fatalf("1,923 against 2,400 votes not marked: %+v", q)
	}
	cases := []struct{ name, a, b string }{
		{"place", "Ana Ruiz wins Ohio primary\nIn Ohio, Ana Ruiz led Karl Lind by 1,923 votes on Tuesday, the state election office said.",
			"Primaries in Ohio and Iowa\nIn Iowa, Ana Ruiz led Karl Lind by 2,400 votes on Tuesday, the state election office said."},
		{"poll", "Ana Ruiz leads Tarn primary\nAna Ruiz led Karl Lind by 1,923 votes in the Tarn primary on Tuesday, the state election office said.",
			"Karl Lind behind in Tarn\nA poll on Tuesday found Karl Lind trailing Ana Ruiz by 2,400 votes in the Tarn primary."},
		{"lead noun", "Ana Ruiz wins Tarn primary\nAna Ruiz won 1,923 votes in the Tarn primary on Tuesday, the state election office said of Karl Lind's race.",
			"Karl Lind loses Tarn primary\nKarl Lind trailed Ana Ruiz with 2,400 votes in the Tarn primary on Tuesday, the state election office said."},
	}
	// A margin said of no one ("we won that vote by 6,500 votes") may be
	// another race's: it joins no row, though a bound agrees with it.
	r = run(t, mkArticles(
		"Ana Ruiz wins Tarn primary\nAna Ruiz came close to defeating Karl Lind in Tarn on Tuesday, with a little over 4,100 votes separating them.",
		"Karl Lind in Tarn\nKarl Lind spoke of the race against Ana Ruiz in Tarn on Tuesday. \"We won that vote by 6,500 votes,\" he said of the Varn caucus.",
	))
	if q := quantityOf(r, "a0", "4,100"); q == nil || len(q.ReportedBy) != 1 {
		t.Errorf("a margin said of no one joined: %+v", q)
	}
	for _, c := range cases {
		r := run(t, mkArticles(c.a, c.b))
		for _, q := range r.Numbers {
			if q.Discrepancy {
				t.Errorf("%s: marked %+v", c.name, q)
			}
		}
	}
}

// TestVoteGap: which counts of votes are margins, and of what.
func TestVoteGap(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct{ text, want string }{
		{"Ana Ruiz leads Democratic rival Karl Lind by 905 votes.", gapRival},
		{"It would overturn Ruiz's 905 vote lead.", gapRival},
		{"Ruiz is some 17,000 votes above the threshold needed to avoid a runoff.", gapLine},
		{"The party hopes to gather 51 votes behind the plan.", ""},
		{"Ana Ruiz bested Gov. Karl Lind by 5,198 votes.", gapRival},
		{"Ruiz leads Lind by a margin of a little over 5,100 votes.", gapRival},
		{"Ruiz had 50.1 percent to Lind's 48.3 percent, a difference of about 2,700 votes.", gapRival},
		{"Ruiz won 51 votes.", ""},
	} {
		a := an.Analyze(nlp.Input{Paragraphs: []string{c.text}})
		if len(a.Numbers) == 0 {
			t.Fatalf("%q: no number", c.text)
		}
		n := a.Numbers[len(a.Numbers)-1] // the count of votes ends each sentence
		s := a.Sentences[n.Sentence]
		first, last := numberTokens(s, n)
		if got := voteGap(s, first, last, n); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
