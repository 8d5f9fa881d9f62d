package furnitureeval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// shortWords is the word count under which a paragraph looks suspicious.
const shortWords = 12

// cueStarts are openings that page furniture often has (matched on the
// lower-cased paragraph). They are surface cues for oversampling, not a
// classifier: most paragraphs they catch may well be article text.
var cueStarts = []string{
	"more:", "related:", "read more", "read:", "also on", "also read", "see also",
	"watch:", "listen", "click", "sign up", "subscribe", "follow",
	"share", "advertisement", "editor's note", "editor’s note", "update",
	"copyright", "photo", "image", "video:", "(photo", "[photo", "by ",
}

// cueContains are telltale words of credits, promos, widgets and embeds.
var cueContains = []string{
	"getty", "ap photo", "reuters/", "/reuters", "afp/", "/afp", "/ap", "photo:",
	"photograph:", "image:", "credit:", "courtesy of", "shutterstock", "pixabay",
	"©", "copyright", "all rights reserved", "newsletter", "subscribe", "sign up",
	"click here", "pic.twitter.com", "http://", "https://", "www.", "share this",
	"follow us", "has been updated", "contributed to this report", "more:",
	"related:", "read more", "this article", "this story", "(file)", "(photo",
}

// Suspicious reports whether a paragraph shows a simple surface cue of page
// furniture: it is short (under 12 words), it does not end as a sentence
// ends (. ! ? … or a closing quote or bracket after one of them), it starts
// with a promo or credit opening, or it contains a credit, promo, widget or
// link word. The sample oversamples such paragraphs; the cues are fixed
// here so that the strata can be redrawn exactly.
func Suspicious(p string) bool {
	if len(strings.Fields(p)) < shortWords || !endsSentence(p) {
		return true
	}
	l := strings.ToLower(p)
	for _, s := range cueStarts {
		if strings.HasPrefix(l, s) {
			return true
		}
	}
	for _, s := range cueContains {
		if strings.Contains(l, s) {
			return true
		}
	}
	return false
}

// endsSentence reports whether p ends with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(p string) bool {
	p = strings.TrimRightFunc(p, unicode.IsSpace)
	for p != "" {
		r, size := utf8.DecodeLastRuneInString(p)
		switch r {
		case '.', '!', '?', '…':
			return true
		case '"', '\'', '”', '’', ')', ']', '»':
			p = p[:len(p)-size]
		default:
			return false
		}
	}
	return false
}
