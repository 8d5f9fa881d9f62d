package extracteval

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"github.com/parallax-news/parallax/internal/extract"
	"github.com/parallax-news/parallax/internal/sharedtest"
)

// minF1 is the floor for the shipped extractor on the shared benchmark.
const minF1 = 0.90

// benchmarkDir finds the shared extraction benchmark: $PARALLAX_SHARED
// (the shared folder, or the extraction folder itself), else the shared
// folder next to the repository.
func benchmarkDir(t testing.TB) string {
	t.Helper()
	var candidates []string
	if env := os.Getenv("PARALLAX_SHARED"); env != "" {
		candidates = append(candidates, filepath.Join(env, "data", "extraction"), env)
	}
	candidates = append(candidates, filepath.Join("..", "..", "..", "..", "shared", "data", "extraction"))
	for _, dir := range candidates {
		if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); err == nil {
			return dir
		}
	}
	t.Skipf("extraction benchmark not found (tried %s); set PARALLAX_SHARED to the shared folder", strings.Join(candidates, ", "))
	return ""
}

// shipped is the extractor that production uses.
func shipped(ctx context.Context, r io.Reader, pageURL string) (string, error) {
	doc, err := extract.HTML(ctx, r, extract.Options{URL: pageURL})
	if err != nil {
		return "", err
	}
	return strings.Join(doc.Paragraphs, "\n"), nil
}

// pageURLOf parses the page URL, nil when it is absent or invalid.
func pageURLOf(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil || !u.IsAbs() {
		return nil
	}
	return u
}

// trafilaturaWith runs go-trafilatura with the given options on a tree
// parsed by extract.Parse (charset-aware).
func trafilaturaWith(opts trafilatura.Options) Extractor {
	return func(ctx context.Context, r io.Reader, pageURL string) (string, error) {
		doc, err := extract.Parse(ctx, r, extract.Options{URL: pageURL})
		if err != nil {
			return "", err
		}
		o := opts
		o.OriginalURL = pageURLOf(pageURL)
		res, err := trafilatura.ExtractDocument(doc, o)
		if err != nil {
			return "", fmt.Errorf("trafilatura: %w", err)
		}
		return strings.Join(extract.Paragraphs(res.ContentNode), "\n"), nil
	}
}

// readeck runs readeck go-readability (v2) on a tree parsed by extract.Parse.
func readeck(ctx context.Context, r io.Reader, pageURL string) (string, error) {
	doc, err := extract.Parse(ctx, r, extract.Options{URL: pageURL})
	if err != nil {
		return "", err
	}
	p := readability.NewParser()
	art, err := p.ParseAndMutate(doc, pageURLOf(pageURL))
	if err != nil {
		return "", fmt.Errorf("readability: %w", err)
	}
	if art.Node == nil {
		return "", errors.New("readability: no content")
	}
	return strings.Join(extract.Paragraphs(art.Node), "\n"), nil
}

// withOneCore runs f with GOMAXPROCS=1, so that pages/s is per core.
func withOneCore(f func()) {
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	f()
}

// TestCompareExtractors measures every candidate on the shared benchmark and
// prints a table; a long study (a minute or more). Run it with
//
//	PARALLAX_LONG_TESTS=1 go test -run TestCompareExtractors -v ./internal/eval/extracteval
func TestCompareExtractors(t *testing.T) {
	if testing.Short() {
		t.Skip("comparison skipped in -short mode")
	}
	sharedtest.SkipUnlessLong(t)
	dir := benchmarkDir(t)
	base := trafilatura.Options{ExcludeComments: true, HtmlDateMode: trafilatura.Disabled}
	with := func(focus trafilatura.ExtractionFocus, fallback bool) trafilatura.Options {
		o := base
		o.Focus, o.EnableFallback = focus, fallback
		return o
	}
	candidates := []struct {
		name string
		fn   Extractor
	}{
		{"extract.HTML (shipped: trafilatura recall + metadata)", shipped},
		{"go-trafilatura balanced", trafilaturaWith(with(trafilatura.Balanced, false))},
		{"go-trafilatura balanced + fallback", trafilaturaWith(with(trafilatura.Balanced, true))},
		{"go-trafilatura favor precision", trafilaturaWith(with(trafilatura.FavorPrecision, false))},
		{"go-trafilatura favor precision + fallback", trafilaturaWith(with(trafilatura.FavorPrecision, true))},
		{"go-trafilatura favor recall", trafilaturaWith(with(trafilatura.FavorRecall, false))},
		{"go-trafilatura favor recall + fallback", trafilaturaWith(with(trafilatura.FavorRecall, true))},
		{"readeck go-readability v2", readeck},
	}
	var rows []string
	withOneCore(func() {
		for _, c := range candidates {
			res, err := Run(context.Background(), dir, c.fn)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			rows = append(rows, fmt.Sprintf("| %-58s | %.3f | %.3f | %.3f | %6.1f | %d/%d |",
				c.name, res.Precision, res.Recall, res.F1, res.PagesPerSecond, res.Failed, res.Pages))
		}
	})
	t.Logf("GOMAXPROCS=1, %s\n| %-58s | P     | R     | F1    | pages/s | failed |\n%s", dir, "extractor", strings.Join(rows, "\n"))
}

// TestShippedExtractorQuality guards the shipped extractor against
// regressions on the shared benchmark.
func TestShippedExtractorQuality(t *testing.T) {
	dir := benchmarkDir(t)
	var res Result
	var err error
	withOneCore(func() { res, err = Run(context.Background(), dir, shipped) })
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("extract.HTML: P %.3f R %.3f F1 %.3f, %.0f pages/s on one core, %d of %d pages failed",
		res.Precision, res.Recall, res.F1, res.PagesPerSecond, res.Failed, res.Pages)
	if res.F1 < minF1 {
		t.Errorf("F1 = %.3f, want at least %.2f", res.F1, minF1)
	}
}
