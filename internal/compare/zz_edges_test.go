package compare

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestZZEdges(t *testing.T) {
	dir := os.Getenv("EDGES")
	if dir == "" {
		t.Skip()
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.*"))
	docs, _ := prepare(readArticles(t, paths...), newAnalyzer(t))
	var sents []*sent
	for _, d := range docs {
		for i := range d.sents {
			sents = append(sents, &d.sents[i])
		}
	}
	al, ft := newAligned(sents)
	for _, e := range edges(al, ft, defaultAlign) {
		fmt.Printf("%.3f\n  %d: %.150s\n  %d: %.150s\n", e.score, al[e.a].s.doc, al[e.a].s.text, al[e.b].s.doc, al[e.b].s.text)
	}
}
