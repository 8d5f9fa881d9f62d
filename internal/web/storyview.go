package web

import (
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/view"
)

// storyPage is one story's comparison, ready for the page and the API. It
// is built once per story and version and kept in the server's cache.
//
// The page opens with what differs; every section below shows its top
// rows and folds the rest under a count ("14 more numbers"), and leaves
// what is past its limit to the JSON, so that the page of a story of a
// hundred articles stays light and short.
type storyPage struct {
	Report view.StoryReport
	// Event heads the page: the event's title, summary and storyline.
	Event eventHead
	// Cols are the compared articles.
	Cols []col
	// Outlets are the outlets of the compared articles, the columns of
	// the facts matrix, in the order they first appear.
	Outlets []outletCol
	// Differs is the "What differs" summary.
	Differs []differView
	// Coverage holds the pictures of who reported when, and of the
	// outlets' leanings when they are known.
	Coverage coverage
	// Lean is the story's coverage by lean, drawn as a bar (nil when no
	// outlet record is known); OneSided the facts only one side's outlets
	// report, by index in Report.Facts.
	Lean     *leanBar
	OneSided map[int]*view.OneSidedFact // nil for a fact that is not one-sided
	// Lenses show the story through each outlet.
	Lenses []lens
	// Rows are the facts at least two outlets report.
	Rows rows[factRow]
	// Alone counts, per outlet, the facts that outlet alone reports.
	Alone []outletCount
	// Inline is true when the story is small enough for the page to carry
	// every fact's sentences; a larger story's page loads them on demand.
	Inline bool
	// Quotes are the statements several articles quote; Lone the quotes
	// one outlet alone has, by speaker.
	Quotes  rows[quoteView]
	Lone    rows[speakerQuotes]
	Names   rows[nameView]
	Terms   rows[termView]
	Numbers rows[numberView]
	Copies  rows[copyView]
	// FewQuotes says how many shares-quotes relations fall below
	// compare.FewSharedQuotes, shown only as this count ("" for none).
	FewQuotes string
	// Members are all the story's articles in order of publication.
	Members rows[memberView]
	// Uncompared counts members past view.CompareAtMost.
	Uncompared int
	// FactClip is how much of a fact's sentence the matrix shows.
	FactClip int
	// OutletCount is how many outlets the story's articles come from
	// (articles without an outlet count by the name they are shown under).
	OutletCount int

	// uses is how many articles an entry lists, and clip how much of a
	// quote or passage it shows: less on a large story's page.
	uses, clip int

	cols map[string]col
}

// eventHead is what heads a story's page. Title and Summary default to
// the story's own; the events and storylines work fills Summary and the
// storyline (a timeline of the events of one saga) when it knows them.
type eventHead struct {
	Title   string
	Summary string
	// StorylineURL and StorylineTitle link the storyline the event
	// belongs to; empty when it belongs to none.
	StorylineURL, StorylineTitle string
}

// rows is a section's entries as the page shows them: the top ones, the
// rest folded under a count, and how many it leaves to the JSON.
type rows[T any] struct {
	Top, Rest []T
	Hidden    int
}

// split keeps at most keep entries of all, top of them shown at once.
func split[T any](all []T, top, keep int) rows[T] {
	var r rows[T]
	r.Hidden = max(0, len(all)-keep)
	all = all[:min(keep, len(all))]
	r.Top = all[:min(top, len(all))]
	if len(all) > top {
		r.Rest = all[top:]
	}
	return r
}

// All returns every entry the page carries.
func (r rows[T]) All() []T { return append(append([]T(nil), r.Top...), r.Rest...) }

// Len is the number of entries the page carries.
func (r rows[T]) Len() int { return len(r.Top) + len(r.Rest) }

