package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Recognisers of furniture by its structure rather than its words. Each
// takes the original paragraph (case matters for names) and, where words
// matter, its folded form.

// hasPhrase reports whether folded text f has the folded phrase as whole
// words (a phrase that starts or ends with a letter must not be part of a
// longer word there).
func hasPhrase(f, phrase string) bool {
	for off := 0; ; {
		i := strings.Index(f[off:], phrase)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(phrase)
		okStart := i == 0 || !isLetter(phrase[0]) || !isLetter(f[i-1])
		okEnd := j == len(f) || !isLetter(phrase[len(phrase)-1]) || !isLetter(f[j])
		if okStart && okEnd {
			return true
		}
		off = i + 1
	}
}

// particles may appear in lower case inside a name.
var particles = map[string]bool{"de": true, "da": true, "del": true, "der": true, "van": true, "von": true,
	"la": true, "le": true, "al": true, "el": true, "bin": true, "y": true, "di": true, "du": true, "of": true, "and": true, "&": true}

// nameWord reports whether w can be a word of a name: capitalised (or an
// initial, or a particle), without digits.
func nameWord(w string) bool {
	w = nameBounds.trim(w)
	if w == "" {
		return false
	}
	if particles[w] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		if unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// nameLike reports whether s is a short run of name words (1 to 6).
func nameLike(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n++; n > 6 || !nameWord(w) {
			return false
		}
	}
	return n > 0
}

// allCaps reports whether p is a headline in capitals of at least six
// words ("OFFICIALS WARN OF MORE FLOODING IN THE VALLEY"), as pages print
// links to other stories between paragraphs.
func allCaps(p string, n int) bool {
	if n < 6 || n > 30 {
		return false
	}
	letters := 0
	for _, c := range p {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsUpper(c) {
			letters++
		}
	}
	return letters >= 20
}

// bareLink reports whether p is only a web address.
func bareLink(p string) bool {
	s := strings.TrimSpace(p)
	if strings.ContainsAny(s, " \t") {
		return false
	}
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.")
}

// sourceTagged reports whether p is a headline ending with its source in
// brackets or after a bar ("Dam report due Friday [Reddin Courier]", "Why
// the valley floods | Reddin Courier"), or a caption ending so with its
// credit ("… in Sorn | Tomas Berg/AP"): it returns the kind.
func (r *rules) sourceTagged(p, outlet string, n int) string {
	if n > 80 {
		return ""
	}
	s := strings.TrimSpace(p)
	tail := ""
	if strings.HasSuffix(s, "]") {
		if i := strings.LastIndexByte(s, '['); i > 0 && !endsSentence(s[:i]) {
			tail = strings.TrimSpace(s[i+1 : len(s)-1])
		}
	} else if i := lastBar(s); i > 0 {
		tail = strings.TrimSpace(s[i+3:])
		// "Caption. | Jane Doe/AP Photo section Headline of a link": a
		// caption, its credit and a link run into one paragraph.
		if _, ok := r.creditOpening(tail); ok || agencyOpening(fold(tail)) {
			return KindCaption
		}
		// "Caption. | AP Photos | AP Photos Headline of a link"
		for _, seg := range strings.Split(s[strings.Index(s, " | ")+3:], " | ") {
			if ok, strong := r.creditLine(strings.TrimSpace(seg)); ok && strong && n <= 60 {
				return KindCaption
			}
		}
	}
	if tail == "" || n > 40 {
		return ""
	}
	if ok, strong := r.creditLine(tail); ok && strong {
		return KindCaption
	}
	if strings.EqualFold(tail, outlet) || nameLike(tail) && words(tail) <= 4 {
		if n > 30 {
			return ""
		}
		return KindRelated
	}
	return ""
}

// lastBar is strings.LastIndex(s, " | "), quick for the many paragraphs
// without a bar: their bytes are looked at by IndexByte, not backwards one
// at a time.
func lastBar(s string) int {
	if strings.IndexByte(s, '|') < 0 {
		return -1
	}
	return strings.LastIndex(s, " | ")
}

// byAnywhere reports whether p is a short byline ("By Jane Doe") inside
// the article, as a collection prints one per entry.
func byAnywhere(p string) bool {
	s := strings.TrimSpace(p)
	if !strings.HasPrefix(s, "By ") || endsSentence(s) {
		return false
	}
	ws := strings.Fields(s[3:])
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	for _, w := range ws {
		if !nameWord(w) {
			return false
		}
	}
	return true
}

