package findingseval

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store/sqlite"
)

var (
	// storiesPath and heldoutPath are the stories files of the tuning and
	// held-out parts (judgedSets), for the tests that read those alone.
	storiesPath = filepath.Join(judgedDir, "stories.tsv")
	heldoutPath = filepath.Join(judgedDir, "heldout.tsv")
	// ownLabelsPath holds the judgments of the own part of only-in facts
	// ("O-own", keyed "OO|", README.md, "The own part of only-in facts").
	ownLabelsPath = filepath.Join(judgedDir, "own-4200.tsv")
	entitiesPath  = filepath.Join("..", "..", "nlp", "testdata", "abp-entities.tsv")
)

// floors are the least precision each finding type keeps on the tuning
// part of the judged sample (types with at least minJudged labelled
// findings); they guard the figures measured when the sample was
// labelled and extended (issue 15: fact groups measured 0.84 once the
// second sample joined, 0.91 once a pair had to share two distinct
// phrases, and 0.84 again once a fresh random sample of that version's
// groups was judged: the earlier samples, drawn from older versions,
// overstated it). The facts rounds of h/facts (fresh seeded samples
// of that version, see testdata/abpjudged/README.md) measured sure fact
// groups ("F", best pair scoring 0.6 or more) at 0.92 over all their
// labels and 0.94 on the fresh sample, "possibly one fact" groups ("F?")
// at 0.63, and only-in facts ("O", a named speaker's quote or two names
// or figures of their own) at 0.91, 0.89 on the last fresh sample. The
// tentative rounds of h/tentative (a possible group is shown only when
// what its sentences say agrees) judged every possible group of that
// version: 0.82 (22) on the tuning stories, 4 of 7 on its fresh sample.
var floors = map[string]float64{"N": 0.9, "QA": 0.9, "QS": 0.9, "QE": 0.9, "QI": 0.9, "K-quotes": 0.9, "C": 0.9, "D": 0.9, "F": 0.9, "F?": 0.8, "O": 0.88}

const (
	minJudged = 5
	// maxUnjudged is the largest share of a type's findings (quotes,
	// names, numbers, copies: every one was judged) that may lack a label
	// before the sample needs judging again.
	maxUnjudged = 0.2
	// entityPrecisionFloor is the least precision of all judged entity
	// mentions.
	entityPrecisionFloor = 0.9
)