// col is one compared article.
type col struct {
	N         int // 1-based, as the page numbers them
	ID        string
	Outlet    string
	Label     string // the outlet, numbered when it has several articles
	OutletN   int    // the outlet's outletCol.N
	Title     string
	Published article.Date
	// Kind is the article's compare.Article.ShownKind: "opinion" or
	// "analysis" for a column or an analysis, "preview" for a report
	// written before the happening (compare.Article.Preview), "" for a
	// report.
	Kind string
}

type factRow struct {
	// Index is the fact's index in the report's facts.
	Index    int
	Coverage string
	Text     string // the first reporting article's sentence
	// Speaker names who says Text when it is a quotation's words that do
	// not name their speaker (compare.FactSentence.Speaker).
	Speaker string
	Shared  []string
	// Tentative marks a group whose sentences share only a few phrases:
	// possibly one fact (see compare.Fact.Tentative).
	Tentative bool
	Cells     []cell
	// Sentences are the reporting articles' sentences.
	Sentences []sentence
}

// outletCol is one outlet of a story: a column of the facts matrix.
type outletCol struct {
	N    int // 1-based
	Name string
	// Outlet is the outlet as stored ("" when the articles have none).
	Outlet string
	// ID is the outlet record's id ("" when the articles have none), Lean
	// the label of its lean and Side its side ("" when unknown).
	ID   string
	Lean string
	Side string
	// Articles are the outlet's compared articles.
	Articles []col
}

// cell says whether an outlet reports a fact. The sentences themselves are
// in the row's list, once, so that a large story's page stays small.
type cell struct {
	Outlet   outletCol
	Reported bool
	// CopyOf names the article whose sentence the outlet's repeats, when
	// its articles give the fact only as a copy (compare.Fact.Copies).
	CopyOf string
}

type sentence struct {
	Col      col
	Outlet   int // outletCol.N
	Text     string
	OnlyHere []string
	// Adds is the clause of Text no other outlet of the fact gives
	// (compare.FactSentence.Adds).
	Adds string
	// Speaker names who says Text when the sentence does not (see
	// compare.FactSentence.Speaker).
	Speaker string
	// CopyOf names the article whose sentence this one repeats as its
	// copy (compare.Fact.Copies).
	CopyOf string
}

// outletCount is how many entries concern an outlet.
type outletCount struct {
	Outlet outletCol
	N      int
}

type quoteView struct {
	// Index is the group's index in the report's quotes.
	Index   int
	Speaker string
	Kind    string
	// Transcribed marks a group whose versions differ only as two
	// transcripts do (compare.QuoteGroup.Transcribed).
	Transcribed bool
	// Translated marks a group whose versions are two translations of
	// one remark (compare.QuoteGroup.Translated).
	Translated bool
	Uses       []quoteUse
	Diffs      []diffView
	More       int // uses not shown
}

type quoteUse struct {
	Col     col
	Text    string
	Verb    string
	Mention string
	Partial bool
}

type diffView struct {
	From, To col
	Kind     string
	Ops      []compare.DiffOp
}

// speakerQuotes are the quotes of one speaker that one outlet alone has.
type speakerQuotes struct {
	Speaker string
	Quotes  []quoteUse
	More    int
}

type nameView struct {
	Index                    int
	Entity, Type             string
	Flagged                  bool
	FormsDiffer, RolesDiffer bool
	Uses                     []nameUse
	More                     int
}

type nameUse struct {
	Col          col
	Forms, Roles []string
}

// termView is one outlet's loaded, hedging and vague-attribution terms
// across its articles, and each article's distinctive words.
type termView struct {
	Outlet  outletCol
	Lexicon []termCount
	// Compact lists the terms on one line, without their sentences (on
	// a large story's page).
	Compact bool
	// Distinctive lists, per article, the words that set it apart; only
	// articles with enough text for the measure are listed.
	Distinctive []articleWords
}

type termCount struct {
	compare.TermUse
	// Count is how many times the outlet's articles use the term.
	Count int
}

