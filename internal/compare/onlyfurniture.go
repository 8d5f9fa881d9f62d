package compare

import (
	"strings"
	"unicode"
)

// More page furniture that only-in facts set aside (issue 15): lines a
// page sets in the body that state no fact of the story, found among
// the wrong only-in claims of the judged ABP sample (testdata/abpjudged,
// fresh16) and the fragment one cut sentence leaves.

// nameCredit reports whether text credits staff by their names alone
// ("Ann Lee, Bo Park and Cy Ng contributed."): a subject of nothing but
// capitalised names, commas and "and", with the verb "contributed" and
// at most "reporting" or "to this report" after it. creditLine takes
// the lines that say "writer" or "staff"; this one says neither. A
// sentence of the story ("Democrats and Republicans contributed
// millions.") has words after the verb, and one with a lower-case word
// in its subject is no such line.
func nameCredit(text string) bool {
	t := strings.TrimSpace(strings.TrimLeft(text, "•*-–— \t"))
	i := strings.LastIndex(t, " contributed")
	if i <= 0 {
		return false
	}
	rest := strings.ToLower(strings.TrimSpace(strings.TrimRight(t[i+len(" contributed"):], ".”\"' ")))
	if rest != "" && rest != "reporting" && rest != "to this report" && rest != "to this story" && rest != "to this article" {
		return false
	}
	words := strings.Fields(strings.ReplaceAll(t[:i], ",", " "))
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if w == "and" || w == "&" {
			continue
		}
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// pipeTitle reports whether text is a line of parts set apart by
// vertical bars ("Keynote | 2016 Gala | Channel"), as an embedded video
// or a link shows its title and source: at least two bars with words on
// each side. No sentence of a report is written so (one wrong only-in
// claim of the judged ABP sample, a video's title and caption).
func pipeTitle(text string) bool {
	parts := strings.Split(text, "|")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if strings.TrimSpace(p) == "" {
			return false
		}
	}
	return true
}

// cutTitles are abbreviated titles that stand before a name and never
// end a sentence.
var cutTitles = []string{"Sec.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Rev.", "Supt."}

// cutAtTitle reports whether text ends with an abbreviated title ("The
// senator met with Sec."): the sentence splitter cut it before the name
// the title belongs to, so the line is a fragment that shows neither
// whom it names nor what it says (one partly right only-in claim of the
// judged ABP sample).
func cutAtTitle(text string) bool {
	t := strings.TrimSpace(text)
	for _, a := range cutTitles {
		if strings.HasSuffix(t, " "+a) {
			return true
		}
	}
	return false
}
