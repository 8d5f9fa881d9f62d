package clean

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/textcase"
)

// Captions that open or close with a photo credit, beyond those the short
// forms of credits.go find: long captions that describe the picture and
// end with the credit, captions and pull quotes a page prints under a bare
// agency's name, and credits of contributors' handles.

// longCaptionWords bounds the captions creditClosed and creditEnded read:
// a caption that describes a picture at length may run to a hundred words
// and more, but a credit at the end of a longer paragraph is no sign that
// the paragraph is one.
const longCaptionWords = 160

// creditClosed reports whether p is a caption whose last part is a photo
// credit ending with a photo agency: "…in Sorn, May 4, 2026. Jane
// Doe—Getty Images", "…in Sorn. Photo: jane doe/Agence France-Presse/Getty
// Images", "…in Sorn, D.C. Getty". The credit must read as one: a
// separator (a slash or a dash) or a prefix ("Photo:"), or the bare
// agency's name alone; names may be in any case, as some outlets print
// them in lower case.
func (r *rules) creditClosed(p string, n int) bool {
	s := strings.TrimRight(p, " ")
	if n <= 80 && slashedAgencyEnd(s) {
		return true
	}
	if n > longCaptionWords || n < 4 {
		return false
	}
	i := lastSentenceEnd(dotsSpaces.trimRight(s))
	if i < 0 {
		return false
	}
	tail := strings.TrimSpace(s[i+2:])
	if at := creditPrefixAt(s); at > i+1 {
		tail = strings.TrimSpace(s[at:])
	}
	if tail == "" || words(tail) > 10 {
		return false
	}
	f := fold(tail)
	if t := trimEnd(f); t == "getty" || t == "getty images" {
		return true // "…in Sorn, D.C. Getty"
	}
	if !photoAgency(f) && !dashedAgency(f) {
		return false
	}
	if endsSentence(strings.TrimRight(tail, ".")) || strings.ContainsAny(tail, "\"“”") {
		return false
	}
	if dashedAgency(f) || strings.Contains(tail, "/") {
		return true
	}
	for _, pre := range creditPrefixes {
		if strings.HasPrefix(f, pre) {
			return true
		}
	}
	return false
}

// slashedAgencyEnd reports whether s ends with a credit made of a name, a
// slash and a photo agency, among its last six words ("… at the White
// House Jane Doe/AFP via Getty Images", "Photographs by Jane Doe/Getty
// Images and John Roe/Getty Images."), closing brackets aside.
func slashedAgencyEnd(s string) bool {
	s = closingEnds.trimRight(s)
	last := s[suffixStart(s, 200):]
	if !strings.Contains(last, "/") || !photoAgency(fold(last)) {
		return false
	}
	ws := strings.Fields(last)
	for _, w := range ws[max(0, len(ws)-6):] {
		if strings.Contains(w, "/") {
			return true
		}
	}
	return false
}

