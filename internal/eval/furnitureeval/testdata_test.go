package furnitureeval

import (
	"bytes"
	"os"
	"testing"

	"github.com/parallax-news/parallax/internal/sharedtest"
)

// TestJudgedSamples checks the committed samples: labels and drawing
// records list the same paragraphs in the same order, and the sizes the
// issue asks for are there.
func TestJudgedSamples(t *testing.T) {
	tests := []struct {
		name              string
		minParas, minOuts int
	}{
		{"sample", 450, 40},
		{"heldout", 150, 15},
	}
	for _, tt := range tests {
		labels, err := Load("testdata/" + tt.name + ".tsv")
		if err != nil {
			t.Fatal(err)
		}
		drawn, err := LoadDrawn("testdata/" + tt.name + ".strata.tsv")
		if err != nil {
			t.Fatal(err)
		}
		if len(labels) != len(drawn) {
			t.Fatalf("%s: %d labels for %d drawn paragraphs", tt.name, len(labels), len(drawn))
		}
		outlets := map[string]bool{}
		furniture := 0
		for i, l := range labels {
			d := drawn[i]
			if l.ABPID != d.ABPID || l.Para != d.Para || l.URL != d.URL {
				t.Fatalf("%s line %d: label for %s#%d, drawn %s#%d", tt.name, i+1, l.ABPID, l.Para, d.ABPID, d.Para)
			}
			if len(l.Reason) > 120 {
				t.Errorf("%s line %d: reason longer than a short line", tt.name, i+1)
			}
			outlets[d.Outlet] = true
			if l.Label != Text {
				furniture++
			}
		}
		if len(labels) < tt.minParas || len(outlets) < tt.minOuts {
			t.Errorf("%s: %d paragraphs from %d outlets, want at least %d from %d",
				tt.name, len(labels), len(outlets), tt.minParas, tt.minOuts)
		}
		if furniture < len(labels)/10 {
			t.Errorf("%s: only %d furniture or mixed paragraphs, too few to measure recall", tt.name, furniture)
		}
	}
}

// TestRedraw draws both samples again from the ABP corpus and compares them
// with the committed drawing records. It reads all of ABP (about a minute),
// so it runs only with PARALLAX_DRAW_SAMPLE=1.
func TestRedraw(t *testing.T) {
	if os.Getenv("PARALLAX_DRAW_SAMPLE") != "1" {
		t.Skip("set PARALLAX_DRAW_SAMPLE=1 to redraw the samples from ../shared/data/abp")
	}
	docs, err := ReadABP(t.Context(), sharedtest.Path(t, "data", "abp", "articles.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	for name, d := range map[string]Design{"sample": SampleDesign(), "heldout": HeldoutDesign()} {
		var got bytes.Buffer
		if err := WriteDrawn(&got, Draw(docs, d)); err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile("testdata/" + name + ".strata.tsv")
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s: the redrawn sample differs from testdata/%s.strata.tsv", name, name)
		}
	}
}
