package clustereval

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/story"
)

// TestScaleABP clusters the first N ABP articles in published order while
// holding at most one chunk of articles in memory (the file is re-read once
// per chunk), and prints throughput, CPU time and the live heap. Run it
// under /usr/bin/time -v for the peak RSS:
//
//	PARALLAX_CLUSTER_SCALE=10000 go test ./internal/eval/clustereval -run ScaleABP -v
//
// N=0 means every article.
func TestScaleABP(t *testing.T) {
	v := os.Getenv("PARALLAX_CLUSTER_SCALE")
	if v == "" {
		t.Skip("set PARALLAX_CLUSTER_SCALE=N to measure clustering of N ABP articles")
	}
	needFile(t, abpPath)
	limit, err := strconv.Atoi(v)
	if err != nil {
		t.Fatal(err)
	}
	// Pass 1: the rank of every line in published order.
	var times []story.Doc
	if err := EachArticle(abpPath, func(a Article) error {
		times = append(times, story.Doc{Published: a.Doc.Published, HasTime: a.Doc.HasTime})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	order := story.PublishedOrder(times)
	rank := make([]int32, len(order))
	for r, line := range order {
		rank[line] = int32(r)
	}
	times = nil
	if limit <= 0 || limit > len(rank) {
		limit = len(rank)
	}

	c := story.New(story.DefaultConfig(), nil)
	const chunk = 5000
	var busy time.Duration
	var cpu0, cpu1 syscall.Rusage
	var cpu time.Duration
	var peakHeap uint64
	for lo := 0; lo < limit; lo += chunk {
		hi := min(lo+chunk, limit)
		docs := make([]story.Doc, hi-lo)
		line := 0
		if err := EachArticle(abpPath, func(a Article) error {
			if r := int(rank[line]); r >= lo && r < hi {
				docs[r-lo] = a.Doc
			}
			line++
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &cpu0)
		start := time.Now()
		if err := c.AddAll(context.Background(), docs, 0, nil); err != nil {
			t.Fatal(err)
		}
		busy += time.Since(start)
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &cpu1)
		cpu += rusageDelta(cpu0, cpu1)
		docs = nil
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peakHeap = max(peakHeap, ms.HeapAlloc)
		fmt.Printf("%6d articles: %4d active stories, live heap %5.1f MB\n", hi, c.ActiveCount(), float64(ms.HeapAlloc)/1e6)
	}
	b, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("GOMAXPROCS=%d articles=%d clustering %.1fs wall (%.0f articles/s), %.1fs CPU (%.0f µs/article), "+
		"peak live heap after chunks %.1f MB, state of %d active events %.1f MB\n",
		runtime.GOMAXPROCS(0), limit, busy.Seconds(), float64(limit)/busy.Seconds(), cpu.Seconds(),
		cpu.Seconds()*1e6/float64(limit), float64(peakHeap)/1e6, c.ActiveCount(), float64(len(b))/1e6)
}

// rusageDelta returns the user+system CPU time between two samples.
func rusageDelta(a, b syscall.Rusage) time.Duration {
	tv := func(t syscall.Timeval) time.Duration {
		return time.Duration(t.Sec)*time.Second + time.Duration(t.Usec)*time.Microsecond
	}
	return tv(b.Utime) - tv(a.Utime) + tv(b.Stime) - tv(a.Stime)
}
