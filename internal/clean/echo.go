package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/textcase"
)

// echoWords is how many words (a section's name, "REUTERS", a bullet) may
// stand before the headline when a page prints it again in the text.
const echoWords = 3

// echoTitle returns the lower-cased headline that echoes looks for, or ""
// when title cannot be told from text: a headline written as a sentence
// (with its full stop) may be the article's lede, and a short one is
// any phrase.
func echoTitle(title string) string {
	t := strings.TrimSpace(title)
	if words(t) < 4 || endsSentence(t) {
		return ""
	}
	return strings.ToLower(t)
}

// echoes reports whether paragraph text prints the headline lt (see
// echoTitle) again: alone, after a section's name ("Congress Sessions
// could face …"), or run into its standfirst ("… over testimony Lawyers
// say …"). A paragraph that goes on with the headline's sentence ("…,
// officials said") is the lede.
func echoes(text, lt string) bool {
	if !textcase.LowerKeepsOffsets(text) {
		return false // a letter whose case changes its length: offsets differ
	}
	lp := strings.ToLower(text)
	at := strings.Index(lp, lt)
	if at < 0 || words(text[:at]) > echoWords || endsSentence(strings.TrimSpace(text[:at])) {
		return false
	}
	if rest := strings.TrimLeft(text[at+len(lt):], " "); rest != "" {
		r, _ := utf8.DecodeRuneInString(rest)
		if len(rest) == len(text[at+len(lt):]) || !unicode.IsUpper(r) {
			return false // the headline's sentence goes on: the lede
		}
	}
	return true
}
