package compare

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/nlp"
)

// The own details of a sentence are what of it the sentences it is set
// against lack: names as it writes them, figures and dates, a named
// speaker's quoted words. Two findings show them: an only-in fact's
// Own, set against every other article (ownParts), and a fact group
// member's Adds, set against the other members' sentences (groupAdds,
// adds.go). Both read the others through a thingsSeen.

// ownPart is a detail of a sentence with the spans it takes there.
type ownPart struct {
	OwnDetail
	at []nlp.Span
	// outlet marks a name of the article's own outlet or of what
	// follows its possessive (see outletsName, outletsShow).
	outlet bool
}

// ownParts returns what of sentence s, a fact claimed as only in its
// article (see claimable), no other article has, in the order the
// sentence gives it: the named entities that ownDetails counts, the
// figures and dates it counts (see unseenNamesFigures), and, when the
// sentence is mostly a named speaker's words (quotedShare at least 0.5),
// those words with their speaker (see namedQuotes). A detail that lies
// inside another is given once, in the longer one (see inSentenceOrder).
//
// The article's own outlet and what follows its possessive, a
// programme, a charity or a reporter of it (see outletsName,
// outletsShow), are left out when the list holds anything else.
func ownParts(docs []*doc, s *sent, seen thingsSeen) []OwnDetail {
	d := docs[s.doc]
	parts := unseenNamesFigures(d, s.pos, seen)
	if quotedShare(d, s.pos) >= 0.5 {
		parts = append(parts, namedQuotes(d, s.pos)...)
	}
	// The outlet's own name and what follows its possessive are left
	// out when something else is the sentence's own: a list of them
	// alone is kept, so that a claim does not lose the details it was
	// made on (an emptied list would show a sentence others tell in part
	// as a fact only its article reports).
	if slices.ContainsFunc(parts, func(p ownPart) bool { return !p.outlet }) {
		parts = slices.DeleteFunc(parts, func(p ownPart) bool { return p.outlet })
	}
	return inSentenceOrder(parts)
}

// fullName is the name of person e as a list of what only one article
// gives shows it: the article's fullest form of it ("Ana Lind") where
// the sentence gives the surname alone ("Lind said"), which listed by
// itself reads as a fragment; name as written otherwise.
func fullName(e nlp.Entity, name string) string {
	f := strings.Fields(e.Name)
	if e.Type != nlp.Person || len(f) < 2 || strings.Contains(name, " ") || f[len(f)-1] != name {
		return name
	}
	return e.Name
}

// outletsName reports whether name, a mention of entity e of d, names
// d's own outlet: the outlet's name, a leading "The" and a trailing
// "News", "Online" or parenthesised part aside on either side ("CNN",
// "POLITICO", "CBN News" for CBN, "The Hill"), or, for an
// organisation, the first words of it when the rest is a medium word
// ("Fox" of Fox Business, "Time" of Time Magazine; never "Washington" of
// the Washington Times or "Wall Street" of its Journal). What an
// article says of its own outlet (its correspondent, its poll, "told
// CNN") is no detail the others lack: every article names its own
// outlet and no other, and a list of what only one article gives
// would list it each time (README of testdata/abpjudged, "Only-in,
// session 55").
func outletsName(d *doc, e nlp.Entity, name string) bool {
	o := outletKey(outletOf(d))
	n := outletKey(name)
	if o == "" || n == "" {
		return false
	}
	if n == o {
		return true
	}
	rest, ok := strings.CutPrefix(o, n+" ")
	if !ok || e.Type != nlp.Org {
		return false
	}
	for _, w := range strings.Fields(rest) {
		if !mediumWords[w] {
			return false
		}
	}
	return true
}

// mediumWords are the words that may follow a brand in an outlet's name
// and that a writer leaves out ("Fox" for Fox Business Network).
var mediumWords = map[string]bool{
	"business": true, "network": true, "magazine": true, "tv": true,
	"radio": true, "channel": true, "web": true, "digital": true,
}

// outletsShow reports whether the name at span at of d follows the
// possessive of d's own outlet ("Ostra Radio's Harbour Hour", "CNN's
// “Crossfire”"): a programme, page or poll of the outlet, which no
// other article names, as none names the outlet (see outletsName).
func outletsShow(d *doc, at nlp.Span) bool {
	o := outletKey(outletOf(d))
	if o == "" || d.art == nil || at.Para < 0 || at.Para >= len(d.art.Paragraphs) || at.Start < 0 || at.Start > len(d.art.Paragraphs[at.Para]) {
		return false
	}
	// The outlet's words sit just before the name: a margin of 64 bytes
	// past them keeps a long paragraph from being split whole for every
	// possessive name in it (strings.Fields is safe on a cut rune).
	before := d.art.Paragraphs[at.Para][max(0, at.Start-len(o)-64):at.Start]
	before = strings.TrimRight(before, " \"“'‘")
	for _, p := range []string{"'s", "’s"} {
		if t, ok := strings.CutSuffix(before, p); ok {
			w := strings.Fields(t)
			n := len(strings.Fields(o))
			return len(w) >= n && outletKey(strings.Join(w[len(w)-n:], " ")) == o
		}
	}
	return false
}

