package findingseval

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// dumpArticles reads the article ids listed in the file that the
// environment variable idsEnv names and analyses them from the database
// PARALLAX_ABP_DB; it returns the ids in their order, their analyses and
// the output path outEnv names. Unless all three are set it skips the
// test, saying what to set.
func dumpArticles(t *testing.T, idsEnv, outEnv, purpose string) ([]string, map[string]*nlp.Analysis, string) {
	t.Helper()
	path, idsFile, out := os.Getenv("PARALLAX_ABP_DB"), os.Getenv(idsEnv), os.Getenv(outEnv)
	if path == "" || idsFile == "" || out == "" {
		t.Skipf("set PARALLAX_ABP_DB, %s and %s to %s", idsEnv, outEnv, purpose)
	}
	raw, err := os.ReadFile(idsFile)
	if err != nil {
		t.Fatal(err)
	}
	ids := strings.Fields(string(raw))
	return ids, analyseArticles(t, path, ids), out
}

// dumpSpeaker is the name a dump gives quote q's speaker: the name of
// its entity, the mention when it has none, "-" with no speaker.
func dumpSpeaker(a *nlp.Analysis, q *nlp.Quote) string {
	if q.Speaker == nil {
		return "-"
	}
	if e := q.Speaker.Entity; e >= 0 && e < len(a.Entities) {
		return a.Entities[e].Name
	}
	return q.Speaker.Mention
}

// quoteContext joins, for the judge, the sentences of a from before
// sentences ahead of quote q to its last, spaces tidied, " | " between
// them; with paras each opens with its paragraph ("[3] …").
func quoteContext(a *nlp.Analysis, q *nlp.Quote, before int, paras bool) string {
	var ctxt []string
	for k := max(0, q.FirstSentence-before); k <= q.LastSentence && k < len(a.Sentences); k++ {
		s := strings.Join(strings.Fields(a.Sentences[k].Text), " ")
		if paras {
			s = fmt.Sprintf("[%d] %s", a.Sentences[k].Para, s)
		}
		ctxt = append(ctxt, s)
	}
	return strings.Join(ctxt, " | ")
}
