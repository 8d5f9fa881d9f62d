package web

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
)

// lens is the story through one outlet: what it alone reports, what it
// leaves out that most others report, the figures it alone gives, the
// names and words it chooses, whom it quotes and how, and whether it
// copied or was copied. The page carries one per outlet, each shown when
// its anchor is the target, so it works without JavaScript.
type lens struct {
	Outlet outletCol
	// Alone are facts this outlet alone reports (the first few of
	// AloneN); Left are facts most other outlets report and it does not.
	Alone  []lensFact
	AloneN int
	// Quoted are a speaker's words this outlet alone quotes, the first
	// few (see compare.Fact.QuoteOnly): facts only it gives that are
	// mostly those words, whose point other outlets may make in their
	// own words. QuotedN counts their remarks as What differs does: the
	// sentences of one quotation in one paragraph are one remark. They
	// are not counted in AloneN.
	Quoted  []lensFact
	QuotedN int
	// Added are facts other outlets tell in part to which this outlet
	// alone adds names or figures, the first few of AddedN (see
	// compare.Fact.PartElsewhere): what it alone gives is those
	// details (lensFact.Own). They are not counted in AloneN.
	Added  []lensFact
	AddedN int
	Left   []lensFact
	LeftN  int
	// LeftBy says who reports what Left lists: "the other outlet
	// reports" in a story of two outlets, else "most other outlets
	// report".
	LeftBy string
	// Figures are the figures it alone gives; Names the people,
	// organisations and places it alone names.
	Figures, Names []string
	// Naming says how it names things where the outlets differ.
	Naming []string
	// Terms are its loaded, hedging and vague-attribution terms; Words
	// the words that set its articles apart.
	Terms []termCount
	Words []string
	// Speakers are whom it quotes, and how.
	Speakers     []lensSpeaker
	MoreSpeakers int
	// Copies say what it copied and who copied it.
	Copies     []string
	MoreCopies int
}

// lensFact is one fact an outlet reports or leaves out, as one of the
// articles words it.
type lensFact struct {
	Col  col
	Text string
	// Speaker names who says Text when it does not (see
	// compare.FactSentence.Speaker).
	Speaker string
	// Own are the details of a fact the outlet alone reports that no
	// other article gives, as the page lists them (see compare.Fact.Own
	// and compare.OwnDetail.Label).
	Own []string
	// Index is the fact's index in the report.
	Index int
	// Basis says, for a fact others tell in part, what that rests on
	// (partBasisLine: the other outlet's sentence and the words or
	// figure it shares), "" when unknown or not told in part.
	Basis string
}

// lensSpeaker is one person an outlet quotes.
type lensSpeaker struct {
	Name  string
	Count int
	Verbs []string
	// Note says what sets its quotes apart: altered, or only here.
	Note string
}

// Limits of a lens.
const (
	lensFacts    = 3
	lensFigures  = 5
	lensNames    = 6
	lensWords    = 8
	lensSpeakers = 6
	lensCopies   = 4
	lensClip     = 160
)