// outletKey is an outlet's or a name's form outletsName compares: lower
// case, without a leading "the", a parenthesised or dashed tail and a
// trailing "news", "online" or "online news".
func outletKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexByte(s, '('); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	if i := strings.Index(s, " - "); i > 0 {
		s = s[:i] // "New York Times - News"
	}
	s = strings.TrimPrefix(s, "the ")
	for _, t := range []string{" online news", " news", " online", ".com"} {
		s = strings.TrimSuffix(s, t)
	}
	return strings.Join(strings.Fields(s), " ")
}

// unseenNamesFigures returns the names and figures of sentence k of d
// that seen does not hold: each named entity (not a pronoun) whose
// linked entity seen lacks, in the most complete form the sentence
// writes that seen does not write, unless seen names it by its last
// words ("Warren" for "Elizabeth Warren", "Congress" for "U.S.
// Congress", see namedByTail) or by its initials or in full (see
// namedByInitials): entity linking may leave the two apart, and the
// reader would take the name as one the others lack. And each figure
// or date whose value seen lacks (numberFeature: "two weeks" is "14
// days") in any written form (yearOtherwise, figureOtherwise), that no
// number row holds beside another article's figure (inRow), ordinals
// and ages aside.
func unseenNamesFigures(d *doc, k int, seen thingsSeen) []ownPart {
	var parts []ownPart
	for _, e := range d.an.Entities {
		if seen.entity(d.global[e.ID]) {
			continue
		}
		best := -1
		for i, m := range e.Mentions {
			if m.Sentence == k && m.Kind == nlp.MentionName && !seen.written(m.Text) && (best < 0 || len(m.Text) > len(e.Mentions[best].Text)) {
				best = i
			}
		}
		if best >= 0 && !namedByTail(seen, e.Mentions[best].Text) && !namedByInitials(seen, e.Mentions[best].Text) && !namedWithoutTail(seen, e.Mentions[best].Text) && !namedOtherwise(d, e, e.Mentions[best].Text, seen) && (e.Type != nlp.Person || !namedFormally(seen, e.Mentions[best].Text)) {
			m := e.Mentions[best]
			parts = append(parts, ownPart{OwnDetail{Kind: OwnName, Text: shown(fullName(e, m.Text))}, []nlp.Span{m.Span},
				outletsName(d, e, m.Text) || outletsShow(d, m.Span)})
		}
	}
	for _, n := range d.an.Numbers {
		if n.Sentence == k && n.Kind != nlp.NumOrdinal && n.Kind != nlp.NumAge && !seen.numberTold(d, n) && !seen.inRow(d, n) && !yearOtherwise(d, n, seen) && !figureOtherwise(d, n, seen) {
			parts = append(parts, ownPart{OwnDetail{Kind: OwnFigure, Text: shown(n.Text)}, []nlp.Span{n.Span}, false})
		}
	}
	return parts
}

// namedQuotes returns the words sentence k of d quotes of each named
// person or organisation (quotes that are no fragment of the writer's
// own sentence), cut to the sentence, one detail per speaker.
func namedQuotes(d *doc, k int) []ownPart {
	var parts []ownPart
	sen := d.an.Sentences[k]
	for _, q := range d.an.Quotes {
		if q.FirstSentence > k || k > q.LastSentence || !namedSpeaker(d, q) {
			continue
		}
		var words []string
		var at []nlp.Span
		for _, p := range q.Parts {
			p = nlp.Span{Para: p.Para, Start: max(p.Start, sen.Start), End: min(p.End, sen.End)}
			if p.Para != sen.Para || p.Start >= p.End {
				continue
			}
			t, ok := partText(d, p)
			if !ok || strings.TrimSpace(t) == "" {
				continue
			}
			at = append(at, p)
			words = append(words, shown(strings.TrimRight(strings.TrimSpace(t), ",;:")))
		}
		name := d.shownName(q.Speaker.Entity)
		if len(words) > 0 && !slices.ContainsFunc(parts, func(o ownPart) bool { return o.Speaker == name }) {
			parts = append(parts, ownPart{OwnDetail{Kind: OwnQuote, Text: strings.Join(words, " … "), Speaker: name}, at, false})
		}
	}
	return parts
}

