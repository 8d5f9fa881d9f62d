package compare

import (
	"slices"
	"strings"
	"unicode"
)

// minQuoteInitials and maxQuoteInitials bound the letters of an initialism that
// initialismsOf reads ("IG", "FBI", "NYPD").
const (
	minQuoteInitials = 2
	maxQuoteInitials = 6
)

// initialLinks are the small words a name's initials may take a letter
// from or skip ("Department of Justice", DOJ; "Federal Bureau of
// Investigation", FBI).
var initialLinks = map[string]bool{"of": true, "and": true, "the": true, "for": true, "on": true}

// capitalInitials returns the keys of the words text writes as
// initials: two to six capital letters, with or without full stops
// ("IG", "U.S.", "FBI's"), not a word of its own ("IT" is "it" to the
// key): nil when there is none.
func capitalInitials(text string) map[string]bool {
	var out map[string]bool
	for _, w := range strings.Fields(text) {
		w = strings.ReplaceAll(w, "\u2019", "'")
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		w, _ = strings.CutSuffix(w, "'s")
		w = strings.ReplaceAll(w, ".", "")
		if len(w) < minQuoteInitials || len(w) > maxQuoteInitials || strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
			continue
		}
		k := strings.ToLower(w)
		if !contentWord(k) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[k] = true
	}
	return out
}

// initialismsOf writes a name of ks as its initials where the other
// version writes those initials in capitals (caps, see capitalInitials)
// and ks does not: "the Inspector General" against "the IG" is one word
// written in full and in short, a house style, not a change of the
// speaker's words (h/quotes59). The name is two or more words whose
// first letters, in order, are the initials (a small link word such as
// "of" may give its letter or be skipped), and the other version does
// not give its last word itself.
func initialismsOf(ks []string, gap []bool, other []string, caps map[string]bool) ([]string, []bool) {
	if len(caps) == 0 {
		return ks, gap
	}
	in := map[string]bool{}
	for _, k := range ks {
		in[k] = true
	}
	inOther := map[string]bool{}
	for _, k := range other {
		inOther[k] = true
	}
	var acs []string
	for ac := range caps {
		if inOther[ac] && !in[ac] {
			acs = append(acs, ac)
		}
	}
	if len(acs) == 0 {
		return ks, gap
	}
	slices.Sort(acs)
	var out []string
	var og []bool
	for i := 0; i < len(ks); i++ {
		end := -1
		var ac string
		for _, c := range acs {
			if e := spellsInitials(ks, i, c); e > i+1 && !inOther[ks[e-1]] && !gapIn(gap, i+1, e-1) {
				end, ac = e, c
				break
			}
		}
		if end < 0 {
			if out != nil {
				out, og = append(out, ks[i]), append(og, gap[i])
			}
			continue
		}
		if out == nil {
			out, og = append(out, ks[:i]...), append(og, gap[:i]...)
		}
		out, og = append(out, ac), append(og, gap[i])
		i = end - 1
	}
	if out == nil {
		return ks, gap
	}
	return out, og
}

// spellsInitials returns the end of the run of ks from i whose first
// letters spell ac, each letter a word's and a link word free to give
// none; -1 when none does. The run opens and closes on a word that
// gives a letter.
func spellsInitials(ks []string, i int, ac string) int {
	var match func(j, p int) int
	match = func(j, p int) int {
		if p == len(ac) {
			return j
		}
		if j >= len(ks) || ks[j] == "" {
			return -1
		}
		if ks[j][0] == ac[p] {
			if e := match(j+1, p+1); e >= 0 {
				return e
			}
		}
		if p > 0 && initialLinks[ks[j]] {
			return match(j+1, p)
		}
		return -1
	}
	return match(i, 0)
}
