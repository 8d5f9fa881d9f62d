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
	w = strings.Trim(w, `,.;:"'()[]`)
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
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		if !nameWord(w) {
			return false
		}
	}
	return true
}

// creditPrefixes open a credit ("Photo: Jane Doe/Reuters").
var creditPrefixes = []string{"photo credit:", "photo credit", "photo illustration:", "photograph:", "photograph by",
	"photographs by", "photos by", "photo by", "photo:", "photos:", "image:", "images:", "credit:", "source:",
	"file photo:", "file:", "pictured:", "video:", "illustration:", "illustrations by", "illustration by",
	"featured image by", "map courtesy of", "map by", "chart by", "graphic by", "graphics by", "courtesy of",
	"image courtesy of", "photo courtesy of", "audio production by", "video by"}

// creditLine reports whether a short paragraph is only a credit: names
// and agencies separated by slashes, commas or "via" ("Mike Blake/Reuters",
// "(Pixabay)", "AP Photo/Evan Vucci", "Getty Images"). slash says whether it
// had a separator or a prefix that only credits have.
func (r *rules) creditLine(p string) (ok, strong bool) {
	if len(p) > 160 {
		return false, false
	}
	s := strings.TrimSpace(p)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "("), ")")
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	s = strings.TrimSpace(strings.TrimSuffix(s, "."))
	if s == "" || words(s) > 12 {
		return false, false
	}
	f := fold(s)
	for _, pre := range creditPrefixes {
		if strings.HasPrefix(f, pre) {
			s, f = strings.TrimSpace(s[len(pre):]), strings.TrimSpace(f[len(pre):])
			strong = true
			break
		}
	}
	if s == "" {
		return false, false
	}
	parts := splitCredit(s)
	credits, names := 0, 0
	for _, part := range parts {
		part = strings.TrimPrefix(strings.TrimPrefix(part, "the "), "The ")
		switch c, rest := r.creditSuffix(part); {
		case c && (rest == "" || r.credits[fold(rest)]):
			credits++
		case c && nameLike(rest):
			credits++
			names++
		case nameLike(part):
			names++
		default:
			return false, false
		}
	}
	if len(parts) > 1 && strings.ContainsAny(s, "/") || hasPhrase(f, "photo") || hasPhrase(f, "photos") || hasPhrase(f, "image") {
		strong = true
	}
	// "Jane Doe, Reuters" without a slash or a prefix is as likely the
	// source of a quotation as a photo credit.
	if credits == 0 && !strong || names > 0 && !strong {
		return false, false
	}
	return true, strong || credits == len(parts)
}

// creditSuffix reports whether part ends with a credit name ("Getty
// Images", "Reuters photo"), and returns what comes before it.
func (r *rules) creditSuffix(part string) (bool, string) {
	ws := strings.Fields(part)
	for k := 0; k < len(ws); k++ {
		tail := fold(strings.Join(ws[k:], " "))
		tail = strings.TrimSuffix(strings.TrimSuffix(tail, " photo"), " photos")
		if r.credits[strings.TrimRight(tail, ".:")] {
			return true, strings.Join(ws[:k], " ")
		}
	}
	return false, ""
}

