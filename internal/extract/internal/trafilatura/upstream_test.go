package trafilatura

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/RadhiFadlillah/whatlanggo"
	upstream "github.com/markusmobius/go-trafilatura"
	"github.com/parallax-news/parallax/internal/sharedtest"
	"golang.org/x/net/html"
)

// TestAgreesWithUpstream pins the fork to the upstream release it was
// taken from (v1.12.2) on every page of the shared extraction benchmark,
// with the options Parallax uses: the same main text and the same
// metadata fields the fork still fills.
func TestAgreesWithUpstream(t *testing.T) {
	dir := sharedtest.Path(t, "data", "extraction", "html")
	names, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no pages in %s (%v)", dir, err)
	}
	base, _ := url.Parse("https://news.example/story")
	for _, name := range names {
		t.Run(filepath.Base(name), func(t *testing.T) {
			raw := readGzip(t, name)
			doc, err := html.Parse(bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			before := render(t, doc)

			opts := Options{OriginalURL: base, Focus: FavorRecall, ExcludeComments: true, HtmlDateMode: Disabled}
			got, gotErr := ExtractDocument(doc, opts)
			gotMeta := ExtractMetadata(doc, opts, AllFields)
			if after := render(t, doc); after != before {
				t.Fatal("the fork modified the document it was given")
			}

			up, upErr := upstream.ExtractDocument(doc, upstream.Options{OriginalURL: base, Focus: upstream.FavorRecall, ExcludeComments: true, HtmlDateMode: upstream.Disabled})
			if (gotErr == nil) != (upErr == nil) {
				t.Fatalf("fork error %v, upstream error %v", gotErr, upErr)
			}
			if upErr != nil {
				return
			}
			if got.ContentText != up.ContentText {
				t.Errorf("main text differs from upstream's:\nfork     %.200q\nupstream %.200q", got.ContentText, up.ContentText)
			}
			if g, u := render(t, got.ContentNode), render(t, up.ContentNode); g != u {
				t.Errorf("content tree differs from upstream's")
			}
			um := up.Metadata
			// Upstream reports the language it detects in the main text, or
			// the declared one when it detects none: what
			// extract's fallback does with the fork.
			lang := whatlanggo.DetectLang(got.ContentText).Iso6391()
			if lang == "" {
				lang = gotMeta.Language
			}
			for _, f := range []struct{ name, got, want string }{
				{"title", gotMeta.Title, um.Title},
				{"author", gotMeta.Author, um.Author},
				{"url", gotMeta.URL, um.URL},
				{"site name", gotMeta.Sitename, um.Sitename},
				{"description", gotMeta.Description, um.Description},
				{"image", gotMeta.Image, um.Image},
				{"language", lang, um.Language},
				{"categories", strings.Join(gotMeta.Categories, "|"), strings.Join(um.Categories, "|")},
			} {
				if f.got != f.want {
					t.Errorf("%s %q, upstream %q", f.name, f.got, f.want)
				}
			}
		})
	}
}

func readGzip(t *testing.T, name string) []byte {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return b
}

func render(t *testing.T, n *html.Node) string {
	t.Helper()
	var b strings.Builder
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