type articleWords struct {
	Col   col
	Words []compare.Word
}

type numberView struct {
	Index            int
	What, Kind, Unit string
	Discrepancy      bool
	Values           []numberUse
	More             int
}

type numberUse struct {
	Col      col
	Text     string
	Approx   bool
	Sentence string
}

// memberView is one of the story's articles, in order of publication.
type memberView struct {
	view.Member
	// Label names the article as the comparison does ("" when it is past
	// the compared ones).
	Label string
	// First is true for the first article reported; After is the delay
	// after it.
	First bool
	After string
	// Kind is as col.Kind ("" when it is past the compared ones).
	Kind string
}

type copyView struct {
	Index        int
	Source, Copy col
	Kind, Extent string
	Share        float64
	Basis        string
	// Unknown says why the direction is unknown (dedup.DirectionNote),
	// "" when it is known and for shares-quotes: the two then share
	// text, and neither is said to copy the other.
	Unknown     string
	Inserted    []string
	Removed     []string
	Substituted []string
}

// Limits that keep a large story's page light and short: how many
// entries of each section show at once, and how many the page carries at
// all; the JSON has everything.
const (
	rowsTop        = 8  // entries of a section shown before the fold
	matrixTop      = 10 // facts shown in the matrix before the fold
	matrixRows     = 30 // facts in the matrix in all
	inlineArticles = 12 // the most articles whose sentences the page carries
	groupsKept     = 30 // names, quantities, copies
	quotesKept     = 12 // quote groups
	quotesTop      = 5  // quote groups shown before the fold
	diffsShown     = 3  // word diffs per quote group
	lonesKept      = 12 // speakers quoted by one outlet only
	lonesEach      = 3  // their quotes, each
	usesShown      = 6  // articles per quote group, name, quantity
	usesLarge      = 4  // the same on a large story's page
	factClip       = 140
	factClipLarge  = 100
	lexiconShown   = 6 // lexicon terms per outlet
	passageClip    = 240
	sentenceClip   = 160
	membersTop     = 10
)

// newStoryPage arranges a report for the page. Its outlets are the
// articles' outlet records (all sections of one outlet in one column), with
// their leans; an article of no record has its outlet name's column.
func newStoryPage(rep view.StoryReport) *storyPage {
	p := &storyPage{Report: rep, Uncompared: max(0, len(rep.Members)-len(rep.Articles)), Inline: len(rep.Articles) <= inlineArticles,
		Event: eventHead{Title: rep.Title, Summary: rep.Overview}, FactClip: factClip, uses: usesShown, clip: passageClip}
	if l := rep.Storyline; l != nil && l.Stories > 1 {
		p.Event.StorylineURL, p.Event.StorylineTitle = "/storylines/"+url.PathEscape(l.ID), l.Title
	}
	if !p.Inline {
		p.FactClip, p.uses, p.clip = factClipLarge, usesLarge, sentenceClip
	}
	cols := map[string]col{}
	labels := compare.ArticleLabels(rep.Articles)
	records := map[string]view.MemberOutlet{}
	stored := map[string]bool{}
	for _, m := range rep.Members {
		records[m.ID] = m.MemberOutlet
		stored[m.Outlet] = true
	}
	outletN := map[string]int{}
	for i, a := range rep.Articles {
		c := col{N: i + 1, ID: a.ID, Outlet: a.Outlet, Label: orDash(labels[a.ID]), Title: a.Title, Published: a.Published, Kind: a.ShownKind()}
		rec := records[a.ID]
		key := "name:" + a.Outlet
		if rec.OutletID != "" {
			key = "id:" + rec.OutletID
		}
		if _, ok := outletN[key]; !ok {
			outletN[key] = len(p.Outlets) + 1
			oc := outletCol{N: len(p.Outlets) + 1, Name: orDash(a.Outlet), Outlet: a.Outlet, ID: rec.OutletID}
			if !stored[a.Outlet] {
				// Articles without an outlet are labelled by file name,
				// which has no outlet page.
				oc.Outlet = ""
			}
			if rec.OutletID != "" {
				oc.Name = orDash(rec.OutletName)
				if rec.Side != outlet.Unrated {
					oc.Lean, oc.Side = rec.Lean, string(rec.Side)
				}
			}
			p.Outlets = append(p.Outlets, oc)
		}
		c.OutletN = outletN[key]
		o := &p.Outlets[c.OutletN-1]
		o.Articles = append(o.Articles, c)
		cols[a.ID] = c
		p.Cols = append(p.Cols, c)
	}
	p.cols = cols
	if rep.Coverage != nil {
		b := newLeanBar(*rep.Coverage)
		p.Lean = &b
	}
	if len(rep.OneSided) > 0 {
		p.OneSided = map[int]*view.OneSidedFact{}
		for i := range rep.OneSided {
			p.OneSided[rep.OneSided[i].Fact] = &rep.OneSided[i]
		}
	}
	p.OutletCount = max(memberOutlets(rep.Members), len(p.Outlets))
	p.facts()
	p.quotes()
	p.names()
	p.Terms = split(outletTerms(rep.Terms, p.col, p.Outlets, p.Inline), rowsTop, len(p.Outlets))
	p.numbers()
	p.copies()
	p.Members = split(members(rep, p.col), membersTop, len(rep.Members))
	p.Coverage = newCoverage(p)
	p.Lenses = newLenses(p)
	p.Differs = newDiffers(p)
	return p
}

