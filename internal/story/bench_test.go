package story

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the CPU time this process has used (all threads: the
// garbage collector's work counts), a steadier measure than the wall
// clock on a shared machine.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time per article since start.
func reportCPU(b *testing.B, start time.Duration, articles int) {
	b.ReportMetric(float64(cpuTime(b)-start)/float64(articles), "cpu-ns/article")
}

// The hot paths of clustering, over the synthetic stream of fictional
// articles (see stream_test.go). Each reports the CPU time per article.

// BenchmarkExtract measures feature extraction, the per-article constant
// that runs on all cores ahead of the clusterer.
func BenchmarkExtract(b *testing.B) {
	docs := synthStream(7, 2000)
	x := NewTextExtractor()
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime(b)
	n := 0
	for b.Loop() {
		x.Extract(docs[n%len(docs)])
		n++
	}
	reportCPU(b, start, n)
}

// BenchmarkCluster measures the sequential part: assigning 4,000 articles
// whose features are extracted, with the repair pass every 50 articles and
// storylines.
func BenchmarkCluster(b *testing.B) {
	docs := synthStream(7, 4000)
	x := NewTextExtractor()
	feats := make([]Features, len(docs))
	for i, d := range docs {
		feats[i] = withTitle(d, x.Extract(d)) // as AddEach's workers do
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime(b)
	n := 0
	for b.Loop() {
		c := New(DefaultConfig(), x)
		for i, d := range docs {
			c.AddFeatures(d, feats[i])
		}
		c.Drain()
		n += len(docs)
	}
	reportCPU(b, start, n)
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

// BenchmarkMarshalGrowing measures the saves of a clusterer whose state
// grows batch by batch, as package stories saves it after every batch:
// four states, of 1,000 to 4,000 articles, each marshalled after the one
// before (the buffer sized from the state before).
func BenchmarkMarshalGrowing(b *testing.B) {
	docs := synthStream(7, 4000)
	var cs []*Clusterer
	for n := 1000; n <= len(docs); n += 1000 {
		c := New(DefaultConfig(), nil)
		for _, d := range docs[:n] {
			c.Add(d)
		}
		c.Drain()
		cs = append(cs, c)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		size, growth := 0, 0
		for _, c := range cs {
			c.stateSize, c.stateGrowth = size, growth
			if _, err := c.MarshalBinary(); err != nil {
				b.Fatal(err)
			}
			size, growth = c.stateSize, c.stateGrowth
		}
	}
}

// BenchmarkPrepare measures prepare, the weighing of an extracted
// article's features by the document frequencies at its turn, which the
// one goroutine that assigns articles runs for each: 300 articles after a
// stream of 300.
func BenchmarkPrepare(b *testing.B) {
	c := New(DefaultConfig(), nil)
	docs := synthStream(7, 600)
	for _, d := range docs[:300] {
		c.Add(d)
	}
	fs := make([]Features, 0, 300)
	for _, d := range docs[300:] {
		fs = append(fs, withTitle(d, c.x.Extract(d))) // as AddEach's workers do
	}
	var buf prepBuf
	b.ResetTimer()
	start := cpuTime(b)
	n := 0
	for b.Loop() {
		for i, d := range docs[300:] {
			_, fh := hashes(fs[i])
			prepare(d, fs[i], fh, c.df, &buf)
		}
		n += len(fs)
	}
	reportCPU(b, start, n)
}
