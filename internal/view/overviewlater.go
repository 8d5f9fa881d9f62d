package view

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/compare"
)

// An overview's sentences after its first come from other places of
// other articles: each must read right after the sentences before it.
// Read on the overviews of session 55 (46 read, the pages of session 54
// and 30 random events), most of the overviews not judged good were
// stitched: a second or third sentence that names a person by the
// surname only whom the overview never named ("Hersman told …"), says
// "also" of something the overview did not tell, or dates itself by the
// day its article appeared ("this morning"). Such a sentence is left out; one sentence that stands
// alone reads better than three that do not.

// relativeDay matches, outside quotation marks, a time told from the day
// an article appeared ("this morning", "yesterday"): in another outlet's
// sentence after the overview's first, no one can tell which day it is.
var relativeDay = regexp.MustCompile(`\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Tt]his (?:morning|afternoon|evening)|[Ll]ast night)\b`)

// laterStandsAlone reports whether s may follow the overview's text
// before (not empty): it says "also" in none of its first eight words
// outside quotation marks (see alsoEarly) unless of someone before names
// (see alsoOfTold), tells no time from its
// article's day (see relativeDay), names no one of people by the
// surname only whom before does not name (see surnameOnly), and puts no
// pronoun right after its opening phrase (see pronounAfterOpener). Nor
// does it call someone by an unnamed role (see unnamedRole), open a list
// (see listOpening), or tell again what before told (see toldAgain,
// restates).
func laterStandsAlone(s, before string, people []person) bool {
	own := outsideQuotes(s)
	own = usaToday.Replace(own)
	return !(alsoEarly(s) && !alsoOfTold(s, before)) && !relativeDay.MatchString(own) && !surnameOnly(s, before, people) && !pronounAfterOpener(s) &&
		!unnamedRole(s, before) && !listOpening(s) && !toldAgain(s, before, people) && !restates(s, before)
}

// usaToday shortens the outlet's name, whose "Today" is no day.
var usaToday = strings.NewReplacer("USA Today", "USA", "USA TODAY", "USA")

// pronounAfterOpener reports whether s opens with a short phrase set off
// by a comma ("At the time,", "In a statement,") and then a pronoun that
// stands for someone or something its article named before ("At the
// time, he believed …"): after another outlet's sentence it points at
// whoever that sentence named.
func pronounAfterOpener(s string) bool {
	ws := strings.Fields(s)
	for i, w := range ws[:min(len(ws), 5)] {
		if strings.HasSuffix(w, ",") {
			return i+1 < len(ws) && openerPronouns[strings.ToLower(strings.Trim(ws[i+1], ",;:"))]
		}
	}
	return false
}

// openerPronouns are the pronouns of pronounAfterOpener.
var openerPronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "his": true, "her": true,
	"its": true, "their": true, "him": true, "them": true}

// person is a person the articles of a story name: the first word and the
// surname of the fullest form they give ("Lena Ost": Lena, Ost).
type person struct{ first, surname string }

// storyPeople returns the people the report's names hold with a name of
// two or more words. The surname is the last word ("Jr." and the like
// aside), or the first when the last is a hyphenated given name whose part
// after the hyphen is in lower case ("Kim Jong-un": Kim).
func storyPeople(rep *compare.Report) []person {
	var out []person
	for _, n := range rep.Names {
		if n.Type != "person" {
			continue
		}
		ws := strings.Fields(n.Entity)
		for len(ws) > 2 && suffixWords[strings.TrimRight(ws[len(ws)-1], ".,")] {
			ws = ws[:len(ws)-1]
		}
		if len(ws) < 2 {
			continue
		}
		first, last := ws[0], ws[len(ws)-1]
		if i := strings.IndexByte(last, '-'); i > 0 && i+1 < len(last) && lowerAt(last, i+1) {
			first, last = last, ws[0]
		}
		first, last = strings.Trim(first, ".,"), strings.Trim(last, ".,")
		if len(last) < 2 {
			continue
		}
		out = append(out, person{first: first, surname: last})
	}
	return out
}

// suffixWords are the words that may close a person's name after the
// surname.
var suffixWords = map[string]bool{"Jr": true, "Sr": true, "II": true, "III": true, "IV": true}

// personWords returns the words of s, split at every rune that is no letter
// nor an apostrophe, without a possessive "'s" ("Ost’s": Ost).
func personWords(s string) []string {
	ws := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	for i, w := range ws {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		ws[i] = strings.Trim(w, "'’")
	}
	return ws
}

// surnameOnly reports whether s names one of people by the surname only
// ("Ost told the board …", "Mr. Ost said …") while the text before does
// not name the surname at all: in an overview, a name its reader meets for
// the first time without knowing who it is. A surname after a first name
// or a role ("Ruth Ost", "Mayor Ost") is named; one before a capitalised
// word is part of another name ("the White House"), and so is one before
// a noun of surnameNouns ("the Ost administration").
func surnameOnly(s, before string, people []person) bool {
	ws, told := personWords(s), personWords(before)
	for _, p := range people {
		if slices.Contains(told, p.surname) || slices.Contains(ws, p.first) {
			continue
		}
		for i, w := range ws {
			if w != p.surname || i+1 < len(ws) && (upperWord(ws[i+1]) || surnameNouns[ws[i+1]]) {
				continue
			}
			if i == 0 || !upperWord(ws[i-1]) || courtesyTitles[ws[i-1]] {
				return true
			}
		}
	}
	return false
}

// surnameNouns are the nouns after a surname that make it a name of
// something else, known without the person's first name ("the Ost
// administration", "the Ost campaign").
var surnameNouns = map[string]bool{"administration": true, "campaign": true, "presidency": true, "era": true}

// courtesyTitles are the words before a surname that name no one more
// than the surname does ("Mr. Ost").
var courtesyTitles = map[string]bool{"Mr": true, "Ms": true, "Mrs": true, "Miss": true, "Dr": true}

// upperWord reports whether w opens with a capital letter.
func upperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// alsoOfTold reports whether the word of s right before its "also"
// (outside quotation marks), the head of what "also" is said of, is a
// word of before: "Senate Democrats also complained …" after a sentence on
// the Democrats' objections says more of what the overview told; "Local
// officials also objected" after a sentence that named no officials says
// more of something it never told.
func alsoOfTold(s, before string) bool {
	ws := strings.Fields(outsideQuotes(s))
	i := slices.Index(ws[:min(len(ws), 8)], "also")
	if i <= 0 {
		return false
	}
	head := personWords(strings.ToLower(ws[i-1]))
	if len(head) == 0 || len(head[len(head)-1]) < 3 {
		return false
	}
	return slices.Contains(personWords(strings.ToLower(before)), head[len(head)-1])
}

// lowerAt reports whether the character at byte i of s is a small letter.
func lowerAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLower(r)
}
