package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Embedded posts, tune-in promotions and headings glued to a paragraph
// (session 56, h/furniture56): lines that stood as facts on the story
// pages read in session 56 (internal/compare/testdata/abpjudged, family
// furniture-as-content).

// tweetOpening is an embedded tweet as the Guardian prints it: the
// account's name and handle, then the post ("Jane Doe (@janedoe) We
// voted today."), with no date after it.
var tweetOpening = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’.-]*\s){0,4}\p{Lu}[\p{L}'’.-]*\s\(@\w{1,20}\)\s+\S`)

// PostOpened reports whether p is an embedded post opened by its
// account's name and handle, as the Guardian prints one (89 paragraphs
// over ABP, 74 the Guardian's, 15 CNN's). What follows the handle opens
// the post: a capital, a digit, a hashtag, a handle or a quotation mark. A
// writer's bio is written the same way but goes on in lower case ("Jane
// Doe (@janedoe) is a reporter …": 17 such bios over ABP) and is left to
// the bio rules.
//
// Cleaning keeps such a post as text: it is a source the outlet quotes,
// which another outlet may quote too (two judged right "shares quotes"
// findings of the held-out sample are a post the Guardian embeds and
// others quote), and its account's name names its speaker. The
// comparison reads it as a quoted source only: never as the outlet's
// fact, figure or wording (see compare's postParas).
func PostOpened(p string) bool {
	if !strings.Contains(p, "(@") || words(p) > 80 {
		return false // most paragraphs: one fast scan
	}
	loc := tweetOpening.FindStringIndex(p)
	if loc == nil {
		return false
	}
	// The match ends with the post's first rune, read whole (its last
	// byte alone is no letter when it is written in several).
	c, _ := utf8.DecodeLastRuneInString(p[:loc[1]])
	return !unicode.IsLower(c)
}

// tweetLines marks the lines of an embedded post that a page split into
// paragraphs before the one signed with its account and date (see
// socialEmbed): "Official to @janedoe:", "- The mayor is staying.", "-
// Proud of the bridge. — Jane Doe (@janedoe) May 4, 2026". The signed
// paragraph must read as the end of such a post (it opens with a list
// mark) or follow a line that hands over to it (a handle and a colon at
// its end); the lines before it are taken while they are short and open
// with a list mark, and the one line over them that names a handle and
// ends with a colon.
func tweetLines(ps []para) {
	for i := 1; i < len(ps); i++ {
		if ps[i].kind != KindSocial || !strings.Contains(ps[i].reason, "signed") {
			continue
		}
		if !listMarked(ps[i].text) && !handOver(ps[i-1]) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			q := &ps[j]
			if q.furniture() || q.words > 40 {
				break
			}
			if handOver(*q) {
				q.set(KindSocial, "a line of an embedded post split from its signed end")
				break
			}
			if !listMarked(q.text) {
				break
			}
			q.set(KindSocial, "a line of an embedded post split from its signed end")
		}
	}
}

// listMarked reports whether p opens with a list's mark: a dash or a
// bullet and a space.
func listMarked(p string) bool {
	return strings.HasPrefix(p, "- ") || strings.HasPrefix(p, "• ") || strings.HasPrefix(p, "– ")
}

// handOver reports whether q is a short line that names a handle or a
// hashtag and ends with a colon ("Under Secretary Jane Doe to @janedoe:",
// "#Reddin bridge latest:"): a post's first line, handing over to what it
// lists or quotes.
func handOver(q para) bool {
	t := strings.TrimSpace(q.text)
	return q.words <= 25 && strings.HasSuffix(t, ":") && (strings.Contains(t, " @") || strings.HasPrefix(t, "#") || strings.Contains(t, " #")) && !q.furniture()
}

// tuneIn is what a line inviting the reader to the outlet's own
// programmes asks the reader to do.
var tuneIn = regexp.MustCompile(`\b[Yy]ou can (?:catch|listen|watch|hear|tune in|stream|follow)\b|(?:^|[.!?:] )Tune in(?:to)?\b`)

// ownName returns the outlet's name as its pages write it in a line about
// its own programmes: its first word that is not an article, of three
// letters or more ("NPR" of "NPR Online News", "CBN"), "" when it has
// none.
func ownName(outlet string) string {
	for w := range strings.FieldsSeq(outlet) { // no slice: read for each paragraph
		if w == "The" || w == "the" {
			continue
		}
		if len(w) < 3 {
			return ""
		}
		return w
	}
	return ""
}