// newLenses builds a lens per outlet.
func newLenses(p *storyPage) []lens {
	out := make([]lens, len(p.Outlets))
	leftBy := "most other outlets report"
	if len(p.Outlets) == 2 {
		leftBy = "the other outlet reports"
	}
	for i, o := range p.Outlets {
		out[i] = lens{Outlet: o, LeftBy: leftBy}
	}
	at := func(n int) *lens { return &out[n-1] }
	// Outlets that copy no other wholly: with one, every fact is that
	// account's and none is one that others leave out.
	nAccounts := len(p.outletsOf(p.Report.AccountRoots()))
	days := p.Report.Days()
	ids := make(map[int][]string, len(p.Outlets)) // outlet N → its article ids
	for _, o := range p.Outlets {
		for _, a := range o.Articles {
			ids[o.N] = append(ids[o.N], a.ID)
		}
	}
	// The remarks counted per outlet, as What differs counts them
	// (compare's onlyIn difference): the sentences of one quotation in
	// one paragraph are one remark.
	remarks := map[string]bool{}
	for i, f := range p.Report.Facts {
		if len(f.Sentences) == 0 {
			continue
		}
		// A copy's outlet neither reports the fact too nor leaves it out.
		by := p.outletsOf(f.Sources(), f.StatedBy)
		if len(by) == 1 && !f.MaybeElsewhere && nAccounts > 1 {
			l := at(by[0])
			s := f.Sentences[0]
			lf := lensFact{Col: p.col(s.Article), Text: clip(lensClip, s.Shown()), Speaker: s.Speaker, Own: ownLabels(f.Own), Index: i}
			if f.QuoteOnly != "" {
				// What only this outlet gives is the speaker's words;
				// others may make their point (compare.Fact.QuoteOnly).
				lf.Speaker, lf.Own = f.QuoteOnly, ownLabels(withoutQuotes(f.Own))
				if k := fmt.Sprint(f.Sources()[0], "\x00", f.QuoteOnly, "\x00", s.Paragraph); !remarks[k] {
					remarks[k] = true
					l.QuotedN++
				}
				if len(l.Quoted) < lensFacts {
					l.Quoted = append(l.Quoted, lf)
				}
			} else if f.PartElsewhere {
				// What only this outlet gives is the names or figures
				// it adds; others tell part of the fact
				// (compare.Fact.PartElsewhere).
				l.AddedN++
				if len(l.Added) < lensFacts {
					lf.Basis = partBasisLine(f, p.cols)
					l.Added = append(l.Added, lf)
				}
			} else {
				l.AloneN++
				if len(l.Alone) < lensFacts {
					l.Alone = append(l.Alone, lf)
				}
			}
		}
		// Left out: most of the other outlets report it in one group of
		// sentences (with two outlets, what the other alone reports); an
		// outlet that states it in other words does not leave it out. A
		// fact only paraphrased elsewhere is not counted: every outlet's
		// sentence of it is a fact of its own with the others stating
		// it, and counting each would count one fact many times.
		// A fact others may state in other words is left out by none,
		// and so are a speaker's words only one outlet quotes (others
		// may make the point in their own; the quotes show whose words
		// each gives) and a fact others tell in part (the card shows the
		// details its outlet adds): neither is a fact the others leave
		// out (fresh53: a sentence the other outlet tells in part was
		// listed as one it leaves out, and a card's "leaves out" list
		// was mostly the other outlet's quotations).
		if len(f.Conflict) > 0 || f.Tentative || f.MaybeElsewhere || f.QuoteOnly != "" || f.PartElsewhere || 2*len(p.outletsOf(f.Sources())) <= nAccounts-1 {
			continue
		}
		all := p.outletsOf(f.ReportedBy, f.StatedBy)
		for _, o := range p.Outlets {
			if slices.Contains(all, o.N) || days.Before(ids[o.N], f) {
				continue // it reports it, or wrote before anyone did
			}
			l := at(o.N)
			l.LeftN++
			if len(l.Left) < lensFacts {
				s := f.Sentences[0]
				l.Left = append(l.Left, lensFact{Col: p.col(s.Article), Text: clip(lensClip, s.Shown()), Index: i})
			}
		}
	}
	given := newFiguresGiven(p)
	for _, q := range p.Report.Numbers {
		by := p.outletsOf(q.ReportedBy)
		// A position ("the first article", "a third time") marks a rank,
		// not an amount (see compare.Quantity.Rank): a figure it alone
		// gives would tell the reader nothing.
		if len(by) != 1 || len(q.Values) == 0 || q.Kind == string(nlp.NumOrdinal) {
			continue
		}
		l := at(by[0])
		if len(l.Figures) < lensFigures && !given.elsewhere(q, by[0]) {
			v := q.Values[0]
			t := v.Text
			if q.What != "" && !strings.EqualFold(q.What, q.Kind) {
				t += " (" + q.What + ")"
			}
			if !slices.Contains(l.Figures, t) {
				l.Figures = append(l.Figures, t)
			}
		}
	}
	for _, a := range p.Report.Articles {
		l := at(p.col(a.ID).OutletN)
		for _, n := range a.OnlyNames {
			if len(l.Names) < lensNames && !slices.Contains(l.Names, n) {
				l.Names = append(l.Names, n)
			}
		}
	}
	lensNaming(p, at)
	for _, t := range p.Terms.All() {
		at(t.Outlet.N).Terms = t.Lexicon
	}
	lensWordsOf(p, at)
	lensQuotes(p, at)
	lensCopiesOf(p, at)
	return out
}

