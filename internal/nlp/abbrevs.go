package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbrevSkip are the small words an abbreviation's letters leave out:
// "CIS" of "Center for Immigration Studies".
var abbrevSkip = map[string]bool{"of": true, "for": true, "and": true, "the": true, "&": true, "on": true, "in": true}

// bodyHeads are the head words a government body's name puts before "of"
// and the rest of its name, or after it: "Department of Homeland
// Security" and "Homeland Security Department" are the body the article
// also calls "Homeland Security".
var bodyHeads = map[string]bool{"department": true, "ministry": true}

// linkAbbreviations joins, inside one article, an abbreviation to the
// full name it stands for, and a body's name to the longer name of the
// same body it is the tail of. An abbreviation (one word in capitals, two
// letters or more) joins a name of two words or more when the text
// defines it beside that name ("the Affordable Care Act (ACA)", "ACA
// (the Affordable Care Act)", "ACA, the Affordable Care Act"), or, three
// letters or more and no body a list knows by itself, when its letters
// are the initials of exactly one such name of the article, small
// connectors left out or not ("CIS" and "Center for Immigration
// Studies"). A name of two words or more joins the one longer name that
// is a department or ministry of it ("Health and Human Services" and
// "Department of Health and Human Services"). Persons and places take no
// part. The joined entity keeps the longer name's key and type; the
// shorter one's key is kept in extra (Entity.Keys) for linking across
// articles.
func (d *doc) linkAbbreviations() {
	tr := d.az.translit
	eligible := func(e *entBuild) bool {
		return len(e.mentions) > 0 && (e.etype == Org || e.etype == Other || e.etype == Event)
	}
	// long names: entities with a name mention of two words or more.
	var longs []longName
	for ei, e := range d.ents {
		if !eligible(e) {
			continue
		}
		var best []string
		for _, mi := range e.mentions {
			m := &d.mentions[mi]
			if m.kind == MentionName && len(trimThe(m.words)) > len(best) {
				best = trimThe(m.words)
			}
		}
		if len(best) >= 2 {
			longs = append(longs, longName{ei, best})
		}
	}
	if len(longs) == 0 {
		return
	}
	join := func(from, to int) {
		if from == to {
			return
		}
		f, t := d.ents[from], d.ents[to]
		if len(f.mentions) == 0 || len(t.mentions) == 0 {
			return
		}
		d.extraKeys[to] = append(d.extraKeys[to], f.key)
		d.extraKeys[to] = append(d.extraKeys[to], d.extraKeys[from]...)
		delete(d.extraKeys, from)
		for _, mi := range f.mentions {
			d.mentions[mi].entity = to
			t.mentions = append(t.mentions, mi)
			if d.mentions[mi].a > t.lastPos {
				t.lastPos = d.mentions[mi].a
			}
		}
		t.roles = append(t.roles, f.roles...)
		f.mentions, f.roles = nil, nil
	}
	if d.extraKeys == nil {
		d.extraKeys = map[int][]string{}
	}
	// Abbreviations.
	for ei, e := range d.ents {
		if !eligible(e) {
			continue
		}
		ab := d.abbrevOf(e)
		if ab == "" {
			continue
		}
		target := -1
		if to := d.definedAbbrev(e); to >= 0 && to != ei && eligible(d.ents[to]) {
			target = to
		} else if len(ab) >= 3 && !d.l.orgs[ab] {
			target = d.onlyLong(longs, ei, func(l longName) bool { return initialsOf(l.words, ab) })
		}
		if target >= 0 {
			join(ei, target)
		}
	}
	// Tails of a department's or ministry's name.
	for ei, e := range d.ents {
		if !eligible(e) || len(e.mentions) == 0 {
			continue
		}
		var w []string
		for _, mi := range e.mentions {
			m := &d.mentions[mi]
			if m.kind == MentionName && len(trimThe(m.words)) > len(w) {
				w = trimThe(m.words)
			}
		}
		if len(w) < 2 {
			continue
		}
		if target := d.onlyLong(longs, ei, func(l longName) bool { return bodyOf(l.words, w, tr) }); target >= 0 {
			join(ei, target)
		}
	}
}

// longName is an entity with a name mention of two words or more, and
// the words of its longest one, "the" in front left out.
type longName struct {
	ei    int
	words []string
}

// onlyLong returns the one entity of longs, other than ei and still
// holding mentions, that match accepts; -1 when none does and -2 when
// several do.
func (d *doc) onlyLong(longs []longName, ei int, match func(longName) bool) int {
	target := -1
	for _, l := range longs {
		if l.ei == ei || len(d.ents[l.ei].mentions) == 0 || !match(l) {
			continue
		}
		if target >= 0 && target != l.ei {
			return -2
		}
		target = l.ei
	}
	return target
}

