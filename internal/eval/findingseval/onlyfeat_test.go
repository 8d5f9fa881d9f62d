package findingseval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
)

// The only-in study of session 56 (README.md, "Only-in you can trust
// (session 56, h/only56)"): features of every judged only-in claim (an
// "O|" label of the findings files) and how often a claim with each is
// right, partly right or wrong.

var (
	onlyWordRe = regexp.MustCompile(`[A-Za-z][A-Za-z'’-]*|\d[\d,.]*`)
	onlyNumRe  = regexp.MustCompile(`\d[\d,.]*`)
	onlyYearRe = regexp.MustCompile(`\b(19\d\d|20\d\d)\b`)
	onlyStop   = setOf(`a an the and or but of to in on at for from by with as is are was were be been being has have had do does did not no this that these those it its he she they them his her their we our you your i me my who whom which what when where why how than then there here also said says say told tell would could should will can may might must about after before over under into out up down more most some any all one two new just very so if because while during other such only own same mr ms mrs monday tuesday wednesday thursday friday saturday sunday`)
	onlyMonths = setOf(`january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`)
)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// onlyStem folds a word for the overlap count: lower case, no
// possessive, a few suffixes cut.
func onlyStem(w string) string {
	w = strings.ReplaceAll(strings.ToLower(w), "’", "'")
	w = strings.TrimSuffix(w, "'s")
	for _, suf := range []string{"ings", "ing", "edly", "ed", "es", "s", "ly"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// onlyContent is the set of content words of s, folded.
func onlyContent(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range onlyWordRe.FindAllString(s, -1) {
		if len(w) > 2 && !onlyStop[strings.ToLower(w)] {
			m[onlyStem(w)] = true
		}
	}
	return m
}

// onlyNums are the figures of s without separators.
func onlyNums(s string) map[string]bool {
	m := map[string]bool{}
	for _, n := range onlyNumRe.FindAllString(s, -1) {
		n = strings.ReplaceAll(strings.TrimRight(n, ",."), ",", "")
		if n != "" {
			m[n] = true
		}
	}
	return m
}

// claimFeatures are the features of one only-in claim (its sentence)
// against the event's articles of other outlets.
type claimFeatures struct {
	ownNum, ownName, ownDate, ownPlace, quote, core, background bool
	words, para, outlets                                        int
	best                                                        float64 // the largest share of its content words one other sentence has
}

func (f claimFeatures) anchor() bool {
	return f.ownNum || f.ownName || f.ownDate || f.ownPlace || f.quote
}

// onlyClaimFeatures measures sentence s of article i of arts.
func onlyClaimFeatures(arts []*article.Article, as []*nlp.Analysis, i int, s nlp.Sentence) claimFeatures {
	txt := s.Text
	f := claimFeatures{para: s.Para, words: len(onlyWordRe.FindAllString(txt, -1))}
	outlets := map[string]bool{}
	var others []int
	for j, a := range arts {
		outlets[a.Outlet] = true
		if a.Outlet != arts[i].Outlet {
			others = append(others, j)
		}
	}
	f.outlets = len(outlets)
	c := onlyContent(txt)
	var other strings.Builder
	for _, j := range others {
		for _, o := range as[j].Sentences {
			other.WriteString(o.Text)
			other.WriteString(" ")
			if len(c) == 0 {
				continue
			}
			n := 0
			for w := range onlyContent(o.Text) {
				if c[w] {
					n++
				}
			}
			f.best = max(f.best, float64(n)/float64(len(c)))
		}
	}
	ot := other.String()
	olow := strings.ToLower(ot)
	on := onlyNums(ot)
	for n := range onlyNums(txt) {
		if !on[n] {
			f.ownNum = true
		}
	}
	ofields := setOf(olow)
	for k, w := range onlyWordRe.FindAllString(txt, -1) {
		lw := strings.ToLower(w)
		if k > 0 && unicode.IsUpper([]rune(w)[0]) && !onlyStop[lw] && !onlyMonths[lw] && !strings.Contains(olow, lw) {
			f.ownName = true
		}
		if onlyMonths[lw] && !ofields[lw] {
			f.ownDate = true
		}
	}
	f.quote = strings.ContainsAny(txt, "“\"")
	okeys := map[string]bool{}
	for _, j := range others {
		for _, e := range as[j].Entities {
			okeys[e.Key] = true
		}
	}
	for _, e := range as[i].Entities {
		if e.Name == "" || !strings.Contains(txt, e.Name) {
			continue
		}
		if e.Type == nlp.Place && !okeys[e.Key] && !strings.Contains(olow, strings.ToLower(e.Name)) {
			f.ownPlace = true
		}
		all := len(others) > 0
		for _, j := range others {
			if !slices.ContainsFunc(as[j].Entities, func(x nlp.Entity) bool { return x.Key == e.Key }) {
				all = false
			}
		}
		f.core = f.core || all
	}
	if y := arts[i].Published.Time.Year(); !arts[i].Published.IsZero() {
		for _, m := range onlyYearRe.FindAllString(txt, -1) {
			if n, _ := strconv.Atoi(m); n <= y-2 {
				f.background = true
			}
		}
	}
	return f
}

// sentenceAtLoc is the sentence of a that holds byte b of paragraph p
// (the first that starts after it when none does).
func sentenceAtLoc(a *nlp.Analysis, p, b int) (nlp.Sentence, bool) {
	var next *nlp.Sentence
	for k, s := range a.Sentences {
		if s.Para != p {
			continue
		}
		if s.Start <= b && b < s.End {
			return s, true
		}
		if s.Start >= b && next == nil {
			next = &a.Sentences[k]
		}
	}
	if next != nil {
		return *next, true
	}
	return nlp.Sentence{}, false
}

// TestABPOnlyFeatures logs, for every judged only-in claim of the
// findings files ("O|" labels) on the stories of the judged sample, the
// right, partly right and wrong counts per value of each feature: over
// all judged claims, over those the comparison shows now as facts only
// one article gives (type O), and for those the O claims of the tuning
// part (fresh29 to fresh37) and the check part (fresh38, fresh39); then
// the lede rule (a claim in the title or the first three paragraphs is
// not shown as only-in) per part. PARALLAX_ONLY_ROWS, when set, is a file
// to write one line per judged claim to.
// Run: PARALLAX_ABP_DB=copy.db go test ./internal/eval/findingseval -run ABPOnlyFeatures -v
func TestABPOnlyFeatures(t *testing.T) {
	path := os.Getenv("PARALLAX_ABP_DB")
	if path == "" {
		t.Skip("set PARALLAX_ABP_DB to a copy of a database of the ABP corpus to measure the judged only-in claims")
	}
	ctx := context.Background()
	st := openABP(t, ctx, path)
	type lab struct{ part, verdict string }
	labels := map[[2]string]lab{}
	for _, p := range labelsPaths() {
		part := strings.TrimPrefix(strings.TrimSuffix(filepath.Base(p), ".tsv"), "findings-")
		if part == "findings" {
			part = "tuning"
		}
		ls, err := ReadLabels(p)
		if err != nil {
			t.Fatal(err)
		}
		for k, l := range ls {
			if strings.HasPrefix(k[1], "O|") {
				labels[k] = lab{part, l.Verdict}
			}
		}
	}
	dir := filepath.Dir(storiesPath)
	files, err := filepath.Glob(filepath.Join(dir, "fresh*.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var stories []Story
	for _, p := range append([]string{storiesPath, heldoutPath}, files...) {
		stories = append(stories, readStories(t, p)...)
	}
	type row struct {
		part, verdict, shown string
		f                    claimFeatures
	}
	var rows []row
	var dump []string
	eachStory(t, ctx, st, stories, func(s Story, arts []*article.Article, as []*nlp.Analysis, r *compare.Report) {
		shown := map[string]string{}
		for _, fd := range Findings(r, arts) {
			if fd.Type == "O" || fd.Type == "OQ" || fd.Type == "OA" {
				shown[onlyInKey(fd)] = fd.Type
			}
		}
		for k, l := range labels {
			if k[0] != s.Name {
				continue
			}
			loc := strings.Split(strings.TrimPrefix(k[1], "O|"), ":")
			if len(loc) != 3 {
				continue
			}
			p, err1 := strconv.Atoi(loc[1])
			b, err2 := strconv.Atoi(loc[2])
			i := slices.IndexFunc(arts, func(a *article.Article) bool { return a.ID == loc[0] })
			if err1 != nil || err2 != nil || i < 0 {
				continue
			}
			sen, ok := sentenceAtLoc(as[i], p, b)
			if !ok {
				continue
			}
			sh := shown[k[1]]
			if sh == "" {
				sh = "-"
			}
			f := onlyClaimFeatures(arts, as, i, sen)
			rows = append(rows, row{l.part, l.verdict, sh, f})
			dump = append(dump, fmt.Sprintf("%s\t%s\t%s\t%s\t%s\t%+v", l.part, s.Name, k[1], l.verdict, sh, f))
		}
	})
	if p := os.Getenv("PARALLAX_ONLY_ROWS"); p != "" {
		sort.Strings(dump)
		if err := os.WriteFile(p, []byte(strings.Join(dump, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tune := func(part string) bool {
		n, err := strconv.Atoi(strings.TrimPrefix(part, "fresh"))
		return err == nil && n >= 29 && n <= 37
	}
	check := func(part string) bool { return part == "fresh38" || part == "fresh39" }
	bucket := func(n float64, cuts []float64, names []string) string {
		for k, c := range cuts {
			if n < c {
				return names[k]
			}
		}
		return names[len(names)-1]
	}
	features := []struct {
		name string
		fn   func(claimFeatures) string
	}{
		{"anchor", func(f claimFeatures) string { return strconv.FormatBool(f.anchor()) }},
		{"own-figure", func(f claimFeatures) string { return strconv.FormatBool(f.ownNum) }},
		{"own-name", func(f claimFeatures) string { return strconv.FormatBool(f.ownName) }},
		{"own-date", func(f claimFeatures) string { return strconv.FormatBool(f.ownDate) }},
		{"own-place", func(f claimFeatures) string { return strconv.FormatBool(f.ownPlace) }},
		{"quote", func(f claimFeatures) string { return strconv.FormatBool(f.quote) }},
		{"words", func(f claimFeatures) string {
			return bucket(float64(f.words), []float64{15, 30}, []string{"<15", "15-29", "30+"})
		}},
		{"paragraph", func(f claimFeatures) string {
			return bucket(float64(f.para), []float64{3, 10}, []string{"0-2", "3-9", "10+"})
		}},
		{"best-overlap", func(f claimFeatures) string {
			return bucket(f.best, []float64{0.1, 0.2, 0.3, 0.4}, []string{"<.1", ".1-.2", ".2-.3", ".3-.4", ".4+"})
		}},
		{"core-subject", func(f claimFeatures) string { return strconv.FormatBool(f.core) }},
		{"outlets", func(f claimFeatures) string {
			return bucket(float64(f.outlets), []float64{4, 5}, []string{"<=3", "4", "5+"})
		}},
		{"background", func(f claimFeatures) string { return strconv.FormatBool(f.background) }},
	}
	for _, sel := range []struct {
		name string
		keep func(row) bool
	}{
		{"all judged", func(row) bool { return true }},
		{"shown O", func(r row) bool { return r.shown == "O" }},
		{"shown O, fresh29-37", func(r row) bool { return r.shown == "O" && tune(r.part) }},
		{"shown O, fresh38-39", func(r row) bool { return r.shown == "O" && check(r.part) }},
	} {
		for _, ft := range features {
			counts := map[string]*Counts{}
			for _, r := range rows {
				if !sel.keep(r) {
					continue
				}
				v := ft.fn(r.f)
				if counts[v] == nil {
					counts[v] = &Counts{}
				}
				switch r.verdict {
				case "R":
					counts[v].Right++
				case "P":
					counts[v].Partly++
				default:
					counts[v].Wrong++
				}
			}
			var vs []string
			for v := range counts {
				vs = append(vs, v)
			}
			sort.Strings(vs)
			for _, v := range vs {
				c := counts[v]
				t.Logf("only-in %-20s %-13s %-6s judged %4d right %4d partly %3d wrong %3d partly or wrong %.2f", sel.name, ft.name, v,
					c.Judged(), c.Right, c.Partly, c.Wrong, float64(c.Partly+c.Wrong)/float64(c.Judged()))
			}
		}
	}
	lede := map[string]*Counts{}
	for _, r := range rows {
		if r.shown != "O" || r.f.para > 2 {
			continue
		}
		g := "older"
		switch {
		case tune(r.part):
			g = "fresh29-37"
		case check(r.part):
			g = "fresh38-39"
		}
		if lede[g] == nil {
			lede[g] = &Counts{}
		}
		switch r.verdict {
		case "R":
			lede[g].Right++
		case "P":
			lede[g].Partly++
		default:
			lede[g].Wrong++
		}
	}
	for _, g := range []string{"fresh29-37", "fresh38-39", "older"} {
		if c := lede[g]; c != nil {
			t.Logf("lede rule (shown O in the title or paragraphs 0-2) on %s: removes right %d partly %d wrong %d", g, c.Right, c.Partly, c.Wrong)
		}
	}
}