var (
	// tweetTail is the signature of an embedded tweet.
	tweetTail = regexp.MustCompile(`[—–-]\s*[^—–()]{1,80}\(@\w{1,20}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*$`)
	// postTail is the signature of an embedded Facebook post.
	postTail = regexp.MustCompile(`Posted by [^.!?]{1,80} on (?:\p{L}+, )?\p{L}+\.? \d{1,2}, \d{4}\s*$`)
	// commaDate ends a caption: "…at his hearing, September 4, 2018."
	commaDate = regexp.MustCompile(`, (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, )?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}\.?$`)
	// allCapsDateline is a dateline alone: "WASHINGTON —", "BEIRUT (AP) —".
	allCapsDateline = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’ -]{1,30}(?:, [\p{L}.'’ ]{1,30})?(?: ?\([\p{L} ]{1,20}\))?\s*[—–-]{1,2}$`)
)

// socialEmbed reports whether p is an embedded social-media post.
func socialEmbed(p string) bool {
	if strings.Contains(p, "(@") && tweetTail.MatchString(p) {
		return true
	}
	return strings.Contains(p, "Posted by ") && postTail.MatchString(p)
}

// dateCaption reports whether p is a short caption that ends with its date
// after a comma ("Judge Jane Doe at her hearing, September 4, 2018.").
func dateCaption(p string, n int) bool {
	if n < 5 || n > 40 {
		return false
	}
	if e := dotsSpaces.trimRight(p); e == "" || e[len(e)-1] < '0' || e[len(e)-1] > '9' || strings.ContainsAny(p, "\"“”") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(p); strings.ContainsRune("—–-‐", r) {
		return false // "—Jane Doe on The Show, May 1, 2012": a quotation's source
	}
	loc := commaDate.FindStringIndex(p)
	if loc == nil {
		return false
	}
	// "…on Tuesday, August 15, 2017." is a sentence's date, not a caption's.
	before := strings.Fields(p[:loc[0]])
	if len(before) > 0 && weekdays[strings.ToLower(before[len(before)-1])] {
		return false
	}
	return true
}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// dateline reports whether a paragraph is only a date, a time or a place
// dateline ("Jan. 20, 2017", "Updated 4:33 p.m. ET", "6 years ago",
// "WASHINGTON —").
func (r *rules) dateline(p, f string, n int) bool {
	if n > 14 {
		return false
	}
	if allCapsDateline.MatchString(strings.TrimSpace(p)) {
		return true
	}
	seen := strings.ContainsAny(f, ":/")
	date := false
	for _, w := range strings.FieldsFunc(f, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",|-/()·•", r)
	}) {
		w = strings.Trim(w, ".:;")
		switch {
		case w == "":
		case isNumber(w):
		default:
			isDate, known := r.dates[w]
			if !known {
				return false
			}
			date = date || isDate
		}
	}
	return date || seen && strings.ContainsAny(f, "0123456789")
}

// isNumber reports whether w is digits, maybe with : . st nd rd th.
func isNumber(w string) bool {
	w = strings.TrimRight(w, "stndrh")
	if w == "" {
		return false
	}
	for _, c := range w {
		if !unicode.IsDigit(c) && c != ':' && c != '.' {
			return false
		}
	}
	return unicode.IsDigit(rune(w[0]))
}

// byline reports whether a paragraph near the top is a byline: "By Jane
// Doe and John Roe", "By Staff, Agencies", an author's name, the outlet's
// or an agency's name alone.
func (r *rules) byline(p, f string, n int, authors []string, outlet string) bool {
	t := trimEnd(stripLead(f))
	if t == "" || n > 16 {
		return false
	}
	if outlet != "" && t == trimEnd(fold(outlet)) {
		return true
	}
	for _, a := range authors {
		if fa := trimEnd(fold(a)); fa != "" && (t == fa || strings.HasPrefix(t, fa+",") || strings.HasPrefix(t, fa+" |") || strings.HasPrefix(t, "by "+fa)) {
			return true
		}
	}
	if r.credits[t] && n <= 4 {
		return true // "Associated Press", "USA TODAY"
	}
	s := strings.TrimSpace(stripLead(p))
	if !strings.HasPrefix(s, "By ") && !strings.HasPrefix(s, "BY ") && !strings.HasPrefix(s, "by ") {
		return false
	}
	ws := strings.Fields(s)[1:]
	if len(ws) == 0 || !nameWord(ws[0]) {
		return false
	}
	if _, dateWord := r.dates[strings.ToLower(strings.Trim(ws[0], ".,"))]; dateWord {
		return false
	}
	caps := 0
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,;:|"))
		if _, dateWord := r.dates[lw]; nameWord(w) || particles[lw] || bylineWords[lw] || dateWord || lw == "" || isNumber(lw) {
			caps++
		}
	}
	return caps*10 >= len(ws)*8 && !strings.HasSuffix(s, "?")
}

