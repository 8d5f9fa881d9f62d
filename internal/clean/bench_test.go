package clean

import (
	"bufio"
	"encoding/json"
	"os"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
)

// dump reads the articles of a dump named by PARALLAX_CLEAN_DUMP (JSON
// lines with outlet, paragraphs and published, as `articles --json` writes
// them), at most PARALLAX_CLEAN_MAX of them (default 5000).
func dump(b *testing.B) []*article.Article {
	path := os.Getenv("PARALLAX_CLEAN_DUMP")
	if path == "" {
		b.Skip("PARALLAX_CLEAN_DUMP not set")
	}
	limit := 5000
	if n, err := strconv.Atoi(os.Getenv("PARALLAX_CLEAN_MAX")); err == nil {
		limit = n
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var arts []*article.Article
	for sc.Scan() && len(arts) < limit {
		var a article.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		arts = append(arts, &a)
	}
	return arts
}

// cpuTime returns the CPU time the process has used, user and system: on
// a machine shared with other work, a steadier measure than the time on
// the clock, which counts the waits for a core.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time per op since start (of cpuTime) as
// cpu-ns/op.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime(b)-start)/float64(b.N), "cpu-ns/op")
}

func learnModels(arts []*article.Article) map[string]*Model {
	models := map[string]*Model{}
	for _, a := range arts {
		m := models[a.Outlet]
		if m == nil {
			m = &Model{}
			models[a.Outlet] = m
		}
		m.Learn(Keys(a.Paragraphs), Day(a.Published.Time))
	}
	for _, m := range models {
		if _, err := m.MarshalBinary(); err != nil {
			panic(err)
		}
	}
	return models
}

// BenchmarkLearnDump: what add does to learn, per pass over the dump:
// keys of every paragraph, learning, and encoding each outlet's model.
func BenchmarkLearnDump(b *testing.B) {
	arts := dump(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		learnModels(arts)
	}
}

// BenchmarkCleanDump: what stories (and copies) do per pass over the
// dump: clean every article with its outlet's model.
func BenchmarkCleanDump(b *testing.B) {
	arts := dump(b)
	models := learnModels(arts)
	c, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	start := cpuTime(b)
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			c.Clean(a, models[a.Outlet]).Kept()
		}
	}
	reportCPU(b, start)
}

// BenchmarkKeyDump: the key of every paragraph of the dump, as add (to
// learn) and cleaning (to look paragraphs up) compute them.
func BenchmarkKeyDump(b *testing.B) {
	arts := dump(b)
	n := 0
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			n += len(p)
		}
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	start := cpuTime(b)
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			for _, p := range a.Paragraphs {
				Key(p)
			}
		}
	}
	reportCPU(b, start)
}

// BenchmarkFoldAllDump: folding every paragraph of the dump as Clean does
// (short ones whole, the head and tail of long ones), and counting words.
func BenchmarkFoldAllDump(b *testing.B) {
	arts := dump(b)
	n := 0
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			n += len(p)
		}
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	start := cpuTime(b)
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			foldAll(a.Paragraphs)
		}
	}
	reportCPU(b, start)
}
