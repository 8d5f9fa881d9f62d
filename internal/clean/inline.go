package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// linkBoxes finds related-link boxes run into a paragraph, as some sites
// render them after a person's name: the name as the sentence has it, then
// the person's full name glued to the first of several headlines, then
// "MORE" ("Sen. Jane Doe Jane Quinn DoeSenate passes bill Doe says … MORE
// (D-Ore.) said …"). It returns the ranges to cut: from after the short
// name to after "MORE".
func linkBoxes(p string) []Cut {
	var cuts []Cut
	from := 0
	for {
		i := strings.Index(p[from:], "MORE")
		if i < 0 {
			return cuts
		}
		more := from + i
		end := more + len("MORE")
		from = end
		if more == 0 || !(p[more-1] == ' ' || isLowerByte(p[more-1])) {
			continue
		}
		if end < len(p) {
			r, _ := utf8.DecodeRuneInString(p[end:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue // "MOREOVER", "MORE2"
			}
		}
		lo := 0
		if len(cuts) > 0 {
			lo = cuts[len(cuts)-1].End
		}
		lo = max(lo, more-1500)
		start, ok := boxStart(p, lo, more)
		if !ok {
			continue
		}
		cuts = append(cuts, Cut{Start: start, End: end, Kind: KindRelated, Reason: "related-link box after a name (… MORE)"})
	}
}

// boxStart finds where a link box ending at more begins: the earliest
// place in p[lo:more] where a word ends in lower case and the box's first
// headline follows without a space, opening with a capital, a digit or a
// quotation mark ("DoeSenate", "Doe2020 Democrats", "Doe'Medicare…"),
// such that the glued word's first part ("Doe") also ends the name just
// before the box; else a place where the full name and the headline are
// apart but the full name opens with the short name's given name
// ("Steny Hoyer Steny Hamilton Hoyer Hoyer calls …").
func boxStart(p string, lo, more int) (int, bool) {
	if k, ok := boxStartAt(p, lo, more, false); ok {
		return k, true
	}
	// Some pages put a space between the full name and the first headline
	// ("Steny Hoyer Steny Hamilton Hoyer Hoyer calls … MORE").
	return boxStartAt(p, lo, more, true)
}

// boxStartAt is boxStart with the full name glued to the first headline,
// or, when spaced, a space between them.
func boxStartAt(p string, lo, more int, spaced bool) (int, bool) {
	for g := lo + 1; g <= more; g++ {
		switch {
		case !spaced && isLowerByte(p[g-1]) && headlineStart(p[g:]):
		case spaced && g >= lo+2 && p[g-1] == ' ' && isLowerByte(p[g-2]) && headlineStart(p[g:]):
		default:
			continue
		}
		end := g // the end of the glued word
		if spaced {
			end = g - 1
		}
		// The glued word: from the previous space to its end.
		ws := strings.LastIndexByte(p[lo:end], ' ')
		if ws < 0 {
			continue
		}
		ws += lo
		surname := p[ws+1 : end]
		if len(surname) < 2 || !isUpperByte(surname[0]) || spaced && particles[strings.ToLower(surname)] {
			continue
		}
		// The full name runs back at most 6 words from the glued word; the
		// short name before it must end with the same surname. Without the
		// glue, the full name must open with the short name's given name
		// (see sameGiven).
		k := ws
		for words := 0; words < 6 && k > lo; words++ {
			prev := strings.LastIndexByte(p[lo:k], ' ')
			if prev < 0 {
				break
			}
			prev += lo
			if (strings.HasSuffix(p[lo:k], " "+surname) || p[lo:k] == surname) && (!spaced || sameGiven(p[lo:k], p[k:end])) {
				return k, true
			}
			w := p[prev+1 : k]
			if !spaced && gluedShort(p[lo:prev], w, surname) {
				// The short name glued to the full name too ("George
				// PapadopoulosGeorge Demetrios PapadopoulosThe …").
				return prev + 1 + len(surname), true
			}
			if w == "" || !(isUpperByte(w[0]) || w[0] == '(' || w[0] == '"' || particles[w]) {
				break
			}
			k = prev
		}
		if strings.HasSuffix(p[lo:k], " "+surname) && !spaced {
			return k, true
		}
	}
	return 0, false
}

// gluedShort reports whether the word w is a short name's surname glued to
// the full name's given name, the short name's given name being the last
// word of before ("George" then "PapadopoulosGeorge"); a name written in
// camel case ("McAllen", "DeSantis") is no such word.
func gluedShort(before, w, surname string) bool {
	if len(w) <= len(surname) || !strings.HasPrefix(w, surname) || !isUpperByte(w[len(surname)]) {
		return false
	}
	bw := strings.Fields(before)
	return len(bw) > 0 && bw[len(bw)-1] == w[len(surname):]
}

// sameGiven reports whether the full name opens with the given name of the
// short name that ends short, and either has a middle name ("Steny Hoyer",
// "Steny Hamilton Hoyer") or repeats the short name ("Joe Biden Joe Biden").
func sameGiven(short, full string) bool {
	sw, fw := strings.Fields(short), strings.Fields(full)
	if len(sw) < 2 || len(fw) < 2 || sw[len(sw)-2] != fw[0] {
		return false
	}
	return len(fw) >= 3 || len(fw) == 2 && fw[1] == sw[len(sw)-1]
}

func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }

