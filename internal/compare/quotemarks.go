package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// balancedMarks returns s, a sentence cut from an article, with the
// double quotation mark it lacks added where a quotation runs over its
// edge: an opening mark before it when it ends a quotation begun in the
// sentence before (`The ferry stopped," she said.` → `"The ferry
// stopped," she said.`), a closing mark after it when a quotation it
// opens goes on into the next (`“The ferry stopped.` → `“The ferry
// stopped.”`). The mark added is of the kind the sentence uses (curly or
// straight). A shown sentence with a mark that is never closed or never
// opened reads as a broken quotation (h/read58, quote-mark-unbalanced);
// the words are the article's, only the mark is added. A straight mark
// after a digit is no quotation mark (6'2") unless it ends a quotation
// open in s ("by 2030"). s is returned as it is when its marks pair
// up.
func balancedMarks(s string) string {
	open := 0         // quotations opened in s and not yet closed
	lastOpen := ""    // the kind of the last mark that opened one
	unopened := ""    // the kind of the first closing mark with no opening before it
	prev := rune(' ') // the rune before, a space at the start
	feet := false     // the run of digits before r follows a foot mark (6'2")
	rs := []rune(s)
	for i, r := range rs {
		if unicode.IsDigit(r) && !unicode.IsDigit(prev) {
			feet = prev == '\'' || prev == '′'
		}
		switch r {
		case '“':
			open++
			lastOpen = "“"
		case '”':
			if open == 0 && unicode.IsSpace(prev) && i+1 < len(rs) && (unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1])) {
				// A closing mark set where a quotation opens (”If …,”
				// he said: a typesetting slip), at the start or after
				// a space and before a word: it opens.
				open++
				lastOpen = "“"
			} else if open > 0 {
				open--
			} else if unopened == "" {
				unopened = "”"
			}
		case '"':
			switch {
			case unicode.IsDigit(prev) && (feet || open == 0):
				// An inch mark; after a figure that an open quotation
				// ends ("by 2030".) it closes the quotation.
			case opensQuote(prev):
				open++
				lastOpen = `"`
			case open > 0:
				open--
			case unopened == "":
				unopened = `"`
			}
		}
		prev = r
	}
	// A curly mark pairs with its mirror, a straight one with itself.
	if unopened == "”" {
		s = "“" + s
	} else if unopened != "" {
		s = unopened + s
	}
	if lastOpen == "“" && open > 0 {
		s = strings.TrimRightFunc(s, unicode.IsSpace) + "”"
	} else if open > 0 {
		s = strings.TrimRightFunc(s, unicode.IsSpace) + lastOpen
	}
	return s
}

// opensQuote reports whether a straight double mark after prev opens a
// quotation: at the start, after a space, an opening bracket or a dash.
func opensQuote(prev rune) bool {
	return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev) || prev == utf8.RuneError
}

// Shown is the sentence as a page shows it: Text with the quotation mark
// it lacks where a quotation runs over its edge (balancedMarks). Text
// itself stays the article's sentence, which the comparison and the
// judged keys locate.
func (s FactSentence) Shown() string { return balancedMarks(s.Text) }
