package findingseval

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestABPAnalysisDump writes, for counting what a rule changes, every
// direct quote (with its speaker) and every entity (with its type) of the
// articles listed one id a line in PARALLAX_ABP_ANALYSIS_IDS to the file
// PARALLAX_ABP_ANALYSIS_OUT, one item a line: diff two builds' files.
// Quote lines carry the quote's sentences for the judge, so the file must
// stay outside the repository (README-speakers.md, seed 3915).
// Run: PARALLAX_ABP_DB=copy.db PARALLAX_ABP_ANALYSIS_IDS=ids.txt PARALLAX_ABP_ANALYSIS_OUT=/tmp/a.txt go test ./internal/eval/findingseval -run 'ABPAnalysisDump$'
func TestABPAnalysisDump(t *testing.T) {
	ids, analyses, out := dumpArticles(t, "PARALLAX_ABP_ANALYSIS_IDS", "PARALLAX_ABP_ANALYSIS_OUT", "dump the quotes and entities of those articles")
	var b strings.Builder
	for _, id := range ids {
		a := analyses[id]
		for _, e := range a.Entities {
			fmt.Fprintf(&b, "E\t%s\t%s\t%s\t%d\n", id, e.Name, e.Type, len(e.Mentions))
		}
		for _, q := range a.Quotes {
			if len(q.Parts) == 0 {
				continue
			}
			first, last := q.Parts[0], q.Parts[len(q.Parts)-1]
			via := "-"
			if q.Speaker != nil {
				via = q.Speaker.Via
			}
			fmt.Fprintf(&b, "Q\t%s\t%d:%d-%d\t%v\t%s\t%s\t%s\t%s\n", id, first.Para, first.Start, last.End, q.Partial, dumpSpeaker(a, &q), via, q.Text, quoteContext(a, &q, 3, false))
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
