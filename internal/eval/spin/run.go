package spin

import (
	"context"
	"fmt"
	"runtime"
	"syscall"
	"time"

	"github.com/parallax-news/parallax/internal/dedup"
)

// Options configure Run.
type Options struct {
	// Path is the gzipped JSON Lines corpus (articles.jsonl.gz).
	Path string
	// Articles limits the real articles read (0: all).
	Articles int
	// Copies is the number of generated copies.
	Copies int
	// Seed makes the generated copies reproducible.
	Seed uint64
	// Workers is the parallelism of detection (0: one per CPU).
	Workers int
}

// Report is the outcome of Run. JSON field names are stable.
type Report struct {
	Articles int    `json:"articles"`
	Copies   int    `json:"copies"`
	Workers  int    `json:"workers"`
	Scores   Scores `json:"scores"`
	// Stats are the detector's own counts and step times.
	Stats dedup.BatchStats `json:"stats"`
	// LoadSeconds is the time to read the corpus and generate the copies;
	// DetectSeconds the time of detection (signatures, candidate search,
	// verification) over articles and copies.
	LoadSeconds   float64 `json:"load_seconds"`
	DetectSeconds float64 `json:"detect_seconds"`
	// DetectCPUSeconds is the CPU time (user and system) of detection.
	DetectCPUSeconds float64 `json:"detect_cpu_seconds"`
	// MBPerSecond is the body text detection went through per second.
	MBPerSecond float64 `json:"mb_per_second"`
	// HashMBPerSecond is the hashing limit: the same text, split into words
	// and each word hashed with xxh3 on as many goroutines as detection
	// used, timing the hashing alone; SplitHashMBPerSecond times split and
	// hashing. The Core variants use one goroutine.
	HashMBPerSecond          float64 `json:"hash_mb_per_second"`
	HashMBPerSecondCore      float64 `json:"hash_mb_per_second_core"`
	SplitHashMBPerSecond     float64 `json:"split_hash_mb_per_second"`
	SplitHashMBPerSecondCore float64 `json:"split_hash_mb_per_second_core"`
	// CPUSeconds is the user and system CPU time of the process so far:
	// on a shared machine it says more than the wall-clock times.
	CPUSeconds float64 `json:"cpu_seconds"`
	// PeakRSSMB is the peak resident memory of the process so far.
	PeakRSSMB float64 `json:"peak_rss_mb"`
}

// Run loads the corpus, generates copies, finds all related pairs among
// articles and copies with dedup.Batch and scores them.
func Run(ctx context.Context, opt Options) (Report, error) {
	var rep Report
	t0 := time.Now()
	articles, err := LoadABP(opt.Path, opt.Articles)
	if err != nil {
		return rep, fmt.Errorf("spin: %w", err)
	}
	copies, err := Generate(articles, opt.Copies, opt.Seed)
	if err != nil {
		return rep, fmt.Errorf("spin: %w", err)
	}
	docs := make([]dedup.Doc, 0, len(articles)+len(copies))
	docs = append(docs, articles...)
	for _, c := range copies {
		docs = append(docs, c.Doc)
	}
	rep.Articles, rep.Copies = len(articles), len(copies)
	rep.LoadSeconds = time.Since(t0).Seconds()
	rep.Workers = opt.Workers
	if rep.Workers <= 0 {
		rep.Workers = runtime.GOMAXPROCS(0)
	}

	t0, cpu0 := time.Now(), cpuSeconds()
	matches, st, err := dedup.Batch(ctx, docs, dedup.DefaultConfig(), rep.Workers)
	if err != nil {
		return rep, fmt.Errorf("spin: %w", err)
	}
	rep.DetectSeconds = time.Since(t0).Seconds()
	rep.DetectCPUSeconds = cpuSeconds() - cpu0
	rep.Stats = st
	rep.MBPerSecond = float64(st.Bytes) / 1e6 / rep.DetectSeconds
	rep.Scores = Score(articles, copies, matches)

	rep.HashMBPerSecondCore, rep.SplitHashMBPerSecondCore, err = HashRate(ctx, docs, 1)
	if err != nil {
		return rep, fmt.Errorf("spin: %w", err)
	}
	rep.HashMBPerSecond, rep.SplitHashMBPerSecond, err = HashRate(ctx, docs, rep.Workers)
	if err != nil {
		return rep, fmt.Errorf("spin: %w", err)
	}
	rep.CPUSeconds = cpuSeconds()
	rep.PeakRSSMB = peakRSSMB()
	return rep, nil
}

// cpuSeconds returns the user plus system CPU time of the process.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// peakRSSMB returns the peak resident set size of the process (Linux
// reports ru_maxrss in KiB).
func peakRSSMB() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024
}
