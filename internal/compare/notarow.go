package compare

import (
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/nlp"
)

// This file sets aside figures that are no quantity a
// reader wants in the Numbers table, as read on real pages (issue 15):
// ordinals read as quantities ("a second term", "the first stop"), idioms
// ("the four corners of the report", "death by a thousand cuts"), the
// counts of a listicle headline ("5 key takeaways from", "3 winners and 5
// losers"), a street address ("1600 Pennsylvania Avenue"), a mistyped year
// ("the 2106 election"), an insult ("he was a zero") and an ordinal "a
// third" read as a fraction ("two committees ... and a third to follow").

// notARow reports whether number n (tokens first..last of sentence s) is
// no quantity of the Numbers table (see above). The fact features read
// numbers apart (prep.go) and are not changed.
func notARow(s nlp.Sentence, first, last int, n nlp.Number) bool {
	ts := s.Tokens
	prev := func(k int) string {
		if first-k < 0 {
			return ""
		}
		return ts[first-k].Norm
	}
	switch {
	case n.Kind == nlp.NumOrdinal:
		// A rank names which one, not how many: "a second term", "the
		// 21st century". A place in a race with no noun ("finished
		// third") is left to noQuantity.
		return !countingOrdinal(n) && (n.Counts != "" || first == 0 || !placeWords[prev(1)])
	case orderFraction(ts, first, last, n):
		return true
	case n.Value == 0 && n.Counts == "" && (prev(1) == "a" || prev(1) == "an"):
		return true // "he was a zero": an insult
	case idiomFigure(ts, first, last, n):
		return true
	case streetNumber(ts, last, n):
		return true
	case yearWord(ts, first, last, n):
		return true
	case listicleCount(ts, first, n):
		return true
	}
	return false
}

// orderFraction reports whether a fraction word after "and a" or "or a"
// with no "of" after it is an ordinal of a list just told ("two
// committees hold hearings this week and a third next week").
func orderFraction(ts []nlp.Token, first, last int, n nlp.Number) bool {
	if ts[first].Norm == "a" && first != last {
		first++ // "a third" read as one figure
	}
	if first < 2 || ts[first-1].Norm != "a" {
		return false
	}
	switch ts[first-2].Norm {
	case "and", "or", "plus":
	default:
		return false
	}
	switch ts[last].Norm {
	case "third", "fourth", "fifth", "sixth":
	default:
		return false
	}
	return last+1 >= len(ts) || ts[last+1].Norm != "of"
}

// idioms are figures of speech built on a number: the value, the counted
// word, and a word that must stand right after (or, with a leading "<",
// right before) the figure's phrase.
var idioms = []struct {
	value       float64
	counts, the string
}{
	{4, "corners", "of"},        // "the four corners of the report"
	{1000, "points", "of"},      // "a thousand points of light"
	{1000, "cuts", "<by"},       // "death by a thousand cuts"
	{1000000, "miles", "<a"},    // "a million miles away"
	{1000, "cuts", "<a"},        // "a thousand cuts that made him bleed"
	{2, "cents", "<my"},         // "my two cents"
	{11, "hour", "<the"},        // "the eleventh hour"
	{100, "ways", "<a"},         // "a hundred ways"
	{1000, "words", "<a"},       // "worth a thousand words"
	{1000000, "times", "<a"},    // "a million times"
	{1000000000, "times", "<a"}, // "a billion times" ("1 billion times" downloaded counts)
	{2, "steps", "forward"},     // "two steps forward, one step back" (h/forms71)
	{2, "steps", "back"},        // "two steps back"
	{1, "step", "forward"},      // "one step forward"
	{1, "step", "back"},         // "one step back"
	{1000000, "reasons", "<a"},  // "a million reasons"
	{1000, "reasons", "<a"},     // "a thousand reasons"
}

// idiomFigure reports whether the figure at first..last is a word of an
// idiom (idioms).
func idiomFigure(ts []nlp.Token, first, last int, n nlp.Number) bool {
	counts := strings.ToLower(n.Counts)
	if i := strings.LastIndexByte(counts, ' '); i >= 0 {
		counts = counts[i+1:]
	}
	for _, id := range idioms {
		if n.Value != id.value || counts != id.counts {
			continue
		}
		switch {
		case id.the == "":
			return true
		case strings.HasPrefix(id.the, "<"):
			if first > 0 && ts[first-1].Norm == id.the[1:] {
				return true
			}
			// "a million times": the figure's phrase holds the "a".
			if w := id.the[1:]; w == "a" && strings.HasPrefix(strings.ToLower(n.Text), "a ") {
				return true
			}
		default:
			// The word after the counted noun.
			for k := last + 1; k < len(ts) && k <= last+4; k++ {
				if ts[k].Norm == id.counts {
					return k+1 < len(ts) && ts[k+1].Norm == id.the
				}
			}
		}
	}
	return false
}

// streetWords end a street's name.
var streetWords = map[string]bool{"avenue": true, "ave": true, "ave.": true, "street": true, "st": true, "st.": true, "road": true, "rd": true, "rd.": true,
	"boulevard": true, "blvd": true, "blvd.": true, "drive": true, "lane": true, "place": true, "plaza": true, "parkway": true, "highway": true, "square": true}

