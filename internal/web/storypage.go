package web

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/view"
)

// storyPage is one story's comparison, ready for the page and the API. It
// is built once per story and version and kept in the server's cache.
type storyPage struct {
	Report view.StoryReport
	// Cols are the compared articles.
	Cols []col
	// Outlets are the outlets of the compared articles, the columns of
	// the facts matrix, in the order they first appear.
	Outlets []outletCol
	// Rows are the facts at least two articles report; Only lists, per
	// article, the facts it alone reports.
	Rows []factRow
	Only []onlyFacts
	// HiddenRows counts facts left out of the matrix to keep it readable.
	HiddenRows int
	// Inline is true when the story is small enough for the page to carry
	// every fact's sentences; a larger story's page loads them on demand.
	Inline bool
	// Hidden counts the entries of each section that the page leaves to
	// the JSON to keep a large story's page light.
	Hidden   hidden
	Quotes   []quoteView
	Names    []nameView
	Terms    []termView
	Numbers  []numberView
	Timeline []timelineView
	Copies   []copyView
	// Uncompared counts members past view.CompareAtMost.
	Uncompared int
	// Lean is the story's coverage by lean, drawn as a bar; OneSided the
	// facts only one side's outlets report, by index in Report.Facts.
	Lean     *leanBar
	OneSided map[int]view.OneSidedFact

	cols map[string]col
}

// col is one compared article.
type col struct {
	N         int // 1-based, as the page numbers them
	ID        string
	Outlet    string
	Label     string // the outlet, numbered when it has several articles
	OutletN   int    // the outlet's outletCol.N
	Title     string
	Published article.Date
}

// hidden counts entries the page does not show.
type hidden struct {
	Quotes, Names, Numbers int
}

type factRow struct {
	// Index is the fact's index in the report's facts.
	Index    int
	Coverage string
	Text     string // the first reporting article's sentence
	Shared   []string
	Cells    []cell
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
}

type sentence struct {
	Col      col
	Outlet   int // outletCol.N
	Text     string
	OnlyHere []string
}

type onlyFacts struct {
	Col       col
	Sentences []string
	More      int
}

