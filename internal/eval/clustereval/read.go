package clustereval

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/story"
)

// record is one line of the shared corpora format.
type record struct {
	ID        string `json:"id"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Body      string `json:"body"`
	Event     string `json:"event"`
	Topic     string `json:"topic"`
}

// Article is one article read from a corpus file, with its gold event and
// topic (empty for distractors).
type Article struct {
	Doc   story.Doc
	Event string
	Topic string
}

// ReadFile reads a JSON Lines corpus file, gzip-compressed or not (detected
// from its first bytes). Lines that are empty are skipped; a malformed line
// is an error naming the file and line.
func ReadFile(path string) ([]Article, error) {
	var out []Article
	err := EachArticle(path, func(a Article) error {
		out = append(out, a)
		return nil
	})
	return out, err
}

// errEnough stops EachArticle once readFirst has what it wants.
var errEnough = errors.New("enough articles")

// readFirst reads the first n articles of a corpus file (all when n <= 0),
// without reading the rest of the file.
func readFirst(path string, n int) ([]Article, error) {
	var out []Article
	err := EachArticle(path, func(a Article) error {
		out = append(out, a)
		if n > 0 && len(out) >= n {
			return errEnough
		}
		return nil
	})
	if errors.Is(err, errEnough) {
		err = nil
	}
	return out, err
}

// EachArticle streams the articles of a corpus file to fn, without keeping
// them; it stops at the first error fn returns.
func EachArticle(path string, fn func(Article) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read corpus: %w", err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	var r io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("read corpus %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var rec record
		if err := json.Unmarshal(b, &rec); err != nil {
			return fmt.Errorf("read corpus %s: line %d: %w", path, line, err)
		}
		a, err := toArticle(rec)
		if err != nil {
			return fmt.Errorf("read corpus %s: line %d: %w", path, line, err)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read corpus %s: %w", path, err)
	}
	return nil
}

// toArticle converts a record; published is YYYY-MM-DD or empty.
func toArticle(rec record) (Article, error) {
	d := story.Doc{ID: rec.ID, Outlet: rec.Outlet, Title: rec.Title}
	if rec.Published != "" {
		t, err := time.Parse("2006-01-02", rec.Published)
		if err != nil {
			return Article{}, fmt.Errorf("article %s: published %q: %w", rec.ID, rec.Published, err)
		}
		d.Published, d.HasTime = t, true
	}
	for _, p := range strings.Split(rec.Body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			d.Paragraphs = append(d.Paragraphs, p)
		}
	}
	return Article{Doc: d, Event: rec.Event, Topic: rec.Topic}, nil
}
