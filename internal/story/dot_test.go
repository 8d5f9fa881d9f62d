package story

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// branchyDot is dot as a plain merge of the two key lists, a branch for
// each step: the reference dot must equal to the last bit.
func branchyDot(a, b vec) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].h < b[j].h:
			i++
		case b[j].h < a[i].h:
			j++
		default:
			s += a[i].w * b[j].w
			i++
			j++
		}
	}
	return s
}

// randomPair returns two hash-sorted vectors of n and m keys, about share
// of b's keys taken from a's, with weights in [0, 1).
func randomPair(r *rand.Rand, n, m int, share float64) (a, b vec) {
	a = make(vec, n)
	for i := range a {
		a[i] = entry{h: r.Uint64N(1 << 20), w: r.Float64()}
	}
	b = make(vec, m)
	for i := range b {
		h := r.Uint64N(1 << 20)
		if n > 0 && r.Float64() < share {
			h = a[r.IntN(n)].h
		}
		b[i] = entry{h: h, w: r.Float64()}
	}
	sortByHash(a)
	sortByHash(b)
	return a, b
}

func TestDotEqualsMerge(t *testing.T) {
	r := rand.New(rand.NewPCG(7571, 0))
	for range 2000 {
		a, b := randomPair(r, r.IntN(40), r.IntN(40), r.Float64())
		if got, want := dot(a, b), branchyDot(a, b); got != want {
			t.Fatalf("dot = %v, the merge gives %v (a %v, b %v)", got, want, a, b)
		}
		if got, want := dot(b, a), branchyDot(b, a); got != want {
			t.Fatalf("dot = %v, the merge gives %v (a %v, b %v)", got, want, b, a)
		}
	}
	// Equal hashes within one vector (no vector holds any, but the
	// merge still steps both sides alike).
	a := vec{{h: 1, w: 0.5}, {h: 1, w: 0.25}, {h: 3, w: 1}}
	b := vec{{h: 1, w: 2}, {h: 3, w: 4}}
	if got, want := dot(a, b), branchyDot(a, b); got != want || got != 5 {
		t.Fatalf("dot = %v, the merge gives %v, want 5", got, want)
	}
	if dot(nil, b) != 0 || dot(a, nil) != 0 {
		t.Fatal("dot with an empty vector is not 0")
	}
}

// BenchmarkDot measures dot over pairs of 16 to 95 keys that share about
// a tenth or two fifths of their keys, as events' vectors do.
func BenchmarkDot(b *testing.B) {
	for _, share := range []float64{0.1, 0.4} {
		name := map[float64]string{0.1: "shared10", 0.4: "shared40"}[share]
		b.Run(name, func(b *testing.B) {
			r := rand.New(rand.NewPCG(7570, 1))
			var as, bs []vec
			for range 256 {
				x, y := randomPair(r, 16+r.IntN(80), 16+r.IntN(80), share)
				as, bs = append(as, slices.Clip(x)), append(bs, slices.Clip(y))
			}
			start := cpuTime(b)
			n := 0
			var s float64
			for b.Loop() {
				s += dot(as[n&255], bs[n&255])
				n++
			}
			reportCPU(b, start, n)
			_ = s
		})
	}
}
