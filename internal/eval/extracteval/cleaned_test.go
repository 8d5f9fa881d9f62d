package extracteval

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/extract"
	"github.com/parallax-news/parallax/internal/ingest"
	"github.com/parallax-news/parallax/internal/sharedtest"
)

// TestCleanedTextQuality measures the text Parallax reads, the extracted
// text without its page furniture (package clean; a page alone has no
// outlet model, so by form only), against the same benchmark: setting
// furniture aside must not cost F1. A study of half a minute:
//
//	PARALLAX_LONG_TESTS=1 go test -run TestCleanedTextQuality -v ./internal/eval/extracteval
func TestCleanedTextQuality(t *testing.T) {
	sharedtest.SkipUnlessLong(t)
	dir := benchmarkDir(t)
	c, err := clean.New()
	if err != nil {
		t.Fatal(err)
	}
	cleaned := func(ctx context.Context, r io.Reader, pageURL string) (string, error) {
		doc, err := extract.HTML(ctx, r, extract.Options{URL: pageURL})
		if err != nil {
			return "", err
		}
		return strings.Join(c.Clean(ingest.FromDocument(doc), nil).Kept(), "\n"), nil
	}
	var plain, read Result
	var errPlain, errRead error
	withOneCore(func() {
		plain, errPlain = Run(context.Background(), dir, shipped)
		read, errRead = Run(context.Background(), dir, cleaned)
	})
	if errPlain != nil || errRead != nil {
		t.Fatal(errPlain, errRead)
	}
	t.Logf("extracted: P %.3f R %.3f F1 %.3f; extracted and cleaned: P %.3f R %.3f F1 %.3f (%d pages)",
		plain.Precision, plain.Recall, plain.F1, read.Precision, read.Recall, read.F1, read.Pages)
	if read.F1 < plain.F1-0.001 {
		t.Errorf("cleaning lowers F1 from %.4f to %.4f", plain.F1, read.F1)
	}
}
