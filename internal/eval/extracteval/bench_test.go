package extracteval

import (
	"bytes"
	"context"
	"io"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkShippedExtractor extracts every page of the shared benchmark
// on one core and reports pages per CPU second of extraction (which a
// loaded machine distorts less than pages per second of wall time) and
// the F1:
//
//	go test -run - -bench ShippedExtractor -benchtime 3x ./internal/eval/extracteval
func BenchmarkShippedExtractor(b *testing.B) {
	dir := benchmarkDir(b)
	var res Result
	var pages int
	var cpu time.Duration
	timed := func(ctx context.Context, r io.Reader, url string) (string, error) {
		raw, err := io.ReadAll(r) // reading is not extraction
		if err != nil {
			return "", err
		}
		c0 := cpuTime()
		defer func() { cpu += cpuTime() - c0 }()
		return shipped(ctx, bytes.NewReader(raw), url)
	}
	withOneCore(func() {
		b.ResetTimer()
		for range b.N {
			var err error
			if res, err = Run(context.Background(), dir, timed); err != nil {
				b.Fatal(err)
			}
			pages += res.Pages
		}
	})
	b.ReportMetric(float64(pages)/cpu.Seconds(), "pages/cpu-s")
	b.ReportMetric(res.F1, "F1")
}
