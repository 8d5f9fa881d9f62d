package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// spanMonth is a month name (or its short form) in a graphic's time span.
const spanMonth = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)`

// graphicSpan is the time span that ends the title of a map or chart,
// month and year on both sides ("August 2014 to August 2015"), and the
// capitalised word of the first caption glued after it with no stop.
var graphicSpan = regexp.MustCompile(`^(.{3,120}?),? ` + spanMonth + ` \d{4} ?(?:to|through|-|–|—) ?` + spanMonth + ` \d{4}:? \p{Lu}`)

// titleSmall are the words a title leaves in lower case.
var titleSmall = map[string]bool{"of": true, "the": true, "and": true, "in": true, "to": true, "for": true,
	"on": true, "by": true, "a": true, "an": true, "at": true, "from": true}

// graphicTitled reports whether paragraph p is the text of an interactive
// map or chart as a page's text dump gives it: the graphic's title, in
// title case and ending with the time span it shows ("Areas of Control,
// August 2014 to August 2015"), run with no stop into the captions of its
// slides, all in one paragraph. A sentence of a report may name a span
// ("From August 2014 to August 2015 the group …") but then its words
// before the span are not a title: the rule asks for two capitalised
// words or more before it, every word capitalised but the small ones of
// a title, and a capitalised word straight after the span. Over ABP one
// paragraph (and its copy) opens so.
func graphicTitled(p string, n int) bool {
	if n < 12 || !twoYears(p) {
		return false
	}
	m := graphicSpan.FindStringSubmatch(p)
	if m == nil {
		return false
	}
	caps := 0
	for w := range strings.FieldsSeq(m[1]) {
		if titleSmall[w] {
			continue
		}
		c, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(c) && !unicode.IsDigit(c) || strings.ContainsAny(w, ".!?;:") {
			return false
		}
		caps++
	}
	return caps >= 2
}

// twoYears reports whether the first 600 bytes of p, more than a match of
// graphicSpan can take, hold two runs of four digits: a test before the
// regexp, which took 27 µs on a long paragraph it did not match
// (review57c).
func twoYears(p string) bool {
	runs, digits := 0, 0
	for i := 0; i < len(p) && i < 600; i++ {
		if p[i] < '0' || p[i] > '9' {
			digits = 0
			continue
		}
		if digits++; digits == 4 {
			if runs++; runs == 2 {
				return true
			}
		}
	}
	return false
}

// chartRow is one row of a chart flattened into text: a label, a colon and
// a share or an amount ("Natural gas: 49 percent", "Wind: 3 to 5%").
var chartRow = regexp.MustCompile(`^\p{Lu}[\p{L}\d'’ -]{0,40}: (?:\$)?\d[\d.,]*(?: to \$?\d[\d.,]*)? ?(?:percent|%|million|billion)?\s*`)

// chartRows reports whether paragraph p is nothing but the rows of a
// chart run together, three rows or more with no sentence between them:
// a page's text dump of a bar chart, which states no sentence a reader
// could compare (over ABP one paragraph and its copy).
func chartRows(p string) bool {
	if strings.Count(p, ": ") < 3 {
		return false // each row has its ": " (review57c: the regexp alone took 4 µs a paragraph)
	}
	rest := strings.TrimSpace(p)
	rows := 0
	for rest != "" {
		loc := chartRow.FindStringIndex(rest)
		if loc == nil || loc[1] == 0 {
			return false
		}
		rest = rest[loc[1]:]
		rows++
	}
	return rows >= 3
}

// updateLabelRe is the label that opens an update added to a story: the
// word Update (or Updated), maybe a number or a roman numeral ("UPDATE
// 2", "UPDATE IV"), a time in brackets or after a comma ("Update (5:05
// p.m.)", "Update, 7:24 p.m."), then a colon or a dash and a space.
var updateLabelRe = regexp.MustCompile(`^(?:UPDATE|Update|UPDATED|Updated)(?: [IVX]{1,5}| \d{1,2}| \([^()]{1,30}\)|,? \d{1,2}(?::\d\d)? ?(?:[ap]\.m\.|[AP]M)(?: [A-Z]{2,3})?)? ?(?::|-|–|—) +`)

// updateLabel returns the cut of the label that opens an update added to
// a story ("Update: The mayor said on Monday …"): the label is the page's
// and no part of the sentence after it, which stays text. A paragraph
// that is only the label, or whose rest opens in lower case, is left to
// the other rules.
func updateLabel(p string) (Cut, bool) {
	loc := updateLabelRe.FindStringIndex(p)
	if loc == nil {
		return Cut{}, false
	}
	c, _ := utf8.DecodeRuneInString(p[loc[1]:])
	if !unicode.IsUpper(c) && !unicode.IsDigit(c) && !strings.ContainsRune("\"“'‘", c) {
		return Cut{}, false
	}
	return Cut{Start: 0, End: loc[1], Kind: KindUpdate, Reason: "an update's label (\"Update:\") before the sentence it adds"}, true
}

// listMarker returns the cut of a numbered list's marker in brackets that
// opens a paragraph ("(1) The first reason …"): the page's numbering, not
// a figure of the story, and the word after it opens the sentence (it is
// no name because it is capitalised). Up to two digits, then a space and
// a capital.
func listMarker(p string) (Cut, bool) {
	if len(p) < 5 || p[0] != '(' {
		return Cut{}, false
	}
	i := 1
	for i < len(p) && i < 3 && p[i] >= '0' && p[i] <= '9' {
		i++
	}
	if i == 1 || i+2 >= len(p) || p[i] != ')' || p[i+1] != ' ' {
		return Cut{}, false
	}
	c, _ := utf8.DecodeRuneInString(p[i+2:])
	if !unicode.IsUpper(c) {
		return Cut{}, false
	}
	return Cut{Start: 0, End: i + 2, Kind: KindNavigation, Reason: "a numbered list's marker (\"(1)\")"}, true
}
