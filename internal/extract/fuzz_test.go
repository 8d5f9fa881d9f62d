package extract

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fuzzTimeLimit bounds one extraction of at most fuzzMaxBytes.
const (
	fuzzTimeLimit = 10 * time.Second
	fuzzMaxBytes  = 256 << 10
)

func FuzzHTML(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"", "<", "<html", "<p>x</p>", "\xFE\xFF\x00<\x00p\x00>",
		`<meta charset="utf-16le"><p>text</p>`,
		`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[{"@id":"#a"}],"image":[[]]}]}</script><p>` + strings.Repeat("word ", 80) + `</p>`,
		`<table><tr><td><table><tr><td>` + strings.Repeat("<div>", 500) + "deep text here",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		doc, err := HTML(context.Background(), bytes.NewReader(data), Options{URL: "https://fuzz.example/a/b", MaxBytes: fuzzMaxBytes})
		if d := time.Since(start); d > fuzzTimeLimit {
			t.Fatalf("extraction of %d bytes took %v", len(data), d)
		}
		if err != nil {
			return
		}
		if len(doc.Paragraphs) == 0 {
			t.Fatal("success without paragraphs")
		}
		for _, p := range doc.Paragraphs {
			if p == "" || p != strings.TrimSpace(p) {
				t.Fatalf("paragraph not normalised: %q", p)
			}
		}
	})
}