// streetNumber reports whether a whole figure in digits is a house number:
// one to three capitalised words after it end with a street word ("1600
// Pennsylvania Avenue", "10 Downing Street").
func streetNumber(ts []nlp.Token, last int, n nlp.Number) bool {
	if n.Kind != nlp.NumCount || strings.Trim(n.Text, "0123456789") != "" {
		return false
	}
	for k := last + 1; k < len(ts) && k <= last+4; k++ {
		t := ts[k]
		if t.Kind != nlp.KindWord || !unicode.IsUpper([]rune(t.Surface)[0]) {
			return false
		}
		if k > last+1 && streetWords[t.Norm] {
			return true
		}
	}
	return false
}

// yearWord reports whether a bare four-digit figure before a singular
// lower-case noun is a year, mistyped or not read as a date ("the 2106
// election", "the 1600 session"): a count writes "1,600 people".
func yearWord(ts []nlp.Token, first, last int, n nlp.Number) bool {
	if n.Kind != nlp.NumCount || first != last || len(n.Text) != 4 || strings.Trim(n.Text, "0123456789") != "" {
		return false
	}
	if n.Value < 1000 || n.Value > 2999 || last+1 >= len(ts) {
		return false
	}
	t := ts[last+1]
	if t.Kind != nlp.KindWord || t.Surface != strings.ToLower(t.Surface) || strings.HasSuffix(t.Norm, "s") {
		return false
	}
	if lengthUnits[t.Norm] {
		return false // "a 1500 meter race"
	}
	return first > 0 && (ts[first-1].Norm == "the" || ts[first-1].Norm == "a" || ts[first-1].Norm == "'s" || ts[first-1].Norm == "’s")
}

// lengthUnits are the units a bare four-digit figure measures in before a
// noun ("a 1500 meter race"), which no year does.
var lengthUnits = map[string]bool{"meter": true, "metre": true, "meters": true, "metres": true, "mile": true, "yard": true,
	"foot": true, "feet": true, "kilometer": true, "kilometre": true, "pound": true, "ton": true, "acre": true, "square": true}

// listicleNouns are the things a listicle headline counts.
var listicleNouns = map[string]bool{"takeaways": true, "things": true, "reasons": true, "ways": true, "winners": true, "losers": true,
	"questions": true, "moments": true, "lessons": true, "facts": true, "tips": true, "signs": true, "charts": true, "highlights": true,
	"surprises": true, "myths": true, "keys": true, "numbers": true, "quotes": true, "answers": true}

// listicleCount reports whether the figure counts the items of a listicle
// headline or heading: the sentence opens with a figure, and this one
// counts a listicle noun ("5 key takeaways from the hearing", "3 winners
// and 5 losers from", "12 Reasons Cruz is"), or it opens with "Here are"
// ("Here are five takeaways.").
func listicleCount(ts []nlp.Token, first int, n nlp.Number) bool {
	if n.Kind != nlp.NumCount || len(ts) == 0 {
		return false
	}
	here := first >= 2 && first <= 3 && ts[0].Norm == "here" // "Here are five takeaways."
	// The figure opens the sentence or follows a colon, or a figure opens
	// it and this one comes within a few words ("3 winners and 5 losers"),
	// not in a later clause ("12 people died ..., and officials cited 3
	// reasons").
	opens := first == 0 || ts[first-1].Surface == ":" || ts[0].Kind == nlp.KindNumber && first <= 4
	if !opens && !here {
		return false
	}
	counts := strings.ToLower(n.Counts)
	if i := strings.LastIndexByte(counts, ' '); i >= 0 {
		counts = counts[i+1:]
	}
	if !listicleNouns[counts] {
		return false
	}
	// No verb between the sentence's start and the figure: a heading.
	for k := 0; k < first && !here && ts[first-1].Surface != ":"; k++ {
		if ts[k].Norm == "said" || ts[k].Norm == "says" || ts[k].Norm == "is" || ts[k].Norm == "are" {
			return false
		}
	}
	return true
}

// Joins (h/numbers57b): read57 found one person's age in four rows ("Cruz,
// 44," in three outlets, "the 44-year-old Texan" in a fourth) and a
// distance in two rows of one outlet ("56 kilometers (35 miles)").

// joinAges merges the groups (see quantities) whose numbers are all ages
// of one value said of one person named right beside each (ageOwner):
// "Orvik, 44," and "Mr. Orvik, a 44-year-old senator". Groups that share
// an article stay apart.
func joinAges(items []numItem, groups [][]int, groupOf []int, docsOf []map[int]bool) {
	ageOf := func(g []int) (float64, int, bool) {
		if len(g) == 0 {
			return 0, -1, false
		}
		v, subj := items[g[0]].n.Value, items[g[0]].owner
		for _, m := range g {
			it := items[m]
			if it.n.Kind != nlp.NumAge || it.n.Value != v || it.owner < 0 || it.owner != subj || it.n.High != nil {
				return 0, -1, false
			}
		}
		return v, subj, true
	}
	for ga := range groups {
		va, sa, ok := ageOf(groups[ga])
		if !ok {
			continue
		}
		for gb := ga + 1; gb < len(groups); gb++ {
			vb, sb, ok := ageOf(groups[gb])
			if !ok || va != vb || sa != sb {
				continue
			}
			if !shareDoc(docsOf[ga], docsOf[gb]) {
				mergeGroups(items, groups, groupOf, docsOf, ga, gb)
			}
		}
	}
}