// abbrevOf returns, lower case, the abbreviation every name mention of e
// is (one word of two to eight letters, all capitals: a plural such as
// "IEDs" is none), or "".
func (d *doc) abbrevOf(e *entBuild) string {
	ab := ""
	for _, mi := range e.mentions {
		m := &d.mentions[mi]
		if m.kind != MentionName {
			continue
		}
		if len(m.words) != 1 {
			return ""
		}
		w := m.words[0]
		if len(w) < 2 || len(w) > 8 {
			return ""
		}
		for _, r := range w {
			if r >= utf8.RuneSelf || !unicode.IsUpper(r) {
				return ""
			}
		}
		if ab != "" && ab != strings.ToLower(w) {
			return ""
		}
		ab = strings.ToLower(w)
	}
	return ab
}

// definedAbbrev returns the entity whose name the text writes right
// beside a mention of e to define it, or -1: "Name (ABBR)", "ABBR (Name)",
// "ABBR (the Name)", "ABBR, the Name". The name's first letter, "the"
// left out, must be the abbreviation's.
func (d *doc) definedAbbrev(e *entBuild) int {
	at := func(k int) int { // entity of the mention at token k, or -1
		if k < 0 || k >= len(d.toks) || d.mentionAt[k] < 0 {
			return -1
		}
		return d.mentions[d.mentionAt[k]].entity
	}
	punct := func(k int, s string) bool {
		return k >= 0 && k < len(d.toks) && d.toks[k].Surface == s
	}
	found := -1
	for _, mi := range e.mentions {
		m := &d.mentions[mi]
		if m.kind != MentionName || m.b-m.a != 1 {
			continue
		}
		cand := -1
		switch {
		case punct(m.a-1, "(") && punct(m.b, ")"):
			// "Name (ABBR)"
			if k := m.a - 2; at(k) >= 0 && d.mentions[d.mentionAt[k]].b == k+1 {
				cand = int(d.mentionAt[k])
			}
		case punct(m.b, "("):
			// "ABBR (Name)", "ABBR (the Name)"
			k := m.b + 1
			if k < len(d.toks) && strings.EqualFold(d.toks[k].Surface, "the") && at(k) < 0 {
				k++
			}
			if at(k) >= 0 && d.mentions[d.mentionAt[k]].a == k && punct(d.mentions[d.mentionAt[k]].b, ")") {
				cand = int(d.mentionAt[k])
			}
		case punct(m.b, ","):
			// "ABBR, the Name,"
			k := m.b + 1
			if k < len(d.toks) && strings.EqualFold(d.toks[k].Surface, "the") && at(k) < 0 {
				k++
				if at(k) >= 0 && d.mentions[d.mentionAt[k]].a == k {
					cand = int(d.mentionAt[k])
				}
			}
		}
		if cand < 0 {
			continue
		}
		c := &d.mentions[cand]
		w := trimThe(c.words)
		if len(w) < 2 || c.entity < 0 || !strings.EqualFold(w[0][:1], m.words[0][:1]) {
			continue
		}
		if found >= 0 && found != c.entity {
			return -1
		}
		found = c.entity
	}
	return found
}

// initialsOf reports whether ab, lower case, is the initials of the
// capitalised words of name, its small connectors (abbrevSkip) left out
// or all its words taken. Every word left out must be a connector.
func initialsOf(name []string, ab string) bool {
	var caps, all []byte
	for _, w := range name {
		r, _ := utf8.DecodeRuneInString(w)
		if r >= utf8.RuneSelf || !unicode.IsLetter(r) {
			if !abbrevSkip[w] {
				return false
			}
			continue
		}
		c := byte(unicode.ToLower(r))
		all = append(all, c)
		if unicode.IsUpper(r) {
			caps = append(caps, c)
		} else if !abbrevSkip[strings.ToLower(w)] {
			return false
		}
	}
	return len(caps) >= 2 && (string(caps) == ab || string(all) == ab)
}

// bodyOf reports whether long names a department or ministry of short:
// "[U.S.] Department of [the] SHORT" or "SHORT Department".
func bodyOf(long, short []string, tr *translit) bool {
	eq := func(a, b []string) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if tr.token(a[i]) != tr.token(b[i]) {
				return false
			}
		}
		return true
	}
	l := long
	if len(l) > 0 && (l[0] == "U.S." || l[0] == "US") {
		l = l[1:]
	}
	if len(l) == len(short)+1 && bodyHeads[strings.ToLower(l[len(l)-1])] && eq(l[:len(short)], short) {
		return true
	}
	if len(l) < len(short)+2 || !bodyHeads[strings.ToLower(l[0])] || !strings.EqualFold(l[1], "of") {
		return false
	}
	rest := l[2:]
	if len(rest) == len(short)+1 && strings.EqualFold(rest[0], "the") {
		rest = rest[1:]
	}
	return eq(rest, short)
}
