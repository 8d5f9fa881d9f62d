package findingseval

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
)

// Story is one judged event: a name and the ids of its articles.
type Story struct {
	Name     string
	StoryID  string // the story's id in the database the sample was drawn from
	Articles []string
}

// Label is the judgement of one finding.
type Label struct {
	// Verdict is "R" (right), "P" (partly right) or "W" (wrong).
	Verdict string
	Reason  string
}

// Finding is one flagged finding of a report.
type Finding struct {
	// Type is F (fact group), F? (a tentative fact group, scored apart
	// under the same key "F|…"), C (conflicting facts), O (only in one
	// article), O-own (what of an only-in fact is its own, Fact.Own,
	// keyed "OO|", the fact's location, "#" and a hash of the details
	// shown), QA, QS, QI (altered,
	// shortened, identical quotes), N
	// (flagged name), D (number discrepancy), K-copy (copy relation) or
	// K-quotes (shares quotes).
	Type string
	Key  string
	// Show are lines for a judge: each sentence or quote with its
	// article, the speaker or the forms (see Dump).
	Show []string
}

// ReadStories reads stories.tsv: name, story id and comma-separated
// article ids per line, '#' comments.
func ReadStories(path string) ([]Story, error) {
	var out []Story
	err := readTSV(path, 3, func(f []string) error {
		ids := strings.Split(f[2], ",")
		if len(ids) < 2 {
			return fmt.Errorf("story %s: want two articles or more", f[0])
		}
		out = append(out, Story{Name: f[0], StoryID: f[1], Articles: ids})
		return nil
	})
	return out, err
}

