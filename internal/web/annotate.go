package web

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/view"
)

// articleData is what the article page shows: the article with its text
// cut into segments, each marked with what the analysis found there, and
// the page furniture that cleaning set aside marked with why.
type articleData struct {
	view.Article
	Link  string // the article's own URL when it is a web address
	Title []seg
	Paras []paraData
	// Entities are the names the article uses, most mentioned first.
	Entities []nlp.Entity
	Quotes   int
	Numbers  int
	Terms    int
	Copied   int // bytes of text copied from or by other articles
	// SetAside counts the paragraphs set aside whole as furniture, Mixed
	// those with furniture run into them.
	SetAside, Mixed int
}

// paraData is one paragraph of the page: its segments, and for a paragraph
// set aside whole, what it is and why.
type paraData struct {
	Segs   []seg
	Kind   string
	Reason string
}

// seg is a run of text with the same marks. Class lists the marks (q
// quote, e entity, n number, t term, c copied, f furniture) and Tip says
// what they are; both are escaped like any text. Label, on the first
// segment of furniture inside a paragraph, names its kind.
type seg struct {
	Text  string
	Class string
	Tip   string
	Label string
}

const (
	markQuote uint8 = 1 << iota
	markEntity
	markNumber
	markTerm
	markCopied
	markFurniture
)

// annotate cuts an article's title and paragraphs into marked segments:
// what the analysis of its cleaned text found, and the furniture set
// aside.
func (s *Server) annotate(ctx context.Context, a view.Article) (articleData, error) {
	masked, v, err := s.reader().Masked(ctx, a.Article)
	if err != nil {
		return articleData{}, err
	}
	an := s.an.Analyze(nlp.Input{Title: masked.Title, Paragraphs: masked.Paragraphs, Lang: masked.Language})
	d := articleData{Article: a, Link: externalURL(a.URL), Entities: an.Entities,
		Quotes: len(an.Quotes), Numbers: len(an.Numbers), Terms: len(an.Terms)}
	texts := append([]string{a.Article.Title}, a.Paragraphs...)
	m := newMarker(texts)
	for _, p := range v.Paras {
		switch p.Verdict {
		case clean.Furniture:
			d.SetAside++
		case clean.Mixed:
			d.Mixed++
			for _, c := range p.Cuts {
				m.markText(p.Para+1, c.Start, c.End, markFurniture, "set aside as "+c.Kind+": "+c.Reason)
			}
		}
	}
	for _, q := range an.Quotes {
		tip := "quotation"
		if q.Speaker != nil {
			tip = "quotation of " + q.Speaker.Mention
			if q.Speaker.Entity >= 0 && q.Speaker.Entity < len(an.Entities) {
				tip = "quotation of " + an.Entities[q.Speaker.Entity].Name
			}
		}
		if q.Verb != "" {
			tip += " (" + q.Verb + ")"
		}
		for _, p := range q.Parts {
			m.mark(p, markQuote, tip)
		}
	}
	for _, sp := range copiedSpans(a) {
		m.markJoined(sp.start, sp.end, markCopied, sp.tip)
	}
	for _, e := range an.Entities {
		for _, mn := range e.Mentions {
			if mn.Kind == nlp.MentionPronoun {
				continue
			}
			m.mark(mn.Span, markEntity, fmt.Sprintf("%s: %s", e.Type, e.Name))
		}
	}
	for _, t := range an.Terms {
		m.mark(t.Span, markTerm, fmt.Sprintf("%s term: %s", t.Category, t.Term))
	}
	for _, n := range an.Numbers {
		tip := string(n.Kind)
		if n.Counts != "" {
			tip += " of " + n.Counts
		}
		m.mark(n.Span, markNumber, "number ("+tip+")")
	}
	segs := m.segments()
	d.Title = segs[0]
	d.Paras = make([]paraData, len(segs)-1)
	for i, ps := range segs[1:] {
		d.Paras[i].Segs = ps
		if i < len(v.Paras) && v.Paras[i].Verdict == clean.Furniture {
			d.Paras[i].Kind, d.Paras[i].Reason = v.Paras[i].Kind, v.Paras[i].Reason
		}
		for k := range ps {
			if strings.Contains(ps[k].Class, "f") && (k == 0 || !strings.Contains(ps[k-1].Class, "f")) {
				ps[k].Label = strings.TrimPrefix(strings.SplitN(ps[k].Tip, ":", 2)[0], "set aside as ")
			}
		}
	}
	d.Copied = m.copied
	return d, nil
}

