package findingseval

import (
	"errors"
	"io/fs"
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

// namesWeights is, per judged names file, how many names each judged name
// of a stratum stands for (README-entity-names.md); a diff name stands for
// itself. First sample: 3917 names typed alike by both judged builds in
// its 150 articles, 233 of them drawn. Fresh part: 2248 in 100 articles,
// 200 drawn. Second fresh part (one build, main 17695d5, drawn per type
// in 50 articles): 477 person names, 190 drawn; 348 org, 170; 252 place,
// 94; all 12 event and 34 other names. Fourth part (main 9aa9a1b, drawn
// per type in 60 articles): 591 person names, 150 drawn; 466 org, 110;
// 366 place, 50; all 30 event and 47 other names. Fifth part (main
// 0a49b9a, blind, drawn per type in 60 articles): 515 person, 150 drawn;
// 495 org, 110; 355 place, 50; all 20 event and 22 other names. Sixth
// part (main a2352fd, blind, drawn the same way): 509 person, 150 drawn;
// 509 org, 110; 347 place, 50; all 16 event and 33 other names. Seventh
// part (main 1b483b8, blind, drawn the same way): 539 person, 150 drawn;
// 459 org, 110; 374 place, 50; all 23 event and 35 other names. Eighth
// part (main a4a9b8f, blind, drawn the same way): 551 person, 150 drawn;
// 498 org, 110; 351 place, 50; all 13 event and 31 other names.
var namesWeights = map[string]map[string]float64{
	"abp-entity-names.tsv":        {"random": 3917.0 / 233.0},
	"abp-entity-names-fresh.tsv":  {"random": 2248.0 / 200.0},
	"abp-entity-names-fresh2.tsv": {"person": 477.0 / 190.0, "org": 348.0 / 170.0, "place": 252.0 / 94.0, "event": 1, "other": 1},
	"abp-entity-names-s34.tsv":    {"person": 591.0 / 150.0, "org": 466.0 / 110.0, "place": 366.0 / 50.0, "event": 1, "other": 1},
	"abp-entity-names-s49.tsv":    {"person": 515.0 / 150.0, "org": 495.0 / 110.0, "place": 355.0 / 50.0, "event": 1, "other": 1},
	"abp-entity-names-s50.tsv":    {"person": 509.0 / 150.0, "org": 509.0 / 110.0, "place": 347.0 / 50.0, "event": 1, "other": 1},
	"abp-entity-names-s51.tsv":    {"person": 539.0 / 150.0, "org": 459.0 / 110.0, "place": 374.0 / 50.0, "event": 1, "other": 1},
	"abp-entity-names-s52.tsv":    {"person": 551.0 / 150.0, "org": 498.0 / 110.0, "place": 351.0 / 50.0, "event": 1, "other": 1},
}

// missedNamesPath is the file of names the judged build missed entirely
// in some articles of a judged names file, next to it: "X.tsv" has
// "X-missed.tsv" (only abp-entity-names-fresh2.tsv has one).
func missedNamesPath(namesPath string) string {
	return strings.TrimSuffix(namesPath, ".tsv") + "-missed.tsv"
}

// TestEntityNamesFile checks that the judged names parse and keep no
// article text beyond the names: reasons are short.
func TestEntityNamesFile(t *testing.T) {
	for name := range namesWeights {
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
		missed, err := ReadMissedNames(missedNamesPath(filepath.Join(entityNamesDir, name)))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		inSample := map[string]bool{}
		for _, l := range labels {
			inSample[l.Article] = true
		}
		for _, m := range missed {
			if !inSample[m.Article] {
				t.Errorf("%s: missed name %q of article %s, which has no judged name", name, m.Name, m.Article)
			}
			if n := len(strings.Fields(m.Note)); n > 12 {
				t.Errorf("%s: missed %s %q: note of %d words, keep it short", name, m.Article, m.Name, n)
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
	s := ScoreNames(map[string]*nlp.Analysis{"a": a}, labels, map[string]float64{"random": 10})
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

// TestScoreNamesByType weighs names drawn per type by their stratum.
func TestScoreNamesByType(t *testing.T) {
	a := &nlp.Analysis{Entities: []nlp.Entity{
		{Name: "Ada Lovelace", Type: nlp.Person},
		{Name: "Critics", Type: nlp.Person},
		{Name: "Harvest Day", Type: nlp.Event},
	}}
	labels := []NameLabel{
		{Article: "a", Name: "Ada Lovelace", Stratum: "person", Verdict: "person", Span: "w"},
		{Article: "a", Name: "Critics", Stratum: "person", Verdict: "none", Span: "w"},
		{Article: "a", Name: "Harvest Day", Stratum: "event", Verdict: "event", Span: "w"},
	}
	s := ScoreNames(map[string]*nlp.Analysis{"a": a}, labels, map[string]float64{"person": 4})
	if all := s.ByType["all"]; all.WPredicted != 9 || all.WRight != 5 {
		t.Errorf("all %+v, want 9 weighted predicted, 5 right", *all)
	}
}

// TestScoreRecall counts held judged names against missed ones.
func TestScoreRecall(t *testing.T) {
	a := &nlp.Analysis{Entities: []nlp.Entity{
		{Name: "Ada Lovelace", Type: nlp.Person},
		{Name: "Critics", Type: nlp.Person},
		{Name: "Lake County", Type: nlp.Person},
		{Name: "Mill Street", Type: nlp.Place},
	}}
	labels := []NameLabel{
		{Article: "a", Name: "Ada Lovelace", Stratum: "person", Verdict: "person", Span: "w"},
		{Article: "a", Name: "Critics", Stratum: "person", Verdict: "none", Span: "w"},
		{Article: "a", Name: "Lake County", Stratum: "person", Verdict: "place", Span: "w"},
		{Article: "a", Name: "Dropped Name", Stratum: "person", Verdict: "org", Span: "w"},
		{Article: "b", Name: "Bob Smith", Stratum: "person", Verdict: "person", Span: "w"},
	}
	missed := []MissedName{
		{Article: "a", Name: "Quill & Co", Type: "org", Note: "a firm"},
		{Article: "a", Name: "Mill Street", Type: "place", Note: "a street"},
		{Article: "b", Name: "-", Type: "-", Note: "none missed"},
	}
	b := &nlp.Analysis{Entities: []nlp.Entity{{Name: "Bob Smith", Type: nlp.Org}}}
	r := ScoreRecall(map[string]*nlp.Analysis{"a": a, "b": b, "c": a}, labels, missed, map[string]float64{"person": 2})
	if r.Held != 6 || r.HeldRight != 2 || r.Missed != 1 || r.Found != 1 {
		t.Errorf("recall %+v, want held 6, right 2, 1 missed, 1 found", r)
	}
	if got := r.Recall(); math.Abs(got-6.0/7) > 1e-9 {
		t.Errorf("recall %.3f, want %.3f", got, 6.0/7)
	}
	if got := r.RecallTyped(); math.Abs(got-2.0/7) > 1e-9 {
		t.Errorf("typed recall %.3f, want %.3f", got, 2.0/7)
	}
}

// TestABPEntityNames analyses the articles of the judged names (a random
// sample of ABP articles, see internal/nlp/testdata/README-entity-names.md)
// with the code under test and prints the precision of each entity type
// over the judged names: on the sample, over whole spans, and weighted by
// stratum (an estimate over all names of those articles). It fails only
// when the sample cannot be read. PARALLAX_ABP_ENTITY_NAMES names another
// judged names file of namesWeights (a path, or a file name in
// internal/nlp/testdata) to score instead of the first sample. When the
// file has a missed-names file next to it, the test also prints the
// estimated recall of person, org and place names in its articles.
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
	weights, ok := namesWeights[filepath.Base(namesPath)]
	if !ok {
		t.Fatalf("%s: no stratum weights known for this judged names file (namesWeights)", namesPath)
	}
	labels, err := ReadNameLabels(namesPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("judged names of %s", filepath.Base(namesPath))
	ids := make([]string, len(labels))
	for i, l := range labels {
		ids[i] = l.Article
	}
	analyses := analyseArticles(t, path, ids)
	s := ScoreNames(analyses, labels, weights)
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
	if os.Getenv("PARALLAX_ABP_ENTITY_DROPPED") != "" {
		// Each judged name no entity holds any more, with its verdict.
		for _, l := range labels {
			if _, ok := typeOf(analyses[l.Article], l.Name); !ok {
				t.Logf("dropped: %s %q judged %s (%s)", l.Article, l.Name, l.Verdict, l.Reason)
			}
		}
	}
	for _, l := range labels {
		if got, ok := typeOf(analyses[l.Article], l.Name); ok && got != l.Verdict {
			t.Logf("wrong: %s %q is %s, judged %s (%s)", l.Article, l.Name, got, l.Verdict, l.Reason)
		}
	}
	missed, err := ReadMissedNames(missedNamesPath(namesPath))
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	r := ScoreRecall(analyses, labels, missed, weights)
	t.Logf("person/org/place names in the %d articles of %s: recall %.2f as any entity, %.2f typed right "+
		"(judged names held %.1f weighted, %.1f typed right; %d listed names still missed, %d now found)",
		len(articlesOf(missed)), filepath.Base(missedNamesPath(namesPath)), r.Recall(), r.RecallTyped(), r.Held, r.HeldRight, r.Missed, r.Found)
	for _, m := range missed {
		if _, ok := typeOf(analyses[m.Article], m.Name); ok && m.Name != "-" {
			t.Logf("now found: %s %q (%s)", m.Article, m.Name, m.Type)
		}
	}
}

// articlesOf is the set of articles of the missed names.
func articlesOf(missed []MissedName) map[string]bool {
	out := map[string]bool{}
	for _, m := range missed {
		out[m.Article] = true
	}
	return out
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
