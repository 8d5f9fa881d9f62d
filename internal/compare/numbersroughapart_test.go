package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestNumbersRoughApart: a rough figure of one count credited to
// others' reports ("reports said it would keep about 850 jobs") against
// another outlet's "nearly 1,000 jobs" of the same deal is a discrepancy,
// marked with each side's sentence (h/numbers58: sameValue let a rough
// figure agree with any value).
func TestNumbersRoughApart(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik mill deal\nThe Orvik mill will keep nearly 1,000 jobs in Tarn under a deal announced on Tuesday. Reports said the deal would keep about 850 jobs in Tarn.",
		"Orvik mill deal struck\nThe owners of the Orvik mill reached a deal on Tuesday to keep nearly 1,000 jobs in Tarn.",
		"Orvik mill stays\nLocal news reports said the Orvik mill deal would keep about 850 jobs in Tarn, with tax breaks for the owners.",
	))
	q := quantityOf(r, "a2", "850")
	if q == nil || !q.Discrepancy {
		t.Fatalf("850 against 1,000 jobs not marked: %+v", q)
	}
	if len(q.Values) < 2 || q.Values[0].Sentence == q.Values[1].Sentence {
		t.Errorf("each side's sentence: %+v", q.Values)
	}
	found := false
	for _, d := range r.Differences {
		if d.Kind == DiffNumbers {
			found = true
			if !strings.Contains(d.Text, "850 (citing local news reports)") {
				t.Errorf("What differs line names no source: %q", d.Text)
			}
		}
	}
	if !found {
		t.Errorf("no What differs line for the jobs")
	}
}

// TestCreditSource: who a figure is credited to, as the reader reads it.
func TestCreditSource(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct{ text, want string }{
		{"Media reports suggested the mill would keep about 850 jobs.", "media reports"},
		{"About 6,000 people came, according to the Orvik Fire Department.", "the Orvik Fire Department"},
		{"The mill keeps 850 jobs, the owners said.", ""},
	} {
		a := an.Analyze(nlp.Input{Paragraphs: []string{c.text}})
		if len(a.Sentences) == 0 || len(a.Numbers) == 0 {
			t.Fatalf("%q: no sentence or number", c.text)
		}
		s := a.Sentences[a.Numbers[0].Sentence]
		first, _ := numberTokens(s, a.Numbers[0])
		if got := creditSource(s, first, nil); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNumbersRoughClose: a rough figure within a writer's rounding of
// another ("about 1,000" and 1,100 jobs), a distance from other points
// ("some 40 miles", "about 50 miles"), or a projection not credited to
// anyone, is no discrepancy.
func TestNumbersRoughClose(t *testing.T) {
	cases := []struct{ name, a, b, text string }{
		{"rounding", "Orvik mill deal\nThe Orvik mill deal keeps about 1,000 jobs in Tarn, the owners said on Tuesday.",
			"Orvik mill deal struck\nThe Orvik mill deal keeps 1,100 jobs in Tarn, the owners said on Tuesday.", "1,100"},
		{"distance", "Orvik crash\nThe crew flew from a base some 40 miles east of Tarn before the crash on Tuesday.",
			"Orvik crash site\nThe crew flew from a base about 50 miles east of Tarn before the crash on Tuesday.", "50"},
		{"projection", "Orvik mill deal\nThe Orvik mill deal keeps about 1,000 jobs in Tarn, the owners said on Tuesday.",
			"Orvik mill deal struck\nThe owners said the Orvik mill deal would keep about 800 jobs in Tarn after Tuesday.", "800"},
		{"ceiling", "Orvik permits\nJudges asked whether the Orvik rule may shield some 4,000 tenants from eviction on Tuesday.",
			"Orvik permits heard\nJudges asked whether the Orvik rule may shield as many as 5,000 tenants from eviction on Tuesday.", "5,000"},
	}
	for _, c := range cases {
		r := run(t, mkArticles(c.a, c.b))
		if q := quantityOf(r, "a1", c.text); q != nil && q.Discrepancy {
			t.Errorf("%s: marked %+v", c.name, q)
		}
	}
}
