package clean_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/ingest"
)

// pageVerdict is one line of testdata/pages.tsv: a paragraph of a page, by
// its first words, and the verdict and kind it must get.
type pageVerdict struct {
	file, starts, verdict, kind string
}

// readPages reads the fictional pages of testdata/pages as Parallax reads
// them, with the verdicts testdata/pages.tsv expects.
func readPages(t *testing.T) (map[string]*article.Article, []pageVerdict) {
	t.Helper()
	f, err := os.Open("testdata/pages.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var want []pageVerdict
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		r := strings.Split(sc.Text(), "\t")
		if len(r) != 4 {
			t.Fatalf("pages.tsv: %q: want 4 fields", sc.Text())
		}
		want = append(want, pageVerdict{r[0], r[1], r[2], r[3]})
	}
	paths, _ := filepath.Glob("testdata/pages/*.md")
	pages := map[string]*article.Article{}
	for _, p := range paths {
		err := ingest.ReadFile(context.Background(), ingest.Input{Path: p, Size: -1}, nil, ingest.Options{}, func(it ingest.Item) error {
			if it.Err != nil {
				t.Fatalf("%s: %v", p, it.Err)
			}
			pages[filepath.Base(p)] = it.Article
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return pages, want
}

// TestPages: every paragraph of the fictional pages gets the verdict
// pages.tsv expects, by form alone (as for files that are not stored).
func TestPages(t *testing.T) {
	pages, want := readPages(t)
	c, err := clean.New()
	if err != nil {
		t.Fatal(err)
	}
	found := map[pageVerdict]bool{}
	for name, a := range pages {
		v := c.Clean(a, nil)
		for i, p := range a.Paragraphs {
			got := v.Paras[i]
			exp := pageVerdict{file: name, verdict: "text"}
			for _, w := range want {
				if w.file == name && strings.HasPrefix(p, w.starts) {
					exp = w
					found[w] = true
				}
			}
			if string(got.Verdict) != exp.verdict || exp.verdict != "text" && got.Kind != exp.kind {
				t.Errorf("%s ¶%d %.50q: got %s/%s (%s), want %s/%s", name, i, p, got.Verdict, got.Kind, got.Reason, exp.verdict, exp.kind)
			}
		}
	}
	for _, w := range want {
		if !found[w] {
			t.Errorf("%s: no paragraph starts with %q", w.file, w.starts)
		}
	}
}
