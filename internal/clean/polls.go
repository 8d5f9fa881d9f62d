package clean

import (
	"strings"
	"unicode"
)

// pollLabelWords is the most words a poll's or promo's label has
// ("Urgent Poll:", "Vote Now:", "Gun Control:").
const pollLabelWords = 3

// pollPromos marks a reader poll or promo set between the paragraphs: a
// short label ending with a colon over a question in headline capitals
// ("Urgent Poll:" over "Who Won the Debate? Vote Here!"). Newsmax prints
// them at the top of its pages (26 in ABP). A label over a sentence in
// sentence case is left alone: "Question:" over what someone asked is
// text.
func pollPromos(ps []para) {
	for i := 0; i+1 < len(ps); i++ {
		p := &ps[i]
		if p.furniture() || !pollLabel(p.text, p.words) {
			continue
		}
		j := i + 1
		for j < len(ps) && ps[j].furniture() {
			j++
		}
		if j == len(ps) || !headlineQuestion(ps[j].text, ps[j].words) {
			continue
		}
		p.set(KindPromo, "a poll's or promo's label")
		ps[j].set(KindPromo, "a poll or promo: a question in headline capitals under a label")
		i = j
	}
}

// pollLabel reports whether text is a label of at most pollLabelWords
// words, capitalised, ending with a colon.
func pollLabel(text string, words int) bool {
	s := strings.TrimSpace(text)
	if words == 0 || words > pollLabelWords || !strings.HasSuffix(s, ":") {
		return false
	}
	r := []rune(s)
	return unicode.IsUpper(r[0])
}

// headlineQuestion reports whether text is a short question or call
// written as a headline: it ends with "?" or "!", and most of its longer
// words open with a capital ("Is the Council Telling the Truth?").
func headlineQuestion(text string, words int) bool {
	s := strings.TrimRight(strings.TrimSpace(text), "\"'”’")
	if words > 20 || !(strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")) {
		return false
	}
	return headlineCapitals(s)
}

// headlineCapitals reports whether at least three words of four letters
// or more are in s and at least three in four of them open with a capital.
func headlineCapitals(s string) bool {
	long, caps := 0, 0
	for _, w := range strings.Fields(s) {
		w = strings.TrimLeft(w, "\"'“‘(")
		r := []rune(w)
		letters := 0
		for _, c := range r {
			if unicode.IsLetter(c) {
				letters++
			}
		}
		if letters < 4 || !unicode.IsLetter(r[0]) {
			continue
		}
		long++
		if unicode.IsUpper(r[0]) {
			caps++
		}
	}
	return long >= 3 && 4*caps >= 3*long
}