type copiedSpan struct {
	start, end int
	tip        string
}

// copyTip is the tip of a shared passage: "copied from OUTLET: title"
// (verb "copied from " or "copied by "), or "shared with OUTLET (direction
// unknown …): title" when the relation's basis does not tell who copied.
func copyTip(verb, basis, outlet, title string) string {
	if note := dedup.DirectionNote(basis); note != "" {
		return "shared with " + orDash(outlet) + " (" + note + "): " + clip(60, title)
	}
	return verb + orDash(outlet) + ": " + clip(60, title)
}

// copiedSpans returns the passages of a's text (the paragraphs joined by
// dedup.ParagraphSeparator) that it copied or that others copied from it.
func copiedSpans(a view.Article) []copiedSpan {
	var out []copiedSpan
	for _, c := range a.CopiedFrom {
		for _, sp := range c.Spans {
			out = append(out, copiedSpan{sp.Copy.Start, sp.Copy.End, copyTip("copied from ", c.Basis, c.SourceOutlet, c.SourceTitle)})
		}
	}
	for _, c := range a.CopiedBy {
		for _, sp := range c.Spans {
			out = append(out, copiedSpan{sp.Source.Start, sp.Source.End, copyTip("copied by ", c.Basis, c.CopyOutlet, c.CopyTitle)})
		}
	}
	return out
}

// marker records marks over the bytes of several texts (the title, then
// the paragraphs).
type marker struct {
	texts  []string
	marks  [][]uint8
	tips   [][]int32
	tipIDs map[string]int32
	tipTxt []string
	copied int
}

func newMarker(texts []string) *marker {
	m := &marker{texts: texts, tipIDs: map[string]int32{}, tipTxt: []string{""}}
	for _, t := range texts {
		m.marks = append(m.marks, make([]uint8, len(t)))
		m.tips = append(m.tips, make([]int32, len(t)))
	}
	return m
}

// mark marks an analysis span (paragraph nlp.TitlePara is the title). A
// span that does not fit the text, or does not start and end on character
// boundaries, is ignored.
func (m *marker) mark(sp nlp.Span, bit uint8, tip string) {
	i := sp.Para + 1 // the title is texts[0]
	if i < 0 || i >= len(m.texts) {
		return
	}
	m.markText(i, sp.Start, sp.End, bit, tip)
}

func (m *marker) markText(i, start, end int, bit uint8, tip string) {
	t := m.texts[i]
	if start < 0 || end > len(t) || start >= end || !boundary(t, start) || !boundary(t, end) {
		return
	}
	id, ok := m.tipIDs[tip]
	if !ok {
		id = int32(len(m.tipTxt))
		m.tipIDs[tip] = id
		m.tipTxt = append(m.tipTxt, tip)
	}
	for k := start; k < end; k++ {
		m.marks[i][k] |= bit
		m.tips[i][k] = id
	}
	if bit == markCopied {
		m.copied += end - start
	}
}

// markJoined marks a range of the paragraphs joined by
// dedup.ParagraphSeparator, as copy detection reports them.
func (m *marker) markJoined(start, end int, bit uint8, tip string) {
	off := 0
	for i := 1; i < len(m.texts); i++ {
		t := m.texts[i]
		s, e := max(start, off)-off, min(end, off+len(t))-off
		if s < e {
			m.markText(i, s, e, bit, tip)
		}
		off += len(t) + len(dedup.ParagraphSeparator)
		if off >= end {
			break
		}
	}
}

func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// segments cuts each text into runs of equal marks.
func (m *marker) segments() [][]seg {
	out := make([][]seg, len(m.texts))
	for i, t := range m.texts {
		var segs []seg
		start := 0
		for k := 1; k <= len(t); k++ {
			if k < len(t) && m.marks[i][k] == m.marks[i][start] && m.tips[i][k] == m.tips[i][start] {
				continue
			}
			if k < len(t) && !utf8.RuneStart(t[k]) {
				continue
			}
			segs = append(segs, seg{Text: t[start:k], Class: classes(m.marks[i][start]), Tip: m.tipTxt[m.tips[i][start]]})
			start = k
		}
		out[i] = segs
	}
	return out
}

func classes(b uint8) string {
	var c []string
	for _, x := range []struct {
		bit  uint8
		name string
	}{{markQuote, "q"}, {markEntity, "e"}, {markNumber, "n"}, {markTerm, "t"}, {markCopied, "c"}, {markFurniture, "f"}} {
		if b&x.bit != 0 {
			c = append(c, x.name)
		}
	}
	return strings.Join(c, " ")
}
