package nlp

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// abpPath is the throughput corpus, relative to this package.
const abpPath = "../../../shared/data/abp/articles.jsonl.gz"

// loadABP reads up to n articles of the ABP corpus, paragraphs split on
// blank lines.
func loadABP(tb testing.TB, n int) ([]Input, int) {
	f, err := os.Open(abpPath)
	if err != nil {
		tb.Skipf("benchmark corpus not available (%v): put ../shared/data beside the repository", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var ins []Input
	bytes := 0
	for sc.Scan() && len(ins) < n {
		var r struct{ Title, Body, Lang string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatal(err)
		}
		in := Input{Title: r.Title, Lang: r.Lang}
		for _, p := range strings.Split(r.Body, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				in.Paragraphs = append(in.Paragraphs, p)
			}
		}
		bytes += len(r.Title) + len(r.Body)
		ins = append(ins, in)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return ins, bytes
}

// BenchmarkAnalyzeABP analyses real articles; run it on one core with
// GOMAXPROCS=1 go test -run XXX -bench AnalyzeABP ./internal/nlp.
// PARALLAX_BENCH_N sets how many articles are loaded (default 5000).
func BenchmarkAnalyzeABP(b *testing.B) {
	n := 5000
	if s := os.Getenv("PARALLAX_BENCH_N"); s != "" {
		if _, err := fmt.Sscan(s, &n); err != nil {
			b.Fatal(err)
		}
	}
	ins, size := loadABP(b, n)
	a := newTestAnalyzer(b)
	for _, in := range ins[:min(len(ins), 200)] {
		a.Analyze(in) // warm the stem cache as a long-running process would
	}
	b.SetBytes(int64(size / len(ins)))
	b.ResetTimer()
	start := time.Now()
	i := 0
	for b.Loop() {
		a.Analyze(ins[i%len(ins)])
		i++
	}
	b.ReportMetric(float64(i)/time.Since(start).Seconds(), "articles/s")
}

// TestThroughputABP streams the whole ABP corpus through one Analyzer and
// logs articles/s and MB/s (time inside Analyze only) and the process's
// peak resident memory. It runs only with PARALLAX_THROUGHPUT=1, e.g.
//
//	PARALLAX_THROUGHPUT=1 GOMAXPROCS=1 go test -run ThroughputABP -v ./internal/nlp
func TestThroughputABP(t *testing.T) {
	if os.Getenv("PARALLAX_THROUGHPUT") == "" {
		t.Skip("set PARALLAX_THROUGHPUT=1 to stream the ABP corpus")
	}
	f, err := os.Open(abpPath)
	if err != nil {
		t.Skipf("benchmark corpus not available (%v)", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	a := newTestAnalyzer(t)
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var spent time.Duration
	n, size, quotes := 0, 0, 0
	for sc.Scan() {
		var r struct{ Title, Body, Lang string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		in := Input{Title: r.Title, Lang: r.Lang}
		for _, p := range strings.Split(r.Body, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				in.Paragraphs = append(in.Paragraphs, p)
			}
		}
		start := time.Now()
		an := a.Analyze(in)
		spent += time.Since(start)
		quotes += len(an.Quotes)
		n++
		size += len(r.Title) + len(r.Body)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d articles, %.1f MB, %d quotes: %.0f articles/s, %.2f MB/s (GOMAXPROCS=%d), peak RSS %.0f MB",
		n, float64(size)/1e6, quotes, float64(n)/spent.Seconds(), float64(size)/1e6/spent.Seconds(),
		runtime.GOMAXPROCS(0), float64(ru.Maxrss)/1024)
}

// BenchmarkGluedRuns analyses one long paragraph of our own whose
// sentences each open with a common given name and a different surname
// followed by a capitalised "There" (a label run into its text): the
// reading of glued words must not scan every "Ann" for each run.
func BenchmarkGluedRuns(b *testing.B) {
	az, err := NewAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for i := range 4000 {
		fmt.Fprintf(&sb, "Ann K%c%c%c There was rain. ", 'a'+i%26, 'a'+(i/26)%26, 'a'+(i/676)%26)
	}
	in := Input{Title: "Weather", Paragraphs: []string{sb.String()}}
	b.ResetTimer()
	for range b.N {
		az.Analyze(in)
	}
}

// BenchmarkDoubleSurnames: a page of 1,500 paragraphs, each naming a
// person by an unlisted given name and a double surname and then by the
// double surname alone (tailNames and unlistedHead: the text's words are
// read once per article, not once per name pair).
func BenchmarkDoubleSurnames(b *testing.B) {
	az, err := NewAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	paras := make([]string, 0, 1500)
	for i := range 1500 {
		s := fmt.Sprintf("Zor%c%c%c", 'a'+i%26, 'a'+(i/26)%26, 'a'+(i/676)%26)
		paras = append(paras, fmt.Sprintf("The minister %s Peral Quint flew home. \u201cThe port will open soon,\u201d Peral Quint said.", s))
	}
	in := Input{Title: "Ports", Paragraphs: paras}
	b.ResetTimer()
	for range b.N {
		az.Analyze(in)
	}
}
