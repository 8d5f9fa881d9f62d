package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/store"
)

// furniturePages returns the fictional pages with furniture that package
// clean's tests describe (internal/clean/testdata/pages).
func furniturePages(t *testing.T) []string {
	t.Helper()
	paths, _ := filepath.Glob("../clean/testdata/pages/*.md")
	if len(paths) == 0 {
		t.Fatal("no pages in ../clean/testdata/pages")
	}
	return paths
}

// TestFurnitureSetAside: stored pages full of furniture are read without
// it. analyze --json says per paragraph what was set aside and why; no
// promo ("More:…"), credit ("Getty Images") or link box becomes a name;
// two unrelated short articles that share only their outlet's boilerplate
// are neither copies nor one story.
func TestFurnitureSetAside(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	pages := furniturePages(t)
	if code, _, errs := run(t, db, append([]string{"add"}, pages...)...); code != 0 {
		t.Fatalf("add: %s", errs)
	}
	code, out, errs := run(t, db, "articles", "--json")
	var arts []struct{ ID, Outlet, Title string }
	if err := json.Unmarshal([]byte(out), &arts); err != nil || code != 0 {
		t.Fatalf("articles: exit %d, %v: %s", code, err, errs)
	}
	ids := []string{}
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	code, out, errs = run(t, db, append([]string{"analyze", "--json"}, ids...)...)
	if code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, errs)
	}
	var rep analyzeReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	aside := 0
	for _, a := range rep.Articles {
		if len(a.Analysis.Paragraphs) == 0 {
			t.Errorf("%s: no paragraph verdicts", a.Title)
		}
		for _, p := range a.Analysis.Paragraphs {
			if p.Verdict != clean.Text {
				aside++
				if p.Kind == "" || p.Reason == "" || len(p.Cuts) == 0 {
					t.Errorf("%s ¶%d set aside without kind, reason or range: %+v", a.Title, p.Para, p)
				}
			}
		}
		for _, e := range a.Analysis.Entities {
			l := strings.ToLower(e.Name)
			if strings.HasPrefix(l, "more") || strings.Contains(l, "getty") || strings.Contains(l, "pixabay") ||
				strings.Contains(e.Name, "KesslerFormer") || strings.Contains(e.Name, "ArloArlo") || strings.Contains(l, "corin vell") {
				t.Errorf("%s: furniture read as the name %q (%s)", a.Title, e.Name, e.Type)
			}
		}
	}
	if aside < 20 {
		t.Errorf("%d paragraphs set aside, want the pages' 24 at least in part", aside)
	}
	// The human report lists what was set aside.
	if code, out, _ := run(t, db, "analyze", ids[0]); code != 0 || !strings.Contains(out, "Page furniture, not read") {
		t.Errorf("analyze ID: exit %d:\n%s", code, out)
	}

	// Two shootings a week apart share only the outlet's copyright line
	// and newsletter pitch: not copies, not one story.
	if code, out, errs := run(t, db, "copies", "--json"); code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("copies: exit %d: %s %s", code, out, errs)
	}
	code, out, errs = run(t, db, "stories", "--json")
	var stories []store.Story
	if err := json.Unmarshal([]byte(out), &stories); err != nil || code != 0 {
		t.Fatalf("stories: exit %d, %v: %s", code, err, errs)
	}
	for _, s := range stories {
		if s.Articles > 1 {
			t.Errorf("story %q groups %d unrelated articles (%v)", s.Title, s.Articles, s.Outlets)
		}
		for _, e := range s.Entities {
			if strings.HasPrefix(strings.ToLower(e), "more") || strings.Contains(strings.ToLower(e), "getty") {
				t.Errorf("story %q has the name %q", s.Title, e)
			}
		}
	}
}
