package clean

import (
	"regexp"
	"strings"
	"unicode"
)

// A block of other news that a newsletter or a page runs after or inside
// an article (session 54, issue 15): a list of links to other outlets'
// stories, each a one-line summary ending with the outlet's name
// ("— Airstrikes hit the port: The Harbour Gazette"), and the line that
// names the reporters who contributed. Neither is a fact of the article:
// counted as its own, they made "only in" lists of other news.

// linkItemSource is the name a link item ends with, after ": ": one to
// five words, each capitalised or a short joining word, no sentence's
// end ("The Harbour Gazette", "Stars and Stripes", "Military.com").
var linkItemSource = regexp.MustCompile(`^\p{Lu}[\p{L}\p{N}.'’&-]*(?: (?:\p{Lu}[\p{L}\p{N}.'’&-]*|and|of|the|for|on|&)){0,4}$`)

// linkItemWordsMax bounds the words of a link item; linkItemHeadMin is
// the fewest words its summary has before the colon.
const (
	linkItemWordsMax = 50
	linkItemHeadMin  = 4
)

// linkRunMin is the fewest link items in a row that make a list of other
// news: one or two lines ending with a name after a colon can be the
// article's own ("The verdict came from one court: The High Court").
const linkRunMin = 3

// linkItem reports whether paragraph p of n words reads as one item of a
// list of links to other stories: an optional bullet or dash, a summary
// of four words or more, ": " and a publication's name, with nothing
// after it.
func linkItem(p string, n int) bool {
	if n > linkItemWordsMax {
		return false
	}
	t := strings.TrimSpace(p)
	i := strings.LastIndex(t, ": ")
	if i < 0 {
		return false
	}
	src := t[i+2:]
	if strings.HasSuffix(src, ".") || strings.ContainsAny(src, "\"“”?!") || !linkItemSource.MatchString(src) {
		return false
	}
	head := strings.TrimLeft(t[:i], "—–-•·* ")
	return words(head) >= linkItemHeadMin && !strings.ContainsAny(head[len(head)-1:], ".?!") && lowerInitials(head) >= linkItemLowerMin
}

// linkItemLowerMin is the fewest words in lower case a link item's
// summary has: it reads as a sentence or a headline, not as a name and
// an address ("– Corner Grocery, 12 Penn Ave N: Damage", a list of the
// article's own).
const linkItemLowerMin = 2

// lowerInitials counts the words of s that start with a letter in lower case.
func lowerInitials(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if r := []rune(strings.TrimLeft(w, "\"'‘“(")); len(r) > 0 && unicode.IsLower(r[0]) {
			n++
		}
	}
	return n
}

// linkLists sets aside, among the paragraphs no other rule set aside,
// every run of linkRunMin link items or more (paragraphs already set
// aside may come between them): a newsletter's or a page's list of other
// outlets' stories.
func linkLists(ps []para) {
	start, n := -1, 0 // the run: its first item and how many
	flush := func(end int) {
		if n >= linkRunMin {
			for j := start; j < end; j++ {
				if !ps[j].furniture() && len(ps[j].cuts) == 0 {
					ps[j].set(KindRelated, "a list of other stories: short items each ending with its source (\"…: The Daily\")")
				}
			}
		}
		start, n = -1, 0
	}
	for i := range ps {
		p := &ps[i]
		if p.furniture() || strings.TrimSpace(p.text) == "" {
			continue
		}
		if len(p.cuts) == 0 && linkItem(p.text, p.words) {
			if start < 0 {
				start = i
			}
			n++
			continue
		}
		flush(i)
	}
	flush(len(ps))
}

// contributorsCredit matches the line that names who contributed to a
// report, alone in its paragraph: "Jane Doe, Ann Lee and Bo Park
// contributed from Sorn.", "Jane Doe contributed to this report."
var contributorsCredit = regexp.MustCompile(`^(?:(?:Associated Press|AP|Reuters) (?:writers?|reporters?|correspondents?) )?` +
	nameRun + `(?:, ` + nameRun + `)*(?:,? and ` + nameRun + `)? (?:also )?contributed(?: (?:reporting )?to this (?:report|story|article))?(?: from ` +
	nameRun + `(?:, ` + nameRun + `)?)?\.?$`)

// contributorsWordsMax bounds the words of a contributors' line.
const contributorsWordsMax = 40

// contributors reports whether paragraph p of n words is a contributors'
// credit line.
func contributors(p string, n int) bool {
	return n <= contributorsWordsMax && strings.Contains(p, "contributed") && contributorsCredit.MatchString(strings.TrimSpace(p))
}
