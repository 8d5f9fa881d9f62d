package findingseval

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
)

// TestABPSpeakersDump writes, for a judge comparing two builds, every
// quote of the articles of the What differs stories (those of
// PARALLAX_ABP_DIFFERS_STORIES, else the judged sample and its held-out
// part) with its speaker and the sentences around it, one quote a line,
// to the file PARALLAX_ABP_SPEAKERS_DUMP: diff two builds' files to find
// the quotes whose speaker a change moves. The text is the articles' own:
// the file must be outside the repository.
// Run: PARALLAX_ABP_DB=copy.db PARALLAX_ABP_SPEAKERS_DUMP=/tmp/speakers.txt go test ./internal/eval/findingseval -run ABPSpeakersDump
func TestABPSpeakersDump(t *testing.T) {
	path, out := os.Getenv("PARALLAX_ABP_DB"), os.Getenv("PARALLAX_ABP_SPEAKERS_DUMP")
	if path == "" || out == "" {
		t.Skip("set PARALLAX_ABP_DB and PARALLAX_ABP_SPEAKERS_DUMP to dump the quote speakers of the What differs stories")
	}
	ctx := context.Background()
	st := openABP(t, ctx, path)
	stories, _ := differsStories(t)
	var b strings.Builder
	seen := map[string]bool{}
	eachStory(t, ctx, st, stories, func(s Story, arts []*article.Article, as []*nlp.Analysis, _ *compare.Report) {
		for i, a := range as {
			if seen[arts[i].ID] {
				continue
			}
			seen[arts[i].ID] = true
			for _, q := range a.Quotes {
				if len(q.Parts) == 0 {
					continue
				}
				first, last := q.Parts[0], q.Parts[len(q.Parts)-1]
				fmt.Fprintf(&b, "%s\t%s\t%d:%d-%d\t%v\t%s\t%s\n", s.Name, arts[i].ID, first.Para, first.Start, last.End, q.Partial, dumpSpeaker(a, &q),
					quoteContext(a, &q, 2, false))
			}
		}
	})
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
