package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Credits and the captions they end or open.

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
	// A longer line is a credit only when it names two credits or more
	// ("Jane Doe/AFP – Getty Images; John Roe/AFP – Getty Images").
	long := words(s) > 12
	if s == "" || words(s) > 40 {
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
	credits, names, parts := 0, 0, 0
	// Before a photo agency and a slash, a contributor may be named by a
	// handle ("jane_doe77/iStock/Getty Images").
	handles := strings.Contains(s, "/") && photoAgency(f)
	// The parts of splitCredit(s), split as they are read: most lines are
	// no credit, and their first part tells.
	for part, next, more := nextCreditPart(s, 0); more; part, next, more = nextCreditPart(s, next) {
		parts++
		part = strings.TrimPrefix(strings.TrimPrefix(part, "the "), "The ")
		switch c, rest := r.creditSuffix(part); {
		case c && (rest == "" || r.credits[fold(rest)]):
			credits++
		case c && nameLike(rest):
			credits++
			names++
		case c && isYear(rest):
			credits++ // "Jane Doe/2026 Getty Images"
		case nameLike(part), handles && handle(part):
			names++
		default:
			return false, false
		}
	}
	if long && credits < 2 {
		return false, false
	}
	if parts > 1 && strings.ContainsAny(s, "/") || hasPhrase(f, "photo") || hasPhrase(f, "photos") || hasPhrase(f, "image") ||
		photoAgency(f) {
		strong = true
	}
	// "Jane Doe, Reuters" without a slash or a prefix is as likely the
	// source of a quotation as a photo credit.
	if credits == 0 && !strong || names > 0 && !strong {
		return false, false
	}
	return true, strong || credits == parts
}

// photoAgencies only ever credit pictures: a name before one of them
// ("Jane Doe Getty Images") is a photographer, never a source of news.
var photoAgencies = []string{"getty images", "getty images plus", "shutterstock", "istock", "istockphoto", "alamy", "ap photo", "ap photos", "ap images",
	"nurphoto", "wireimage", "zuma press", "zuma wire", "sipa usa", "pool photo", "corbis", "imagn"}

// photoAgency reports whether the folded credit f ends with a photo
// agency, a trailing "file" set aside ("Jane Doe Getty Images, FILE").
func photoAgency(f string) bool {
	f = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(f), "file"))
	f = creditEnds.trimRight(f)
	for _, a := range photoAgencies {
		if strings.HasSuffix(f, a) && (len(f) == len(a) || f[len(f)-len(a)-1] == ' ' || f[len(f)-len(a)-1] == '/') {
			return true
		}
	}
	return false
}

// dashedAgency reports whether the folded credit f ends with a photo
// agency joined to the photographer's name by a dash, as some outlets
// print a credit ("Jane Doe—Getty Images", "Jane Doe / AFP - Getty
// Images").
func dashedAgency(f string) bool {
	f = strings.TrimRight(strings.TrimSpace(f), " ,.")
	for _, a := range photoAgencies {
		if strings.HasSuffix(f, a) && len(f) > len(a) {
			if before := strings.TrimRight(f[:len(f)-len(a)], " "); strings.HasSuffix(before, "-") && len(before) > 1 {
				return true
			}
		}
	}
	return false
}

// isCreditLine reports whether a short paragraph is only a credit (see
// creditLine).
func (r *rules) isCreditLine(p string) bool {
	ok, _ := r.creditLine(p)
	return ok
}

// openingCredits are the photo agencies and the bare "getty" some outlets
// credit with: the credits that may open the part after a bar.
var openingCredits = append(slices.Clone(photoAgencies), "getty")

// agencyOpening reports whether the folded text f starts with one of
// openingCredits and goes on ("ap photo white house: …", "getty senate
// sets …").
func agencyOpening(f string) bool {
	for _, a := range openingCredits {
		if len(f) > len(a) && strings.HasPrefix(f, a) && f[len(a)] == ' ' {
			return true
		}
	}
	return false
}

// creditSuffix reports whether part ends with a credit name ("Getty
// Images", "Reuters photo"), and returns what comes before it.
func (r *rules) creditSuffix(part string) (bool, string) {
	// The words of part from the k-th on, joined by spaces and folded,
	// are the folded words from the k-th space of f on: fold works a
	// character at a time and makes each run of white space one space, at
	// neither end, as Fields and Join do.
	f := fold(part)
	n := 0 // len(strings.Fields(part))
	if f != "" {
		n = strings.Count(f, " ") + 1
	}
	at := 0
	for k := 0; k < n; k++ {
		tail := strings.TrimSuffix(strings.TrimSuffix(f[at:], " photo"), " photos")
		if r.credits[keyEnds.trimRight(tail)] {
			return true, strings.Join(strings.Fields(part)[:k], " ")
		}
		if j := strings.IndexByte(f[at:], ' '); j >= 0 {
			at += j + 1
		} else {
			at = len(f)
		}
	}
	return false, ""
}

