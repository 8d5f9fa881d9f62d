package eventeval

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/sharedtest"
)

// samplePath is the judged sample.
const samplePath = "testdata/pairs.tsv"

// TestEventFigures scores the system whose grouping PARALLAX_EVENT_DB (a
// Parallax SQLite database built from ../shared/data/abp, read only) or
// PARALLAX_EVENT_ARTICLES (`parallax articles --all --json` output with
// story and storyline) holds, on the judged sample, and logs the figures
// per stratum for both splits and each. Run it with -v:
//
//	PARALLAX_EVENT_DB=/path/abp.db go test ./internal/eval/eventeval -run EventFigures -v
func TestEventFigures(t *testing.T) {
	dbPath, jsonPath := os.Getenv("PARALLAX_EVENT_DB"), os.Getenv("PARALLAX_EVENT_ARTICLES")
	if dbPath == "" && jsonPath == "" {
		t.Skip("set PARALLAX_EVENT_DB to a Parallax database built from ../shared/data/abp (or PARALLAX_EVENT_ARTICLES to `parallax articles --all --json` output) to score it")
	}
	pairs, err := ReadPairsFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	var c *Corpus
	if dbPath != "" {
		c, err = ReadDB(context.Background(), dbPath, false)
	} else {
		var f *os.File
		if f, err = os.Open(jsonPath); err == nil {
			c, err = ReadArticlesJSON(f)
			f.Close()
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, split := range []string{"", Dev, Test} {
		rep := Score(pairs, split, c.SameEvent, c.SameStoryline)
		var b strings.Builder
		if err := rep.Write(&b); err != nil {
			t.Fatal(err)
		}
		t.Logf("\n%s", b.String())
		if all := rep.Rows[len(rep.Rows)-1]; all.Missing > 0 || all.Unlabelled > 0 {
			t.Errorf("split %q: %d pairs name articles the system lacks, %d unlabelled; is it built from all of ABP?", split, all.Missing, all.Unlabelled)
		}
	}
}

// TestSampleRedraw checks that the sample is what the documented draw
// gives on the database it was drawn from (PARALLAX_EVENT_SOURCE_DB, a copy
// of the ABP database of main before issue 14): the same pairs, strata and
// splits, none left to label. Later draws (strata tagged "/NAME", drawn
// from other databases) are left out.
func TestSampleRedraw(t *testing.T) {
	dbPath := os.Getenv("PARALLAX_EVENT_SOURCE_DB")
	if dbPath == "" {
		t.Skip("set PARALLAX_EVENT_SOURCE_DB to the database the sample was drawn from to check that the draw reproduces it")
	}
	pairs, err := ReadPairsFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	pairs = slices.DeleteFunc(pairs, func(p Pair) bool { return strings.Contains(p.Stratum, "/") })
	known, err := Index(pairs)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ReadDB(context.Background(), dbPath, true)
	if err != nil {
		t.Fatal(err)
	}
	drawn, err := Draw(c, DefaultOptions(14), known)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(drawn, pairs) {
		t.Errorf("the draw gives %d pairs that differ from the sample's %d", len(drawn), len(pairs))
	}
}

// abpRecord is the part of a line of articles.jsonl.gz the checks read.
type abpRecord struct {
	ID    string `json:"id"`
	URL   string `json:"url"`
	Title string `json:"title"`
	Body  string `json:"body"`
}

// TestSampleMatchesABP checks the judged sample against the corpus it was
// drawn from: every id is an ABP record whose canonical URL is the one
// given, every pair is labelled, each stratum holds at least 120 pairs with
// about two thirds in dev, and no reason repeats five words in a row of
// either article's title or text (reasons are the labeller's own words).
func TestSampleMatchesABP(t *testing.T) {
	path := sharedtest.Path(t, "data", "abp", "articles.jsonl.gz")
	pairs, err := ReadPairsFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, p := range pairs {
		want[p.A.ID], want[p.B.ID] = true, true
	}
	recs := readABP(t, path, want)
	perStratum := map[string][2]int{}
	for _, p := range pairs {
		n := perStratum[p.Stratum]
		n[0]++
		if p.Split == Dev {
			n[1]++
		}
		perStratum[p.Stratum] = n
		if p.Label == Unlabelled {
			t.Errorf("pair %s is not labelled", p.Key())
		}
		var grams map[string]bool
		for _, r := range []Ref{p.A, p.B} {
			rec, ok := recs[r.ID]
			if !ok {
				t.Errorf("pair %s: %s is not an ABP record", p.Key(), r.ID)
				continue
			}
			if u, _ := article.CanonicalURL(rec.URL); u != r.URL {
				t.Errorf("pair %s: %s has URL %q, the sample says %q", p.Key(), r.ID, u, r.URL)
			}
			grams = ngrams(grams, rec.Title+" "+rec.Body, 5)
		}
		for g := range ngrams(nil, p.Reason, 5) {
			if grams[g] {
				t.Errorf("pair %s: reason repeats article words %q", p.Key(), g)
			}
		}
	}
	for _, s := range []string{Big, Small, Lookalike} {
		n := perStratum[s]
		if n[0] < 120 {
			t.Errorf("stratum %s: %d pairs, want at least 120", s, n[0])
		}
		if share := float64(n[1]) / float64(n[0]); share < 0.55 || share > 0.78 {
			t.Errorf("stratum %s: dev share %.2f, want about two thirds", s, share)
		}
	}
}

func readABP(t *testing.T, path string, want map[string]bool) map[string]abpRecord {
	t.Helper()
	return readABPBy(t, path, want, func(r abpRecord) string { return r.ID })
}

// readABPBy reads the ABP records whose key (key(r); "" for none) is in
// want, keyed by it.
func readABPBy(t *testing.T, path string, want map[string]bool, key func(abpRecord) string) map[string]abpRecord {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	recs := map[string]abpRecord{}
	for sc.Scan() {
		var r abpRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if k := key(r); k != "" && want[k] {
			recs[k] = r
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs
}

// ngrams adds to m the runs of n lower-cased words of s.
func ngrams(m map[string]bool, s string, n int) map[string]bool {
	if m == nil {
		m = map[string]bool{}
	}
	w := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'' || r > 127)
	})
	for i := 0; i+n <= len(w); i++ {
		m[strings.Join(w[i:i+n], " ")] = true
	}
	return m
}