// splitCredit splits a credit at slashes, commas, semicolons, pipes and
// the words via, for and and.
func splitCredit(s string) []string {
	s = creditSeparators.Replace(s)
	var out []string
	for _, part := range strings.Split(s, "/") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// creditSeparators turns what separates the parts of a credit into slashes.
var creditSeparators = strings.NewReplacer(" via ", "/", " for ", "/", " and ", "/", ",", "/", ";", "/", "|", "/", " - ", "/", " — ", "/", ": ", "/")

// captionTails may follow a photo credit at the end of a caption: what the
// page put after the photo ("More", a "Story Highlights" box).
var captionTails = []string{"", "more", "story highlights", "hide caption", "close"}

// creditEnded reports whether p is a caption ending with a credit in
// parentheses or brackets: "A sign in Oahu, January 13, 2018. (Photo:
// Jane Doe/Reuters)", "… [File: Jane Doe/Reuters]".
func (r *rules) creditEnded(p string, n int) bool {
	if n > 80 {
		return false
	}
	for end := len(p); end > 0; {
		close := strings.LastIndexAny(p[:end], ")]")
		if close < 0 {
			return false
		}
		open := strings.LastIndexAny(p[:close], "([")
		if open <= 0 {
			return false
		}
		tail := fold(p[close+1:])
		okTail := false
		for _, t := range captionTails {
			if strings.HasPrefix(trimEnd(tail), t) && (t != "" || trimEnd(tail) == "") {
				okTail = true
				break
			}
		}
		if !okTail {
			return false
		}
		inner := p[open+1 : close]
		if ok, strong := r.creditLine(inner); ok && (strong || n <= 30) {
			return true
		}
		fi := fold(inner)
		for _, pre := range []string{"photo", "ap photo", "reuters photo", "afp photo", "file photo", "image", "credit:"} {
			if strings.HasPrefix(fi, pre) {
				return true
			}
		}
		end = open
		if strings.TrimSpace(p[close+1:]) == "" {
			continue // a credit may follow a parenthesis that is part of the caption
		}
		return false
	}
	return false
}

// creditTail reports whether p is a caption whose last sentence is its
// credit: "Joe Biden. Photo: Jane Doe", "…in Harare, April 2012. JANE
// DOE / REUTERS", "…on February 16, 2011. REUTERS/Jane Doe/File Photo".
func (r *rules) creditTail(p string, n int) bool {
	if n > 80 || n < 3 {
		return false
	}
	i := strings.LastIndex(strings.TrimRight(p, ". "), ". ")
	if i < 0 {
		return false
	}
	tail := strings.TrimSpace(p[i+2:])
	if words(tail) > 10 || !strings.ContainsAny(tail, "/:") {
		return false // a credit has a slash ("Jane Doe/Reuters") or a prefix ("Photo: Jane Doe")
	}
	ok, strong := r.creditLine(tail)
	return ok && strong
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
	if n > 40 {
		return ""
	}
	s := strings.TrimSpace(p)
	tail := ""
	if strings.HasSuffix(s, "]") {
		if i := strings.LastIndexByte(s, '['); i > 0 && !endsSentence(s[:i]) {
			tail = strings.TrimSpace(s[i+1 : len(s)-1])
		}
	} else if i := strings.LastIndex(s, " | "); i > 0 {
		tail = strings.TrimSpace(s[i+3:])
		// "Caption. | AP Photos | AP Photos Headline of a link"
		for _, seg := range strings.Split(s[strings.Index(s, " | ")+3:], " | ") {
			if ok, strong := r.creditLine(strings.TrimSpace(seg)); ok && strong && n <= 60 {
				return KindCaption
			}
		}
	}
	if tail == "" {
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

// creditStarted reports whether p is a caption that starts with a credit
// made of a name, a slash and an agency ("Jane Doe/Reuters Migrant workers
// rest…", "Jane Doe/AP/File Then-President…").
func (r *rules) creditStarted(p string, n int) bool {
	if n > 80 {
		return false
	}
	slash := strings.IndexByte(p, '/')
	if slash <= 0 || slash > 50 || !nameLike(p[:slash]) {
		return false
	}
	rest := p[slash+1:]
	matched := false
	for {
		ws := strings.Fields(rest)
		found := 0
		for k := min(4, len(ws)); k >= 1; k-- {
			cand := strings.Join(ws[:k], " ")
			cut, _, _ := strings.Cut(cand, "/")
			if r.credits[fold(cut)] && !strings.Contains(cand[len(cut):], " ") {
				found = len(cut)
				break
			}
		}
		if found == 0 {
			break
		}
		matched = true
		rest = strings.TrimLeft(rest, " ")[found:]
		if strings.HasPrefix(rest, "/") {
			rest = rest[1:]
			continue
		}
		break
	}
	if !matched || !strings.HasPrefix(rest, " ") {
		return false
	}
	rest = strings.TrimSpace(rest)
	c, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(c)
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
	if e := strings.TrimRight(p, ". "); e == "" || e[len(e)-1] < '0' || e[len(e)-1] > '9' || strings.ContainsAny(p, "\"“”") {
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
	ws := strings.Fields(strings.TrimLeft(p, " —–-‐•*·"))
	if len(ws) < 3 || notSubjects[ws[0]] {
		return "", ""
	}
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
