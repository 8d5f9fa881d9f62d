package compare

import (
	"regexp"
	"unicode"
	"unicode/utf8"
)

// Datelines and run-in labels at the head of a paragraph's first
// sentence (session 58, h/furniture58): where a story was filed and the
// agency that filed it ("WASHINGTON (AP) —", "(CNN)", "Washington
// (CNN)", "NEW YORK, N.Y. –") say nothing of the event, and a capitalised
// label before a dash ("UPDATE -", a newsletter's "THE VOTE -") is the
// page's. The comparison already reads a sentence's features after an
// all-capitals dateline (datelineEnd); the sentence it shows is cut after
// it as well, so that a fact does not open on the dateline.
var (
	// agencyDateline: a place (a capital letter first, then up to 40
	// letters, spaces and marks: "Washington", "Sao Paulo, Brazil",
	// "Near the Gaza border"), then the filing agency in parentheses,
	// then maybe a dash. Only agencies seen in this form over ABP are
	// listed, so that a party and state after a name ("Sen. Jane Doe
	// (D-Calif.) said") or an acronym ("The Federal Communications
	// Commission (FCC)") never match.
	agencyDateline = regexp.MustCompile(`^(?:\p{Lu}[\p{L} .,'’/-]{0,40} )?\((?:AP|CNN|CNN Business|CNNMoney|CNN Politics|Reuters|AFP|UPI|RNS|CNSNews\.com|Bloomberg|ABC News|CBS News)\)[ \t]*(?:[-–—]{1,2}[ \t]*)?`)
	// wireDateline: a place in capitals (two capital letters first, up
	// to four words; places joined by a slash, a state after a comma,
	// maybe a second place after it), then any source tag in
	// parentheses ("WASHINGTON/NEW YORK (Reuters) -", "CHARLOTTESVILLE,
	// Va./WASHINGTON (Reuters) -"): a place in capitals before brackets
	// and a dash is a wire's dateline, whatever the wire. Without the
	// dash, words in capitals around a bracket are a headline's ("BERG
	// (HARBOUR) 2020"), which the sentence keeps.
	wireDateline = regexp.MustCompile(`^\p{Lu}\p{Lu}[\p{Lu}.'’/-]*(?: \p{Lu}[\p{Lu}.'’/-]*){0,3}(?:, \p{Lu}[\p{L}.]*(?:/\p{Lu}[\p{Lu}.'’-]*)?)? \(\p{Lu}[\p{L}.&' -]{0,30}\)[ \t]*[-–—]{1,2}[ \t]*`)
	// tagDash: a source tag in parentheses alone, then a dash ("(Sputnik)
	// —"); without the dash a bracket at the head is a caption's credit
	// or a transcript's cue ("(APPLAUSE)"), which the sentence keeps.
	tagDash = regexp.MustCompile(`^\(\p{Lu}[\p{L}.&' -]{0,30}\)[ \t]*[-–—]{1,2}[ \t]*`)
	// capsDateline: one to four words in capitals (two capital letters
	// first), maybe a comma and a state or country, then a dash and a
	// space ("WASHINGTON —", "TAMPA, Fla. –", "NEW YORK, —", "UPDATE II -"), or a long
	// dash with no space ("WASHINGTON—The"); a hyphen with no space
	// joins a word ("AFL-CIO", "EX-WIFE") and is no dateline's.
	capsDateline = regexp.MustCompile(`^\p{Lu}\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,3}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?,?(?: ?(?:[–—]{1,2}|--|-)[ \t]+| ?(?:[–—]{1,2}|--))`)
)

// DatelineLen returns the length in bytes of the dateline or capitalised
// label that opens text, a paragraph's first sentence, or 0 when it opens
// with none. What follows must open with a capital letter, a digit or a
// quotation mark, so that a sentence is never cut inside its own words.
func DatelineLen(text string) int {
	n := 0
	if m := agencyDateline.FindStringIndex(text); m != nil {
		n = m[1]
	} else if m := wireDateline.FindStringIndex(text); m != nil {
		n = m[1]
	} else if m := tagDash.FindStringIndex(text); m != nil {
		n = m[1]
	} else if m := capsDateline.FindStringIndex(text); m != nil {
		n = m[1]
	}
	if n == 0 || n >= len(text) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text[n:])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' && r != '‘' && r != '\'' {
		return 0
	}
	return n
}

// withoutDateline returns member text of sentence pos of d as it is
// shown: without the dateline that opens it when the sentence opens its
// paragraph.
func withoutDateline(d *doc, pos int, text string) string {
	ss := d.an.Sentences
	if pos < 0 || pos >= len(ss) || pos > 0 && ss[pos-1].Para == ss[pos].Para {
		return text
	}
	return text[DatelineLen(text):]
}
