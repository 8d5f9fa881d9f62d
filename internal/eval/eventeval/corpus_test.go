package eventeval

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/eval/eventeval/eventevaltest"
)

func digest(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func TestReadDB(t *testing.T) {
	path, arts := eventevaltest.DB(t)
	before := digest(t, path)
	c, err := ReadDB(context.Background(), path, true)
	if err != nil {
		t.Fatal(err)
	}
	if digest(t, path) != before {
		t.Error("reading changed the database file")
	}
	if len(c.Articles) != 6 {
		t.Fatalf("%d articles, want 6", len(c.Articles))
	}
	a, ok := c.Find(Ref{ID: "rec-1"})
	if !ok || a.ID != arts[0].ID || a.Event != "s1" || a.Outlet != "Harbour Post" || a.Published.Format("2006-01-02") != "2026-03-03" {
		t.Fatalf("rec-1 = %+v, %v", a, ok)
	}
	if !strings.HasPrefix(a.Lead, "The harbour council voted") {
		t.Errorf("lead %q", a.Lead)
	}
	if f, ok := c.Find(Ref{ID: "rec-3"}); !ok || !f.Published.IsZero() {
		t.Errorf("undated rec-3 = %+v, %v", f, ok)
	}
	// An article without a corpus id is found by its URL.
	if s, ok := c.Find(Ref{ID: "unknown", URL: "https://coast.example/storm"}); !ok || s.Event != "" {
		t.Errorf("storm article by URL = %+v, %v; want found, without a story", s, ok)
	}
	for _, tc := range []struct {
		a, b        Ref
		same, known bool
	}{
		{Ref{ID: "rec-1"}, Ref{ID: "rec-2"}, true, true},
		{Ref{ID: "rec-1"}, Ref{ID: "rec-3"}, false, true},
		{Ref{URL: "https://coast.example/storm"}, Ref{ID: "rec-3"}, false, true},
		{Ref{ID: "rec-1"}, Ref{ID: "rec-404"}, false, false},
	} {
		if same, known := c.SameEvent(tc.a, tc.b); same != tc.same || known != tc.known {
			t.Errorf("SameEvent(%v, %v) = %v, %v; want %v, %v", tc.a, tc.b, same, known, tc.same, tc.known)
		}
	}
	if _, err := ReadDB(context.Background(), filepath.Join(t.TempDir(), "absent.db"), false); err == nil {
		t.Error("an absent database was read")
	}
}

func TestReadArticlesJSON(t *testing.T) {
	array := `[
	  {"id": "p1", "external_id": "rec-1", "url": "https://harbour.example/vote", "published": "2026-03-03", "story": "e1", "storyline": "l1"},
	  {"id": "p2", "url": "https://valley.example/vote", "published": "2026-03-04T09:00:00Z", "story": "e2", "storyline": "l1"},
	  {"id": "p3", "external_id": "rec-3", "published": null, "story": "e3"}
	]`
	lines := `{"id": "p1", "external_id": "rec-1", "story": "e1", "storyline": "l1"}
{"id": "p2", "url": "https://valley.example/vote", "story": "e2", "storyline": "l1"}
{"id": "p3", "external_id": "rec-3", "story": "e3"}
`
	for name, in := range map[string]string{"array": array, "lines": lines} {
		c, err := ReadArticlesJSON(strings.NewReader(in))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		a, b := Ref{ID: "rec-1"}, Ref{URL: "https://valley.example/vote"}
		if same, _ := c.SameEvent(a, b); same {
			t.Errorf("%s: different stories joined", name)
		}
		if same, known := c.SameStoryline(a, b); !same || !known {
			t.Errorf("%s: one storyline not joined", name)
		}
		if same, _ := c.SameStoryline(a, Ref{ID: "rec-3"}); same {
			t.Errorf("%s: an article without storyline joined one", name)
		}
	}
	for _, bad := range []string{"", "[]", "42", `[{"id": 1}]`, `{"id": "p1"} nonsense`} {
		if _, err := ReadArticlesJSON(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadArticlesJSON(%q): no error", bad)
		}
	}
}

func FuzzReadArticlesJSON(f *testing.F) {
	f.Add(`[{"id": "p1", "external_id": "r", "story": "e"}]`)
	f.Add(`{"id": "p1", "published": "2026-03-03"}` + "\n")
	f.Add(`[{"published": "garbage"}`)
	f.Fuzz(func(t *testing.T, in string) {
		c, err := ReadArticlesJSON(strings.NewReader(in))
		if err == nil && len(c.Articles) == 0 {
			t.Fatal("no error and no articles")
		}
	})
}

// TestReadDBStorylines reads each article's storyline through its story:
// without it the storyline level of a database scored its events.
func TestReadDBStorylines(t *testing.T) {
	path, _ := eventevaltest.DB(t)
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range [][2]string{{"s1", "l1"}, {"s2", "l2"}, {"s3", "l1"}} {
		if _, err := db.Exec(`INSERT INTO stories (id, title, storyline_id, updated) VALUES (?, '', ?, '')
			ON CONFLICT (id) DO UPDATE SET storyline_id = excluded.storyline_id`, st[0], st[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	c, err := ReadDB(context.Background(), path, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		a, b  string
		event bool
		line  bool
	}{
		{"rec-1", "rec-2", true, true},
		{"rec-1", "rec-5", false, true},
		{"rec-1", "rec-3", false, false},
	} {
		if same, _ := c.SameEvent(Ref{ID: tc.a}, Ref{ID: tc.b}); same != tc.event {
			t.Errorf("SameEvent(%s, %s) = %v, want %v", tc.a, tc.b, same, tc.event)
		}
		if same, _ := c.SameStoryline(Ref{ID: tc.a}, Ref{ID: tc.b}); same != tc.line {
			t.Errorf("SameStoryline(%s, %s) = %v, want %v", tc.a, tc.b, same, tc.line)
		}
	}
}