// tuneInPromo returns the cut of an invitation to the outlet's own
// programmes: in a paragraph of at most 40 words, not a quotation, that
// names the outlet ("Lantern" of "Lantern Radio"), the sentence that asks
// the reader to catch, listen, watch or follow, or to tune in ("On Monday
// night, you can catch our team on the Lantern station and at
// lantern.org.") and what follows it. A sentence before it stays text
// ("The debate begins at nine. You can listen on Lantern."). The outlet's
// name keeps out the lines that report what a reader can do elsewhere.
func tuneInPromo(p, outlet string, n int) (Cut, bool) {
	if n > 40 || n < 4 {
		return Cut{}, false
	}
	if c, _ := utf8.DecodeRuneInString(p); strings.ContainsRune("\"“'‘", c) {
		return Cut{}, false
	}
	name := ownName(outlet)
	if name == "" || !strings.Contains(p, name) {
		return Cut{}, false
	}
	loc := tuneIn.FindStringIndex(p)
	if loc == nil {
		return Cut{}, false
	}
	return Cut{Start: sentenceStart(p, loc[0]), End: len(p), Kind: KindPromo, Reason: "an invitation to the outlet's own programmes"}, true
}

// sentenceStart returns where the sentence of p that holds byte i starts:
// after the last ". ", "! " or "? " before i, 0 when there is none.
func sentenceStart(p string, i int) int {
	for j := i - 1; j > 0; j-- {
		if p[j] == ' ' && strings.IndexByte(".!?", p[j-1]) >= 0 {
			return j + 1
		}
	}
	return 0
}

// watchBelow returns the cut of "Watch below." (or "Watch below:") that
// closes a paragraph, pointing at a video under it: the caption of the
// video when it is the paragraph's only other sentence ("Ann Lee explains
// the vote. Watch below:"), or a pointer after a paragraph of reporting.
// Only the pointer is cut; the sentences before it stay text, for a page
// may tell a fact of the story there (over ABP 12 paragraphs, 11 CBN's),
// except the sentence just before the pointer when it opens with the
// outlet's own name and a possessive ("Lantern's Ann Lee explains …",
// "Lantern News' reporters discuss …"): the outlet presenting its own
// journalists in the video, the video's caption (see ownVideoBlurb).
func watchBelow(p, outlet string) (Cut, bool) {
	t := strings.TrimRight(p, " ")
	u := strings.TrimRight(t, ".:")
	if len(u) == len(t) || len(t)-len(u) > 1 || !strings.HasSuffix(u, "Watch below") {
		return Cut{}, false
	}
	at := len(u) - len("Watch below")
	start := sentenceStart(p, at)
	if start != at {
		return Cut{}, false
	}
	reason := "a pointer to a video under the paragraph (\"Watch below\")"
	if start > 0 {
		if b := sentenceStart(p, start-1); ownVideoBlurb(p[b:start], outlet) {
			start, reason = b, "a video's caption presenting the outlet's own journalists, and its pointer (\"Watch below\")"
		}
	}
	for start > 0 && p[start-1] == ' ' {
		start-- // take the space before, not the one after
	}
	return Cut{Start: start, End: len(p), Kind: KindCaption, Reason: reason}, true
}

// ownVideoBlurb reports whether sentence s opens with the outlet's own
// name and a possessive: "Lantern's", or "Lantern News'" (at most two
// words of the name), the way an outlet presents its journalists in a
// video it embeds. A report that cites the outlet's own reporting
// ("Lantern reported …") has no possessive there.
func ownVideoBlurb(s, outlet string) bool {
	name := ownName(outlet)
	if name == "" || !strings.HasPrefix(s, name) {
		return false
	}
	ws := strings.Fields(s)
	if len(ws) < 4 || len(ws) > 40 || !strings.HasPrefix(ws[0], name) {
		return false
	}
	if possessive(ws[0]) {
		return true
	}
	return len(ws[1]) > 1 && possessive(ws[1]) && unicode.IsUpper([]rune(ws[1])[0])
}

