// Package spin is the spin benchmark of copy detection: it builds copies
// of real articles (../shared/data/abp/articles.jsonl.gz, read at run time
// and never copied into the project) with known edits — a phrase inserted
// at the start, paragraphs dropped or reordered, words swapped for
// synonyms, truncation, a copy embedded in a longer unrelated article — and
// scores how well dedup finds the pairs, their source and the inserted
// phrase. Run also measures time, memory and throughput at corpus scale.
package spin

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/dedup"
)

// abpRecord holds the fields of one line of articles.jsonl.gz that the
// benchmark uses.
type abpRecord struct {
	ID        string `json:"id"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Body      string `json:"body"`
}

// LoadABP reads up to limit articles (0: all) from the gzipped JSON Lines
// file at path, in file order.
func LoadABP(path string, limit int) ([]dedup.Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load abp: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		return nil, fmt.Errorf("load abp %s: %w", path, err)
	}
	defer zr.Close()
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var docs []dedup.Doc
	line := 0
	for sc.Scan() && (limit <= 0 || len(docs) < limit) {
		line++
		var r abpRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("load abp %s: line %d: %w", path, line, err)
		}
		d := dedup.Doc{ID: r.ID, Outlet: r.Outlet, URL: r.URL, Paragraphs: splitParagraphs(r.Body)}
		if r.Published != "" {
			if t, err := time.Parse(time.DateOnly, r.Published); err == nil {
				d.Published = t
			}
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("load abp %s: %w", path, err)
	}
	return docs, nil
}

func splitParagraphs(body string) []string {
	var out []string
	for p := range strings.SplitSeq(body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
