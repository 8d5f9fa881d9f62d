package web

import (
	"context"
	"fmt"
	"sync"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/view"
)

// storyPage is one story's comparison, ready for the page and the API. It
// is built once per story and version and kept in the server's cache.
type storyPage struct {
	Report view.StoryReport
	// Cols are the compared articles, the columns of the facts matrix.
	Cols []col
	// Rows are the facts at least two articles report; Only lists, per
	// article, the facts it alone reports.
	Rows []factRow
	Only []onlyFacts
	// HiddenRows counts facts left out of the matrix to keep it readable.
	HiddenRows int
	Quotes     []quoteView
	Names      []nameView
	Terms      []termView
	Numbers    []numberView
	Timeline   []timelineView
	Copies     []copyView
	// Uncompared counts members past view.CompareAtMost.
	Uncompared int

	jsonOnce sync.Once
	json     []byte
	jsonErr  error
	htmlOnce sync.Once
	html     []byte
	htmlErr  error
}

// col is one compared article.
type col struct {
	N         int // 1-based, as the page numbers them
	ID        string
	Outlet    string
	Label     string // the outlet, numbered when it has several articles
	Title     string
	Published article.Date
}

type factRow struct {
	Coverage string
	Text     string // the first reporting article's sentence
	Shared   []string
	Cells    []cell
	// Sentences are the reporting articles' sentences.
	Sentences []sentence
}

type cell struct {
	Col      col
	Reported bool
	Text     string
}

type sentence struct {
	Col      col
	Text     string
	OnlyHere []string
}

type onlyFacts struct {
	Col       col
	Sentences []string
}

type quoteView struct {
	Speaker string
	Kind    string
	Uses    []quoteUse
	Diffs   []diffView
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
}

type nameUse struct {
	Col          col
	Forms, Roles []string
}

type termView struct {
	Col         col
	Lexicon     []compare.TermUse
	Distinctive []compare.Word
	Shown       bool
}

type numberView struct {
	What, Kind, Unit string
	Discrepancy      bool
	Values           []numberUse
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

// matrixRows is the most facts the matrix shows.
const matrixRows = 150

// buildStoryPage reads and compares one story.
func (s *Server) buildStoryPage(ctx context.Context, id string) (*storyPage, error) {
	story, arts, err := view.StoryDetail(ctx, s.st, s.an, id)
	if err != nil {
		return nil, err
	}
	rep, err := view.Report(ctx, s.an, story, arts)
	if err != nil {
		return nil, fmt.Errorf("compare story %s: %w", story.ID, err)
	}
	return newStoryPage(rep), nil
}

// newStoryPage arranges a report for the page.
func newStoryPage(rep view.StoryReport) *storyPage {
	p := &storyPage{Report: rep, Uncompared: max(0, len(rep.Members)-len(rep.Articles))}
	cols := map[string]col{}
	perOutlet := map[string]int{}
	for _, a := range rep.Articles {
		perOutlet[a.Outlet]++
	}
	seen := map[string]int{}
	for i, a := range rep.Articles {
		c := col{N: i + 1, ID: a.ID, Outlet: a.Outlet, Label: orDash(a.Outlet), Title: a.Title, Published: a.Published}
		if perOutlet[a.Outlet] > 1 {
			seen[a.Outlet]++
			c.Label = fmt.Sprintf("%s (%d)", orDash(a.Outlet), seen[a.Outlet])
		}
		cols[a.ID] = c
		p.Cols = append(p.Cols, c)
	}
	colOf := func(id string) col {
		if c, ok := cols[id]; ok {
			return c
		}
		return col{ID: id, Label: id}
	}
	only := map[string]*onlyFacts{}
	for _, f := range rep.Facts {
		if f.Coverage == compare.CoverageOne {
			for _, fs := range f.Sentences {
				o := only[fs.Article]
				if o == nil {
					o = &onlyFacts{Col: colOf(fs.Article)}
					only[fs.Article] = o
				}
				o.Sentences = append(o.Sentences, fs.Text)
			}
			continue
		}
		if len(p.Rows) == matrixRows {
			p.HiddenRows++
			continue
		}
		row := factRow{Coverage: f.Coverage, Shared: f.Shared}
		text := map[string]string{}
		for _, fs := range f.Sentences {
			if _, dup := text[fs.Article]; !dup {
				text[fs.Article] = fs.Text
			}
			row.Sentences = append(row.Sentences, sentence{Col: colOf(fs.Article), Text: fs.Text, OnlyHere: fs.OnlyHere})
		}
		if len(f.Sentences) > 0 {
			row.Text = f.Sentences[0].Text
		}
		for _, c := range p.Cols {
			t, ok := text[c.ID]
			row.Cells = append(row.Cells, cell{Col: c, Reported: ok, Text: t})
		}
		p.Rows = append(p.Rows, row)
	}
	for _, c := range p.Cols {
		if o := only[c.ID]; o != nil {
			p.Only = append(p.Only, *o)
		}
	}
	for _, q := range rep.Quotes {
		qv := quoteView{Speaker: q.Speaker, Kind: q.Kind}
		for _, u := range q.Quotes {
			qv.Uses = append(qv.Uses, quoteUse{Col: colOf(u.Article), Text: u.Text, Verb: u.Verb, Mention: u.Mention, Partial: u.Partial})
		}
		for _, d := range q.Diffs {
			qv.Diffs = append(qv.Diffs, diffView{From: colOf(d.From), To: colOf(d.To), Kind: d.Kind, Ops: d.Ops})
		}
		p.Quotes = append(p.Quotes, qv)
	}
	for _, n := range rep.Names {
		nv := nameView{Entity: n.Entity, Type: n.Type, FormsDiffer: n.FormsDiffer, RolesDiffer: n.RolesDiffer}
		for _, u := range n.Uses {
			nv.Uses = append(nv.Uses, nameUse{Col: colOf(u.Article), Forms: u.Forms, Roles: u.Roles})
		}
		p.Names = append(p.Names, nv)
	}
	for _, t := range rep.Terms {
		p.Terms = append(p.Terms, termView{Col: colOf(t.Article), Lexicon: t.Lexicon, Distinctive: t.Distinctive, Shown: t.DistinctiveShown})
	}
	for _, q := range rep.Numbers {
		nv := numberView{What: q.What, Kind: q.Kind, Unit: q.Unit, Discrepancy: q.Discrepancy}
		for _, v := range q.Values {
			nv.Values = append(nv.Values, numberUse{Col: colOf(v.Article), Text: v.Text, Approx: v.Approx, Sentence: v.Sentence})
		}
		p.Numbers = append(p.Numbers, nv)
	}
	p.Timeline = timeline(rep.Timeline, colOf)
	for _, c := range rep.Copies {
		p.Copies = append(p.Copies, copyView{Source: colOf(c.Source), Copy: colOf(c.Copy), Kind: c.Kind, Extent: c.Extent,
			Share: c.Share, Basis: c.Basis, Inserted: c.Inserted, Removed: c.Removed, Substituted: c.Substituted})
	}
	return p
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
