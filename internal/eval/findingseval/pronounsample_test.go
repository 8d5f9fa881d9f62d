package findingseval

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestABPPronounSpeakers writes, for drawing a sample of quotes whose
// speaker the analysis takes from a pronoun ("he said"), every direct
// quote of the articles listed one id a line in PARALLAX_ABP_PRONOUN_IDS
// whose speaker mention is he, she or they, in the order of that list,
// to the file PARALLAX_ABP_PRONOUN_OUT: article id, quote offsets
// (para:start-end, as the judged speakers key them), the speaker given
// and the sentences from four before the quote to its last, for the
// judge. The text is the articles' own: the file must be outside the
// repository (README-speakers.md, the fourth sample).
// Run: PARALLAX_ABP_DB=copy.db PARALLAX_ABP_PRONOUN_IDS=ids.txt PARALLAX_ABP_PRONOUN_OUT=/tmp/p.txt go test ./internal/eval/findingseval -run ABPPronounSpeakers
func TestABPPronounSpeakers(t *testing.T) {
	ids, analyses, out := dumpArticles(t, "PARALLAX_ABP_PRONOUN_IDS", "PARALLAX_ABP_PRONOUN_OUT", "list the pronoun speakers of those articles")
	var b strings.Builder
	for _, id := range ids {
		a := analyses[id]
		for _, q := range a.Quotes {
			if len(q.Parts) == 0 || q.Partial || q.Speaker == nil {
				continue
			}
			switch strings.ToLower(q.Speaker.Mention) {
			case "he", "she", "they":
			default:
				continue
			}
			first, last := q.Parts[0], q.Parts[len(q.Parts)-1]
			fmt.Fprintf(&b, "%s\t%d:%d-%d\t%s\t%s\t%s\t%s\n", id, first.Para, first.Start, last.End, q.Speaker.Mention, q.Speaker.Via, dumpSpeaker(a, &q),
				quoteContext(a, &q, 4, true))
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
