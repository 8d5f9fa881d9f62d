package story

import (
	"strings"

	"github.com/kljensen/snowball/english"
)

// answerStems are the stems of headline verbs that tell an answer to
// something said or done before: a reply, a denial, a rejection, a
// defence. "hit", "fire", "push" and "strike" count only before "back".
var answerStems = setOf("respond", "repli", "answer", "deni", "reject", "rebut", "refut", "defend", "dismiss", "retort", "counter")

// backStems are the verbs that tell an answer when "back" follows them.
var backStems = setOf("hit", "fire", "push", "strike", "shoot")

// answerLabels are words that open a headline as a label ("Opinion:")
// rather than as its subject.
var answerLabels = setOf("opinion", "analysis", "watch", "video", "live", "exclusive", "breaking", "update", "updated", "editorial", "column", "commentary", "explainer", "factbox", "report", "perspective")

// answerDoer returns the stem of the doer of a headline that tells an
// answer: the headline's first content word, past a label, when it is
// capitalised, a word of one of the article's names and no action word,
// and one of the next words is an answer verb (answerStems, or a
// backStems verb before "back"); "" otherwise. names are the keys of the
// article's names part.
func answerDoer(title string, names []entry) string {
	if title == "" || len(names) == 0 {
		return ""
	}
	toks := tokenize(nil, title)
	doer := -1
	for i, t := range toks {
		if i >= 6 {
			return ""
		}
		w := t.low
		if t.digit || len(w) < 2 || stopwords[w] || calendarWords[w] || answerLabels[w] {
			continue
		}
		if _, act := actionWords[w]; act || !t.upper || !isNameWord(w, names) {
			return "" // the headline opens with what happened, not who did it
		}
		doer = i
		break
	}
	if doer < 0 {
		return ""
	}
	for i := doer + 1; i < len(toks) && i <= doer+6; i++ {
		st := english.Stem(toks[i].low, true)
		if answerStems[st] || (backStems[st] && i+1 < len(toks) && toks[i+1].low == "back") {
			return english.Stem(toks[doer].low, true)
		}
	}
	return ""
}

// isNameWord reports whether w is a word of one of names' keys.
func isNameWord(w string, names []entry) bool {
	for _, n := range names {
		for _, x := range strings.Fields(n.key) {
			if x == w {
				return true
			}
		}
	}
	return false
}

// answerMargin is what p needs above the threshold to join e when its
// headline tells another actor's answer: an answer verb after a doer
// that no title or lead of e's reports carries (see Config.AnswerMargin).
func (c *Clusterer) answerMargin(p *prepared, e *event) float64 {
	if c.cfg.AnswerMargin <= 0 {
		return 0
	}
	doer := answerDoer(p.doc.Title, p.vecs[kindNames])
	if doer == "" {
		return 0
	}
	if e.cent[kindLead].find(hashKey(kindLead, doer)) > 0 || e.cent[kindTitle].find(hashKey(kindTitle, doer)) > 0 {
		return 0
	}
	return c.cfg.AnswerMargin
}