// lensNaming says, per outlet, which side of each flagged naming
// difference it takes.
func lensNaming(p *storyPage, at func(int) *lens) {
	for _, n := range p.Report.Names {
		for _, v := range n.Variants {
			if !v.Flagged {
				continue
			}
			side := [2][]int{p.outletsOf(v.Articles[0]), p.outletsOf(v.Articles[1])}
			for s := range 2 {
				for _, o := range side[s] {
					if slices.Contains(side[1-s], o) {
						continue // it writes both
					}
					l := at(o)
					var text string
					if v.Kind == compare.VariantDescriptor {
						text = fmt.Sprintf("calls %s “%s”, where others write “%s”", n.Entity, v.Forms[s], v.Forms[1-s])
					} else {
						text = fmt.Sprintf("writes “%s”, where others write “%s”", v.Forms[s], v.Forms[1-s])
					}
					if len(l.Naming) < lensNames && !slices.Contains(l.Naming, text) {
						l.Naming = append(l.Naming, text)
					}
				}
			}
		}
	}
}

// lensWordsOf merges the distinctive words of each outlet's articles,
// strongest first.
func lensWordsOf(p *storyPage, at func(int) *lens) {
	best := map[int]map[string]float64{}
	for _, t := range p.Report.Terms {
		if !t.DistinctiveShown {
			continue
		}
		o := p.col(t.Article).OutletN
		if best[o] == nil {
			best[o] = map[string]float64{}
		}
		for _, w := range t.Distinctive {
			best[o][w.Word] = max(best[o][w.Word], w.Z)
		}
	}
	for o, ws := range best {
		list := make([]string, 0, len(ws))
		for w := range ws {
			list = append(list, w)
		}
		sort.Slice(list, func(i, j int) bool {
			if ws[list[i]] != ws[list[j]] {
				return ws[list[i]] > ws[list[j]]
			}
			return list[i] < list[j]
		})
		at(o).Words = list[:min(lensWords, len(list))]
	}
}