// ReadLabels reads findings.tsv and the other label files given (a part's
// own file, such as findings-fresh8.tsv): story, key, verdict and reason
// per line. A finding judged twice, in one file or across them, is an
// error.
func ReadLabels(paths ...string) (map[[2]string]Label, error) {
	out := map[[2]string]Label{}
	for _, path := range paths {
		err := readTSV(path, 4, func(f []string) error {
			switch f[2] {
			case "R", "P", "W":
			default:
				return fmt.Errorf("verdict %q: want R, P or W", f[2])
			}
			k := [2]string{f[0], f[1]}
			if _, dup := out[k]; dup {
				return fmt.Errorf("finding %s %s judged twice", f[0], f[1])
			}
			out[k] = Label{Verdict: f[2], Reason: f[3]}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// readTSV calls fn with the fields of every line of the file at path that
// is neither blank nor a comment; each line must have n fields.
func readTSV(path string, n int, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return parseTSV(f, path, n, fn)
}

func parseTSV(r io.Reader, name string, n int, fn func([]string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != n {
			return fmt.Errorf("%s:%d: %d fields, want %d", name, line, len(f), n)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// Loc locates text in an article: "ID:PARA:BYTE" for the first place its
// first 40 code points occur (then 20, 12 or 8, for a quotation whose
// parts the report joins), paragraph -1 for the title; "ID:?" when not
// found.
func Loc(a *article.Article, text string) string {
	rs := []rune(text)
	for _, n := range []int{40, 20, 12, 8} {
		t := string(rs[:min(n, len(rs))])
		if a.Title != "" {
			if i := strings.Index(a.Title, t); i >= 0 {
				return fmt.Sprintf("%s:-1:%d", a.ID, i)
			}
		}
		for pi, p := range a.Paragraphs {
			if i := strings.Index(p, t); i >= 0 {
				if i > 0 && compare.DatelineLen(p) == i {
					i = 0 // shown without its dateline (compare.DatelineLen): the sentence starts at the paragraph's start
				}
				return fmt.Sprintf("%s:%d:%d", a.ID, pi, i)
			}
		}
	}
	return a.ID + ":?"
}

// LocMember locates a fact group's member as Loc does, and a member shown
// without its first predicate ("Gov. Lund … said two of the injured …",
// compare's head cut), which Loc cannot find when its subject is short,
// first where its subject stands with the start of the part kept close
// behind: its sentence's start, as before the cut.
func LocMember(a *article.Article, text string) string {
	if rest, ok := strings.CutPrefix(text, "… "); ok {
		return locClause(a, strings.TrimSuffix(rest, "…"))
	}
	// A quotation shown without its first part ("“… the rest,” she
	// said", compare's shared-run cut, session 56).
	for _, q := range []string{"\"", "“"} {
		if rest, ok := strings.CutPrefix(text, q+"… "); ok {
			return locClause(a, strings.TrimSuffix(rest, "…"))
		}
	}
	head, tail, ok := strings.Cut(text, " … ")
	if !ok || head == "" || strings.ContainsAny(head, "\"“”…") {
		return Loc(a, text)
	}
	rt := []rune(tail)
	t := string(rt[:min(20, len(rt))])
	for pi, p := range a.Paragraphs {
		for i := 0; i < len(p); {
			j := strings.Index(p[i:], head)
			if j < 0 {
				break
			}
			if k := strings.Index(p[i+j:], t); k >= 0 && k < 400 {
				return fmt.Sprintf("%s:%d:%d", a.ID, pi, i+j)
			}
			i += j + len(head)
		}
	}
	return Loc(a, text)
}

// locClause locates a member shown as one of its sentence's later
// clauses ("… experts believe it lacks …", compare's clause cut) at its
// sentence's start, as before the cut: the clause's first 40 (then 20)
// code points in a paragraph, then back to the nearest sentence end
// before them (a full stop, question or exclamation mark, maybe then a
// closing quotation mark, and a space; not after an abbreviation or an
// initial), or the paragraph's start.
func locClause(a *article.Article, clause string) string {
	rs := []rune(clause)
	for _, n := range []int{40, 20} {
		t := string(rs[:min(n, len(rs))])
		for pi, p := range a.Paragraphs {
			if j := strings.Index(p, t); j >= 0 {
				return fmt.Sprintf("%s:%d:%d", a.ID, pi, sentenceStart(p, j))
			}
		}
	}
	return a.ID + ":?"
}

// sentenceStart is where the sentence that holds byte j of paragraph p
// starts (see locClause).
func sentenceStart(p string, j int) int {
	for i := j - 1; i >= 2; i-- {
		if p[i] != ' ' {
			continue
		}
		e := i // p[:e] ends the sentence before the space
		for {
			if c, ok := closingMark(p[:e]); ok {
				e -= c
				continue
			}
			break
		}
		e--
		if e < 1 || !strings.ContainsRune(".?!", rune(p[e])) {
			continue
		}
		w := p[:e]
		if k := strings.LastIndexAny(w, " (\"“"); k >= 0 {
			w = w[k+1:]
		}
		if len(w) <= 1 || abbreviations[strings.ToLower(w)] || strings.Contains(w, ".") {
			continue // "Mr.", "U.S.", an initial
		}
		return i + 1
	}
	return 0
}

// closingMark returns the length of the closing quotation mark or
// parenthesis that ends s, if any.
func closingMark(s string) (int, bool) {
	for _, m := range []string{"\"", "'", ")", "”", "’"} {
		if strings.HasSuffix(s, m) {
			return len(m), true
		}
	}
	return 0, false
}

// abbreviations end with a full stop that ends no sentence.
var abbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "gov": true, "sen": true, "sens": true, "rep": true,
	"reps": true, "lt": true, "col": true, "gen": true, "sgt": true, "st": true, "jr": true, "sr": true, "no": true, "vs": true, "prof": true}

// Findings lists the flagged findings of r, each with its key: the type
// letter, "|", and the sorted locations of its sentences or quotes (names:
// the entity and the two forms; copies: source, copy and kind).
func Findings(r *compare.Report, arts []*article.Article) []Finding {
	byID := map[string]*article.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	loc := func(id, text string) string {
		if a := byID[id]; a != nil {
			return Loc(a, text)
		}
		return id + ":?"
	}
	join := func(typ string, locs, show []string) Finding {
		sort.Strings(locs)
		return Finding{Type: typ, Key: typ + "|" + strings.Join(locs, ";"), Show: show}
	}
	var out []Finding
	for _, f := range r.Facts {
		switch {
		case len(f.ReportedBy) > 1:
			typ := "F"
			if len(f.Conflict) > 0 {
				typ = "C"
			}
			tally := typ
			if typ == "F" && f.Tentative {
				tally = "F?"
			}
			var locs, show []string
			for _, s := range f.Sentences {
				if a := byID[s.Article]; a != nil {
					locs = append(locs, LocMember(a, s.Text))
				} else {
					locs = append(locs, loc(s.Article, s.Text))
				}
				show = append(show, s.Article+": "+s.Text)
				if s.Adds != "" {
					show = append(show, "  adds: "+s.Adds)
				}
				if len(s.OnlyHere) > 0 {
					show = append(show, "  only adds: "+strings.Join(s.OnlyHere, " | "))
				}
			}
			if len(f.Conflict) > 0 {
				show = append(show, fmt.Sprintf("conflict: %v", f.Conflict))
			}
			fd := join(typ, locs, show)
			fd.Type = tally
			out = append(out, fd)
		case f.OnlyIn() && len(f.Sentences) > 0:
			s := f.Sentences[0]
			at := loc(s.Article, s.Text)
			// A claim that rests on a speaker's quoted words is shown as
			// words only its article quotes (compare.Fact.QuoteOnly):
			// type OQ, scored by DeriveQuoteLabels from the O label at
			// its location. A claim whose sentence another article tells
			// in part is shown as the details only its article adds
			// (compare.Fact.PartElsewhere): type OA, scored the same way.
			switch {
			case f.QuoteOnly != "":
				out = append(out, join("OQ", []string{at}, []string{s.Article + ": " + s.Text, "only quoted here: " + f.QuoteOnly}))
			case f.PartElsewhere:
				var adds []string
				for _, o := range f.Own {
					adds = append(adds, o.Label())
				}
				// What the test found (compare.Fact.PartBasis), not that
				// the other article tells the fact.
				basis := "told in part elsewhere"
				if b := f.PartBasis; b != nil {
					basis = b.Statement(b.Article)
				}
				out = append(out, join("OA", []string{at}, []string{s.Article + ": " + s.Text, basis + "; only added here: " + strings.Join(adds, ", ")}))
			default:
				out = append(out, join("O", []string{at}, []string{s.Article + ": " + s.Text}))
			}
			if len(f.Own) > 0 {
				// The claim's own part, judged apart (README.md, "The own
				// part of only-in facts"): the same location, another key.
				// The key ends with a hash of what is shown, so that a
				// label judged for one list of details is not read for
				// another.
				show := []string{s.Article + ": " + s.Text}
				h := fnv.New32a()
				for _, o := range f.Own {
					show = append(show, "own "+o.Kind+": "+o.Label()+" "+o.Text)
					fmt.Fprintf(h, "%s\x00%s\x00%s\x00", o.Kind, o.Text, o.Speaker)
				}
				out = append(out, Finding{Type: "O-own", Key: fmt.Sprintf("OO|%s#%08x", at, h.Sum32()), Show: show})
			}
		}
	}
	for _, g := range r.Quotes {
		if g.Kind == compare.QuoteOneOnly {
			continue
		}
		var locs []string
		show := []string{"speaker: " + g.Speaker}
		for _, q := range g.Quotes {
			locs = append(locs, loc(q.Article, q.Text))
			show = append(show, q.Article+": "+q.Text)
		}
		out = append(out, join("Q"+strings.ToUpper(g.Kind[:1]), locs, show))
	}
	for _, n := range r.Names {
		for _, v := range n.Variants {
			if v.Flagged {
				out = append(out, Finding{Type: "N", Key: "N|" + n.Entity + "|" + v.Forms[0] + "|" + v.Forms[1],
					Show: []string{fmt.Sprintf("%s (%s): %s %v | %s %v", n.Entity, v.Kind, v.Forms[0], v.Articles[0], v.Forms[1], v.Articles[1])}})
			}
		}
	}
	for _, q := range r.Numbers {
		if !q.Discrepancy {
			continue
		}
		var locs, show []string
		for _, v := range q.Values {
			locs = append(locs, loc(v.Article, v.Sentence)+"@"+v.Text)
			show = append(show, v.Article+" ["+v.Text+"]: "+v.Sentence)
		}
		out = append(out, join("D", locs, show))
	}
	for _, c := range r.Copies {
		typ := "K-copy"
		if c.Kind == compare.KindSharesQuotes {
			typ = "K-quotes"
		}
		out = append(out, Finding{Type: typ, Key: "K|" + c.Source + "|" + c.Copy + "|" + c.Kind,
			Show: []string{fmt.Sprintf("%s -> %s %s %.2f", c.Source, c.Copy, c.Kind, c.Share)}})
	}
	return out
}

// Counts are the judged findings of one type.
type Counts struct {
	Right, Partly, Wrong int
	// Unjudged are findings the sample has no label for.
	Unjudged int
}

// Judged is the number of labelled findings.
func (c Counts) Judged() int { return c.Right + c.Partly + c.Wrong }

// Precision is the share of labelled findings that are right (partly
// right ones count as wrong); NaN-free: 0 when none is labelled.
func (c Counts) Precision() float64 {
	if c.Judged() == 0 {
		return 0
	}
	return float64(c.Right) / float64(c.Judged())
}

// Score counts the verdicts of a story's findings by type.
func Score(story string, fs []Finding, labels map[[2]string]Label, into map[string]*Counts) {
	for _, f := range fs {
		c := into[f.Type]
		if c == nil {
			c = &Counts{}
			into[f.Type] = c
		}
		l, ok := labels[[2]string{story, f.Key}]
		switch {
		case !ok:
			c.Unjudged++
		case l.Verdict == "R":
			c.Right++
		case l.Verdict == "P":
			c.Partly++
		default:
			c.Wrong++
		}
	}
}

// DeriveQuoteLabels adds to labels a label for every OQ finding of fs
// (an only-in claim shown as a speaker's words only its article quotes,
// see compare.Fact.QuoteOnly) and every OA finding (shown as the details
// only its article adds to a fact others tell in part, see
// compare.Fact.PartElsewhere), read from the judgments of the claim at
// its location: the O label's "own: right" or "own: wrong" (the parts
// from fresh25 judge the own part of every only-in claim; a quoted
// detail is right when no other article quotes those words of that
// speaker, even when another tells their point, README.md of
// testdata/abpjudged, "The own part of only-in facts"), else the O-own
// label of the list shown, else R when the claim was judged right as a
// fact only its article gives (its words and details are then in no
// other either). A claim with none of these stays unjudged, and a claim
// judged under its own key keeps that label.
func DeriveQuoteLabels(story string, fs []Finding, labels map[[2]string]Label) {
	for _, f := range fs {
		if _, judged := labels[[2]string{story, f.Key}]; judged {
			continue // the claim's own judgment wins
		}
		as := "as quoted words"
		switch f.Type {
		case "OQ":
		case "OA":
			as = "as details it adds"
		default:
			continue
		}
		loc := strings.TrimPrefix(f.Key, f.Type+"|")
		o, ok := labels[[2]string{story, "O|" + loc}]
		var l Label
		switch {
		case ok && strings.HasSuffix(o.Reason, "own: right"):
			l = Label{Verdict: "R", Reason: as + ": " + o.Reason}
		case ok && strings.HasSuffix(o.Reason, "own: wrong"):
			l = Label{Verdict: "W", Reason: as + ": " + o.Reason}
		default:
			own, found := Finding{}, false
			for _, g := range fs {
				if k, _, _ := strings.Cut(g.Key, "#"); g.Type == "O-own" && k == "OO|"+loc {
					own, found = g, true
				}
			}
			if ol, judged := labels[[2]string{story, own.Key}]; found && judged {
				l = Label{Verdict: ol.Verdict, Reason: as + ", from the own part: " + ol.Reason}
			} else if ok && o.Verdict == "R" {
				l = Label{Verdict: "R", Reason: as + ": " + o.Reason}
			} else {
				continue
			}
		}
		labels[[2]string{story, f.Key}] = l
	}
}

// Misjudged lists the findings of a story that the sample labels wrong or
// partly right, one line each: type, story, key, verdict and the judge's
// reason (ids and offsets only, no article text).
func Misjudged(story string, fs []Finding, labels map[[2]string]Label) []string {
	var out []string
	for _, f := range fs {
		if l, ok := labels[[2]string{story, f.Key}]; ok && l.Verdict != "R" {
			out = append(out, fmt.Sprintf("%-8s %s %s %s %s", f.Type, story, f.Key, l.Verdict, l.Reason))
		}
	}
	return out
}
