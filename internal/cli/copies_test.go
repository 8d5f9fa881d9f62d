package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/view"
)

func TestCopiesOfSamples(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	if code, _, errs := run(t, db, "demo", "--no-serve"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	// demo has checked the samples: copies sums up what is stored.
	code, out, errs := run(t, db, "copies", "--json")
	var sum copiesSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil || code != 0 {
		t.Fatalf("copies --json: exit %d, %v: %s", code, err, errs)
	}
	if sum.Checked != 0 || sum.Stored.Relations == 0 || sum.Stored.Kinds["derived"]+sum.Stored.Kinds["near-duplicate"] != sum.Stored.Relations {
		t.Errorf("summary %+v", sum)
	}
	code, out, errs = run(t, db, "copies")
	if code != 0 || !strings.Contains(out, "no new articles to check") || !strings.Contains(out, "stored: ") {
		t.Errorf("copies: exit %d: %s %s", code, out, errs)
	}
	code, out, errs = run(t, db, "copies", "--list", "--json")
	if code != 0 {
		t.Fatalf("copies: exit %d: %s", code, errs)
	}
	first := out
	var cs []view.Copy
	if err := json.Unmarshal([]byte(out), &cs); err != nil {
		t.Fatal(err)
	}
	var spun *view.Copy
	for i, c := range cs {
		if c.SourceOutlet == "Continental Wire" && c.CopyOutlet == "Northshore Times" {
			spun = &cs[i]
		}
		if c.Source == c.Copy || c.Share <= 0 || c.Share > 1 {
			t.Errorf("bad relation %+v", c)
		}
	}
	if spun == nil {
		t.Fatalf("the Northshore copy of the wire story was not found in %d relations", len(cs))
	}
	if spun.Kind != "near-duplicate" && spun.Kind != "derived" {
		t.Errorf("kind = %s", spun.Kind)
	}
	if len(spun.Inserted) == 0 || !strings.HasPrefix(spun.Inserted[0], "Experts say that") {
		t.Errorf("inserted = %q, want the inserted lead", spun.Inserted)
	}
	// show tells both sides, and a second run finds the same.
	code, out, _ = run(t, db, "show", spun.Copy, "--json")
	var shown struct {
		CopiedFrom []view.Copy `json:"copied_from"`
	}
	if err := json.Unmarshal([]byte(out), &shown); err != nil || code != 0 {
		t.Fatalf("show: %v", err)
	}
	found := false
	for _, c := range shown.CopiedFrom {
		found = found || c.Source == spun.Source
	}
	if !found {
		t.Errorf("show %s does not say it was copied from %s", spun.Copy, spun.Source)
	}
	if _, again, _ := run(t, db, "copies", "--list", "--json"); again != first {
		t.Errorf("a second run of copies printed something else")
	}
	// Filters.
	tests := []struct {
		args []string
		keep func(view.Copy) bool
	}{
		{[]string{"--kind", "derived"}, func(c view.Copy) bool { return c.Kind == "derived" }},
		{[]string{"--kind", "duplicate,near-duplicate"}, func(c view.Copy) bool { return c.Kind != "derived" }},
		{[]string{"--min-share", "0.9"}, func(c view.Copy) bool { return c.Share >= 0.9 }},
		{[]string{"--article", spun.Copy[:6]}, func(c view.Copy) bool { return c.Source == spun.Copy || c.Copy == spun.Copy }},
	}
	for _, tc := range tests {
		code, out, errs := run(t, db, append([]string{"copies", "--json"}, tc.args...)...)
		var got []view.Copy
		if err := json.Unmarshal([]byte(out), &got); err != nil || code != 0 {
			t.Fatalf("copies %v: exit %d, %v: %s", tc.args, code, err, errs)
		}
		want := 0
		for _, c := range cs {
			if tc.keep(c) {
				want++
			}
		}
		if len(got) != want {
			t.Errorf("copies %v: %d relations, want %d", tc.args, len(got), want)
		}
	}
	for _, bad := range [][]string{{"--kind", "revision"}, {"--min-share", "1.5"}} {
		if code, _, _ := run(t, db, append([]string{"copies"}, bad...)...); code != ExitUsage {
			t.Errorf("copies %v: exit %d, want %d", bad, code, ExitUsage)
		}
	}
}

func TestSeedsAreNotCopies(t *testing.T) {
	files := seeds(t)
	db := filepath.Join(t.TempDir(), "p.db")
	if code, _, errs := run(t, db, append([]string{"add"}, files...)...); code != 0 {
		t.Fatalf("add: %s", errs)
	}
	code, out, _ := run(t, db, "copies", "--list", "--json")
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("copies of the seeds: exit %d, %s; want none (two outlets' own reports)", code, out)
	}
}

func TestEvalReuse(t *testing.T) {
	gold := "../../../shared/data/reuse"
	if _, err := os.Stat(gold); err != nil {
		t.Skip("../shared/data/reuse not found")
	}
	code, out, errs := run(t, "", "eval", "reuse", "--gold", gold, "--json")
	var res struct {
		Accuracy      float64 `json:"accuracy"`
		MacroF1       float64 `json:"macro_f1"`
		GradeAccuracy float64 `json:"grade_accuracy"`
		GradeMacroF1  float64 `json:"grade_macro_f1"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || code != 0 {
		t.Fatalf("eval reuse: exit %d, %v: %s", code, err, errs)
	}
	if res.Accuracy < 0.947 || res.MacroF1 < 0.94 || res.GradeAccuracy < 0.7 {
		t.Errorf("eval reuse = %+v, want accuracy above the 0.947 containment floor", res)
	}
}

func TestCopiesSummary(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	if code, _, errs := run(t, db, "add", "../samples/articles"); code != 0 {
		t.Fatalf("add: %s", errs)
	}
	code, out, errs := run(t, db, "copies", "--json")
	var sum copiesSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil || code != 0 {
		t.Fatalf("copies --json: exit %d, %v: %s", code, err, errs)
	}
	if sum.Checked == 0 || sum.Found == 0 || sum.Stored.Relations != sum.Found || fmt.Sprint(sum.Kinds) != fmt.Sprint(sum.Stored.Kinds) {
		t.Errorf("summary %+v", sum)
	}
	code, out, _ = run(t, db, "copies")
	if code != 0 || !strings.HasPrefix(out, "no new articles to check\nstored: "+fmt.Sprint(sum.Found)+" relations (") {
		t.Errorf("copies: exit %d: %q", code, out)
	}
}