// lensQuotes gathers whom each outlet quotes, with the verbs it chose;
// speakers whose words it alters or alone quotes come first. A speaker's
// note speaks for all the outlet's quotes of them: "words no other outlet
// quotes" only when no other outlet quotes any of them, "3 of them words
// no other outlet quotes" when others quote the rest (on the 11 ABP story
// pages read in session 69, 53 of 221 notes called a speaker's words the
// outlet's alone when other outlets quoted some of them), and "in words
// other outlets quote differently" when another outlet quotes one of them
// in other words.
func lensQuotes(p *storyPage, at func(int) *lens) {
	type key struct {
		outlet  int
		speaker string
	}
	type tally struct {
		s *lensSpeaker
		// alone counts the quotes no other outlet quotes; altered
		// whether another outlet quotes one of them in other words.
		alone   int
		altered bool
	}
	speakers := map[key]*tally{}
	var order []key
	for _, g := range p.Report.Quotes {
		outlets := map[int]bool{}
		for _, q := range g.Quotes {
			outlets[p.col(q.Article).OutletN] = true
		}
		for _, q := range g.Quotes {
			k := key{p.col(q.Article).OutletN, g.Speaker}
			t := speakers[k]
			if t == nil {
				name := g.Speaker
				if name == "" {
					name = "unnamed speakers"
				}
				t = &tally{s: &lensSpeaker{Name: name}}
				speakers[k] = t
				order = append(order, k)
			}
			t.s.Count++
			if q.Verb != "" && !slices.Contains(t.s.Verbs, q.Verb) {
				t.s.Verbs = append(t.s.Verbs, q.Verb)
			}
			switch {
			case len(outlets) < 2:
				t.alone++
			case g.Kind == compare.QuoteAltered:
				t.altered = true
			}
		}
	}
	for _, t := range speakers {
		t.s.Note = speakerNote(t.s.Count, t.alone, t.altered)
	}
	rank := func(s *lensSpeaker) int {
		switch {
		case strings.HasPrefix(s.Note, "in words"):
			return 0
		case s.Note != "":
			return 1
		}
		return 2
	}
	per := map[int][]*lensSpeaker{}
	for _, k := range order {
		per[k.outlet] = append(per[k.outlet], speakers[k].s)
	}
	for o, ss := range per {
		sort.SliceStable(ss, func(i, j int) bool {
			if rank(ss[i]) != rank(ss[j]) {
				return rank(ss[i]) < rank(ss[j])
			}
			return ss[i].Count > ss[j].Count
		})
		l := at(o)
		for _, s := range ss[:min(lensSpeakers, len(ss))] {
			l.Speakers = append(l.Speakers, *s)
		}
		l.MoreSpeakers = max(0, len(ss)-lensSpeakers)
	}
}

// speakerNote says what sets an outlet's n quotes of one speaker apart,
// of which alone no other outlet quotes and altered tells whether another
// outlet quotes one of them in other words; "" when other outlets quote
// them all alike.
func speakerNote(n, alone int, altered bool) string {
	switch {
	case altered:
		return "in words other outlets quote differently"
	case alone == n:
		return "words no other outlet quotes"
	case alone > 0:
		return fmt.Sprintf("%d of them words no other outlet quotes", alone)
	}
	return ""
}

// lensCopiesOf says, per outlet, what its articles copied and who copied
// them.
func lensCopiesOf(p *storyPage, at func(int) *lens) {
	for _, c := range p.Copies.All() {
		var lines [2]string
		if c.Kind == compare.KindSharesQuotes {
			lines[0] = fmt.Sprintf("%s shares quotes with %s (not a copy)", c.Copy.Label, c.Source.Label)
			lines[1] = lines[0]
		} else if c.Unknown != "" {
			lines[0] = fmt.Sprintf("%s shares text with %s (%s; %s, %s of %s's text)", c.Copy.Label, c.Source.Label, c.Unknown, c.Kind, pct(c.Share), c.Copy.Label)
			lines[1] = lines[0]
		} else {
			lines[0] = fmt.Sprintf("%s copies %s (%s, %s of its text)", c.Copy.Label, c.Source.Label, c.Kind, pct(c.Share))
			lines[1] = lines[0]
		}
		for i, o := range []int{c.Copy.OutletN, c.Source.OutletN} {
			if o == 0 || (i == 1 && o == c.Copy.OutletN) {
				continue
			}
			l := at(o)
			if len(l.Copies) == lensCopies {
				l.MoreCopies++
				continue
			}
			l.Copies = append(l.Copies, lines[i])
		}
	}
}

// pct writes a share as a percentage.
func pct(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) }

// withoutQuotes are the details of own other than quoted words: the
// names and figures a quote-only fact's sentence alone gives, beside
// the speaker whose words it is (see compare.Fact.QuoteOnly).
func withoutQuotes(own []compare.OwnDetail) []compare.OwnDetail {
	var out []compare.OwnDetail
	for _, o := range own {
		if o.Kind != compare.OwnQuote {
			out = append(out, o)
		}
	}
	return out
}

// ownLabels are the labels of a fact's own details, in order.
func ownLabels(own []compare.OwnDetail) []string {
	var out []string
	for _, o := range own {
		out = append(out, o.Label())
	}
	return out
}
