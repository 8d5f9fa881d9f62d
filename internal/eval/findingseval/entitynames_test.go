package findingseval

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

var entityNamesDir = filepath.Join("..", "..", "nlp", "testdata")

// entityNamesPath is the judged names TestABPEntityNames scores: the
// first sample, or the file PARALLAX_ABP_ENTITY_NAMES names (such as
// abp-entity-names-fresh.tsv, judged after rules were written on the
// first).
var entityNamesPath = filepath.Join(entityNamesDir, "abp-entity-names.tsv")

// namesRandomWeights is, per judged names file, how many names typed alike
// by both judged builds each random name stands for
// (README-entity-names.md): 3917 such names in the 150 articles of the
// first sample, 233 of them drawn; 2248 in the 100 articles of the fresh
// part, 200 of them drawn.
var namesRandomWeights = map[string]float64{
	"abp-entity-names.tsv":       3917.0 / 233.0,
	"abp-entity-names-fresh.tsv": 2248.0 / 200.0,
}

// TestEntityNamesFile checks that the judged names parse and keep no
// article text beyond the names: reasons are short.
func TestEntityNamesFile(t *testing.T) {
	for name := range namesRandomWeights {
		labels, err := ReadNameLabels(filepath.Join(entityNamesDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if len(labels) < 300 {
			t.Errorf("%s: %d judged names, want at least 300", name, len(labels))
		}
		for _, l := range labels {
			if n := len(strings.Fields(l.Reason)); n > 12 {
				t.Errorf("%s: %s %q: reason of %d words, keep it short", name, l.Article, l.Name, n)
			}
		}
	}
}

// TestScoreNames scores a made-up analysis against made-up labels.
func TestScoreNames(t *testing.T) {
	a := &nlp.Analysis{Entities: []nlp.Entity{
		{Name: "Ada Lovelace", Type: nlp.Person},
		{Name: "Critics", Type: nlp.Person},
		{Name: "Lake County", Type: nlp.Place},
		{Name: "Lake County", Type: nlp.Person}, // a second entity of one name is not scored
	}}
	labels := []NameLabel{
		{Article: "a", Name: "Ada Lovelace", Stratum: "random", Verdict: "person", Span: "w"},
		{Article: "a", Name: "Critics", Stratum: "diff", Verdict: "none", Span: "w"},
		{Article: "a", Name: "Lake County", Stratum: "diff", Verdict: "place", Span: "p"},
		{Article: "a", Name: "Officials", Stratum: "diff", Verdict: "none", Span: "w"},
		{Article: "b", Name: "Bob", Stratum: "diff", Verdict: "person", Span: "w"},
	}
	s := ScoreNames(map[string]*nlp.Analysis{"a": a}, labels, 10)
	p := s.ByType["person"]
	if p.Predicted != 2 || p.Right != 1 || p.Whole != 1 {
		t.Errorf("person %+v, want 2 predicted, 1 right, 1 whole", *p)
	}
	if w := p.Weighted(); math.Abs(w-10.0/11) > 1e-9 {
		t.Errorf("person weighted %.3f, want %.3f", w, 10.0/11)
	}
	if pl := s.ByType["place"]; pl.Right != 1 || pl.Whole != 0 {
		t.Errorf("place %+v, want 1 right of a partial span", *pl)
	}
	if s.Dropped["none"] != 1 || len(s.Dropped) != 1 {
		t.Errorf("dropped %v, want one none (article b is not analysed)", s.Dropped)
	}
	if all := s.ByType["all"]; all.Predicted != 3 || all.Right != 2 {
		t.Errorf("all %+v, want 3 predicted, 2 right", *all)
	}
}

// TestABPEntityNames analyses the articles of the judged names (a random
// sample of ABP articles, see internal/nlp/testdata/README-entity-names.md)
// with the code under test and prints the precision of each entity type
// over the judged names: on the sample, over whole spans, and weighted by
// stratum (an estimate over all names of those articles). It fails only
// when the sample cannot be read. PARALLAX_ABP_ENTITY_NAMES names another
// judged names file of namesRandomWeights (a path, or a file name in
// internal/nlp/testdata) to score instead of the first sample.
// Run: PARALLAX_ABP_DB=copy.db go test ./internal/eval/findingseval -run ABPEntityNames -v
func TestABPEntityNames(t *testing.T) {
	path := os.Getenv("PARALLAX_ABP_DB")
	if path == "" {
		t.Skip("set PARALLAX_ABP_DB to a copy of a database of the ABP corpus to score the judged entity names")
	}
	namesPath := entityNamesPath
	if p := os.Getenv("PARALLAX_ABP_ENTITY_NAMES"); p != "" {
		namesPath = p
		if filepath.Base(p) == p {
			namesPath = filepath.Join(entityNamesDir, p)
		}
	}
	weight, ok := namesRandomWeights[filepath.Base(namesPath)]
	if !ok {
		t.Fatalf("%s: no random weight known for this judged names file (namesRandomWeights)", namesPath)
	}
	labels, err := ReadNameLabels(namesPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("judged names of %s", filepath.Base(namesPath))
	ctx := context.Background()
	st := openABP(t, ctx, path)
	an, rd := analyzerAndReader(t, ctx, st)
	analyses := map[string]*nlp.Analysis{}
	for _, l := range labels {
		if analyses[l.Article] != nil {
			continue
		}
		a, err := st.Get(ctx, l.Article)
		if err != nil {
			t.Fatalf("article %s: %v", l.Article, err)
		}
		if a, _, err = rd.Masked(ctx, a); err != nil {
			t.Fatalf("clean %s: %v", l.Article, err)
		}
		analyses[l.Article] = an.Analyze(nlp.Input{Title: a.Title, Paragraphs: a.Paragraphs, Lang: a.Language})
	}
	s := ScoreNames(analyses, labels, weight)
	for _, k := range []string{"person", "org", "place", "event", "other", "all"} {
		c := s.ByType[k]
		if c == nil {
			c = &NameCounts{}
		}
		t.Logf("entity name %-6s precision %.2f (%d/%d), whole span %.2f, weighted %.2f; %d names in the articles",
			k, c.Precision(), c.Right, c.Predicted, ratio(c.Whole, c.Predicted), c.Weighted(), s.Names[k])
	}
	var dropped []string
	for v, n := range s.Dropped {
		dropped = append(dropped, v+" "+strconv.Itoa(n))
	}
	sort.Strings(dropped)
	t.Logf("judged names no longer held, by verdict: %s", strings.Join(dropped, ", "))
	for _, l := range labels {
		if got, ok := typeOf(analyses[l.Article], l.Name); ok && got != l.Verdict {
			t.Logf("wrong: %s %q is %s, judged %s (%s)", l.Article, l.Name, got, l.Verdict, l.Reason)
		}
	}
}

// typeOf is the type of the first entity named name in a.
func typeOf(a *nlp.Analysis, name string) (string, bool) {
	for _, e := range a.Entities {
		if e.Name == name {
			return string(e.Type), true
		}
	}
	return "", false
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