// bylineWords may appear in lower case in a byline.
var bylineWords = map[string]bool{"and": true, "by": true, "staff": true, "writer": true, "reporter": true,
	"correspondent": true, "editor": true, "contributor": true, "in": true, "for": true, "the": true,
	"at": true, "with": true, "from": true, "-": true, "—": true, "|": true, "·": true, "•": true}

// notSubjects are capitalised words that open a sentence rather than a
// name.
var notSubjects = map[string]bool{"The": true, "This": true, "That": true, "These": true, "Those": true,
	"It": true, "He": true, "She": true, "We": true, "They": true, "I": true, "You": true, "Our": true,
	"My": true, "His": true, "Her": true, "Their": true, "A": true, "An": true, "In": true, "On": true,
	"At": true, "But": true, "And": true, "If": true, "When": true, "So": true, "Now": true, "What": true}

// bioSubject returns the name a paragraph opens with when the next word
// says who that person is ("Jane Doe is a senior fellow…", "— Jane Doe
// is…", "Jane Doe, a former prosecutor, is…"), with that verb; "" when the
// paragraph does not open so.
func bioSubject(p string) (name, verb string) {
	// The subject and verb are among the first 16 words: no later word is
	// looked at, and a seventeenth keeps the bound checks as they would be
	// on all the words.
	var buf [17]string
	ws := appendFirstFields(buf[:0], strings.TrimLeft(p, " —–-‐•*·"), len(buf))
	if len(ws) < 3 || notSubjects[ws[0]] {
		return "", ""
	}
	ws = withoutHandle(ws)
	n := 0
	for n < len(ws) && n < 6 && nameWord(ws[n]) && !strings.HasSuffix(ws[n], ",") {
		n++
	}
	i := n
	if n < len(ws) && n < 6 && strings.HasSuffix(ws[n], ",") && nameWord(ws[n]) {
		n++ // "Jane Doe, a former prosecutor, is …"
		i = n
		for i < len(ws) && i < n+8 && !strings.HasSuffix(ws[i], ",") {
			i++
		}
		i++
	}
	if n < 2 || i >= len(ws) {
		return "", ""
	}
	switch ws[i] {
	case "is", "was", "serves", "writes", "teaches", "hosts", "directs", "leads", "covers", "has",
		"ist", "war", "est", "était", "es", "fue":
		return strings.Trim(strings.Join(ws[:n], " "), ","), ws[i]
	}
	return "", ""
}

// withoutHandle returns ws without the account that may follow the name
// a bio opens with ("Jane Doe (@janedoe) is …", "Jane Doe (@janedoe), a
// lawyer, is …"), a comma after it kept on the name.
func withoutHandle(ws []string) []string {
	k := 0
	for k < len(ws) && k < 6 && nameWord(ws[k]) && !strings.HasSuffix(ws[k], ",") {
		k++
	}
	if k < 2 || k >= len(ws) || !strings.HasPrefix(ws[k], "(@") {
		return ws
	}
	h := ws[k]
	if !strings.HasSuffix(h, ")") && !strings.HasSuffix(h, "),") {
		return ws
	}
	if strings.HasSuffix(h, ",") {
		ws[k-1] += ","
	}
	return append(ws[:k], ws[k+1:]...)
}

// firstFields returns the first n of strings.Fields(s), without splitting
// the rest of s.
func firstFields(s string, n int) []string {
	return appendFirstFields(make([]string, 0, n), s, n)
}

// appendFirstFields appends firstFields(s, n) to ws, which is empty (a
// caller's buffer).
func appendFirstFields(ws []string, s string, n int) []string {
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				ws = append(ws, s[start:i])
				start = -1
				if len(ws) == n {
					return ws
				}
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		ws = append(ws, s[start:])
	}
	return ws
}
