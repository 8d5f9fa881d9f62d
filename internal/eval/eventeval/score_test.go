package eventeval

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// fictionalSystem groups the made-up articles of testdata/fictional.tsv:
// events E1 = {f1..f4}, E2 = {f5..f7}, E3 = {f8}, E4 = {f9}; storyline S1
// holds E1 and E3. f99 is not held.
func fictionalSystem() *Corpus {
	var arts []Article
	add := func(id, event, storyline string) {
		arts = append(arts, Article{ID: "sys-" + id, Ref: Ref{ID: id}, Event: event, Storyline: storyline})
	}
	for _, id := range []string{"f1", "f2", "f3", "f4"} {
		add(id, "E1", "S1")
	}
	for _, id := range []string{"f5", "f6", "f7"} {
		add(id, "E2", "")
	}
	add("f8", "E3", "S1")
	add("f9", "E4", "")
	return NewCorpus(arts)
}

func TestScoreFictional(t *testing.T) {
	pairs, err := ReadPairsFile("testdata/fictional.tsv")
	if err != nil {
		t.Fatal(err)
	}
	c := fictionalSystem()
	rep := Score(pairs, "", c.SameEvent, c.SameStoryline)
	want := []Row{
		{Stratum: Big, Pairs: 3, SameEvent: 1, SameTopic: 1, Unrelated: 1,
			Event: Measure{Joined: 3, Positive: 1, Both: 1}, Storyline: Measure{Joined: 3, Positive: 2, Both: 2}},
		{Stratum: Small, Pairs: 2, SameEvent: 1, SameTopic: 1,
			Event: Measure{Joined: 2, Positive: 1, Both: 1}, Storyline: Measure{Joined: 2, Positive: 1, Both: 1}},
		{Stratum: Lookalike, Pairs: 4, SameEvent: 2, SameTopic: 1, Unlabelled: 1, Missing: 1,
			Event: Measure{Joined: 0, Positive: 1, Both: 0}, Storyline: Measure{Joined: 1, Positive: 2, Both: 1}},
		{Stratum: "all", Pairs: 9, SameEvent: 4, SameTopic: 3, Unrelated: 1, Unlabelled: 1, Missing: 1,
			Event: Measure{Joined: 5, Positive: 3, Both: 2}, Storyline: Measure{Joined: 6, Positive: 5, Both: 4}},
	}
	if diff := cmp.Diff(want, rep.Rows); diff != "" {
		t.Fatalf("rows (-want +got):\n%s", diff)
	}
	if p, ok := rep.Rows[0].Event.Precision(); !ok || p != 1.0/3 {
		t.Errorf("big event precision = %v, %v; want 1/3", p, ok)
	}
	if _, ok := rep.Rows[2].Event.Precision(); ok {
		t.Error("look-alike event precision defined though the system joins none")
	}

	// Without a storyline function the storyline level scores events.
	rep = Score(pairs, "", c.SameEvent, nil)
	if got := rep.Rows[2].Storyline; got != (Measure{Joined: 0, Positive: 2, Both: 0}) {
		t.Errorf("look-alike storyline without storylines = %+v", got)
	}

	// A split keeps only its pairs.
	rep = Score(pairs, Test, c.SameEvent, c.SameStoryline)
	all := rep.Rows[len(rep.Rows)-1]
	if all.Pairs != 4 || all.SameTopic != 3 || all.Missing != 1 {
		t.Errorf("test split: %+v, want 4 pairs, 3 same-topic, 1 missing", all)
	}
}

func TestScoreJSONAndTable(t *testing.T) {
	pairs, err := ReadPairsFile("testdata/fictional.tsv")
	if err != nil {
		t.Fatal(err)
	}
	c := fictionalSystem()
	rep := Score(pairs, "", c.SameEvent, c.SameStoryline)
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Strata []struct {
			Stratum string `json:"stratum"`
			Event   struct {
				Precision     *float64    `json:"precision"`
				Recall        *float64    `json:"recall"`
				PrecisionCI95 *[2]float64 `json:"precision_ci95"`
			} `json:"event"`
		} `json:"strata"`
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	la := back.Strata[2]
	if la.Stratum != Lookalike || la.Event.Precision != nil || la.Event.Recall == nil || *la.Event.Recall != 0 {
		t.Errorf("look-alike JSON = %+v; want null precision and recall 0", la)
	}
	big := back.Strata[0].Event
	if big.PrecisionCI95 == nil || big.PrecisionCI95[0] > 1.0/3 || big.PrecisionCI95[1] < 1.0/3 {
		t.Errorf("big precision interval %v does not hold 1/3", big.PrecisionCI95)
	}
	var buf bytes.Buffer
	if err := rep.Write(&buf); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"split: dev+test", "0.33 1/3", "(unlabelled 1, missing 1)"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestWilson(t *testing.T) {
	for _, tc := range []struct {
		k, n   int
		lo, hi float64
	}{
		{0, 10, 0, 0.278},
		{10, 10, 0.722, 1},
		{5, 10, 0.237, 0.763},
	} {
		ci := wilson(tc.k, tc.n)
		if d := ci[0] - tc.lo; d > 0.001 || d < -0.001 {
			t.Errorf("wilson(%d, %d) low = %.3f, want %.3f", tc.k, tc.n, ci[0], tc.lo)
		}
		if d := ci[1] - tc.hi; d > 0.001 || d < -0.001 {
			t.Errorf("wilson(%d, %d) high = %.3f, want %.3f", tc.k, tc.n, ci[1], tc.hi)
		}
	}
}
