package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
)

// TestStorylinesAndGroupedArticles runs the storyline commands over the
// samples, and reads each article's story and storyline.
func TestStorylinesAndGroupedArticles(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	if code, _, errs := run(t, db, "demo", "--no-serve"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	code, out, errs := run(t, db, "storylines", "--json", "--sort", "covered")
	var lines []store.Storyline
	if err := json.Unmarshal([]byte(out), &lines); err != nil || code != 0 || len(lines) == 0 {
		t.Fatalf("storylines: exit %d, %v: %s", code, err, errs)
	}
	total := 0
	for _, l := range lines {
		if l.Stories < 1 || l.Articles < l.Stories || l.Title == "" {
			t.Errorf("storyline %+v", l)
		}
		total += l.Articles
	}
	if total != 12 {
		t.Errorf("storylines hold %d articles, want the 12 samples", total)
	}
	code, out, _ = run(t, db, "storyline", lines[0].ID[:8], "--json")
	var one view.Storyline
	if err := json.Unmarshal([]byte(out), &one); err != nil || code != 0 || one.ID != lines[0].ID || len(one.Events) != one.Stories {
		t.Fatalf("storyline --json: exit %d, %+v, %v", code, one, err)
	}
	for i, e := range one.Events {
		if e.Storyline != one.ID || i > 0 && e.First.Before(one.Events[i-1].First.Time) {
			t.Errorf("event %d of the storyline: %+v", i, e)
		}
	}
	code, out, _ = run(t, db, "storyline", one.ID)
	if code != 0 || !strings.Contains(out, one.Events[0].ID) || !strings.Contains(out, "STORY") {
		t.Errorf("storyline: exit %d:\n%s", code, out)
	}
	code, out, _ = run(t, db, "story", one.Events[0].ID)
	if code != 0 || !strings.Contains(out, "storyline: "+one.ID) {
		t.Errorf("story: exit %d, does not name its storyline:\n%s", code, out)
	}
	code, out, _ = run(t, db, "story", one.Events[0].ID, "--json")
	var rep struct {
		Overview  string           `json:"overview"`
		Storyline *store.Storyline `json:"storyline"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 0 || rep.Storyline == nil || rep.Storyline.ID != one.ID || rep.Overview == "" {
		t.Errorf("story --json: exit %d, overview %q, storyline %+v, %v", code, rep.Overview, rep.Storyline, err)
	}
	if code, _, _ := run(t, db, "storyline", "lnothing0"); code != 1 {
		t.Errorf("unknown storyline: exit %d, want 1", code)
	}
	if code, _, _ := run(t, db, "storylines", "--sort", "sideways"); code != 2 {
		t.Errorf("bad --sort: exit %d, want 2", code)
	}

	code, out, errs = run(t, db, "articles", "--all", "--json")
	var arts []view.Listed
	if err := json.Unmarshal([]byte(out), &arts); err != nil || code != 0 || len(arts) != 12 || strings.Contains(errs, "showing") {
		t.Fatalf("articles --all --json: exit %d, %d articles, %v, %s", code, len(arts), err, errs)
	}
	for _, a := range arts {
		if a.Story == "" || a.Storyline == "" {
			t.Errorf("article %s: story %q, storyline %q", a.ID, a.Story, a.Storyline)
		}
	}
	code, _, errs = run(t, db, "articles", "--limit", "2")
	if code != 0 || !strings.Contains(errs, "showing 2 of 12") {
		t.Errorf("articles --limit 2: exit %d, %s", code, errs)
	}
	if code, _, _ := run(t, db, "articles", "--all", "--limit", "2"); code != 2 {
		t.Errorf("articles --all --limit: exit %d, want 2", code)
	}
}

func TestWriteJSONArrayMatchesWriteJSON(t *testing.T) {
	type item struct {
		A string `json:"a"`
		B []int  `json:"b"`
	}
	for _, list := range [][]item{nil, {{A: "<x> & y"}}, {{A: "1", B: []int{1, 2}}, {A: "2"}}} {
		var a, b strings.Builder
		if err := writeJSONArray(&a, list); err != nil {
			t.Fatal(err)
		}
		want := list
		if want == nil {
			want = []item{}
		}
		if err := writeJSON(&b, want); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() {
			t.Errorf("writeJSONArray:\n%s\nwriteJSON:\n%s", a.String(), b.String())
		}
	}
}
