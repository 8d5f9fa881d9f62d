package compare

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// update rewrites the golden files: go test ./internal/compare -update
var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden compares the bundled sample stories (written by the project)
// with their expected reports in testdata/.
func TestGolden(t *testing.T) {
	for _, event := range []string{"valmora-strike", "reddin-flood", "estria-rates"} {
		t.Run(event, func(t *testing.T) {
			paths, err := filepath.Glob(filepath.Join("..", "samples", "articles", event+"-*"))
			if err != nil || len(paths) < 2 {
				t.Fatalf("sample files of %s: %v %v", event, paths, err)
			}
			r := run(t, readArticles(t, paths...))
			if !r.SameStory {
				t.Errorf("%s: not one story: %s", event, r.Story.Reason)
			}
			js, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			var md bytes.Buffer
			if err := WriteMarkdown(&md, r); err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("testdata", event+".json"), append(js, '\n'))
			golden(t, filepath.Join("testdata", event+".md"), md.Bytes())
		})
	}
}

// golden compares got with the file at path, or rewrites it with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output; run go test ./internal/compare -update and review the diff", path)
	}
}

// TestDeterministic checks that two runs give the same report.
func TestDeterministic(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "samples", "articles", "valmora-strike-*"))
	a, _ := json.Marshal(run(t, readArticles(t, paths...)))
	b, _ := json.Marshal(run(t, readArticles(t, paths...)))
	if !bytes.Equal(a, b) {
		t.Error("two runs differ")
	}
}

// TestDeterministicNames: a name one article spells two ways and another
// a third way, each pair a variant of one weight, is listed in one order run after run (spellings come from
// maps).
func TestDeterministicNames(t *testing.T) {
	arts := mkArticles(
		"Harbour talks\nPresident Volodymyr Zelenskiy met the Valmora harbour board on Monday.",
		"Harbour talks in Valmora\nPresident Volodymyr Zelensky met the Valmora harbour board on Monday. Zelenskyy said the talks went well.",
	)
	first, _ := json.Marshal(run(t, arts).Names)
	for i := 0; i < 20; i++ {
		if got, _ := json.Marshal(run(t, arts).Names); !bytes.Equal(got, first) {
			t.Fatalf("run %d lists the names otherwise:\n%s\n%s", i, got, first)
		}
	}
}
