package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/storetest"
)

// FuzzSearch runs whatever a user may type as a search against a real
// SQLite FTS5 index: it never fails for any reason but "nothing to search
// for" (store.ErrBadQuery, exactly when the query has no word), and the
// same holds for the stories' text filter.
func FuzzSearch(f *testing.F) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	arts := []*article.Article{
		storetest.Article("https://harbour.example/strike", "Harbour Gazette", "Night shift strike halts the harbour cranes", "2026-03-02",
			"Crane operators on the night shift at the port of Vell walked out on Monday.", "The union said 1,200 workers took part."),
		storetest.Article("https://estuary.example/ferries", "Estuary Post", "Café owners say the ferry strike costs them", "2026-03-03",
			"Owners of cafés near the naïve-art museum in Vell said trade fell by 30%.", "日本語の記事も含まれる。"),
	}
	if _, err := s.Put(ctx, arts); err != nil {
		f.Fatal(err)
	}
	for _, q := range []string{
		"", " ", "strike", `"night shift"`, "50%_off", `back\slash`, "cran*", "caf\u00e9", "cafe", "naive", `"unclosed`, "a AND b OR NOT c", `NEAR(a b)`,
		"title:strike", "^start", "-minus", "*", `"" ""`, "1,200", "30%", "日本語", "\x00", "\xff\xfe", "İ", "ﬁ",
		strings.Repeat("strike ", 40), `"` + strings.Repeat("x ", 60) + `"*`,
	} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		empty := store.ParseQuery(q).Empty()
		hits, err := s.Search(ctx, q, 5)
		switch {
		case empty && !errors.Is(err, store.ErrBadQuery):
			t.Fatalf("Search(%q) = %v; want ErrBadQuery for a query with no word", q, err)
		case !empty && err != nil:
			t.Fatalf("Search(%q): %v", q, err)
		case len(hits) > 5:
			t.Fatalf("Search(%q): %d hits, limit 5", q, len(hits))
		}
		for _, h := range hits {
			if !utf8.ValidString(h.Snippet) {
				t.Fatalf("Search(%q): snippet %q is not UTF-8", q, h.Snippet)
			}
		}
		_, err = s.Stories(ctx, store.StoryQuery{Text: q, Limit: 5})
		if (q != "" && empty && !errors.Is(err, store.ErrBadQuery)) || (!empty && err != nil) || (q == "" && err != nil) {
			t.Fatalf("Stories(text %q): %v", q, err)
		}
		if _, err := s.Stories(ctx, store.StoryQuery{Entity: q, Outlet: q, Limit: 5}); err != nil {
			t.Fatalf("Stories(entity and outlet %q): %v", q, err)
		}
	})
}