// splitCredit splits a credit at slashes, commas, semicolons, pipes and
// the words via, for and and.
func splitCredit(s string) []string {
	var out []string
	for part, next, more := nextCreditPart(s, 0); more; part, next, more = nextCreditPart(s, next) {
		out = append(out, part)
	}
	return out
}

// nextCreditPart returns the first part of splitCredit(s) that starts at
// or after from (a start nextCreditPart returned, or 0), and where the
// search for the part after it starts; false when none is left. It splits
// as a strings.Replacer turning each separator into a slash, then a split
// at the slashes, would: separators are found from the left, none inside
// one found before (no two can start at one byte).
func nextCreditPart(s string, from int) (string, int, bool) {
	for from <= len(s) {
		end, next := len(s), len(s)+1
		for i := from; i < len(s); i++ {
			if s[i] == '/' {
				end, next = i, i+1
				break
			}
			if n := creditSeparatorAt(s, i); n > 0 {
				end, next = i, i+n
				break
			}
		}
		if part := strings.TrimSpace(s[from:end]); part != "" {
			return part, next, true
		}
		from = next
	}
	return "", from, false
}

// creditSeparators separate the parts of a credit, besides a slash: those
// that open with a space have different second bytes.
var creditSeparators = []string{" via ", " for ", " and ", ",", ";", "|", " - ", " — ", " – ", ": "}

// creditSeparatorAt returns the length of the creditSeparator s has at i,
// 0 when it has none there.
func creditSeparatorAt(s string, i int) int {
	switch s[i] {
	case ',', ';', '|':
		return 1
	case ':':
		if strings.HasPrefix(s[i:], ": ") {
			return 2
		}
	case ' ':
		if i+1 == len(s) {
			return 0
		}
		switch s[i+1] {
		case 'v', 'f', 'a', '-', 0xe2: // 0xe2 opens – and —
			for _, sep := range creditSeparators {
				if strings.HasPrefix(s[i:], sep) {
					return len(sep)
				}
			}
		}
	}
	return 0
}

// captionTails may follow a photo credit at the end of a caption: what the
// page put after the photo ("More", a "Story Highlights" box).
var captionTails = []string{"", "more", "story highlights", "hide caption", "close"}

