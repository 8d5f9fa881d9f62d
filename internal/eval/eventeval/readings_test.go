package eventeval

import (
	"os"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/sharedtest"
)

// readingFiles are the event readings (see SAMPLING.md, "Reading the 20 most
// covered and 20 random events") whose reasons are checked against the
// articles they describe.
var readingFiles = []string{
	"testdata/read40.tsv",
	"testdata/read41.tsv",
	"testdata/read42.tsv",
	"testdata/read44.tsv",
	"testdata/read45.tsv",
	"testdata/read46.tsv",
	"testdata/read48.tsv",
	"testdata/read49.tsv",
	"testdata/read50.tsv",
	"testdata/read53.tsv",
	"testdata/read56.tsv",
	"testdata/read57.tsv",
	"testdata/read60.tsv",
	"testdata/read61.tsv",
	"testdata/read62.tsv",
	"testdata/read63.tsv",
	"testdata/read64.tsv",
	"testdata/read65.tsv",
	"testdata/merges58.tsv",
	"testdata/chains71.tsv",
	"testdata/bridges72.tsv",
}

// readingReasons are the columns of a reading that hold the labeller's
// words; a file has the first and some of the others.
var readingReasons = []string{"reason", "title_reason", "overview_reason", "storyline_reason"}

// TestReadingsMatchABP checks the event readings against the corpus: every
// member is the Parallax id of an ABP record (the id Parallax derives from
// the record's canonical URL), and no reason (event, title or storyline)
// repeats five words in a row of any member's title or text, so the labels
// stay in the labeller's own words.
func TestReadingsMatchABP(t *testing.T) {
	type row struct {
		file, event string
		members     []string
		reasons     []string
	}
	var rows []row
	want := map[string]bool{}
	for _, path := range readingFiles {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
		col := map[string]int{}
		for i, h := range strings.Split(lines[0], "\t") {
			col[h] = i
		}
		for _, c := range []string{"event", "members", "reason"} {
			if _, ok := col[c]; !ok {
				t.Fatalf("%s: no column %q", path, c)
			}
		}
		for n, line := range lines[1:] {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			rec := strings.Split(line, "\t")
			if len(rec) != len(col) {
				t.Fatalf("%s:%d: %d fields, want %d", path, n+2, len(rec), len(col))
			}
			x := row{file: path, event: rec[col["event"]], members: strings.Split(rec[col["members"]], ",")}
			for _, c := range readingReasons {
				if i, ok := col[c]; ok {
					x.reasons = append(x.reasons, rec[i])
				}
			}
			for _, m := range x.members {
				want[m] = true
			}
			rows = append(rows, x)
		}
	}
	recs := readABPByArticleID(t, sharedtest.Path(t, "data", "abp", "articles.jsonl.gz"), want)
	for _, x := range rows {
		var grams map[string]bool
		for _, m := range x.members {
			rec, ok := recs[m]
			if !ok {
				t.Errorf("%s %s: member %s is no ABP article", x.file, x.event, m)
				continue
			}
			grams = ngrams(grams, rec.Title+" "+rec.Body, 5)
		}
		for _, reason := range x.reasons {
			for g := range ngrams(nil, reason, 5) {
				if grams[g] {
					t.Errorf("%s %s: reason repeats article words %q", x.file, x.event, g)
				}
			}
		}
	}
}

// readABPByArticleID reads the ABP records whose Parallax article id (from
// the canonical URL) is in want, keyed by that id.
func readABPByArticleID(t *testing.T, path string, want map[string]bool) map[string]abpRecord {
	t.Helper()
	return readABPBy(t, path, want, func(r abpRecord) string {
		u, err := article.CanonicalURL(r.URL)
		if err != nil || u == "" {
			return ""
		}
		a := article.Article{URL: u}
		a.Identify()
		return a.ID
	})
}
