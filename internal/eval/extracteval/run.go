package extracteval

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// Result is the score of one extractor over a benchmark folder.
type Result struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Pages     int     `json:"pages"`
	// Failed counts pages where the extractor returned an error; they are
	// scored as empty predictions.
	Failed int `json:"failed"`
	// PagesPerSecond and Seconds count extraction time only, not reading
	// or decompressing the pages.
	PagesPerSecond float64 `json:"pages_per_second"`
	Seconds        float64 `json:"seconds"`
}

// Extractor returns the main text of the HTML page read from r; url is the
// page's address when known.
type Extractor func(ctx context.Context, r io.Reader, url string) (string, error)

// truthEntry is one page of ground-truth.json.
type truthEntry struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// Run scores extract over every page of a folder laid out like
// ../shared/data/extraction (html/<id>.html.gz + ground-truth.json).
// An extractor error on a page counts as an empty prediction; a missing or
// unreadable page, or a cancelled ctx, stops the run with an error.
func Run(ctx context.Context, dir string, extract func(ctx context.Context, r io.Reader, url string) (string, error)) (Result, error) {
	truth, err := loadTruth(dir)
	if err != nil {
		return Result{}, err
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)

	var res Result
	var elapsed time.Duration
	scores := make([]PageScore, 0, len(ids))
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return Result{}, fmt.Errorf("extraction benchmark: %w", err)
		}
		page, err := readPage(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return Result{}, err
		}
		start := time.Now()
		text, err := extract(ctx, bytes.NewReader(page), truth[id].URL)
		elapsed += time.Since(start)
		if err != nil {
			if ctx.Err() != nil {
				return Result{}, fmt.Errorf("extraction benchmark: page %s: %w", id, err)
			}
			res.Failed++
			text = ""
		}
		scores = append(scores, ScorePage(truth[id].ArticleBody, text))
	}

	res.Precision, res.Recall, res.F1 = Aggregate(scores)
	res.Pages = len(scores)
	res.Seconds = elapsed.Seconds()
	if res.Seconds > 0 {
		res.PagesPerSecond = float64(res.Pages) / res.Seconds
	}
	return res, nil
}

// loadTruth reads dir/ground-truth.json.
func loadTruth(dir string) (map[string]truthEntry, error) {
	name := filepath.Join(dir, "ground-truth.json")
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read ground truth: %w", err)
	}
	var truth map[string]truthEntry
	if err := json.Unmarshal(b, &truth); err != nil {
		return nil, fmt.Errorf("parse ground truth %s: %w", name, err)
	}
	if len(truth) == 0 {
		return nil, fmt.Errorf("ground truth %s lists no pages", name)
	}
	return truth, nil
}

// readPage returns the decompressed bytes of one gzip-compressed page.
func readPage(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open page: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("decompress page %s: %w", name, err)
	}
	defer zr.Close()
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("decompress page %s: %w", name, err)
	}
	return b, nil
}