// creditEnded reports whether p is a caption ending with a credit in
// parentheses or brackets: "A sign in Oahu, January 13, 2018. (Photo:
// Jane Doe/Reuters)", "… [File: Jane Doe/Reuters]".
func (r *rules) creditEnded(p string, n int) bool {
	if n > longCaptionWords {
		return false
	}
	for end := len(p); end > 0; {
		close := lastIndexEither(p[:end], ')', ']')
		if close < 0 {
			return false
		}
		open := lastIndexEither(p[:close], '(', '[')
		if open <= 0 {
			return false
		}
		tail := fold(p[close+1:])
		okTail := r.yearCredit(tail)
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
		ok, strong := r.creditLine(inner)
		if n > 80 {
			// A long caption: only a credit of a picture ("(Photo: Jane
			// Doe/AP)", "(Jane Doe/Getty Images)") closes it, not the
			// source of a quotation ("…," he said. (Sorn Courier)).
			return ok && strong && endsSentence(strings.TrimSpace(p[:open])) && pictureCredit(fold(inner))
		}
		if ok && (strong || n <= 30) {
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

// yearCredit reports whether the folded f is a copyright year and an
// agency, as a caption's credit may be followed by ("2026 AFP", "© 2026
// Getty Images").
func (r *rules) yearCredit(f string) bool {
	f = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(f), "©"))
	year, rest, ok := strings.Cut(f, " ")
	return ok && isYear(year) && r.credits[trimEnd(strings.TrimSpace(rest))]
}

// creditTail reports whether p is a caption whose last sentence is its
// credit: "Joe Biden. Photo: Jane Doe", "…in Harare, April 2012. JANE
// DOE / REUTERS", "…on February 16, 2011. REUTERS/Jane Doe/File Photo".
func (r *rules) creditTail(p string, n int) bool {
	if n > 80 || n < 3 {
		return false
	}
	i := creditSentenceEnd(dotsSpaces.trimRight(p))
	tail := ""
	if i >= 0 {
		tail = strings.TrimSpace(p[i+2:])
	}
	// "The long week Photo by Jane Doe/Getty Images": a label, then the
	// credit with its prefix, no full stop between them.
	if at := creditPrefixAt(p); at > i+1 {
		tail = strings.TrimSpace(p[at:])
	}
	if tail == "" || words(tail) > 10 || !strings.ContainsAny(tail, "/:") && !photoAgency(fold(tail)) {
		return false // a credit has a slash ("Jane Doe/Reuters"), a prefix ("Photo: Jane Doe") or a photo agency
	}
	ok, strong := r.creditLine(tail)
	return ok && strong
}

// creditPrefixAt returns where the last "Photo by", "Photo:" or
// "Photograph:" of p begins after a space, -1 when it has none.
func creditPrefixAt(p string) int {
	if !containsAfter(p, " Photo", 1) {
		return -1 // most paragraphs: one fast scan
	}
	at := -1
	for _, pre := range []string{" Photo by ", " Photo: ", " Photograph: ", " Photograph by "} {
		if i := strings.LastIndex(p, pre); i+1 > at && i >= 0 {
			at = i + 1
		}
	}
	return at
}

// lastSentenceEnd is strings.LastIndex(s, ". ") in a plain loop back from
// the end, where the last sentence's end most often is (LastIndex hashes
// every byte it passes).
func lastSentenceEnd(s string) int {
	for i := len(s) - 2; i >= 0; i-- {
		if s[i] == '.' && s[i+1] == ' ' {
			return i
		}
	}
	return -1
}

// creditSentenceEnd is lastSentenceEnd that passes over the full stop of
// a name's initial ("REUTERS/Jane Q. Doe", "Photo: John F. Roe"): a
// capital alone after a space or a slash. Cut there, a credit with a
// middle initial left only the surname as the caption's tail, and the
// caption stood as text (a Reuters caption shown as a fact on a story page
// of session 56).
func creditSentenceEnd(s string) int {
	first := lastSentenceEnd(s)
	for i := first; ; {
		if i < 2 || !(s[i-1] >= 'A' && s[i-1] <= 'Z') || (s[i-2] != ' ' && s[i-2] != '/') {
			return i
		}
		// Look before the initial: s[:i+1] ends with its ".". With no
		// full stop before it, the initial's stays the end, as it was.
		if i = lastSentenceEnd(s[:i+1]); i < 0 {
			return first
		}
	}
}

// creditStarted reports whether p is a caption that starts with a credit
// made of a name, a slash and an agency ("Jane Doe/Reuters Migrant workers
// rest…", "Jane Doe/AP/File Then-President…", "Jane Doe/AP Photo 2020
// campaign…").
func (r *rules) creditStarted(p string, n int) bool {
	if n > 80 {
		return false
	}
	rest, ok := r.creditOpening(p)
	if !ok {
		return false
	}
	c, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(c) || unicode.IsDigit(c)
}

// creditOpening reports whether p starts with a credit made of a name, a
// slash and one or more agencies ("Jane Doe/AFP/Getty Images …"), and
// returns what follows it.
func (r *rules) creditOpening(p string) (string, bool) {
	slash := strings.IndexByte(p, '/')
	if slash <= 0 || slash > 50 || !nameLike(p[:slash]) {
		return "", false
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
		return "", false
	}
	return strings.TrimSpace(rest), true
}

// handle reports whether part is one word of letters, digits and _ . -,
// as a contributor's handle is.
func handle(part string) bool {
	if part == "" || len(part) > 30 {
		return false
	}
	for _, c := range part {
		if !(unicode.IsLetter(c) || unicode.IsDigit(c) || c == '_' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}

// isYear reports whether s is a four-digit year.
func isYear(s string) bool {
	if len(s) != 4 || s[0] != '1' && s[0] != '2' {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// photoByEnd reports whether p is a caption that ends with its
// photographer after "photo by" or "photograph by", with no slash or
// agency to tell it: "…deploy from Kuwait on Tuesday. Marine Corps photo
// by Sgt. Jane Doe", "…in East Reddin. Photo by Jane Doe", "…on the lawn
// in Sorn Photo by Jane Doe". Only name words follow the prefix, up to
// the paragraph's end. A capitalised "Photo by" may stand anywhere; a
// lower-case one only after a short label of name words that opens its
// sentence (the picture's owner: "Pool", "White House", "Marine Corps"),
// so that a sentence about a picture ("she posted a photo by Jane Doe")
// is text.
func photoByEnd(p string, n int) bool {
	if n < 4 || n > 80 || !strings.Contains(p, "hoto") {
		return false
	}
	s := strings.TrimRight(p, " .")
	at, rest := -1, ""
	for _, pre := range []string{" Photo by ", " photo by ", " Photograph by ", " photograph by "} {
		if i := strings.LastIndex(s, pre); i > at {
			at, rest = i, s[i+len(pre):]
		}
	}
	if at < 0 || !nameLike(rest) {
		return false
	}
	if s[at+1] == 'P' {
		return true
	}
	label := s[:at]
	if i := lastSentenceEnd(label); i >= 0 {
		label = label[i+2:]
	}
	// "U.S. Marine Corps": the label's own dots end no sentence.
	return label != s[:at] && nameLike(label)
}
