package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCompareSamples(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "samples", "articles", "reddin-flood-*"))
	db := filepath.Join(t.TempDir(), "untouched.db")
	code, out, errs := run(t, db, append([]string{"compare", "--json"}, paths...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"same_story", "articles", "facts", "quotes", "names", "terms", "numbers", "copies", "timeline"} {
		if _, ok := rep[k]; !ok {
			t.Errorf("no %q in the JSON", k)
		}
	}
	code, out, _ = run(t, db, append([]string{"compare", "--md"}, paths...)...)
	if code != 0 || !strings.HasPrefix(out, "# How 3 articles tell the story") {
		t.Errorf("--md: exit %d, %.80q", code, out)
	}
	if code, _, _ := run(t, db, "compare", "--json", "--md", paths[0]); code != ExitUsage {
		t.Errorf("--json --md: exit %d, want %d", code, ExitUsage)
	}
	if code, _, _ := run(t, db, "compare", "no-such-file"); code != ExitUsage {
		t.Errorf("missing file: exit %d, want %d", code, ExitUsage)
	}
}

// TestCompareOutletNames checks where compare takes each article's outlet
// from: --outlet FILE=NAME first, then the article's own metadata (a
// page's site name, front matter, a URL's host), and only then the file
// name; and that the report never counts "1 articles".
func TestCompareOutletNames(t *testing.T) {
	dir := t.TempDir()
	body := "The Quenmoor ferry resumed service on Monday after a week of repairs to its hull, the harbour office said. " +
		"About 400 passengers crossed on the first day, and the operator said timetables would return to normal by Friday."
	files := map[string]string{
		"page.html": `<!doctype html><html><head><title>Quenmoor ferry back</title><meta property="og:site_name" content="Harbour Herald"></head>` +
			`<body><article><h1>Quenmoor ferry back</h1><p>` + body + `</p></article></body></html>`,
		"front.md":  "---\ntitle: Quenmoor ferry returns\nurl: https://www.quenmoor-post.example/ferry\n---\n\n" + body + "\n",
		"plain.txt": "Quenmoor ferry sails again\n\n" + body + "\n",
		"named.txt": "Ferry service resumes in Quenmoor\n\n" + body + "\n",
	}
	var paths []string
	for _, name := range []string{"page.html", "front.md", "plain.txt", "named.txt"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	db := filepath.Join(t.TempDir(), "untouched.db")
	args := append([]string{"compare", "--json", "--outlet", "named.txt=Quenmoor Radio"}, paths...)
	code, out, errs := run(t, db, args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep struct {
		Articles []struct{ Outlet, Source string }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"page.html": "Harbour Herald", "front.md": "quenmoor-post.example", "plain.txt": "plain.txt", "named.txt": "Quenmoor Radio"}
	for _, a := range rep.Articles {
		if w := want[filepath.Base(a.Source)]; a.Outlet != w {
			t.Errorf("%s: outlet %q, want %q", filepath.Base(a.Source), a.Outlet, w)
		}
	}
	// --outlet names a file by the path given too, and wins over metadata.
	code, out, _ = run(t, db, "compare", "--md", "--outlet", paths[0]+"=The Herald", paths[0], paths[1])
	if code != 0 || !strings.Contains(out, "| The Herald |") || !strings.HasPrefix(out, "# How 2 articles tell the story") {
		t.Errorf("--outlet PATH=NAME: exit %d: %.300s", code, out)
	}
	for _, bad := range [][]string{
		{"--outlet", "nosuch.txt=X", paths[0], paths[1]},
		{"--outlet", "named.txt", paths[0], paths[1]},
		{"--outlet", "=X", paths[0], paths[1]},
	} {
		if code, _, errs := run(t, db, append([]string{"compare"}, bad...)...); code != ExitUsage || !strings.Contains(errs, "--outlet") {
			t.Errorf("compare %q: exit %d (%s), want %d naming --outlet", bad, code, errs, ExitUsage)
		}
	}
}
