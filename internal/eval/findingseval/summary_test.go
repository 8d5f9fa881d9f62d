package findingseval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
)

// The summary kinds keyed by SummaryItems: "wording" and "only-figures"
// items of the "What differs" summary, judged in summary-keyed.tsv
// (README.md, "Summary wording and figures, keyed (h/summary33)").
var (
	summaryLabelsPath = filepath.Join("..", "..", "compare", "testdata", "abpjudged", "summary-keyed.tsv")
	summaryTunePath   = filepath.Join("..", "..", "compare", "testdata", "abpjudged", "summary-tune33.tsv")
	// summaryFresh10Path holds the clean part of h/summary34, judged
	// before any rule of that branch.
	summaryFresh10Path = filepath.Join("..", "..", "compare", "testdata", "abpjudged", "summary-fresh10.tsv")
	// summaryFresh11Path holds the clean part of h/summary34b, judged
	// before any rule of that branch.
	summaryFresh11Path = filepath.Join("..", "..", "compare", "testdata", "abpjudged", "summary-fresh11.tsv")
	// summaryFresh12Path holds the clean part of h/summary36, judged
	// before any rule of that branch.
	summaryFresh12Path = filepath.Join("..", "..", "compare", "testdata", "abpjudged", "summary-fresh12.tsv")
)

// quotedTerm matches a term the summary shows in typographic quotation
// marks.
var quotedTerm = regexp.MustCompile(`“([^”]*)”`)

// whatCounted matches what a figure of an only-figures item counts,
// shown after it in brackets.
var whatCounted = regexp.MustCompile(` \([^()]*\)`)

// wordingCategory names the lexicon category of a wording item by its
// sentence.
func wordingCategory(text string) string {
	switch {
	case strings.Contains(text, " alone uses loaded words"):
		return string(nlp.TermLoaded)
	case strings.Contains(text, " alone credits unnamed sources"):
		return string(nlp.TermVagueAttribution)
	case strings.Contains(text, " alone hedges"):
		return string(nlp.TermHedging)
	case strings.HasSuffix(text, " in quotation marks"):
		return string(nlp.TermScareQuote)
	}
	return "?"
}

