package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// echoWords is how many words (a section's name, "REUTERS", a bullet) may
// stand before the headline when a page prints it again in the text.
const echoWords = 3

// headlineEcho marks a paragraph among the first ones that prints the
// article's headline again: alone, after a section's name ("Congress
// Sessions could face …"), or run into its standfirst ("… over testimony
// Lawyers say …"). A headline written as a sentence (with its full stop)
// may be the article's lede, and a paragraph that goes on with the
// headline's sentence ("…, officials said") is the lede: both stay text.
func headlineEcho(ps []para, title string) {
	t := strings.TrimSpace(title)
	if words(t) < 4 || endsSentence(t) {
		return
	}
	lt := strings.ToLower(t)
	seen := 0
	for i := 0; i < len(ps) && seen < topSpan; i++ {
		p := &ps[i]
		if p.furniture() {
			continue
		}
		seen++
		lp := strings.ToLower(p.text)
		if len(lp) != len(p.text) {
			continue // a letter whose case changes its length: offsets differ
		}
		at := strings.Index(lp, lt)
		if at < 0 || words(p.text[:at]) > echoWords || endsSentence(strings.TrimSpace(p.text[:at])) {
			continue
		}
		if rest := strings.TrimLeft(p.text[at+len(lt):], " "); rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			if len(rest) == len(p.text[at+len(lt):]) || !unicode.IsUpper(r) {
				continue // the headline's sentence goes on: the lede
			}
		}
		p.set(KindOther, "the headline printed again at the top")
		return
	}
}
