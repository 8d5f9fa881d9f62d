package furnitureeval

import (
	"fmt"
	"math"
	"reflect"
	"testing"
)

// fictionalCorpus builds outlets of the given sizes whose articles have
// 1 to 9 paragraphs, every third middle paragraph a cue paragraph.
func fictionalCorpus(sizes map[string]int) []Doc {
	var docs []Doc
	for outlet, n := range sizes {
		for a := 0; a < n; a++ {
			np := 1 + (a*7+len(outlet))%9
			d := Doc{ABPID: fmt.Sprintf("%s-%03d", outlet, a), URL: "https://" + outlet + ".example/" + fmt.Sprint(a), Outlet: outlet}
			for i := 0; i < np; i++ {
				switch {
				case i == 0:
					d.Strata = append(d.Strata, First)
				case i == np-1:
					d.Strata = append(d.Strata, Last)
				case i%3 == 0:
					d.Strata = append(d.Strata, Cue)
				default:
					d.Strata = append(d.Strata, Body)
				}
			}
			docs = append(docs, d)
		}
	}
	return docs
}

func testDesign(seed uint64) Design {
	return Design{Seed: seed, Cue: 2, Classes: []Class{
		{Name: "big", MinArticles: 20, Outlets: 2, Articles: 3},
		{Name: "small", MinArticles: 1, Outlets: 2, Articles: 2},
	}}
}

var testSizes = map[string]int{"gullport": 40, "heronby": 25, "marrowick": 30, "saltmere": 6, "fenwold": 3, "dunlin": 1, "tarnby": 9}

func TestDrawIsDeterministicAndWellFormed(t *testing.T) {
	docs := fictionalCorpus(testSizes)
	a, b := Draw(docs, testDesign(7)), Draw(docs, testDesign(7))
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two draws with one seed differ")
	}
	if reflect.DeepEqual(a, Draw(docs, testDesign(8))) {
		t.Error("draws with different seeds are equal")
	}
	outlets := map[string]bool{}
	seen := map[key]bool{}
	byID := map[string]Doc{}
	for _, d := range docs {
		byID[d.ABPID] = d
	}
	for _, d := range a {
		k := key{d.ABPID, d.Para}
		if seen[k] {
			t.Errorf("paragraph %s#%d drawn twice", d.ABPID, d.Para)
		}
		seen[k] = true
		outlets[d.Outlet] = true
		if got := byID[d.ABPID].Strata[d.Para]; got != d.Stratum {
			t.Errorf("%s#%d: stratum %s, the article says %s", d.ABPID, d.Para, d.Stratum, got)
		}
		if d.Weight < 1 {
			t.Errorf("%s#%d: weight %g < 1", d.ABPID, d.Para, d.Weight)
		}
	}
	if len(outlets) != 4 {
		t.Errorf("drew from %d outlets, want 4 (2 per class)", len(outlets))
	}
}

// TestWeightsEstimateCorpus checks that the weights are inverse inclusion
// probabilities: averaged over many seeds, the weighted count of drawn
// paragraphs of each stratum and class matches the corpus count.
func TestWeightsEstimateCorpus(t *testing.T) {
	docs := fictionalCorpus(testSizes)
	d := testDesign(0)
	truth := map[string]float64{}
	for _, c := range Population(docs, d) {
		truth[c.Class+"/"+string(c.Stratum)] = float64(c.Paragraphs)
	}
	const seeds = 4000
	est := map[string]float64{}
	for s := uint64(1); s <= seeds; s++ {
		d.Seed = s
		for _, p := range Draw(docs, d) {
			est[p.Class+"/"+string(p.Stratum)] += p.Weight / seeds
		}
	}
	for k, want := range truth {
		if want == 0 {
			continue
		}
		if got := est[k]; math.Abs(got-want)/want > 0.05 {
			t.Errorf("%s: weighted estimate %.1f, corpus has %.0f", k, got, want)
		}
	}
}

func TestChoose(t *testing.T) {
	r := newRNG(3)
	for n := 1; n < 30; n++ {
		for k := 0; k <= n; k++ {
			got := r.choose(n, k)
			if len(got) != k {
				t.Fatalf("choose(%d, %d) gave %d indexes", n, k, len(got))
			}
			seen := map[int]bool{}
			for _, i := range got {
				if i < 0 || i >= n || seen[i] {
					t.Fatalf("choose(%d, %d) = %v: out of range or repeated", n, k, got)
				}
				seen[i] = true
			}
		}
	}
}
