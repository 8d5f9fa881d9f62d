package clean

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// What the learned pass calls furniture. A paragraph must recur in at
// least MinRepeats of the outlet's articles, and read as furniture: have a
// cue word of pitches, credits and bios (cues.txt), or be all in brackets
// ("[pullquote]"). Recurrence alone is not enough: outlets repeat their
// own section headings ("From the Left", "What happens next"), speaker
// labels and names, and some background paragraphs, and those are text.
// A paragraph that recurs next to a caption recurring with it (a photo
// gallery) is a caption too.
//
// A long paragraph recurring in fewer than sameStoryRepeats articles all
// published within sameStoryDays of each other is an update of one story
// (the same article rerun), not furniture.
const (
	MinRepeats       = 3
	shortWords       = 12
	sameStoryRepeats = 8
	sameStoryDays    = 2
)

// learned marks paragraphs that recur across the outlet's articles.
func (r *rules) learned(ps []para, m *Model, outlet string) {
	if m == nil || m.Articles < MinRepeats {
		return
	}
	name := outlet
	if name == "" {
		name = "the outlet"
	}
	for i := range ps {
		p := &ps[i]
		if p.furniture() && p.kind != KindCaption {
			continue // nothing to learn about it; captions may open a gallery
		}
		l, ok := m.Recurs(p.keyOf())
		if !ok {
			continue
		}
		p.repeats = int(l.Articles)
		if p.furniture() {
			continue
		}
		why := func() string { return fmt.Sprintf("in %d of %d articles of %s", l.Articles, m.Articles, name) }
		switch {
		case p.words > shortWords && l.Articles < sameStoryRepeats && l.First != 0 && l.Last-l.First < sameStoryDays:
			// one story rerun or updated, not furniture
		case bracketed(p.text):
			p.set(KindBoilerplate, why()+", in brackets")
		case quoted(p.text):
			// a quotation the outlet reuses is still a quotation
		case r.cued(p):
			p.set(KindBoilerplate, why())
		}
	}
	// Galleries: a run of recurring paragraphs around a caption.
	for i := 0; i < len(ps); {
		if ps[i].repeats == 0 {
			i++
			continue
		}
		j := i
		caption := false
		for j < len(ps) && (ps[j].repeats > 0 || ps[j].kind == KindCaption) {
			caption = caption || ps[j].kind == KindCaption
			j++
		}
		if caption {
			for k := i; k < j; k++ {
				if ps[k].kind == KindBoilerplate {
					ps[k].kind = ""
				}
				ps[k].set(KindCaption, fmt.Sprintf("recurs with a photo gallery's captions (in %d articles of %s)", ps[k].repeats, name))
			}
		}
		i = j
	}
}

// bracketed reports whether p is all inside one pair of brackets or
// parentheses.
func bracketed(p string) bool {
	s := strings.TrimSpace(p)
	if len(s) < 3 {
		return false
	}
	open, close := s[0], s[len(s)-1]
	if !(open == '[' && close == ']' || open == '(' && close == ')') {
		return false
	}
	inner := s[1 : len(s)-1]
	return !strings.ContainsAny(inner, "[]()")
}

// quoted reports whether p opens with a quotation mark.
func quoted(p string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(p))
	return strings.ContainsRune("\"“„«'‘", r)
}

// cued reports whether a paragraph has a cue word of furniture.
func (r *rules) cued(p *para) bool {
	f := p.fold
	if f == "" {
		f = fold(p.text)
	}
	for _, c := range r.cues {
		if hasPhrase(f, c) {
			return true
		}
	}
	return false
}
