package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"testing"
	"time"
)

// benchRecords writes n request/response pairs of project-written pages.
func benchRecords(w io.Writer, n int) {
	for i := range n {
		page := htmlPage(i)
		writeWARC(w, true,
			testRecord{typ: "request", uri: fmt.Sprintf("https://news.example/%d", i), id: fmt.Sprintf("urn:uuid:req-%d", i),
				block: "GET / HTTP/1.1\r\nHost: news.example\r\n\r\n"},
			testRecord{typ: "response", uri: fmt.Sprintf("https://news.example/%d", i), id: fmt.Sprintf("urn:uuid:resp-%d", i),
				block: httpResponse("200 OK", []string{"Content-Type: text/html; charset=utf-8", fmt.Sprintf("Content-Length: %d", len(page))}, page)})
	}
}

// BenchmarkPages measures reading (decompressing and parsing, no
// extraction) a WARC file of 2,000 responses.
func BenchmarkPages(b *testing.B) {
	var buf bytes.Buffer
	benchRecords(&buf, 2000)
	b.SetBytes(int64(buf.Len()))
	b.ResetTimer()
	for range b.N {
		p := NewPages(bytes.NewReader(buf.Bytes()), 0)
		n := 0
		for {
			_, err := p.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 2000 {
			b.Fatalf("%d pages", n)
		}
	}
}

// TestWriteBenchWARC writes the throughput benchmark's input when
// PARALLAX_WARC_BENCH names a file (PARALLAX_WARC_BENCH_N responses, 5,000
// by default; with PARALLAX_WARC_BENCH_READ=1 it only reads the file): then time `parallax add FILE` with /usr/bin/time -v.
func TestWriteBenchWARC(t *testing.T) {
	out := os.Getenv("PARALLAX_WARC_BENCH")
	if out == "" {
		t.Skip("set PARALLAX_WARC_BENCH=FILE.warc.gz to write the throughput benchmark's WARC file")
	}
	n := 5000
	if v := os.Getenv("PARALLAX_WARC_BENCH_N"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			t.Fatal(err)
		}
	}
	if os.Getenv("PARALLAX_WARC_BENCH_READ") == "" { // else only read it, for peak memory
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(f)
		benchRecords(w, n)
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	fi, _ := os.Stat(out)
	start := time.Now()
	r, _ := os.Open(out)
	defer r.Close()
	p := NewPages(r, 0)
	pages, raw := 0, 0
	for {
		pg, err := p.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		pages++
		raw += len(pg.Body)
	}
	d := time.Since(start).Seconds()
	t.Logf("%s: %d responses, %.1f MB compressed, %.1f MB of HTML; read in %.2fs: %.1f MB/s compressed, %.0f pages/s (no extraction)",
		out, pages, float64(fi.Size())/1e6, float64(raw)/1e6, d, float64(fi.Size())/1e6/d, float64(pages)/d)
}
