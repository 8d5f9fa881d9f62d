package clean

import (
	"regexp"
	"strings"
	"unicode"
)

// Lines of a page that its readers found read as the article's text
// (session 41): a live blog's update headers, stage directions in
// brackets and the credits that close a wire story.

// lines marks, among the paragraphs no other rule set aside, the lines
// below. It runs last so that the rules before it see the article as
// they did.
func lines(ps []para) {
	closing := closingFrom(ps)
	for i := range ps {
		p := &ps[i]
		if p.furniture() || len(p.cuts) > 0 {
			continue
		}
		switch {
		case reportersCredit(p.text, p.words):
			p.set(KindCredit, "a credit: where the reporters filed from or write for, and who contributed")
		case contributors(p.text, p.words):
			p.set(KindCredit, "a credit: the reporters who contributed")
		case i >= closing && closingCredit(p.text, p.words):
			p.set(KindCredit, "a closing credit: who wrote, reported or contributed, and from where")
		case updateHeader(p.text, p.words):
			p.set(KindUpdate, "a live blog's update header: its time and a headline")
		case playerLine(p.text, p.words):
			p.set(KindNavigation, "an audio player's line: a clip's title and its Listen button (with the clip's length)")
		case stageDirection(p.text, p.words):
			p.set(KindOther, "a note in brackets standing alone: a stage direction or the page's placeholder")
		default:
			if at := authorBox(p.text); at >= 0 {
				p.cuts = []Cut{{Start: at, End: len(p.text), Kind: KindRelated, Reason: "a box of the writer's other articles run into the text (\"MORE FROM … Author page\")"}}
			}
		}
	}
}

// authorBoxWords bounds the words of a box of a writer's other articles.
const authorBoxWords = 80

// authorBox returns where a box of the writer's other articles starts
// when one is run into the end of paragraph p, as The Nation's pages
// print it after the last sentence: "MORE FROM Jane Doe Headline July 6,
// 2020 Headline June 9, 2020 Author page"; else -1.
func authorBox(p string) int {
	if !strings.HasSuffix(p, " Author page") {
		return -1
	}
	i := strings.LastIndex(p, "MORE FROM ")
	if i < 0 || i > 0 && p[i-1] != ' ' || words(p[i:]) > authorBoxWords {
		return -1
	}
	return i
}

// updateStamp is the time stamp that opens a live blog's update: "Update
// at 9:25 a.m. ET.", "Updated 5:50 p.m. ET:", "UPDATE 11 a.m. EDT".
var updateStamp = regexp.MustCompile(`^(?:Update|UPDATE|Updated|UPDATED)(?: at)? \d{1,2}(?::\d\d)? ?(?:a\.m\.|p\.m\.|am|pm|AM|PM)(?: (?:ET|EDT|EST|CT|CDT|CST|MT|PT|PDT|PST|GMT|BST))?[.:]*`)

// updateHeaderWords bounds the words of an update header.
const updateHeaderWords = 30

// updateHeader reports whether paragraph p of n words is a live blog's
// update header: its time stamp alone, or the stamp and a headline in
// headline capitals ("Update at 8:40 a.m. ET. Ferry Found, Crew Said To
// Be Safe:", "Update at 4:10 p.m. ET. Photos:").
// NPR heads each update of its live posts so (748 ABP paragraphs). An
// update written as a sentence ("Update at 2 p.m. ET: The Senate voted
// 52-48 to pass the bill.") is text.
func updateHeader(p string, n int) bool {
	if n > updateHeaderWords || !strings.HasPrefix(strings.ToLower(p), "update") {
		return false
	}
	loc := updateStamp.FindStringIndex(p)
	if loc == nil {
		return false
	}
	rest := strings.TrimSpace(p[loc[1]:])
	rest = strings.TrimSpace(strings.TrimLeft(rest, ".:—–-"))
	if rest == "" {
		return true
	}
	// A headline that opens the update ends with a colon; one that ends
	// as a sentence may be the update's first line.
	if !strings.HasSuffix(rest, ":") {
		return false
	}
	if headlineCapitals(rest) {
		return true
	}
	// A short label: "Images:", "White House Reaction:", "Up To 450 More
	// Troops:".
	ws := strings.Fields(rest)
	if len(ws) > 6 {
		return false
	}
	for k, w := range ws {
		r := []rune(strings.TrimLeft(w, "\"'“‘("))
		if len(r) == 0 || unicode.IsLower(r[0]) && (k == 0 || len(r) >= 4) {
			return false
		}
	}
	return true
}

