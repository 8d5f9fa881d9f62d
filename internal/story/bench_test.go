package story

import (
	"testing"
)

// The hot paths of clustering, over the synthetic stream of fictional
// articles (see stream_test.go). Each reports articles per second.

// BenchmarkExtract measures feature extraction, the per-article constant
// that runs on all cores ahead of the clusterer.
func BenchmarkExtract(b *testing.B) {
	docs := synthStream(7, 2000)
	x := NewTextExtractor()
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		x.Extract(docs[n%len(docs)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkCluster measures the sequential part: assigning 4,000 articles
// whose features are extracted, with the repair pass every 50 articles and
// storylines.
func BenchmarkCluster(b *testing.B) {
	docs := synthStream(7, 4000)
	x := NewTextExtractor()
	feats := make([]Features, len(docs))
	for i, d := range docs {
		feats[i] = x.Extract(d)
	}
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		c := New(DefaultConfig(), x)
		for i, d := range docs {
			c.AddFeatures(d, feats[i])
		}
		c.Drain()
		n += len(docs)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkMarshal measures saving the state of a clusterer that holds
// 4,000 articles, as package stories does after every batch.
func BenchmarkMarshal(b *testing.B) {
	c := New(DefaultConfig(), nil)
	for _, d := range synthStream(7, 4000) {
		c.Add(d)
	}
	c.Drain()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := c.MarshalBinary(); err != nil {
			b.Fatal(err)
		}
	}
}