// inSentenceOrder returns the details of parts in the order the
// sentence gives them. A detail that lies inside another (a date inside
// a name, a name inside the quoted words) is given once, in the longer
// one, and a detail written alike twice once.
func inSentenceOrder(parts []ownPart) []OwnDetail {
	slices.SortStableFunc(parts, func(a, b ownPart) int {
		return cmp.Or(cmp.Compare(a.at[0].Start, b.at[0].Start), cmp.Compare(b.at[0].End, a.at[0].End))
	})
	within := func(p, o ownPart) bool {
		for _, x := range o.at {
			if x.Start <= p.at[0].Start && p.at[0].End <= x.End {
				return true
			}
		}
		return false
	}
	out := make([]OwnDetail, 0, len(parts))
	for i, p := range parts {
		inside := p.Kind != OwnQuote && slices.ContainsFunc(parts, func(o ownPart) bool {
			return o.Kind == OwnQuote && within(p, o)
		}) || p.Kind != OwnQuote && slices.ContainsFunc(parts[:i], func(o ownPart) bool {
			return o.Kind != OwnQuote && within(p, o)
		})
		if !inside && !slices.ContainsFunc(out, func(o OwnDetail) bool { return o.Kind == p.Kind && strings.EqualFold(o.Text, p.Text) }) {
			out = append(out, p.OwnDetail)
		}
	}
	return out
}

// namedByTail reports whether seen names an entity by the last words
// of name, a name of several words: a name mention there, written as
// name's last word or words ("Warren", "Boehner", "Congress" for
// "Elizabeth Warren", "House Boehner", "U.S. Congress"). A name whose
// head stands before "of" ("University of Virginia") is not read this
// way.
func namedByTail(seen thingsSeen, name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || slices.Contains(f, "of") {
		return false
	}
	for i := 1; i < len(f); i++ {
		if seen.namedAs(strings.Join(f[i:], " ")) {
			return true
		}
	}
	return false
}

// initialWords are the small words a name's initials may skip or keep
// ("Federal Bureau of Investigation" is the FBI, "Department of Justice"
// the DOJ).
var initialWords = map[string]bool{"of": true, "for": true, "the": true, "and": true, "on": true, "in": true, "to": true}

// initialsOf returns the acronyms a name of two capitalised words or
// more may be written as: the initials of its capitalised words, and of
// all its words when small words stand between them ("FBI" and "FBOI"
// for "Federal Bureau of Investigation", "DJ" and "DOJ" for "Department
// of Justice"); none for a name with a word that is neither capitalised
// nor a small word, nor for two words alone ("Port Bank"). An initials
// form shorter than minInitials never matches an acronym (isAcronym).
func initialsOf(name string) []string {
	var content, all []rune
	for i, w := range strings.Fields(name) {
		if i == 0 && w == "The" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case initialWords[strings.ToLower(w)] && !unicode.IsUpper(r):
			all = append(all, unicode.ToUpper(r))
		case unicode.IsUpper(r):
			content = append(content, r)
			all = append(all, r)
		default:
			return nil
		}
	}
	if len(content) < 2 || len(all) < minInitials {
		return nil
	}
	if len(all) == len(content) {
		return []string{string(content)}
	}
	return []string{string(content), string(all)}
}

// minInitials is the fewest letters of an acronym read as a name's
// initials: two letters ("AP", "US") stand for too many names.
const minInitials = 3

// isAcronym reports whether w is written as an acronym: minInitials or
// more capital letters and nothing else ("NSA", "NAACP").
func isAcronym(w string) bool {
	if utf8.RuneCountInString(w) < minInitials {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// namedByInitials reports whether seen names name's entity by its
// initials or in full: name is an acronym ("NSA") seen spells out ("the
// National Security Agency"), or a name of several capitalised words
// seen writes as an acronym ("FBI" for "Federal Bureau of
// Investigation"). Entity linking leaves the two apart, so the own part
// of an only-in fact showed "Federal Bureau of Investigation" as a name
// no other article has while seven named the FBI (read on ABP after
// session 47).
func namedByInitials(seen thingsSeen, name string) bool {
	acr := isAcronym(name)
	var forms []string
	if !acr {
		if forms = initialsOf(name); len(forms) == 0 {
			return false
		}
	}
	if acr {
		return seen.initialled(name) || acronymSpelledOut(seen, name)
	}
	for _, m := range forms {
		if isAcronym(m) && seen.namedAs(m) {
			return true
		}
	}
	return false
}

// quoteOnly names the speakers whose quoted words own, the own part of
// a fact claimed as only in its article, holds ("A" or "A and B"): the
// sentence is then mostly their words (ownParts gives a quote only
// then), and what the claim rests on is that no other article quotes
// them so (see Fact.QuoteOnly). "" when own holds no quote.
func quoteOnly(own []OwnDetail) string {
	var names []string
	for _, o := range own {
		if o.Kind == OwnQuote && o.Speaker != "" && !slices.Contains(names, o.Speaker) {
			names = append(names, o.Speaker)
		}
	}
	return strings.Join(names, " and ")
}