// TestABPJudged re-scores the judged sample on the articles of the ABP
// database at PARALLAX_ABP_DB (a copy: opening it may write), and fails
// when a type falls below its floor or too many findings are unjudged.
// Run: PARALLAX_ABP_DB=/path/to/copy.db go test ./internal/eval/findingseval -run ABPJudged -v
func TestABPJudged(t *testing.T) {
	path := os.Getenv("PARALLAX_ABP_DB")
	if path == "" {
		t.Skip("set PARALLAX_ABP_DB to a copy of a database of the ABP corpus to re-score the judged sample")
	}
	ctx := context.Background()
	st := openABP(t, ctx, path)
	labels, err := ReadLabels(labelsPaths()...)
	if err != nil {
		t.Fatal(err)
	}
	gold, err := ReadEntityLabels(entitiesPath)
	if err != nil {
		t.Fatal(err)
	}
	parts := readJudgedSets(t)
	counts := make([]map[string]*Counts, len(judgedSets)) // per set, per type
	tuning := -1
	for i, set := range judgedSets {
		counts[i] = map[string]*Counts{}
		if set.tuning {
			tuning = i
		}
	}
	// partOf gives a story's set: the first other than tuning that lists
	// it, or tuning.
	partOf := map[string]int{}
	var every []Story
	for i, stories := range parts {
		every = append(every, stories...)
		for _, s := range stories {
			if _, ok := partOf[s.Name]; !ok && i != tuning {
				partOf[s.Name] = i
			}
		}
	}
	var wrong []string // the misjudged findings, by part
	own := ownTally{}
	var ownList []string // PARALLAX_ABP_OWN_LIST: every judged only-in claim with its own part
	// PARALLAX_ABP_TENTATIVE_LIST: every judged tentative fact group (F?)
	// with its label, reason and the sentences shown (articles' text:
	// write it outside the repository).
	var factList []string
	analyses := map[string]*nlp.Analysis{}
	eachStory(t, ctx, st, every, func(s Story, arts []*article.Article, as []*nlp.Analysis, r *compare.Report) {
		i, ok := partOf[s.Name]
		if !ok {
			i = tuning
			for j, a := range arts {
				analyses[a.ID] = as[j]
			}
		}
		into, part := counts[i], judgedSets[i].name
		fs := Findings(r, arts)
		DeriveQuoteLabels(s.Name, fs, labels)
		Score(s.Name, fs, labels, into)
		own.add(part, s.Name, fs, labels)
		for _, f := range fs {
			if l, ok := labels[[2]string{s.Name, onlyInKey(f)}]; ok && (f.Type == "O" || f.Type == "OQ" || f.Type == "OA") {
				ownList = append(ownList, strings.Join([]string{part, s.Name, f.Key, l.Verdict, strings.Join(ownShow(fs, f.Key), " | ")}, "\t"))
			}
		}
		for _, f := range fs {
			if l, ok := labels[[2]string{s.Name, f.Key}]; ok && f.Type == "F?" {
				factList = append(factList, strings.Join([]string{part, s.Name, f.Key, l.Verdict, l.Reason, strings.Join(f.Show, " || ")}, "\t"))
			}
		}
		for _, w := range Misjudged(s.Name, fs, labels) {
			wrong = append(wrong, part+" "+w)
		}
	})
	sort.Strings(wrong)
	for _, w := range wrong {
		t.Logf("wrong or partly right: %s", w)
	}
	if path := os.Getenv("PARALLAX_ABP_TENTATIVE_LIST"); path != "" {
		if err := os.WriteFile(path, []byte(strings.Join(factList, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if path := os.Getenv("PARALLAX_ABP_OWN_LIST"); path != "" {
		if err := os.WriteFile(path, []byte(strings.Join(ownList, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	own.log(t)
	for i, set := range judgedSets {
		var types []string
		for k := range counts[i] {
			types = append(types, k)
		}
		sort.Strings(types)
		for _, k := range types {
			c := counts[i][k]
			t.Logf("%-8s %-8s judged %3d right %3d partly %3d wrong %3d precision %.2f (with partly %.2f) unjudged %d", set.name,
				k, c.Judged(), c.Right, c.Partly, c.Wrong, c.Precision(), float64(c.Right+c.Partly)/math.Max(1, float64(c.Judged())), c.Unjudged)
			if !set.tuning {
				continue
			}
			if f, ok := floors[k]; ok && c.Judged() >= minJudged && c.Precision() < f {
				t.Errorf("%s: precision %.2f below %.2f", k, c.Precision(), f)
			}
			if k != "F" && k != "F?" && k != "O" && k != "OQ" && k != "OA" && k != "O-own" && float64(c.Unjudged) > maxUnjudged*float64(c.Judged()+c.Unjudged) {
				t.Errorf("%s: %d of %d findings unjudged: judge the new ones (see testdata/abpjudged/README.md)", k, c.Unjudged, c.Judged()+c.Unjudged)
			}
		}
	}
	ec := ScoreEntities(analyses, gold)
	var pred, right, all int
	for _, typ := range []string{"person", "org", "place", "event", "other"} {
		c := ec[typ]
		if c == nil {
			continue
		}
		pred, right, all = pred+c.Predicted, right+c.Right, all+c.Gold
		t.Logf("entity %-7s predicted %3d right %3d gold %3d precision %.2f recall %.2f", typ, c.Predicted, c.Right, c.Gold, c.Precision(), c.Recall())
	}
	p := float64(right) / math.Max(1, float64(pred))
	t.Logf("entities all predicted %d right %d gold %d precision %.2f recall %.2f", pred, right, all, p, float64(right)/math.Max(1, float64(all)))
	if p < entityPrecisionFloor {
		t.Errorf("entity precision %.2f below %.2f", p, entityPrecisionFloor)
	}
}

// analyzerAndReader returns the analyser and the reader of cleaned
// articles of st (furniture blanked out as the story page does) that the
// scorers use.
func analyzerAndReader(t *testing.T, ctx context.Context, st *sqlite.Store) (*nlp.Analyzer, *clean.Reader) {
	t.Helper()
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	rd, err := cleanReader(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	return an, rd
}

// eachStory compares the articles of each story as the story page does
// (page furniture blanked out, offsets kept) and calls fn with them, their
// analyses and the report.
func eachStory(t *testing.T, ctx context.Context, st *sqlite.Store, stories []Story, fn func(Story, []*article.Article, []*nlp.Analysis, *compare.Report)) {
	t.Helper()
	an, rd := analyzerAndReader(t, ctx, st)
	for _, s := range stories {
		var arts []*article.Article
		var as []*nlp.Analysis
		for _, id := range s.Articles {
			a, err := st.Get(ctx, id)
			if err != nil {
				t.Fatalf("story %s: article %s: %v", s.Name, id, err)
			}
			if a, _, err = rd.Masked(ctx, a); err != nil {
				t.Fatalf("story %s: clean %s: %v", s.Name, id, err)
			}
			arts = append(arts, a)
			as = append(as, an.Analyze(nlp.Input{Title: a.Title, Paragraphs: a.Paragraphs, Lang: a.Language}))
		}
		r, err := compare.CompareAnalyzed(ctx, arts, as, an)
		if err != nil {
			t.Fatalf("story %s: %v", s.Name, err)
		}
		fn(s, arts, as, r)
	}
}

// cleanReader returns a reader of the cleaned text of st's articles, with
// the outlets' models learned first, as the story page reads them.
func cleanReader(ctx context.Context, st *sqlite.Store) (*clean.Reader, error) {
	c, err := clean.New()
	if err != nil {
		return nil, err
	}
	if _, err := st.LearnPending(ctx); err != nil {
		return nil, fmt.Errorf("learn furniture: %w", err)
	}
	return clean.NewReader(c, st), nil
}

// openABP opens the ABP database at path (a copy: opening it may write)
// for the test, which closes it at its end.
func openABP(t *testing.T, ctx context.Context, path string) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestSampleFiles checks that the judged sample parses and keeps no text:
// keys hold ids and offsets, names of entities and kinds only.
func TestSampleFiles(t *testing.T) {
	parts := readJudgedSets(t)
	names := map[string]bool{}
	for i, stories := range parts {
		if set := judgedSets[i]; len(stories) < set.minStories {
			t.Errorf("%s: %d stories, want at least %d", set.name, len(stories), set.minStories)
		}
		for _, s := range stories {
			if names[s.Name] {
				t.Errorf("story %q listed twice", s.Name)
			}
			names[s.Name] = true
		}
	}
	labels, err := ReadLabels(labelsPaths()...)
	if err != nil {
		t.Fatal(err)
	}
	for k := range labels {
		if !names[k[0]] {
			t.Errorf("label for unknown story %q", k[0])
		}
		if strings.Contains(k[1], ":?") {
			t.Errorf("key %q holds no location", k[1])
		}
	}
	// In every set but those marked beforeOwn, an only-in label says
	// whether the claim's own part (README.md, "Fresh stories,
	// twenty-fifth set") is truly only in its article.
	ownJudged := map[string]bool{}
	for i, stories := range parts {
		for _, s := range stories {
			ownJudged[s.Name] = !judgedSets[i].beforeOwn
		}
	}
	for k, l := range labels {
		if ownJudged[k[0]] && strings.HasPrefix(k[1], "O|") && !strings.HasSuffix(l.Reason, "own: right") && !strings.HasSuffix(l.Reason, "own: wrong") {
			t.Errorf("%s %s: reason %q ends in no own: right|wrong", k[0], k[1], l.Reason)
		}
	}
	gold, err := ReadEntityLabels(entitiesPath)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) < 500 {
		t.Errorf("%d judged mentions, want at least 500", len(gold))
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"a\tb\n", "x:1: 2 fields, want 4"},
		{"# c\n\na\tb\tX\tr\n", "x:3: verdict"},
	} {
		err := parseTSV(strings.NewReader(c.text), "x", 4, func(f []string) error {
			if len(f) == 4 && f[2] != "R" {
				return fmt.Errorf("verdict %q", f[2])
			}
			return nil
		})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.text, err, c.want)
		}
	}
}

func TestLoc(t *testing.T) {
	a := &article.Article{ID: "a1", Title: "Harbour strike ends", Paragraphs: []string{"Ça commence.", "The strike at the port ended on Monday, the union said."}}
	for _, c := range []struct{ text, want string }{
		{"Harbour strike ends", "a1:-1:0"},
		{"The strike at the port ended on Monday, the union said.", "a1:1:0"},
		{"the union said.", "a1:1:40"},
		{"commence.", "a1:0:4"}, // bytes: Ç is two
		{"Not there at all", "a1:?"},
	} {
		if got := Loc(a, c.text); got != c.want {
			t.Errorf("Loc(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}

// TestFindingsKeys runs a comparison of articles the project wrote and
// checks the keys of its findings.
func TestFindingsKeys(t *testing.T) {
	arts := []*article.Article{
		{ID: "x1", Outlet: "Valmora Courier", Title: "Dockworkers strike in Kiev",
			Paragraphs: []string{"About 1,800 dockworkers stopped work at the Port of Kiev on Sunday night, the union said.",
				"\u201cThis is a direct attack on families who kept this port running,\u201d union leader Tomas Brennick said."}},
		{ID: "x2", Outlet: "Northshore Times", Title: "Dockworkers strike in Kyiv",
			Paragraphs: []string{"About 1,800 dockworkers stopped work at the Port of Kyiv on Sunday night, the union said.",
				"\u201cThis is an attack on families who kept this port running,\u201d union leader Tomas Brennick said."}},
	}
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	r, err := compare.Compare(context.Background(), arts, an)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, f := range Findings(r, arts) {
		got[f.Key] = true
	}
	for _, want := range []string{"F|x1:0:0;x2:0:0", "N|Kiev|Kiev|Kyiv", "QA|x1:1:3;x2:1:3"} {
		if !got[want] {
			t.Errorf("no finding %s in %v", want, got)
		}
	}
	labels := map[[2]string]Label{{"s", "N|Kiev|Kiev|Kyiv"}: {Verdict: "R"}, {"s", "QA|x1:1:3;x2:1:3"}: {Verdict: "W", Reason: "one word dropped"}}
	counts := map[string]*Counts{}
	Score("s", Findings(r, arts), labels, counts)
	if c := counts["N"]; c == nil || c.Right != 1 || c.Precision() != 1 {
		t.Errorf("names counts %+v", c)
	}
	if w := Misjudged("s", Findings(r, arts), labels); len(w) != 1 || !strings.Contains(w[0], "QA|x1:1:3;x2:1:3 W one word dropped") {
		t.Errorf("misjudged %q, want the altered quote labelled W", w)
	}
}

func TestScoreEntities(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	p := "Mayor Jane Okafor visited Valmora and Minneapolis on Monday."
	a := an.Analyze(nlp.Input{Paragraphs: []string{p}})
	idx := func(s string) (int, int) { i := strings.Index(p, s); return i, i + len(s) }
	js, je := idx("Jane Okafor")
	ms, me := idx("Minneapolis")
	gold := map[MentionKey]string{
		{"a", 0, js, je}: "person",
		{"a", 0, ms, me}: "place",
		{"a", 0, 0, 5}:   "none",
	}
	c := ScoreEntities(map[string]*nlp.Analysis{"a": a}, gold)
	if c["person"] == nil || c["person"].Right != 1 || c["place"] == nil || c["place"].Right != 1 || c["place"].Recall() != 1 {
		t.Errorf("counts person %+v place %+v", c["person"], c["place"])
	}
}

// readStories reads a part's stories file or fails the test.
func readStories(t *testing.T, path string) []Story {
	t.Helper()
	s, err := ReadStories(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestReadLabelsFiles checks that labels of several files are read
// together and that a finding judged in two files is refused.
func TestReadLabelsFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.tsv", "# first part\nharbour\tO|x1:0:0\tR\tonly here\n")
	b := write("b.tsv", "ferry\tF|y1:0:0;y2:1:0\tP\ttwo claims joined\n")
	dup := write("c.tsv", "harbour\tO|x1:0:0\tW\ttold elsewhere\n")
	labels, err := ReadLabels(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(labels) != 2 || labels[[2]string{"ferry", "F|y1:0:0;y2:1:0"}].Verdict != "P" || labels[[2]string{"harbour", "O|x1:0:0"}].Verdict != "R" {
		t.Errorf("labels %v", labels)
	}
	if _, err := ReadLabels(a, dup); err == nil || !strings.Contains(err.Error(), "judged twice") {
		t.Errorf("a finding in two files: error %v, want judged twice", err)
	}
}

// analyseArticles analyses the cleaned text of the articles ids (each once)
// of the ABP database at path, as the page would.
func analyseArticles(t *testing.T, path string, ids []string) map[string]*nlp.Analysis {
	t.Helper()
	ctx := context.Background()
	st := openABP(t, ctx, path)
	an, rd := analyzerAndReader(t, ctx, st)
	analyses := map[string]*nlp.Analysis{}
	for _, id := range ids {
		if analyses[id] != nil {
			continue
		}
		a, err := st.Get(ctx, id)
		if err != nil {
			t.Fatalf("article %s: %v", id, err)
		}
		if a, _, err = rd.Masked(ctx, a); err != nil {
			t.Fatalf("clean %s: %v", id, err)
		}
		analyses[id] = an.Analyze(nlp.Input{Title: a.Title, Paragraphs: a.Paragraphs, Lang: a.Language})
	}
	return analyses
}

// ownShow returns the lines of the O-own finding at the location of the
// only-in finding key (its sentence and own details), or nil.
func ownShow(fs []Finding, key string) []string {
	if f, ok := ownOf(fs, key); ok {
		return append([]string{f.Key}, f.Show...)
	}
	return nil
}

// ownOf returns the O-own finding at the location of the only-in
// finding key.
func ownOf(fs []Finding, key string) (Finding, bool) {
	loc := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(key, "OQ|"), "OA|"), "O|")
	for _, f := range fs {
		if k, _, _ := strings.Cut(f.Key, "#"); f.Type == "O-own" && k == "OO|"+loc {
			return f, true
		}
	}
	return Finding{}, false
}

// ownTally counts the own parts of only-in facts judged right, split by
// the verdict of the fact's sentence ("O"), so that the own part's
// precision over all judged only-in claims can be estimated from a
// sample drawn mostly from the partly right and wrong ones (README.md,
// "The own part of only-in facts").
type ownTally map[string]*[2]ownStratum // group → stratum (0: the sentence right, 1: not)

// ownStratum is one stratum: the judged only-in claims of the group, and
// their own parts judged and judged right.
type ownStratum struct{ claims, judged, right int }

func (o ownTally) add(part, story string, fs []Finding, labels map[[2]string]Label) {
	group := "fresh13 and later"
	if n, ok := strings.CutPrefix(part, "fresh"); !ok || len(n) < 2 {
		group = "earlier parts"
	}
	groups := []string{group, part}
	for _, g := range groups {
		if o[g] == nil {
			o[g] = &[2]ownStratum{}
		}
	}
	for _, f := range fs {
		if f.Type != "O" && f.Type != "OQ" && f.Type != "OA" {
			continue
		}
		l, ok := labels[[2]string{story, onlyInKey(f)}]
		if !ok {
			continue
		}
		k := 0
		if l.Verdict != "R" {
			k = 1
		}
		of, _ := ownOf(fs, f.Key)
		ol, judged := labels[[2]string{story, of.Key}]
		for _, g := range groups {
			st := &o[g][k]
			st.claims++
			if judged {
				st.judged++
				if ol.Verdict == "R" {
					st.right++
				}
			}
		}
	}
}

// log writes, per group of parts and then per part with own parts
// judged, each stratum's own parts judged right and the own-part
// precision estimated over the judged only-in claims (each stratum's
// share of right own parts weighted by its claims; a part's few judged
// own parts make its estimate rough).
func (o ownTally) log(t *testing.T) {
	groups := []string{"fresh13 and later", "earlier parts"}
	for g := range o {
		if !slices.Contains(groups, g) {
			groups = append(groups, g)
		}
	}
	sort.Strings(groups[2:])
	for _, g := range groups {
		st := o[g]
		if st == nil {
			continue
		}
		est, weight := 0.0, 0
		for _, s := range st {
			if s.judged > 0 {
				est += float64(s.right) / float64(s.judged) * float64(s.claims)
				weight += s.claims
			}
		}
		if weight == 0 {
			continue
		}
		t.Logf("O-own %-17s sentence right: %d claims, own part right %d/%d; sentence partly right or wrong: %d claims, own part right %d/%d; sentence precision %.2f, own-part precision estimated %.2f",
			g, st[0].claims, st[0].right, st[0].judged, st[1].claims, st[1].right, st[1].judged,
			float64(st[0].claims)/math.Max(1, float64(st[0].claims+st[1].claims)), est/float64(weight))
	}
}

// onlyInKey is the O key of an only-in claim's location, whether it is
// shown as a fact (O), as quoted words (OQ) or as details it adds (OA):
// the sentence-level label of all three is the O label there.
func onlyInKey(f Finding) string {
	for _, p := range []string{"OQ|", "OA|"} {
		if loc, ok := strings.CutPrefix(f.Key, p); ok {
			return "O|" + loc
		}
	}
	return f.Key
}
