package story

import (
	"math"
	"testing"
)

// TestPrepareWeighsOnWorkers: the count weights and words' keys the
// extractor computes on its goroutine (hashFeatures) are those prepare
// computed from the counts itself, and it weighs every key as it did:
// (1 + ln count) times the idf of its key, the title's and lead's under
// the words' kind, bit for bit (checked on the keys it does not keep,
// which it leaves unscaled in its buffer).
func TestPrepareWeighsOnWorkers(t *testing.T) {
	c := New(DefaultConfig(), nil)
	docs := synthStream(7, 250)
	for _, d := range docs[:100] {
		c.Add(d)
	}
	seen := 0
	for _, d := range docs[100:] {
		f := c.x.Extract(d)
		if f.hashed == nil {
			t.Fatal("the extractor hashed no features")
		}
		_, fh := hashes(f)
		var buf prepBuf
		p := prepare(d, f, fh, c.df, &buf)
		for k, list := range featureLists(f) {
			kk := kind(k)
			want := map[string]float64{}
			for i, ft := range list {
				dk := kk
				if kk == kindTitle || kk == kindLead {
					dk = kindWords
				}
				tf := 1 + math.Log(float64(max(ft.Count, 1)))
				if fh.tf[k][i] != tf || fh.dfKeys(kk)[i] != hashKey(dk, ft.Key) || fh.keys[k][i] != hashKey(kk, ft.Key) {
					t.Fatalf("%s, kind %d, key %q: weight %v df key %x, want %v %x", d.ID, k, ft.Key, fh.tf[k][i], fh.dfKeys(kk)[i], tf, hashKey(dk, ft.Key))
				}
				want[ft.Key] = tf * c.df.idf(hashKey(dk, ft.Key))
			}
			for _, e := range buf.vecs[k][len(p.vecs[k]):] {
				if w, ok := want[e.key]; !ok || w != e.w || e.h != hashKey(kk, e.key) {
					t.Fatalf("%s, kind %d, key %q: weight %v hash %x, want %v %x", d.ID, k, e.key, e.w, e.h, w, hashKey(kk, e.key))
				}
				seen++
			}
		}
	}
	if seen < 1000 {
		t.Fatalf("only %d keys weighed", seen)
	}
}
