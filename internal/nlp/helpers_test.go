package nlp

import (
	"strings"
	"testing"
)

// newTestAnalyzer returns an Analyzer or stops the test.
func newTestAnalyzer(t testing.TB) *Analyzer {
	t.Helper()
	a, err := NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// analyze reads text whose paragraphs are separated by blank lines.
func analyze(t testing.TB, a *Analyzer, text string) *Analysis {
	t.Helper()
	var paras []string
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	return a.Analyze(Input{Paragraphs: paras, Lang: "en"})
}

// entityOf returns the entity a speaker refers to, or nil.
func entityOf(an *Analysis, s *Speaker) *Entity {
	if s == nil || s.Entity < 0 || s.Entity >= len(an.Entities) {
		return nil
	}
	return &an.Entities[s.Entity]
}