// convertUnits are units a writer converts in brackets.
var convertUnits = map[string]bool{"kilometers": true, "kilometres": true, "km": true, "miles": true, "mile": true, "meters": true, "metres": true,
	"feet": true, "foot": true, "kilograms": true, "kg": true, "pounds": true, "lbs": true, "acres": true, "hectares": true, "liters": true,
	"litres": true, "gallons": true, "tons": true, "tonnes": true, "degrees": true, "inches": true, "centimeters": true, "centimetres": true}

// conversionPairs returns, for each number given in brackets right after
// another of the same sentence in another unit ("56 kilometers (35
// miles)"), the pair {bracketed, main}: one distance, not two.
func conversionPairs(docs []*doc, items []numItem) [][2]int {
	var out [][2]int
	for c := 1; c < len(items); c++ {
		m := c - 1
		a, b := items[m], items[c]
		if a.doc != b.doc || a.n.Sentence != b.n.Sentence || a.n.Span.Para != b.n.Span.Para {
			continue
		}
		ua, ub := strings.ToLower(a.n.Counts), strings.ToLower(b.n.Counts)
		if !convertUnits[ua] || !convertUnits[ub] || ua == ub {
			continue
		}
		if bracketed(docs[a.doc].an.Sentences[a.n.Sentence].Tokens, a.n.Span.End, b.n.Span.Start, b.n.Span.End) {
			out = append(out, [2]int{c, m})
		}
	}
	return out
}

// bracketed reports whether, in tokens ts, only unit words and "(" stand
// between byte offsets mainEnd and start, and only unit words and ")"
// after end: "56 kilometers (35 miles)".
func bracketed(ts []nlp.Token, mainEnd, start, end int) bool {
	var between, after []nlp.Token
	for _, t := range ts {
		switch {
		case t.Start >= mainEnd && t.End <= start:
			between = append(between, t)
		case t.Start >= end && len(after) < 3:
			after = append(after, t)
		}
	}
	ends := func(toks []nlp.Token, mark string) bool {
		for i, t := range toks {
			if t.Surface == mark {
				return i == len(toks)-1 || mark == ")"
			}
			if !convertUnits[t.Norm] {
				return false
			}
		}
		return false
	}
	return ends(between, "(") && ends(after, ")")
}

// dropConversions keeps one row of a figure and its conversion in
// brackets: the bracketed figure's row when it is alone is dropped, or
// else the main figure's row when that one is alone (another outlet gave
// the distance in the bracketed unit).
func dropConversions(docs []*doc, items []numItem, groups [][]int, groupOf []int) {
	for _, p := range conversionPairs(docs, items) {
		gc, gm := groupOf[p[0]], groupOf[p[1]]
		switch {
		case gc == gm:
		case len(groups[gc]) == 1:
			groups[gc] = nil
		case len(groups[gm]) == 1:
			groups[gm] = nil
		}
	}
}

// ageOwner returns the person (global entity id) an age n is told of: a
// name (not a pronoun) that ends at most four bytes before the figure
// ("Orvik, 44", "Orvik, a 44-year-old") or starts at most twelve bytes
// after it ("his 11-year-old son Brodie"); -1 when none or n is no age.
func ageOwner(d *doc, n nlp.Number) int {
	if n.Kind != nlp.NumAge {
		return -1
	}
	owner := -1
	for _, e := range d.an.Entities {
		if e.Type != nlp.Person {
			continue
		}
		for _, m := range e.Mentions {
			if m.Sentence != n.Sentence || m.Kind == nlp.MentionPronoun || m.Para != n.Span.Para {
				continue
			}
			before := m.End <= n.Span.Start && n.Span.Start-m.End <= 4
			after := m.Start >= n.Span.End && m.Start-n.Span.End <= 12
			if before || after {
				if owner >= 0 && owner != d.global[e.ID] {
					return -1 // two persons beside it
				}
				owner = d.global[e.ID]
			}
		}
	}
	return owner
}

// timeOrdinals are the counted words of an ordinal that tells how long
// or how many times: "in its 26th day", "the 30th anniversary".
var timeOrdinals = map[string]bool{"day": true, "week": true, "month": true, "year": true, "anniversary": true, "birthday": true}

// countingOrdinal reports whether ordinal n is a quantity after all: the
// second or later day, week, month or year of something, or an
// anniversary ("the shutdown's 26th day", "its 30th anniversary"): the
// figure counts how long it has lasted.
func countingOrdinal(n nlp.Number) bool {
	counts := strings.ToLower(n.Counts)
	if i := strings.LastIndexByte(counts, ' '); i >= 0 {
		counts = counts[i+1:]
	}
	return n.Value >= 2 && timeOrdinals[counts]
}
