package cli

import (
	"encoding/json"
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
