package clean

import (
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
)

// Passes over the whole article, after byForm: what stands at the top or
// the end, what follows a header of links, what is printed twice.

// doubled marks a paragraph of eight words or more printed twice in a row:
// pages print a gallery's or a photo's caption once on the picture and
// once below it.
func doubled(ps []para) {
	for i := 0; i+1 < len(ps); i++ {
		if ps[i].text == ps[i+1].text && ps[i].words >= 8 && !ps[i].furniture() {
			ps[i].set(KindCaption, "printed twice in a row, as a photo's caption is")
			ps[i+1].set(KindCaption, "printed twice in a row, as a photo's caption is")
		}
	}
}

// tags marks the list of topic tags a page prints at the end of an article:
// three or more short lines without a sentence's end, after the text.
func tags(ps []para) {
	end := len(ps)
	for end > 0 && ps[end-1].furniture() {
		end--
	}
	start, single := end, 0
	for start > 0 && ps[start-1].words <= 3 && nameLike(ps[start-1].text) && !ps[start-1].furniture() {
		start--
		if ps[start].words == 1 {
			single++
		}
	}
	// Tags are names and topics, half of them one word at least; a list of
	// people's names is text.
	if end-start < 3 || start == 0 || 2*single < end-start {
		return
	}
	for i := start; i < end; i++ {
		ps[i].set(KindNavigation, "a list of topic tags at the end")
	}
}

// topSpan is how many paragraphs at the top (not counting furniture) may
// be a byline or a dateline.
const topSpan = 3

// top marks bylines and datelines among the first paragraphs, and the
// first that prints the headline again (see echoes).
func (r *rules) top(ps []para, a *article.Article) {
	seen := 0
	title, echoed := echoTitle(a.Title), false
	for i := 0; i < len(ps) && seen < topSpan; i++ {
		p := &ps[i]
		if p.furniture() {
			continue
		}
		if r.topForm(ps, i, a) {
			continue // furniture above the text does not count
		}
		seen++
		if title != "" && !echoed && echoes(p.text, title) {
			p.set(KindOther, "the headline printed again at the top")
			echoed = true
		}
	}
}

// topForm marks paragraph i of the first ones and reports whether it is a
// byline, a dateline, the author's bio or a name above the outlet's.
func (r *rules) topForm(ps []para, i int, a *article.Article) bool {
	p := &ps[i]
	if p.fold == "" {
		return false
	}
	switch {
	case r.byline(p.text, p.fold, p.words, a.Authors, a.Outlet):
		p.set(KindByline, "a byline at the top")
	case r.dateline(p.text, p.fold, p.words):
		p.set(KindDateline, "a date or dateline at the top")
	case p.words <= 80 && authorsBio(p.text, a.Authors):
		p.set(KindBio, "the author's bio at the top")
	case p.words <= 30 && onlyFurnitureBefore(ps, i) && nameList(strings.TrimSpace(stripLead(p.text)), 2, 6):
		// "Jane Doe and John Roe" over the text: the reporters' names
		// without "By", as USA TODAY prints them.
		p.set(KindByline, "names alone at the top: the reporters' byline")
	case i+1 < len(ps) && p.words <= 4 && nameLike(p.text) && ps[i+1].fold != "" && r.byline(ps[i+1].text, ps[i+1].fold, ps[i+1].words, nil, a.Outlet):
		// "Jane Doe" then "USA TODAY": a name over the outlet.
		p.set(KindByline, "an author's name above the outlet's")
	default:
		return false
	}
	return true
}

// onlyFurnitureBefore reports whether every paragraph before i is
// furniture.
func onlyFurnitureBefore(ps []para, i int) bool {
	for j := 0; j < i; j++ {
		if !ps[j].furniture() {
			return false
		}
	}
	return true
}

// bottomSpan is how many paragraphs at the end (not counting furniture)
// may be an author's bio.
const bottomSpan = 3

// bottom marks the author's bio among the last paragraphs: a paragraph
// that opens with a name and says who the person is, when the name is an
// author's, the paragraph has a bio's words, or the article does not
// mention the person before.
func (r *rules) bottom(ps []para, a *article.Article) {
	seen := 0
	for i := len(ps) - 1; i > 0 && seen < bottomSpan; i-- {
		p := &ps[i]
		if p.furniture() {
			continue
		}
		seen++
		if p.words > 120 {
			continue
		}
		if p.words <= 60 && bookPlug(p.text) {
			p.set(KindBio, "a plug for the author's book at the end")
			seen--
			continue
		}
		name, verb := bioSubject(p.text)
		if name == "" {
			continue
		}
		f := p.fold
		if f == "" {
			f = fold(p.text)
		}
		why := ""
		fn := fold(name)
		for _, au := range a.Authors {
			if fa := fold(au); fa != "" && strings.Contains(fn, fa) {
				why = "the author's bio at the end"
			}
		}
		if why == "" {
			for _, b := range r.bio {
				if hasPhrase(f, b) {
					why = fmt.Sprintf("a bio at the end (%q)", b)
					break
				}
			}
		}
		if why == "" && verb == "is" && bioRole(p.text, name) && !mentionedBefore(ps[:i], name) {
			why = "a bio at the end of someone the article does not mention"
		}
		if why != "" {
			p.set(KindBio, why)
			seen--
		}
	}
}