// SummaryItems keys the wording and only-figures items of r's summary.
// A wording item is "WD|category|articles|terms|uses" (the sorted
// article ids, the lower-cased terms it shows, with "+N" for the ones it
// only counts, and how many uses of them stand behind it, so that an
// item that loses a wrong use of a term it keeps is judged anew); an
// only-figures item "OF|article|figures" (the figures as
// shown, without what they count). Terms are lexicon entries or phrases
// of at most four words and figures are numbers, so keys keep no
// article text worth the name. The lines shown are for a judge: each
// term or figure with its sentence.
func SummaryItems(r *compare.Report) []DiffItem {
	var out []DiffItem
	for _, d := range r.Differences {
		switch d.Kind {
		case compare.DiffWording:
			cat := wordingCategory(d.Text)
			var terms []string
			for _, m := range quotedTerm.FindAllStringSubmatch(d.Text, -1) {
				terms = append(terms, strings.ToLower(m[1]))
			}
			if i := strings.LastIndex(d.Text, " and "); i >= 0 && strings.HasSuffix(d.Text, " more") {
				terms = append(terms, "+"+strings.TrimSuffix(d.Text[i+len(" and "):], " more"))
			}
			sort.Strings(terms)
			arts := append([]string(nil), d.Articles...)
			sort.Strings(arts)
			show := []string{d.Text}
			for _, at := range r.Terms {
				if !contains(arts, at.Article) {
					continue
				}
				for _, u := range at.Lexicon {
					if u.Category == cat && contains(terms, strings.ToLower(u.Text)) {
						show = append(show, fmt.Sprintf("%s [%s]: %s", at.Article, u.Text, u.Sentence))
					}
				}
			}
			key := fmt.Sprintf("WD|%s|%s|%s|%d", cat, strings.Join(arts, ","), strings.Join(terms, ";"), len(show)-1)
			out = append(out, DiffItem{Kind: d.Kind, Key: key, Show: show})
		case compare.DiffFigures:
			_, list, _ := strings.Cut(d.Text, ": ")
			list = whatCounted.ReplaceAllString(list, "")
			show := []string{d.Text}
			for _, q := range r.Numbers {
				if len(q.ReportedBy) != 1 || len(q.Values) != 1 || q.Values[0].Article != d.Articles[0] {
					continue
				}
				v := q.Values[0]
				show = append(show, fmt.Sprintf("  [%s %s what=%q approx=%v]: %s", v.Text, q.Kind, q.What, v.Approx, v.Sentence))
			}
			out = append(out, DiffItem{Kind: d.Kind, Key: "OF|" + d.Articles[0] + "|" + list, Show: show})
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// summaryStories are the stories of PARALLAX_ABP_SUMMARY_STORIES (paths
// separated by commas), or fresh8.tsv (part "fresh8"),
// summary-tune33.tsv (part "tune33"), summary-fresh10.tsv (part
// "fresh10"), summary-fresh11.tsv (part "fresh11") and
// summary-fresh12.tsv (part "fresh12"); part names each story's part.
func summaryStories(t *testing.T) (stories []Story, part map[string]string) {
	t.Helper()
	part = map[string]string{}
	paths := strings.Split(os.Getenv("PARALLAX_ABP_SUMMARY_STORIES"), ",")
	if paths[0] == "" {
		paths = []string{filepath.Join(judgedDir, "fresh8.tsv"), summaryTunePath, summaryFresh10Path, summaryFresh11Path, summaryFresh12Path}
	}
	for _, p := range paths {
		s, err := ReadStories(p)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".tsv")
		name = strings.TrimPrefix(name, "summary-")
		for _, x := range s {
			part[x.Name] = name
		}
		stories = append(stories, s...)
	}
	return stories, part
}

// TestABPSummaryJudged scores the wording and only-figures items of the
// summary (SummaryItems) by part and kind on the ABP database at
// PARALLAX_ABP_DB (a copy), listing the items judged partly right or
// wrong and those not judged; with PARALLAX_ABP_SUMMARY_DUMP it writes
// every item with its sentences and label to that file (outside the
// repository: it holds the articles' text). It sets no floor.
// Run: PARALLAX_ABP_DB=copy.db go test ./internal/eval/findingseval -run ABPSummaryJudged -v
func TestABPSummaryJudged(t *testing.T) {
	path := os.Getenv("PARALLAX_ABP_DB")
	if path == "" {
		t.Skip("set PARALLAX_ABP_DB to a copy of a database of the ABP corpus to score the summary's wording and figures")
	}
	ctx := context.Background()
	labels, err := ReadLabels(summaryLabelsPath)
	if err != nil {
		t.Fatal(err)
	}
	st := openABP(t, ctx, path)
	stories, part := summaryStories(t)
	counts := map[string]*Counts{}
	var lines []string
	var dump strings.Builder
	eachStory(t, ctx, st, stories, func(s Story, _ []*article.Article, _ []*nlp.Analysis, r *compare.Report) {
		fmt.Fprintf(&dump, "\n######## %s %s\n", s.Name, s.StoryID)
		for _, it := range SummaryItems(r) {
			k := part[s.Name] + " " + it.Kind
			c := counts[k]
			if c == nil {
				c = &Counts{}
				counts[k] = c
			}
			l, ok := labels[[2]string{s.Name, it.Key}]
			v := "?"
			switch {
			case !ok:
				c.Unjudged++
				lines = append(lines, fmt.Sprintf("%-20s %s %s unjudged", k, s.Name, it.Key))
			case l.Verdict == "R":
				c.Right++
			case l.Verdict == "P":
				c.Partly++
				lines = append(lines, fmt.Sprintf("%-20s %s %s P %s", k, s.Name, it.Key, l.Reason))
			default:
				c.Wrong++
				lines = append(lines, fmt.Sprintf("%-20s %s %s W %s", k, s.Name, it.Key, l.Reason))
			}
			if ok {
				v = l.Verdict + " " + l.Reason
			}
			fmt.Fprintf(&dump, "\n%s\t%s\t%s\n", s.Name, it.Key, v)
			for _, l := range it.Show {
				fmt.Fprintf(&dump, "    %s\n", l)
			}
		}
	})
	sort.Strings(lines)
	for _, l := range lines {
		t.Log(l)
	}
	ks := make([]string, 0, len(counts))
	for k := range counts {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		c := counts[k]
		t.Logf("%-20s shown %3d judged %3d right %3d partly %2d wrong %3d unjudged %2d precision %.2f",
			k, c.Judged()+c.Unjudged, c.Judged(), c.Right, c.Partly, c.Wrong, c.Unjudged, c.Precision())
	}
	if out := os.Getenv("PARALLAX_ABP_SUMMARY_DUMP"); out != "" {
		if err := os.WriteFile(out, []byte(dump.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