// stageWords bounds the words of a stage direction in brackets.
const stageWords = 8

// stageDirection reports whether paragraph p of n words is a short note
// in square brackets standing alone: a transcript's stage direction
// ("[cheering]", "[crosstalk]"), a placeholder of the page ("[summary]",
// "[image]"), a link ("[Read the statement here.]") or a citation
// ("[Twitter.com, 11/5/13]"). The article's words are not in brackets.
func stageDirection(p string, n int) bool {
	s := strings.TrimSpace(p)
	s = strings.TrimSuffix(s, ".")
	if n > stageWords || len(s) < 3 || s[0] != '[' || s[len(s)-1] != ']' {
		return false
	}
	// An editor's note that corrects the article is text (see
	// correctionNote), in brackets or not.
	return !strings.ContainsAny(s[1:len(s)-1], "[]") && !corrects(fold(s))
}

// creditWords are the only words in lower case that a closing credit of
// reporters has: "Ruiz reports for the Reddin (Ore.) Courier. Lund
// reported from Boston. Contributing: Ana Marsh in Dover, Del.", "Tal
// reported from Paris. Jane Doe in Rome contributed."
var creditWords = map[string]bool{"and": true, "in": true, "the": true, "from": true, "for": true, "of": true,
	"at": true, "also": true, "reported": true, "reports": true, "report": true, "contributed": true,
	"contributing": true, "reporting": true, "to": true, "this": true, "story": true, "writer": true,
	"writers": true, "reporter": true, "reporters": true, "around": true, "world": true, "including": true,
	"research": true, "director": true, "polling": true}

// reportersOpen is how such a credit opens: reporters' names and where
// they filed from or whom they write for.
var reportersOpen = regexp.MustCompile(`^` + nameRun + `(?:,? and ` + nameRun + `)? (?:also )?(?:reported from|reports for|report for) `)

// creditWordsMax bounds the words of a closing credit.
const creditWordsMax = 90

// reportersCredit reports whether paragraph p of n words is the credit
// that closes a wire or network story, several lines run into one: where
// each reporter filed from or whom they write for, and who contributed
// (USA TODAY's and AP's). Every word in lower case is one of
// creditWords: a sentence of the report has others.
func reportersCredit(p string, n int) bool {
	if n > creditWordsMax || !reportersOpen.MatchString(p) || strings.ContainsAny(p, "\"“”?!") || strings.HasSuffix(strings.TrimSpace(p), ":") {
		return false
	}
	for _, w := range strings.Fields(p) {
		w = strings.Trim(w, ",.;:()")
		if w == "" {
			continue
		}
		r := []rune(w)
		if unicode.IsLower(r[0]) && !creditWords[w] {
			return false
		}
	}
	return true
}

// playerWordsMax bounds the words of an audio player's line.
const playerWordsMax = 40

// playerEnd matches the end of an audio player's line as NPR's pages
// print it: the button "Listen", then the clip's length once or twice
// ("Listen · 3:45 3:45"), or the button alone.
var playerEnd = regexp.MustCompile(`(?:^|\s)Listen(?:\s*·\s*\d{1,2}:\d\d(?:\s+\d{1,2}:\d\d)?)?$`)

// playerLine reports whether paragraph p of n words is an audio
// player's line: a clip's title (a topic, a headline, a reporter's name)
// followed by its Listen button. A sentence of the article that ends
// in the word ends in punctuation or a quotation mark, which the match
// does not allow after the button.
func playerLine(p string, n int) bool {
	if n > playerWordsMax {
		return false
	}
	// Only the tail from the last "Listen" can match: the expression
	// runs on it alone, not over every short paragraph.
	t := strings.TrimSpace(p)
	i := strings.LastIndex(t, "Listen")
	if i < 0 {
		return false
	}
	return playerEnd.MatchString(t[max(i-1, 0):])
}
