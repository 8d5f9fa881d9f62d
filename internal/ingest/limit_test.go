package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"
)

const (
	goodBefore = `{"title":"Quay reopens","url":"https://quay.example/1","body":"The quay reopened on Monday after repairs."}`
	goodAfter  = `{"title":"Ferry resumes","url":"https://quay.example/2","body":"The ferry resumed on Tuesday after the storms."}`
)

// letters is an endless stream of 'a': the inside of an over-long JSON
// string.
type letters struct{}

func (letters) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

// longLine is a JSON Lines stream: a good line, a line of about n bytes,
// a good line.
func longLine(n int64, end string) io.Reader {
	return io.MultiReader(strings.NewReader(goodBefore+"\n"+`{"title":"x","body":"`),
		io.LimitReader(letters{}, n), strings.NewReader(`"}`+end+goodAfter+"\n"))
}

// gzipOf compresses r.
func gzipOf(t *testing.T, r io.Reader) []byte {
	t.Helper()
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if _, err := io.Copy(zw, r); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// collect reads a stream and returns its items.
func collect(t *testing.T, name string, r io.Reader, opt Options) []Item {
	t.Helper()
	var items []Item
	err := ReadStream(context.Background(), name, r, -1, opt, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("ReadStream: %v", err)
	}
	return items
}

func TestOverLongLineKeepsTheLinesAround(t *testing.T) {
	const max = 1 << 20
	for _, tc := range []struct {
		name string
		data func() io.Reader
	}{
		{"plain", func() io.Reader { return longLine(8*max, "\n") }},
		{"gzip", func() io.Reader { return bytes.NewReader(gzipOf(t, longLine(8*max, "\r\n"))) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items := collect(t, "long.jsonl", tc.data(), Options{MaxSize: max})
			if len(items) != 3 || items[0].Err != nil || items[2].Err != nil {
				t.Fatalf("items = %+v, want good, error, good", items)
			}
			if items[0].Article.Title != "Quay reopens" || items[2].Article.Title != "Ferry resumes" {
				t.Errorf("titles %q, %q", items[0].Article.Title, items[2].Article.Title)
			}
			if !errors.Is(items[1].Err, ErrTooLarge) || items[1].Input != "long.jsonl:2" {
				t.Errorf("long line: %s: %v", items[1].Input, items[1].Err)
			}
		})
	}
}

// TestOverLongLineHoldsNoMoreThanTheLimit reads a 64 MiB line under a
// 4 MiB limit and counts the bytes allocated: the line is dropped once it
// passes the limit, so the reader allocates about the limit (and one
// block of 1 MiB), never the line, and never the limit several times over
// while growing a buffer.
func TestOverLongLineHoldsNoMoreThanTheLimit(t *testing.T) {
	const max = 4 << 20
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	items := collect(t, "long.jsonl", longLine(64<<20, "\n"), Options{MaxSize: max})
	runtime.ReadMemStats(&after)
	if len(items) != 3 || !errors.Is(items[1].Err, ErrTooLarge) {
		t.Fatalf("items = %+v", items)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > max+max/2 {
		t.Errorf("allocated %d bytes reading a 64 MiB line under a %d byte limit, want at most %d", alloc, max, max+max/2)
	}
	// A document read whole (not JSON Lines) is dropped the same way.
	runtime.GC()
	runtime.ReadMemStats(&before)
	items = collect(t, "long.txt", io.MultiReader(strings.NewReader("Title\n\n"), io.LimitReader(letters{}, 64<<20)), Options{MaxSize: max})
	runtime.ReadMemStats(&after)
	if len(items) != 1 || !errors.Is(items[0].Err, ErrTooLarge) {
		t.Fatalf("items = %+v", items)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > max+max/2 {
		t.Errorf("allocated %d bytes reading a 64 MiB document under a %d byte limit, want at most %d", alloc, max, max+max/2)
	}
}

func TestTotalLimit(t *testing.T) {
	const max = 1 << 20
	bomb := gzipOf(t, longLine(16*max, "\n")) // about 16 MiB decompressed
	t.Run("stops a compressed input", func(t *testing.T) {
		items := collect(t, "bomb.jsonl.gz", bytes.NewReader(bomb), Options{MaxSize: max, MaxTotal: 4 * max})
		if len(items) != 2 || items[0].Err != nil || items[0].Article.Title != "Quay reopens" {
			t.Fatalf("items = %+v, want the good line, then the limit", items)
		}
		err := items[1].Err
		if !errors.Is(err, ErrTotalTooLarge) || items[1].Input != "bomb.jsonl.gz" || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("%s: %v; want the input named, the limit and the line", items[1].Input, err)
		}
	})
	t.Run("within the limit", func(t *testing.T) {
		items := collect(t, "bomb.jsonl.gz", bytes.NewReader(bomb), Options{MaxSize: max, MaxTotal: 32 * max})
		if len(items) != 3 || items[2].Err != nil {
			t.Fatalf("items = %+v, want all three lines", items)
		}
	})
	t.Run("no limit", func(t *testing.T) {
		items := collect(t, "bomb.jsonl.gz", bytes.NewReader(bomb), Options{MaxSize: max, MaxTotal: -1})
		if len(items) != 3 || items[2].Err != nil {
			t.Fatalf("items = %+v, want all three lines", items)
		}
	})
	t.Run("an uncompressed input has no total limit", func(t *testing.T) {
		items := collect(t, "long.jsonl", longLine(16*max, "\n"), Options{MaxSize: max, MaxTotal: 4 * max})
		if len(items) != 3 || items[2].Err != nil {
			t.Fatalf("items = %+v, want all three lines", items)
		}
	})
	t.Run("a compressed document", func(t *testing.T) {
		doc := gzipOf(t, io.MultiReader(strings.NewReader("Title\n\n"), io.LimitReader(letters{}, 8*max)))
		items := collect(t, "doc.txt.gz", bytes.NewReader(doc), Options{MaxSize: 16 * max, MaxTotal: 4 * max})
		if len(items) != 1 || !errors.Is(items[0].Err, ErrTotalTooLarge) || items[0].Input != "doc.txt.gz" {
			t.Fatalf("items = %+v, want the limit", items)
		}
	})
}
