package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// signOffs marks the reporters' sign-offs of a live report: a paragraph
// that is a dash and one to four people's names ("– Jane Doe and John
// Roe"), standing alone between paragraphs of text, as live blogs close
// each entry and wire stories credit their contributors at the end.
//
// A run of such paragraphs is a list (of malls, states, headings), not a
// sign-off; one under a paragraph that is a quotation alone names its
// speaker, not a reporter, and is kept, unless the same names sign off
// elsewhere in the article, under no quotation: then they are a
// reporter's, who closed an entry with someone's words.
func signOffs(ps []para) {
	var underQuote []int
	signed := map[string]bool{}
	for i := range ps {
		p := &ps[i]
		if p.furniture() || p.words > 16 || !signOffShape(p.text) {
			continue
		}
		prev, next := neighbour(ps, i, -1), neighbour(ps, i, 1)
		if prev < 0 || dashed(ps[prev].text) || next >= 0 && dashed(ps[next].text) {
			continue
		}
		if quotation(ps[prev].text) {
			underQuote = append(underQuote, i)
			continue
		}
		p.set(KindByline, "a reporter's sign-off: a dash and names")
		signed[signOffNames(p.text)] = true
	}
	for _, i := range underQuote {
		if signed[signOffNames(ps[i].text)] {
			ps[i].set(KindByline, "a reporter's sign-off: a dash and names that sign off elsewhere in the article")
		}
	}
}

// signOffNames returns the names of a sign-off, without its dash.
func signOffNames(s string) string {
	return strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "-–— "))
}

// neighbour returns the index of the nearest paragraph before (step -1)
// or after (step 1) i that is not furniture, or -1.
func neighbour(ps []para, i, step int) int {
	for j := i + step; j >= 0 && j < len(ps); j += step {
		if !ps[j].furniture() {
			return j
		}
	}
	return -1
}

// dashed reports whether s opens with a dash, as a list's items do.
func dashed(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return r == '-' || r == '–' || r == '—'
}

// quotation reports whether paragraph s is a quotation alone, opening
// and closing with quotation marks and with no word outside them, so that
// a name under it would be the quotation's source; a quotation the
// paragraph attributes itself ("“…,” Amash said. “…”", "Amash replied:
// “…”") needs none.
func quotation(s string) bool {
	s = strings.TrimSpace(s)
	opens := strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "‘") || strings.HasPrefix(s, "'")
	closes := strings.HasSuffix(s, "”") || strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "’") || strings.HasSuffix(s, "'")
	if !opens || !closes {
		return false
	}
	// Single marks are apostrophes too: only a quotation in double marks
	// is looked into.
	return strings.HasPrefix(s, "‘") || strings.HasPrefix(s, "'") || !wordOutsideQuotes(s)
}

// wordOutsideQuotes reports whether s has a word of two letters or more
// outside its double quotation marks (“…” or "…").
func wordOutsideQuotes(s string) bool {
	inside, run := false, 0
	for _, r := range s {
		switch {
		case r == '“':
			inside, run = true, 0
		case r == '”':
			inside, run = false, 0
		case r == '"':
			inside, run = !inside, 0
		case !inside && unicode.IsLetter(r):
			if run++; run >= 2 {
				return true
			}
		default:
			run = 0
		}
	}
	return false
}

// signOffShape reports whether s is a dash followed by one to four names
// of two to four words each, joined by commas and "and", with no title
// and no sentence's end: "– Jane Doe", "—Jane Doe, John Roe and Ann Poe".
func signOffShape(s string) bool {
	s = strings.TrimSpace(s)
	if !dashed(s) {
		return false
	}
	return nameList(strings.TrimLeft(s, "-–— "), 1, 4)
}

// nameList reports whether s is only least to most people's names of two to
// four words each, joined by commas and "and", with no title and no
// sentence's end: "Jane Doe", "Jane Doe, John Roe and Ann Poe".
func nameList(s string, least, most int) bool {
	if s == "" || strings.ContainsAny(s, ".!?:;()\"“”@/") && !initialsOnly(s) {
		return false
	}
	s = strings.ReplaceAll(s, ", and ", ", ")
	s = strings.ReplaceAll(s, " and ", ", ")
	names := strings.Split(s, ", ")
	if len(names) < least || len(names) > most {
		return false
	}
	for _, n := range names {
		ws := strings.Fields(n)
		if len(ws) < 2 || len(ws) > 4 || signOffTitles[strings.ToLower(strings.TrimSuffix(ws[0], "."))] {
			return false
		}
		for _, w := range ws {
			if !personWord(w) || notNameWords[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
				return false
			}
		}
	}
	return true
}

// notNameWords are capitalised words of a headline in title case ("With
// Eye On Budget", "Spent So Far"), never of a person's name.
var notNameWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range notSubjects {
		m[w] = true
	}
	for _, w := range []string{"Of", "For", "To", "From", "With", "Into", "Over", "Than", "More", "Most", "Far", "As", "Is", "Are", "Or", "Not", "No", "Its", "Why", "How", "Who", "After", "Before"} {
		m[w] = true
	}
	return m
}()

// initialsOnly reports whether every full stop of s ends an initial
// ("Carol E. Lee") and s has no other sentence mark.
func initialsOnly(s string) bool {
	if strings.ContainsAny(s, "!?:;()\"“”@/") {
		return false
	}
	for w := range strings.FieldsSeq(strings.ReplaceAll(s, ",", " ")) {
		if strings.Contains(w, ".") && !(utf8.RuneCountInString(w) == 2 && strings.HasSuffix(w, ".")) {
			return false
		}
	}
	return true
}

// personWord reports whether w can be a word of a person's name as a
// sign-off prints it: capitalised, then small letters (or an initial), no
// digits; a word in capitals is a heading's or a place's.
func personWord(w string) bool {
	if !nameWord(w) || particles[w] {
		return false
	}
	if utf8.RuneCountInString(w) == 2 && strings.HasSuffix(w, ".") {
		return true
	}
	for _, r := range w[1:] {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// signOffTitles are words that open a quoted person's name, never a
// reporter's sign-off ("— Sen. Graham", "— President Lund").
var signOffTitles = map[string]bool{"sen": true, "senator": true, "rep": true, "representative": true,
	"gov": true, "governor": true, "president": true, "vice": true, "justice": true, "judge": true,
	"dr": true, "mr": true, "mrs": true, "ms": true, "gen": true, "general": true, "secretary": true,
	"mayor": true, "sir": true, "lord": true, "rev": true, "pope": true, "king": true, "queen": true,
	"prince": true, "former": true, "chief": true, "speaker": true, "minister": true, "prime": true}
