package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/ingest"
)

// files writes n small text articles and returns them as inputs, some
// large and some small so that readers finish out of order.
func files(t *testing.T, n int) []ingest.Input {
	t.Helper()
	dir := t.TempDir()
	var ins []ingest.Input
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("%03d.txt", i))
		body := strings.Repeat(fmt.Sprintf("The harbour board met for the %d time on Monday. ", i), 1+(i%7)*200)
		if err := os.WriteFile(p, []byte(fmt.Sprintf("Harbour notes %d\n\n%s", i, body)), 0o644); err != nil {
			t.Fatal(err)
		}
		ins = append(ins, ingest.Input{Path: p, Size: int64(len(body))})
	}
	return ins
}

func TestReadKeepsInputOrder(t *testing.T) {
	ins := files(t, 40)
	var got []string
	err := Read(context.Background(), ins, nil, ingest.Options{}, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		got = append(got, it.Article.Title)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 40 {
		t.Fatalf("%d items, want 40", len(got))
	}
	for i, title := range got {
		if title != fmt.Sprintf("Harbour notes %d", i) {
			t.Fatalf("item %d is %q: not in input order", i, title)
		}
	}
}

func TestReadStopsAtEmitError(t *testing.T) {
	stop := errors.New("stop here")
	n := 0
	err := Read(context.Background(), files(t, 20), nil, ingest.Options{}, func(it ingest.Item) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Fatalf("Read = %v after %d items, want the emit error after 3", err, n)
	}
}

func TestWriterBatchesInOrder(t *testing.T) {
	var batches [][]string
	w := NewWriter(context.Background(), 3, func(ctx context.Context, items []ingest.Item) error {
		var b []string
		for _, it := range items {
			b = append(b, it.Input)
		}
		batches = append(batches, b)
		return nil
	})
	for i := range 7 {
		if err := w.Add(ingest.Item{Input: fmt.Sprint(i)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(batches) != "[[0 1 2] [3 4 5] [6]]" {
		t.Errorf("batches = %v", batches)
	}
}

func TestWriterReportsAFailedWrite(t *testing.T) {
	bad := errors.New("disk full")
	calls := 0
	w := NewWriter(context.Background(), 1, func(ctx context.Context, items []ingest.Item) error {
		calls++
		return bad
	})
	var err error
	for i := 0; i < 50 && err == nil; i++ {
		err = w.Add(ingest.Item{Input: fmt.Sprint(i)})
	}
	if cerr := w.Close(); !errors.Is(cerr, bad) {
		t.Fatalf("Close = %v, want the write's error", cerr)
	}
	if calls != 1 {
		t.Errorf("%d writes after the first failed, want none", calls-1)
	}
}