// showPromo is a line that says when the outlet's own programme will
// carry a journalist's report: "… will share his view of the vote on
// Wednesday's The Evening Hour."
var showPromo = regexp.MustCompile(` will [^.!?]{3,120} on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s|tonight['’]s|tomorrow['’]s) (?:[\p{Lu}\d][\p{L}\d'’-]*\s?){1,5}\.\s*$`)

// ownShowPromo reports whether p is such a line, opened by the outlet's
// own name ("Lantern's Jane Doe will …"), of at most 40 words.
func ownShowPromo(p, outlet string, n int) bool {
	if n > 40 {
		return false
	}
	name := ownName(outlet)
	return name != "" && strings.HasPrefix(p, name) && strings.Contains(p, " will ") && showPromo.MatchString(p)
}

// headOpeners are the capitalised function words that open a sentence
// and may stand after a heading glued to it.
var headOpeners = map[string]bool{"By": true, "The": true, "A": true, "An": true, "In": true, "On": true, "At": true,
	"For": true, "As": true, "With": true, "After": true, "From": true, "This": true, "These": true, "It": true,
	"When": true, "While": true, "If": true}

// letteredWords stand before a letter that names something ("Exhibit A",
// "Plan B", "Group C"): "A" after them is no sentence's opening.
var letteredWords = map[string]bool{"Exhibit": true, "Plan": true, "Item": true, "Option": true, "Type": true,
	"Group": true, "Class": true, "Section": true, "Article": true, "Part": true, "Title": true, "Schedule": true,
	"Appendix": true, "Figure": true, "Table": true, "Room": true, "Building": true, "Gate": true, "Terminal": true,
	"Proposition": true, "Prop": true, "Vitamin": true, "Hepatitis": true, "Model": true, "Series": true,
	"Division": true, "Level": true, "Category": true, "Grade": true, "Question": true, "Answer": true, "Step": true,
	"Phase": true, "Round": true, "Stage": true, "Chapter": true, "Tier": true, "Area": true, "Zone": true,
	"Block": true, "Wing": true, "Floor": true, "Pier": true, "Unit": true, "Team": true, "Company": true,
	"Battery": true, "Squadron": true, "Camp": true, "Route": true, "Highway": true, "Interstate": true, "Lot": true}

// gluedHeading returns the cut of a heading that a page ran into the
// first sentence of the paragraph under it: two to six capitalised words
// with no full stop ("Party Map By county, the mayor leads in the
// east."), then a sentence that opens with a capitalised function word
// (By, The, A, In …) and goes on in lower case. No sentence of a report
// sets a capitalised "By" or "The" after a run of capitalised words; a
// name before a letter ("Exhibit A here is …") is left. The paragraph
// must have ten words or more, so that a caption or a line of a list is
// left to the other rules. Over ABP 43 paragraphs of text open so; the
// cut is the heading and the space after it.
func gluedHeading(p string, n int) (Cut, bool) {
	if n < 10 {
		return Cut{}, false
	}
	c, _ := utf8.DecodeRuneInString(p)
	if !unicode.IsUpper(c) {
		return Cut{}, false
	}
	end := 0 // the end of the heading's words read so far
	for k := 0; k < 7; k++ {
		rest := p[end:]
		sp := strings.IndexByte(rest, ' ')
		if sp <= 0 {
			return Cut{}, false
		}
		w := rest[:sp]
		if k >= 2 && headOpeners[w] {
			prev := lastField(p[:end])
			next := rest[sp+1:]
			nc, _ := utf8.DecodeRuneInString(next)
			if !unicode.IsLower(nc) || (w == "A" || w == "An") && letteredWords[prev] {
				return Cut{}, false
			}
			return Cut{Start: 0, End: end, Kind: KindNavigation, Reason: "a heading run into the first sentence of the paragraph under it"}, true
		}
		if k >= 6 || !headWord(w) {
			return Cut{}, false
		}
		end += sp + 1
	}
	return Cut{}, false
}

// headWord reports whether w may be a word of a heading: it opens with a
// capital or a digit and does not end a sentence or a clause.
func headWord(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(c) && !unicode.IsDigit(c) || strings.ContainsAny(w, "/()") {
		return false // "Jane Doe/Agency": a credit, left to the credit rules
	}
	return !strings.ContainsAny(w[len(w)-1:], ".,;:!?\"”")
}

// lastField returns the last word of s.
func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
