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
	i := creditSentenceEnd(dotsSpaces.trimRight(s))
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
// sentence. A heading in capitals ("CLOSE TO HOME") is not one. The
// sentence may open with a quotation ("CLOSE 'Defend the valley' marched
// ...") or with the article "A" before a name in capitals ("CLOSE A
// LANTERN WIRE investigation finds ..."): three more of USA Today's
// captions on all of ABP, which opened the cleaned text.
func videoClosed(p string) bool {
	rest, ok := strings.CutPrefix(p, "CLOSE ")
	if !ok {
		return false
	}
	f := strings.Fields(rest)
	if len(f) < 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(f[0], "'\"‘“"))
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	if f[0] == "A" && len(f) >= 4 {
		f = f[1:] // "A USA TODAY Network investigation": its words after "A"
	}
	lower := 0
	for _, w := range f[:3] {
		if strings.ToUpper(w) != w {
			lower++
		}
	}
	return lower > 0
}

// galleryEnded reports whether a paragraph is the rest of a photo
// gallery whose captions a line break split: the gallery's slides run on
// from the paragraph before, each caption followed by its counter and
// the gallery's title ("… at the dam. Hide Caption 4 of 9 Photos: The
// Reddin floods …"), and the paragraph ends with the last counter ("Hide
// Caption 9 of 9"). The gallery's first paragraph opens with "Photos:"
// and a short one holds "Hide Caption" (phrases.txt); this one is longer
// and opens inside a slide's caption. On all of ABP four such paragraphs
// of CNN were left as text, their captions read as the article's names
// and facts.
func galleryEnded(p string) bool {
	s := strings.TrimRight(p, " ")
	if s == "" || s[len(s)-1] < '0' || s[len(s)-1] > '9' {
		return false
	}
	s = s[suffixStart(s, 32):] // " Hide Caption 9999 of 9999" fits
	i := strings.LastIndex(s, " Hide Caption ")
	if i < 0 {
		return false
	}
	k, m, ok := strings.Cut(s[i+len(" Hide Caption "):], " of ")
	return ok && allDigits(k) && allDigits(m)
}

// allDigits reports whether s is a run of one to four ASCII digits.
func allDigits(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// videoBlocks returns the cuts of the video players' captions run into a
// paragraph: "JUST WATCHED", the video's title, "Replay More Videos ...
// MUST WATCH", the title again and the video's length ("JUST WATCHED The
// dam holds Replay More Videos ... MUST WATCH The dam holds 01:35"). A
// paragraph that is one such caption is set aside whole (phrases.txt); a
// page whose paragraphs were run together leaves them inside the text.
func videoBlocks(p string) []Cut {
	const open, mid = "JUST WATCHED ", " Replay More Videos ... MUST WATCH"
	var cuts []Cut
	for from := 0; ; {
		i := strings.Index(p[from:], open)
		if i < 0 {
			return cuts
		}
		i += from
		// The space that ends open may be the one mid starts with
		// ("JUST WATCHED Replay More Videos ..."): a caption with no
		// title.
		base := i + len(open) - 1
		j := strings.Index(p[base:], mid)
		if j < 0 {
			return cuts
		}
		j += base
		title := p[base+1 : max(j, base+1)]
		if j-i > 400 || words(title) > 30 {
			from = i + len(open)
			continue
		}
		end := j + len(mid)
		rest, ok := strings.CutPrefix(p[end:], " "+title)
		if title == "" {
			rest, ok = p[end:], true // no title to repeat
		}
		if ok {
			end = len(p) - len(rest)
			if n := videoLength(rest); n > 0 {
				end += n
			}
		}
		start := i
		if start > 0 && p[start-1] == ' ' {
			start-- // take the space before, not the one after
		}
		cuts = append(cuts, Cut{Start: start, End: end, Kind: KindCaption, Reason: "a video player's caption run into the text (\"JUST WATCHED … MUST WATCH\")"})
		from = end
	}
}

// videoLength returns the length of a video's running time after a space
// at the start of s (" 01:35", " 1:02:07"), or 0.
func videoLength(s string) int {
	rest, ok := strings.CutPrefix(s, " ")
	if !ok {
		return 0
	}
	field, _, _ := strings.Cut(rest, " ")
	parts := strings.Split(field, ":")
	if len(parts) < 2 || len(parts) > 3 || len(parts[0]) > 2 || !allDigits(parts[0]) {
		return 0
	}
	for _, q := range parts[1:] {
		if len(q) != 2 || !allDigits(q) {
			return 0
		}
	}
	return 1 + len(field)
}