// headlineStart reports whether a glued headline can open s: a capital,
// a digit, or a quotation mark (straight or curly).
func headlineStart(s string) bool {
	c := s[0]
	switch {
	case isUpperByte(c) || c >= '0' && c <= '9' || c == '\'' || c == '"':
		return true
	}
	return strings.HasPrefix(s, "‘") || strings.HasPrefix(s, "“")
}
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// inlinePromos are openings of promos in parentheses or brackets inside a
// paragraph: "(RELATED: …)", "( Also on POLITICO: …)", "[READ MORE: …]".
var inlinePromos = []string{"related:", "read more:", "read:", "more:", "see also:", "also see:", "watch:",
	"listen:", "also read:", "read also:", "also on ", "click here", "sign up", "subscribe", "photos:", "video:"}

// parenPromos returns the parenthesised promos of a paragraph.
func parenPromos(p string) []Cut {
	var cuts []Cut
	for from := 0; from < len(p); {
		i := indexEither(p[from:], '(', '[')
		if i < 0 {
			break
		}
		open := from + i
		closer := byte(')')
		if p[open] == '[' {
			closer = ']'
		}
		j := strings.IndexByte(p[open+1:], closer)
		if j < 0 {
			break
		}
		close := open + 1 + j
		from = close + 1
		raw := strings.TrimSpace(p[open+1 : close])
		if raw == "" || !isUpperByte(raw[0]) {
			continue // "(read: cheap)" is an aside, "(Read: Headline)" a promo
		}
		inner := fold(raw)
		if !strings.Contains(inner, ":") && !strings.HasPrefix(inner, "click here") && !strings.HasPrefix(inner, "sign up") && !strings.HasPrefix(inner, "subscribe") {
			continue
		}
		for _, pre := range inlinePromos {
			if strings.HasPrefix(inner, pre) {
				start := open
				if start > 0 && p[start-1] == ' ' {
					start-- // take the space before, not the one after
				}
				cuts = append(cuts, Cut{Start: start, End: close + 1, Kind: KindRelated, Reason: "promo in parentheses " + quoteStart(inner)})
				break
			}
		}
	}
	return cuts
}

// quoteStart quotes the first words of a folded text for a reason.
func quoteStart(f string) string {
	if i := strings.IndexByte(f, ':'); i >= 0 && i < 20 {
		f = f[:i+1]
	} else if len(f) > 20 {
		f = f[:20] + "…"
	}
	return `"` + strings.TrimSpace(f) + `"`
}

// toggleCaptions finds the image toggles some sites leave inside a
// paragraph: "Enlarge this image toggle caption Jane Doe/AP Jane Doe/AP",
// the credit written twice, then the text goes on. It returns the ranges
// to cut: the toggle and both credits.
func (r *rules) toggleCaptions(p string) []Cut {
	const toggle, enlarge = "toggle caption ", "Enlarge this image "
	var cuts []Cut
	for from := 0; from < len(p); {
		i := strings.Index(p[from:], toggle)
		if i < 0 {
			break
		}
		i += from
		from = i + len(toggle)
		rest := p[from:]
		ws := strings.Fields(rest)
		end := -1
		for k := 1; k <= min(8, len(ws)/2); k++ {
			c := strings.Join(ws[:k], " ")
			if strings.HasPrefix(rest, c+" "+c) && (strings.Contains(c, "/") || r.isCreditLine(c)) {
				end = from + 2*len(c) + 1
				break
			}
		}
		if end < 0 {
			continue
		}
		start := i
		if strings.HasSuffix(p[:i], enlarge) {
			start -= len(enlarge)
		}
		if start > 0 && p[start-1] == ' ' {
			start-- // take the space before, not the one after
		}
		cuts = append(cuts, Cut{Start: start, End: end, Kind: KindCaption, Reason: "an image toggle and its credit inside the text"})
		from = end
	}
	return cuts
}