type quoteView struct {
	Speaker string
	Kind    string
	Uses    []quoteUse
	Diffs   []diffView
	More    int // uses not shown
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

type nameView struct {
	Entity, Type             string
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
	Outlet  string
	Lexicon []termCount
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

type timelineView struct {
	Col   col
	First bool
	After string
	// Pos places the article on a scale of 0 (first) to 20 (last).
	Pos int
}

type copyView struct {
	Source, Copy col
	Kind, Extent string
	Share        float64
	Basis        string
	Inserted     []string
	Removed      []string
	Substituted  []string
}

// Limits that keep a large story's page light; the JSON has everything.
const (
	matrixRows     = 80 // facts in the matrix
	inlineArticles = 12 // the most articles whose sentences the page carries
	onlyShown      = 5  // facts only one article reports, per article
	groupsShown    = 60 // quote groups, names, quantities
	usesShown      = 12 // articles per quote group, name, quantity
	lexiconShown   = 10 // lexicon terms per article
)

// storyEntry is what the server keeps of a story once its page is built:
// the page and the API answer, compressed, and the facts for the fact
// page and endpoint, so that a large story costs a few hundred kilobytes
// of memory instead of megabytes.
type storyEntry struct {
	id, title string
	updated   time.Time
	members   int
	html      body
	json      body
	facts     factsBlob
	cols      map[string]col
	// outlets is the outlets' version it was built at: the page shows
	// its outlets' records and leans.
	outlets int64
}

// size estimates the memory an entry holds.
func (e *storyEntry) size() int64 {
	return e.html.size() + e.json.size() + e.facts.size() + int64(200*len(e.cols))
}

// buildStory reads, compares and renders one story.
func (s *Server) buildStory(ctx context.Context, id string) (*storyEntry, error) {
	story, arts, err := view.StoryDetail(ctx, s.st, s.an, id)
	if err != nil {
		return nil, err
	}
	rep, err := view.Report(ctx, s.an, story, arts)
	if err != nil {
		return nil, fmt.Errorf("compare story %s: %w", story.ID, err)
	}
	p := newStoryPage(rep)
	j, err := marshalJSON(p.Report)
	if err != nil {
		return nil, fmt.Errorf("story %s: %w", story.ID, err)
	}
	h, err := s.renderBytes("story", page{Title: orDash(p.Report.Title), Nav: "stories", Data: p})
	if err != nil {
		return nil, err
	}
	facts, err := newFactsBlob(rep.Facts)
	if err != nil {
		return nil, fmt.Errorf("story %s: %w", story.ID, err)
	}
	return &storyEntry{id: rep.ID, title: rep.Title, updated: rep.Summary.Updated, members: len(rep.Members),
		html: newBody(h), json: newBody(j), facts: facts, cols: p.cols}, nil
}

// newStoryPage arranges a report for the page.
func newStoryPage(rep view.StoryReport) *storyPage {
	p := &storyPage{Report: rep, Uncompared: max(0, len(rep.Members)-len(rep.Articles)), Inline: len(rep.Articles) <= inlineArticles}
	cols := map[string]col{}
	labels := compare.ArticleLabels(rep.Articles)
	records := map[string]view.MemberOutlet{}
	for _, m := range rep.Members {
		records[m.ID] = m.MemberOutlet
	}
	// The columns are outlet records (all sections of one outlet in one
	// column); an article of no record has its outlet name's column.
	outletN := map[string]int{}
	for i, a := range rep.Articles {
		c := col{N: i + 1, ID: a.ID, Outlet: a.Outlet, Label: orDash(labels[a.ID]), Title: a.Title, Published: a.Published}
		rec := records[a.ID]
		key := "name:" + a.Outlet
		if rec.OutletID != "" {
			key = "id:" + rec.OutletID
		}
		if _, ok := outletN[key]; !ok {
			outletN[key] = len(p.Outlets) + 1
			oc := outletCol{N: len(p.Outlets) + 1, Name: orDash(a.Outlet), Outlet: a.Outlet, ID: rec.OutletID}
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
	colOf := p.col
	if rep.Coverage != nil {
		b := newLeanBar(*rep.Coverage)
		p.Lean = &b
	}
	if len(rep.OneSided) > 0 {
		p.OneSided = map[int]view.OneSidedFact{}
		for _, f := range rep.OneSided {
			p.OneSided[f.Fact] = f
		}
	}
	only := map[string]*onlyFacts{}
	for i, f := range rep.Facts {
		if f.Coverage == compare.CoverageOne {
			if !f.OnlyIn() {
				continue // stated by others in other words
			}
			for _, fs := range f.Sentences {
				o := only[fs.Article]
				if o == nil {
					o = &onlyFacts{Col: colOf(fs.Article)}
					only[fs.Article] = o
				}
				if len(o.Sentences) < onlyShown {
					o.Sentences = append(o.Sentences, fs.Text)
				} else {
					o.More++
				}
			}
			continue
		}
		if len(p.Rows) == matrixRows {
			p.HiddenRows++
			continue
		}
		row := factRow{Index: i, Coverage: f.Coverage, Shared: f.Shared}
		if len(f.Conflict) > 0 {
			row.Coverage = "differ" // opposite outcomes: not agreement
		}
		reported := map[int]bool{}
		for _, fs := range f.Sentences {
			c := colOf(fs.Article)
			n := c.OutletN
			reported[n] = true
			if p.Inline {
				row.Sentences = append(row.Sentences, sentence{Col: c, Outlet: n, Text: fs.Text, OnlyHere: fs.OnlyHere})
			}
		}
		if len(f.Sentences) > 0 {
			row.Text = f.Sentences[0].Text
		}
		for _, o := range p.Outlets {
			row.Cells = append(row.Cells, cell{Outlet: o, Reported: reported[o.N]})
		}
		p.Rows = append(p.Rows, row)
	}
	for _, c := range p.Cols {
		if o := only[c.ID]; o != nil {
			p.Only = append(p.Only, *o)
		}
	}
	for _, q := range quoteOrder(rep.Quotes) {
		if len(p.Quotes) == groupsShown {
			p.Hidden.Quotes++
			continue
		}
		qv := quoteView{Speaker: q.Speaker, Kind: q.Kind, More: max(0, len(q.Quotes)-usesShown)}
		for _, u := range q.Quotes[:min(usesShown, len(q.Quotes))] {
			qv.Uses = append(qv.Uses, quoteUse{Col: colOf(u.Article), Text: u.Text, Verb: u.Verb, Mention: u.Mention, Partial: u.Partial})
		}
		for _, d := range q.Diffs[:min(usesShown, len(q.Diffs))] {
			qv.Diffs = append(qv.Diffs, diffView{From: colOf(d.From), To: colOf(d.To), Kind: d.Kind, Ops: d.Ops})
		}
		p.Quotes = append(p.Quotes, qv)
	}
	names := append([]compare.Name(nil), rep.Names...)
	sort.SliceStable(names, func(i, j int) bool {
		return (names[i].FormsDiffer || names[i].RolesDiffer) && !(names[j].FormsDiffer || names[j].RolesDiffer)
	})
	for _, n := range names {
		if len(p.Names) == groupsShown {
			p.Hidden.Names++
			continue
		}
		nv := nameView{Entity: n.Entity, Type: n.Type, FormsDiffer: n.FormsDiffer, RolesDiffer: n.RolesDiffer, More: max(0, len(n.Uses)-usesShown)}
		for _, u := range n.Uses[:min(usesShown, len(n.Uses))] {
			nv.Uses = append(nv.Uses, nameUse{Col: colOf(u.Article), Forms: u.Forms, Roles: u.Roles})
		}
		p.Names = append(p.Names, nv)
	}
	p.Terms = outletTerms(rep.Terms, colOf)
	numbers := append([]compare.Quantity(nil), rep.Numbers...)
	rank := func(q compare.Quantity) int {
		switch {
		case q.Discrepancy:
			return 0
		case len(q.ReportedBy) > 1:
			return 1
		}
		return 2
	}
	sort.SliceStable(numbers, func(i, j int) bool { return rank(numbers[i]) < rank(numbers[j]) })
	for _, q := range numbers {
		if len(p.Numbers) == groupsShown {
			p.Hidden.Numbers++
			continue
		}
		nv := numberView{What: q.What, Kind: q.Kind, Unit: q.Unit, Discrepancy: q.Discrepancy, More: max(0, len(q.Values)-usesShown)}
		for _, v := range q.Values[:min(usesShown, len(q.Values))] {
			nv.Values = append(nv.Values, numberUse{Col: colOf(v.Article), Text: v.Text, Approx: v.Approx, Sentence: v.Sentence})
		}
		p.Numbers = append(p.Numbers, nv)
	}
	p.Timeline = timeline(rep.Timeline, colOf)
	stored := map[string]bool{}
	for _, m := range rep.Members {
		stored[m.Outlet] = true
	}
	for i := range p.Outlets {
		// Articles without an outlet are labelled by file name, which has
		// no outlet page.
		if !stored[p.Outlets[i].Outlet] {
			p.Outlets[i].Outlet = ""
		}
	}
	copies := append([]compare.Copy(nil), rep.Copies...)
	sort.SliceStable(copies, func(i, j int) bool { return copies[i].Share > copies[j].Share })
	for _, c := range copies {
		p.Copies = append(p.Copies, copyView{Source: colOf(c.Source), Copy: colOf(c.Copy), Kind: c.Kind, Extent: c.Extent,
			Share: c.Share, Basis: c.Basis, Inserted: c.Inserted, Removed: c.Removed, Substituted: c.Substituted})
	}
	return p
}

// outletTerms gathers the articles' terms by outlet, in the order the
// outlets first appear; each term is listed once with its count and its
// first sentence.
func outletTerms(terms []compare.ArticleTerms, colOf func(string) col) []termView {
	var out []termView
	byOutlet := map[string]int{}
	seen := map[string]map[string]int{}
	for _, t := range terms {
		c := colOf(t.Article)
		i, ok := byOutlet[c.Outlet]
		if !ok {
			i = len(out)
			byOutlet[c.Outlet] = i
			out = append(out, termView{Outlet: orDash(c.Outlet)})
			seen[c.Outlet] = map[string]int{}
		}
		tv := &out[i]
		for _, u := range t.Lexicon {
			key := u.Category + "\x00" + strings.ToLower(u.Text)
			if j, ok := seen[c.Outlet][key]; ok {
				tv.Lexicon[j].Count++
				continue
			}
			seen[c.Outlet][key] = len(tv.Lexicon)
			tv.Lexicon = append(tv.Lexicon, termCount{TermUse: u, Count: 1})
		}
		if t.DistinctiveShown && len(t.Distinctive) > 0 {
			tv.Distinctive = append(tv.Distinctive, articleWords{Col: c, Words: t.Distinctive})
		}
	}
	for i := range out {
		l := out[i].Lexicon
		sort.SliceStable(l, func(a, b int) bool { return l[a].Count > l[b].Count })
		out[i].Lexicon = l[:min(lexiconShown, len(l))]
	}
	return out
}

// col returns the compared article with id.
func (p *storyPage) col(id string) col {
	if c, ok := p.cols[id]; ok {
		return c
	}
	return col{ID: id, Label: id}
}

// factData is what the page of one fact shows.
type factData struct {
	Story, StoryTitle string
	Fact              compare.Fact
	Sentences         []sentence
}

// fact returns the page of fact i, or false when there is none.
func (e *storyEntry) fact(i int) (factData, bool) {
	f, ok := e.facts.fact(i)
	if !ok {
		return factData{}, false
	}
	d := factData{Story: e.id, StoryTitle: e.title, Fact: f}
	for _, fs := range f.Sentences {
		c, ok := e.cols[fs.Article]
		if !ok {
			c = col{ID: fs.Article, Label: fs.Article}
		}
		d.Sentences = append(d.Sentences, sentence{Col: c, Text: fs.Text, OnlyHere: fs.OnlyHere})
	}
	return d, true
}

// quoteOrder puts the findings first: altered quotes, then shortened,
// identical, and quotes one outlet alone has; groups of scare quotes (no
// quote longer than two words) are left to the JSON.
func quoteOrder(groups []compare.QuoteGroup) []compare.QuoteGroup {
	rank := map[string]int{compare.QuoteAltered: 0, compare.QuoteShortened: 1, compare.QuoteIdentical: 2, compare.QuoteOneOnly: 3}
	var out []compare.QuoteGroup
	for _, g := range groups {
		long := false
		for _, q := range g.Quotes {
			long = long || len(strings.Fields(q.Text)) > 2
		}
		if long {
			out = append(out, g)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return rank[out[i].Kind] < rank[out[j].Kind] })
	return out
}

// timeline places the articles on a scale from the first to the last.
func timeline(entries []compare.TimelineEntry, colOf func(string) col) []timelineView {
	var first, last int64
	dated := false
	for _, e := range entries {
		if e.Published.IsZero() {
			continue
		}
		u := e.Published.Unix()
		if !dated || u < first {
			first = u
		}
		if !dated || u > last {
			last = u
		}
		dated = true
	}
	out := make([]timelineView, 0, len(entries))
	for _, e := range entries {
		tv := timelineView{Col: colOf(e.Article), First: e.First, After: e.After}
		if !e.Published.IsZero() && last > first {
			tv.Pos = int(20 * (e.Published.Unix() - first) / (last - first))
		}
		out = append(out, tv)
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}