// bookPlug reports whether p is a plug for a writer's book, as a column
// ends: "His new book, “Title,” is out now.", "Jane Doe’s latest book is
// Title.", "Jane Doe's new book “Title” was published by Sorn Press." A
// book that the paragraph reports on ("Doe’s new book contends …") is
// text.
func bookPlug(p string) bool {
	s := strings.TrimLeft(p, " —–-‐•*·")
	ws := firstFields(s, 8)
	k := 0
	switch {
	case len(ws) == 0:
		return false
	case ws[0] == "His" || ws[0] == "Her" || ws[0] == "Their":
		k = 1
	default:
		for k < len(ws) && k < 5 && !possessive(ws[k]) {
			if !nameWord(ws[k]) {
				return false
			}
			k++
		}
		if k == len(ws) || k == 5 || !nameWord(ws[k]) {
			return false
		}
		k++
	}
	rest := strings.ToLower(strings.Join(ws[k:], " "))
	found := false
	for _, adj := range []string{"new book", "latest book", "newest book", "most recent book", "forthcoming book"} {
		if strings.HasPrefix(rest, adj) {
			found = true
		}
	}
	if !found {
		return false
	}
	for _, says := range []string{" book is ", " book, is ", " is out now", " is available", " was published", " will be published", " is published", " comes out", " is due out"} {
		if strings.Contains(p, says) {
			return true
		}
	}
	return false
}

// possessive reports whether w ends with 's or ’s.
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// authorsBio reports whether paragraph p opens with the name of one of
// authors and says who that person is ("Jane Doe is a writer in Sorn.",
// see bioSubject): an opinion page may set its writer's bio above the
// text, where it would read as the article's first fact.
func authorsBio(p string, authors []string) bool {
	if len(authors) == 0 {
		return false
	}
	name, _ := bioSubject(p)
	if name == "" {
		return false
	}
	fn := fold(name)
	for _, au := range authors {
		// A record may join several authors with commas ("A, B, C").
		for _, one := range strings.Split(au, ",") {
			if fa := fold(strings.TrimSpace(one)); fa != "" && (fn == fa || strings.Contains(fn, fa) && len(strings.Fields(fa)) >= 2) {
				return true
			}
		}
	}
	return false
}

// roleWords may follow "Name is" in a bio.
var roleWords = map[string]bool{"a": true, "an": true, "the": true, "former": true, "senior": true, "chief": true,
	"executive": true, "managing": true, "deputy": true, "co-founder": true, "founder": true, "editor": true,
	"president": true, "director": true, "professor": true, "host": true, "author": true, "currently": true,
	"chairman": true, "chairwoman": true, "dean": true}

// bioRole reports whether the word after "Name is" opens a description of
// a person ("is a", "is the", "is senior", "is National Review's").
func bioRole(p, name string) bool {
	i := strings.Index(p, name)
	if i < 0 {
		return false
	}
	rest := strings.Fields(p[i+len(name):])
	for len(rest) > 0 && rest[0] != "is" {
		rest = rest[1:] // an appositive: "Jane Doe, 45, is"
	}
	if len(rest) < 2 {
		return false
	}
	w := rest[1]
	return roleWords[strings.ToLower(w)] || nameWord(w)
}

// mentionedBefore reports whether the surname of name occurs in the text
// paragraphs ps; a paragraph that is only a name (the writer's, over an
// opinion piece) mentions no one.
func mentionedBefore(ps []para, name string) bool {
	ws := strings.Fields(name)
	sur := strings.Trim(ws[len(ws)-1], ",.")
	if sur == "Jr" || sur == "Sr" || sur == "II" || sur == "III" {
		if len(ws) < 2 {
			return true
		}
		sur = strings.Trim(ws[len(ws)-2], ",.")
	}
	for _, p := range ps {
		if !p.furniture() && strings.Contains(p.text, sur) && !(p.words <= 4 && nameLike(p.text)) {
			return true
		}
	}
	return false
}

// headlineLike reports whether a paragraph reads as a link's headline
// rather than a sentence of the article.
func headlineLike(p *para) bool {
	if p.words > 20 {
		return false
	}
	s := strings.TrimSpace(p.text)
	if strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "• ") || strings.HasPrefix(s, "└") || strings.HasPrefix(s, "* ") {
		return true
	}
	return !endsSentence(s)
}

// endsSentence reports whether s ends as a sentence does: . ! ? or … maybe
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)]»")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

// afterHeads marks the headlines listed after a header such as "Read
// more:" as related links, and the header with them.
func (r *rules) afterHeads(ps []para) {
	for i := 0; i < len(ps); i++ {
		if ps[i].fold == "" || ps[i].words > 8 {
			continue
		}
		h := strings.TrimRight(trimEnd(stripLead(ps[i].fold)), ".… ")
		end := strings.TrimSpace(ps[i].text)
		opens := strings.HasSuffix(end, ":") || strings.HasSuffix(end, "...") || strings.HasSuffix(end, "…")
		// A header a phrase already set aside as one ("Also on the
		// Lantern Ticker") opens its list without a colon; a line with a
		// colon in it is a promo of one headline ("Related: Floods
		// close the valley road"), whose next paragraphs are the text.
		opens = opens || ps[i].kind == KindRelated && !strings.ContainsRune(end, ':')
		if !r.heads[h] && !(opens && r.headPrefix(h)) {
			continue
		}
		n := 0
		j := i + 1
		for ; j < len(ps); j++ {
			q := &ps[j]
			if q.furniture() {
				continue
			}
			if !headlineLike(q) && !headlineQuestion(q.text, q.words) {
				break
			}
			q.set(KindRelated, fmt.Sprintf("a headline listed under %q", strings.TrimSpace(ps[i].text)))
			n++
		}
		if n > 0 || j == len(ps) {
			ps[i].set(KindRelated, "a header of related links")
		}
		i = j - 1
	}
}

// headPrefix reports whether h starts with a header ("more from the post").
func (r *rules) headPrefix(h string) bool {
	for _, pre := range []string{"more from", "read more from", "also on", "more on", "related"} {
		if strings.HasPrefix(h, pre) {
			return r.heads[pre]
		}
	}
	return false
}