// memberOutlets counts the outlets of a story's members as the page's
// columns do: the sections of one outlet record are one outlet, an article
// of no record counts by its outlet's name.
func memberOutlets(ms []view.Member) int {
	seen := map[string]bool{}
	for _, m := range ms {
		key := "name:" + m.Outlet
		if m.OutletID != "" {
			key = "id:" + m.OutletID
		}
		seen[key] = true
	}
	return len(seen)
}

// outletsOf returns the outlets (outletCol.N) of articles, without
// repeats, in order.
func (p *storyPage) outletsOf(ids ...[]string) []int {
	var out []int
	seen := map[int]bool{}
	for _, list := range ids {
		for _, id := range list {
			if n := p.col(id).OutletN; n > 0 && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	sort.Ints(out)
	return out
}

// facts fills the matrix with the facts at least two outlets report, and
// counts per outlet the facts it alone reports.
func (p *storyPage) facts() {
	var rs []factRow
	alone := map[int]int{}
	labels := map[string]bool{}
	groups := map[string]int{} // sentence → the fact groups that hold it
	for _, f := range p.Report.Facts {
		seen := map[string]bool{}
		for _, s := range f.Sentences {
			if !seen[s.Text] {
				seen[s.Text] = true
				groups[s.Text]++
			}
		}
	}
	// An outlet whose articles all copy others gives no account of its
	// own: the share of outlets that report a fact counts the others,
	// and a fact a source and its copies alone give is the source's.
	// With one account, no outlet reports what others leave out.
	roots := p.outletsOf(p.Report.AccountRoots())
	for i, f := range p.Report.Facts {
		outlets := p.outletsOf(f.Sources())
		if len(outlets) < 2 {
			if len(outlets) == 1 && len(p.outletsOf(f.Sources(), f.StatedBy)) == 1 && !f.MaybeElsewhere && f.QuoteOnly == "" && !f.PartElsewhere && len(roots) > 1 {
				// A speaker's words only it quotes, or details it adds to
				// a fact others tell in part, are no fact the others
				// leave out (compare.Fact.QuoteOnly, PartElsewhere; the
				// lens lists them apart, as it counts these).
				alone[outlets[0]]++
			}
			continue
		}
		n := 0
		for _, o := range p.outletsOf(f.ReportedBy) {
			if slices.Contains(roots, o) {
				n++
			}
		}
		row := factRow{Index: i, Coverage: coverageOf(n, len(roots)), Shared: f.Shared, Tentative: f.Tentative}
		if len(f.Conflict) > 0 {
			row.Coverage = "differ" // opposite outcomes: not agreement
		}
		reported := map[int]bool{}
		copied := map[int]string{} // outlet → the outlet its sentences copy, when all do
		for _, fs := range f.Sentences {
			c := p.col(fs.Article)
			var of string
			if fc, ok := f.CopyOf(fs.Article); ok {
				of = p.col(fc.Source).Label
			}
			if !reported[c.OutletN] {
				copied[c.OutletN] = of
			} else if of == "" {
				copied[c.OutletN] = ""
			}
			reported[c.OutletN] = true
			if p.Inline {
				row.Sentences = append(row.Sentences, sentence{Col: c, Outlet: c.OutletN, Text: fs.Shown(), OnlyHere: fs.OnlyHere, Adds: fs.Adds, Speaker: fs.Speaker, CopyOf: of})
			}
		}
		row.Text = rowLabel(f.Sentences, groups, labels)
		if len(f.Sentences) == 1 {
			row.Speaker = f.Sentences[0].Speaker
		}
		for _, o := range p.Outlets {
			row.Cells = append(row.Cells, cell{Outlet: o, Reported: reported[o.N], CopyOf: copied[o.N]})
		}
		rs = append(rs, row)
	}
	// Tentative groups (possibly one fact) come after the sure ones, so
	// that the rows a reader sees first are facts the outlets share.
	slices.SortStableFunc(rs, func(a, b factRow) int {
		switch {
		case a.Tentative == b.Tentative:
			return 0
		case b.Tentative:
			return -1
		}
		return 1
	})
	p.Rows = split(rs, matrixTop, matrixRows)
	for _, o := range p.Outlets {
		if n := alone[o.N]; n > 0 {
			p.Alone = append(p.Alone, outletCount{Outlet: o, N: n})
		}
	}
}

// rowLabel returns the sentence that labels a fact's row: its first
// sentence that states this fact alone (is in no other group, groups
// counting the groups each sentence is in) and labels no row yet, else
// its first sentence that labels no row yet, so that a sentence that
// states two facts (and so is in two groups) does not give two rows one
// label; the first sentence when all label a row. A sentence of two facts
// labelled the first of its rows and the other row's label was then the
// same speaker's line in other words: two rows that open alike ("We
// cannot name managers … So far …" and "We can't name managers …") read
// as one fact shown twice. used holds the labels given so far and gains
// the one returned.
func rowLabel(ss []compare.FactSentence, groups map[string]int, used map[string]bool) string {
	if len(ss) == 0 {
		return ""
	}
	pick := ss[0]
	found := false
	for _, s := range ss {
		if !used[s.Text] && groups[s.Text] <= 1 {
			pick, found = s, true
			break
		}
	}
	if !found {
		for _, s := range ss {
			if !used[s.Text] {
				pick = s
				break
			}
		}
	}
	used[pick.Text] = true
	return pick.Shown()
}

// coverageOf classes a fact by the share of outlets that report it.
func coverageOf(n, of int) string {
	switch {
	case n == of:
		return compare.CoverageAll
	case 2*n > of:
		return compare.CoverageMost
	}
	return compare.CoverageSome
}

// quotes arranges the statements several articles quote, altered first,
// and the quotes one outlet alone has, by speaker.
func (p *storyPage) quotes() {
	var shared []quoteView
	var lone []speakerQuotes
	bySpeaker := map[string]int{}
	for _, iq := range quoteOrder(p.Report.Quotes) {
		i, q := iq.index, iq.group
		if q.Kind == compare.QuoteOneOnly {
			// A term the writer quotes is no statement to list.
			uses := slices.DeleteFunc(slices.Clone(q.Quotes), compare.QuoteUse.Phrase)
			if len(uses) == 0 {
				continue
			}
			sp := q.Speaker
			k, ok := bySpeaker[sp]
			if !ok {
				k = len(lone)
				bySpeaker[sp] = k
				lone = append(lone, speakerQuotes{Speaker: sp})
			}
			for _, u := range uses {
				if len(lone[k].Quotes) == lonesEach {
					lone[k].More++
					continue
				}
				lone[k].Quotes = append(lone[k].Quotes, quoteUse{Col: p.col(u.Article), Text: clip(sentenceClip, u.Text), Verb: u.Verb, Mention: u.Mention, Partial: u.Partial})
			}
			continue
		}
		qv := quoteView{Index: i, Speaker: q.Speaker, Kind: q.Kind, Transcribed: q.Transcribed, Translated: q.Translated, More: max(0, len(q.Quotes)-p.uses)}
		for _, u := range q.Quotes[:min(p.uses, len(q.Quotes))] {
			qv.Uses = append(qv.Uses, quoteUse{Col: p.col(u.Article), Text: clip(p.clip, u.Text), Verb: u.Verb, Mention: u.Mention, Partial: u.Partial})
		}
		// The words an altered quote changes, cut to what both versions
		// quote; a shortened quote's uses show what was cut.
		for _, d := range q.Diffs {
			if d.Kind != compare.QuoteAltered || len(qv.Diffs) == diffsShown {
				continue
			}
			qv.Diffs = append(qv.Diffs, diffView{From: p.col(d.From), To: p.col(d.To), Kind: d.Kind, Ops: compare.CoreOps(d.Ops)})
		}
		shared = append(shared, qv)
	}
	// The most quoted speakers first; an unknown speaker last.
	sort.SliceStable(lone, func(i, j int) bool {
		if (lone[i].Speaker == "") != (lone[j].Speaker == "") {
			return lone[j].Speaker == ""
		}
		return len(lone[i].Quotes)+lone[i].More > len(lone[j].Quotes)+lone[j].More
	})
	p.Quotes = split(shared, quotesTop, quotesKept)
	p.Lone = split(lone, 0, lonesKept)
}

// names lists the names, those the outlets choose differently first (the
// report's order).
func (p *storyPage) names() {
	var ns []nameView
	for i, n := range p.Report.Names {
		nv := nameView{Index: i, Entity: n.Entity, Type: n.Type, Flagged: n.Flagged, FormsDiffer: n.FormsDiffer, RolesDiffer: n.RolesDiffer,
			More: max(0, len(n.Uses)-p.uses)}
		for _, u := range n.Uses[:min(p.uses, len(n.Uses))] {
			nv.Uses = append(nv.Uses, nameUse{Col: p.col(u.Article), Forms: u.Forms, Roles: u.Roles})
		}
		ns = append(ns, nv)
	}
	sort.SliceStable(ns, func(i, j int) bool { return ns[i].Flagged && !ns[j].Flagged })
	p.Names = split(ns, rowsTop, groupsKept)
}

// numbers lists the quantities by compare.Quantity.Rank: discrepancies
// first, then the figures several articles give, then the rest.
func (p *storyPage) numbers() {
	type indexed struct {
		i int
		q compare.Quantity
	}
	var qs []indexed
	for i, q := range p.Report.Numbers {
		qs = append(qs, indexed{i, q})
	}
	// Within a rank, a position one outlet alone names ("first (article)")
	// tells the reader least: it goes last, into the JSON on a large story.
	lonePosition := func(q compare.Quantity) bool {
		return q.Kind == string(nlp.NumOrdinal) && !q.Discrepancy && len(p.outletsOf(q.ReportedBy)) < 2
	}
	sort.SliceStable(qs, func(i, j int) bool {
		if ri, rj := qs[i].q.Rank(), qs[j].q.Rank(); ri != rj {
			return ri < rj
		}
		return !lonePosition(qs[i].q) && lonePosition(qs[j].q)
	})
	var nvs []numberView
	for k, iq := range qs {
		q := iq.q
		nv := numberView{Index: iq.i, What: q.What, Kind: q.Kind, Unit: q.Unit, Discrepancy: q.Discrepancy, More: max(0, len(q.Values)-p.uses)}
		for _, v := range q.Values[:min(p.uses, len(q.Values))] {
			nu := numberUse{Col: p.col(v.Article), Text: v.Text, Approx: v.Approx, Sentence: clip(sentenceClip, v.Sentence)}
			if !p.Inline && (k >= rowsTop || !q.Discrepancy) {
				nu.Sentence = "" // a large story shows the sentences of disputed figures only
			}
			nv.Values = append(nv.Values, nu)
		}
		nvs = append(nvs, nv)
	}
	p.Numbers = split(nvs, rowsTop, groupsKept)
}

// copies lists the copies, most taken first; articles that only share
// quotes come after them, those that share only a few counted
// (FewQuotes).
func (p *storyPage) copies() {
	type indexed struct {
		i int
		c compare.Copy
	}
	var cs []indexed
	few := 0
	for i, c := range p.Report.Copies {
		if c.FewQuotes() {
			few++
			continue
		}
		cs = append(cs, indexed{i, c})
	}
	if few > 0 {
		one, many := "more pair of articles shares", "more pairs of articles share"
		if len(cs) == 0 {
			one, many = "pair of articles shares", "pairs of articles share"
		}
		p.FewQuotes = fmt.Sprintf("%s a few quotes, not text (the same words of the same speakers, under %.0f%% of the later article).",
			plural(few, one, many), 100*compare.FewSharedQuotes)
	}
	sort.SliceStable(cs, func(i, j int) bool {
		qi, qj := cs[i].c.Kind == compare.KindSharesQuotes, cs[j].c.Kind == compare.KindSharesQuotes
		if qi != qj {
			return qj
		}
		return cs[i].c.Share > cs[j].c.Share
	})
	var out []copyView
	for _, ic := range cs {
		c := ic.c
		out = append(out, copyView{Index: ic.i, Source: p.col(c.Source), Copy: p.col(c.Copy), Kind: c.Kind, Extent: c.Extent,
			Share: c.Share, Basis: c.Basis, Unknown: unknownDirection(c), Inserted: clipAll(c.Inserted, p.uses/2, p.clip/2), Removed: clipAll(c.Removed, p.uses/2, p.clip/2),
			Substituted: c.Substituted[:min(p.uses, len(c.Substituted))]})
	}
	p.Copies = split(out, quotesTop, groupsKept)
}

// unknownDirection says why a copy relation names no copier (a wire both
// carry, one outlet's update, a direction unknown: compare.Copy.Note), ""
// when it does or the relation is no copy (shares-quotes).
func unknownDirection(c compare.Copy) string {
	return c.Note()
}

// clipAll keeps the first n passages, each clipped to size characters.
func clipAll(ps []string, n, size int) []string {
	out := make([]string, 0, min(n, len(ps)))
	for _, s := range ps[:min(n, len(ps))] {
		out = append(out, clip(size, s))
	}
	return out
}

// outletTerms gathers the articles' terms by outlet, in the order the
// outlets first appear; each term is listed once with its count and its
// first sentence (only with inline, to keep a large story's page light).
// Outlets with no term are left out.
func outletTerms(terms []compare.ArticleTerms, colOf func(string) col, outlets []outletCol, inline bool) []termView {
	var out []termView
	byOutlet := map[int]int{}
	seen := map[int]map[string]int{}
	for _, t := range terms {
		c := colOf(t.Article)
		i, ok := byOutlet[c.OutletN]
		if !ok {
			i = len(out)
			byOutlet[c.OutletN] = i
			o := outletCol{N: c.OutletN, Name: orDash(c.Outlet)}
			if c.OutletN > 0 && c.OutletN <= len(outlets) {
				o = outlets[c.OutletN-1]
			}
			out = append(out, termView{Outlet: o, Compact: !inline})
			seen[c.OutletN] = map[string]int{}
		}
		tv := &out[i]
		for _, u := range t.Lexicon {
			if !u.Shown() {
				continue // a speaker's word, a neutral sense or scare quotes: not shown as the outlet's wording
			}
			key := u.Category + "\x00" + strings.ToLower(u.Text)
			if j, ok := seen[c.OutletN][key]; ok {
				tv.Lexicon[j].Count++
				continue
			}
			seen[c.OutletN][key] = len(tv.Lexicon)
			u.Sentence = clip(sentenceClip, u.Sentence)
			if !inline {
				u.Sentence = ""
			}
			tv.Lexicon = append(tv.Lexicon, termCount{TermUse: u, Count: 1})
		}
		if t.DistinctiveShown && len(t.Distinctive) > 0 {
			tv.Distinctive = append(tv.Distinctive, articleWords{Col: c, Words: t.Distinctive})
		}
	}
	kept := out[:0]
	for _, tv := range out {
		l := tv.Lexicon
		sort.SliceStable(l, func(a, b int) bool { return l[a].Count > l[b].Count })
		tv.Lexicon = l[:min(lexiconShown, len(l))]
		if len(tv.Lexicon) > 0 {
			kept = append(kept, tv)
		}
	}
	return kept
}

// matrixView is one table of the facts matrix: its rows and the page.
type matrixView struct {
	Page *storyPage
	Rows []factRow
}

// Matrix returns the facts matrix's top rows, or with rest those past
// the fold.
func (p *storyPage) Matrix(rest bool) matrixView {
	if rest {
		return matrixView{Page: p, Rows: p.Rows.Rest}
	}
	return matrixView{Page: p, Rows: p.Rows.Top}
}

// col returns the compared article with id.
func (p *storyPage) col(id string) col {
	if c, ok := p.cols[id]; ok {
		return c
	}
	return col{ID: id, Label: id}
}

// indexedGroup is a quote group with its index in the report.
type indexedGroup struct {
	index int
	group compare.QuoteGroup
}

// quoteOrder puts the findings first: altered quotes, then shortened,
// identical, and quotes one outlet alone has; groups of scare quotes (no
// quote longer than two words) are left to the JSON.
func quoteOrder(groups []compare.QuoteGroup) []indexedGroup {
	rank := map[string]int{compare.QuoteAltered: 0, compare.QuoteShortened: 1, compare.QuoteExcerpts: 2, compare.QuoteIdentical: 3, compare.QuoteOneOnly: 4}
	var out []indexedGroup
	for i, g := range groups {
		long := false
		for _, q := range g.Quotes {
			long = long || len(strings.Fields(q.Text)) > 2
		}
		if long {
			out = append(out, indexedGroup{i, g})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return rank[out[i].group.Kind] < rank[out[j].group.Kind] })
	return out
}

// members lists the story's articles in order of publication (undated
// last), with the delay after the first where the comparison measured it.
func members(rep view.StoryReport, colOf func(string) col) []memberView {
	when := map[string]compare.TimelineEntry{}
	for _, e := range rep.Timeline {
		when[e.Article] = e
	}
	out := make([]memberView, 0, len(rep.Members))
	for _, m := range rep.Members {
		mv := memberView{Member: m, First: when[m.ID].First, After: when[m.ID].After}
		if c := colOf(m.ID); c.N > 0 {
			mv.Label, mv.Kind = c.Label, c.Kind
		}
		out = append(out, mv)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Published, out[j].Published
		if a.IsZero() != b.IsZero() {
			return b.IsZero()
		}
		return a.Unix() < b.Unix()
	})
	return out
}