// agencyOpened reports whether p is a caption, a pull quote or a tile's
// headline printed under the name of a photo agency: "Getty Images People
// here wait for hours", "[Imagn] Jane Doe, the host, at her desk…",
// "Getty CONGRESS House passes the bill", "Jane Doe / AFP via Getty Images
// Residents of Sorn…". A sentence may open with an agency's name as its
// subject ("Getty Images said…", "Getty Museum officials said…"): so a
// single word (Getty, Shutterstock) opens a caption only when what follows
// does not read as a sentence of the article, a heading in capitals or a
// number after it, or no full stop at its end.
//
// folded is p folded, or the folded head of a long p.
func (r *rules) agencyOpened(p, folded string, n int) bool {
	if n > longCaptionWords || n < 3 {
		return false
	}
	s := strings.TrimSpace(p)
	// "[Imagn] …": a bracketed credit at the start.
	if strings.HasPrefix(s, "[") {
		if j := strings.IndexByte(s, ']'); j > 1 && j < 40 {
			inner := trimEnd(fold(s[1:j]))
			if r.credits[inner] || photoAgency(inner) {
				return capitalNext(s[j+1:])
			}
		}
		return false
	}
	if n > 80 {
		return false
	}
	f := folded[:prefixEnd(folded, 120)]
	head := s[:prefixEnd(s, 120)]
	for _, a := range openingCredits {
		if !(len(f) > len(a) && f[len(a)] == ' ' && strings.HasPrefix(f, a)) {
			continue // not "a "
		}
		if len(s) < len(a) || !strings.EqualFold(s[:len(a)], a) {
			return false
		}
		rest := strings.TrimSpace(s[len(a):])
		if len(rest) == 0 || !capitalNext(rest) {
			return false
		}
		if strings.Contains(a, " ") {
			return true // "getty images", "ap photo": never a sentence's subject
		}
		w, _, _ := strings.Cut(rest, " ")
		return upperWord(w) || !endsSentence(s)
	}
	// "Jane Doe / AFP via Getty Images Residents of Sorn…": a credit with
	// spaced separators, then the caption. Most paragraphs have none of
	// them, found with a quick look for rare bytes.
	if strings.IndexByte(f, '/') < 0 && strings.IndexByte(f, '-') < 0 && !strings.Contains(f, "via ") {
		return false
	}
	// head lower-cased as strings.ToLower makes it, in a buffer on the
	// stack; of a head in which lower-casing changes a character's
	// length, the offsets would not be head's.
	if !textcase.LowerKeepsOffsets(head) {
		return false
	}
	var buf [128]byte
	lower := appendLower(buf[:0], head)
	for _, sa := range spacedAgencies {
		a := sa[:len(sa)-1]
		i := bytes.Index(lower, sa)
		if i <= 0 {
			continue
		}
		credit := head[:i+len(a)]
		if !strings.ContainsAny(credit, "/-—–") && !strings.Contains(strings.ToLower(credit), " via ") {
			continue
		}
		if ok, strong := r.creditLine(credit); ok && strong && capitalNext(s[i+len(a):]) {
			return true
		}
	}
	return false
}

// spacedAgencies are the photoAgencies of two words or more, in their
// order, each followed by a space: the credits agencyOpened looks for
// after a name.
var spacedAgencies = func() (out [][]byte) {
	for _, a := range photoAgencies {
		if strings.Contains(a, " ") {
			out = append(out, []byte(a+" "))
		}
	}
	return out
}()

// appendLower appends strings.ToLower(s) to b: each character lower-cased
// (unicode.ToLower), a byte that is not UTF-8 written as U+FFFD, as
// strings.Map writes it.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size
	}
	return b
}

// pictureCredit reports whether the folded credit f names a picture: it
// opens with a credit's prefix ("photo:", "credit:"), has a slash, or
// ends with a photo agency.
func pictureCredit(f string) bool {
	if strings.Contains(f, "/") || photoAgency(f) {
		return true
	}
	for _, pre := range creditPrefixes {
		if strings.HasPrefix(f, pre) {
			return true
		}
	}
	return false
}

// capitalNext reports whether s, after its leading spaces, opens with an
// upper-case letter or a digit.
func capitalNext(s string) bool {
	c, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " "))
	return unicode.IsUpper(c) || unicode.IsDigit(c)
}

// upperWord reports whether w is a word in capitals (two letters at least,
// "CONGRESS", "U.S.") or a number.
func upperWord(w string) bool {
	letters := 0
	for _, c := range w {
		switch {
		case unicode.IsLower(c):
			return false
		case unicode.IsUpper(c):
			letters++
		}
	}
	if letters >= 2 {
		return true
	}
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(c)
}

// videoClosed reports whether a paragraph is the caption of a video as
// a player leaves it in the page: its "CLOSE" button, then what the video
// shows in a sentence ("CLOSE The senate voted on the dam. Lantern
// Wire"). On all of ABP 390 articles of 26 outlets (USA Today's network
// most) hold one; it opened the story's overview as the article's first
// sentence. A heading in capitals ("CLOSE TO HOME") is not one.
func videoClosed(p string) bool {
	rest, ok := strings.CutPrefix(p, "CLOSE ")
	if !ok {
		return false
	}
	f := strings.Fields(rest)
	if len(f) < 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	lower := 0
	for _, w := range f[:3] {
		if strings.ToUpper(w) != w {
			lower++
		}
	}
	return lower > 0
}
