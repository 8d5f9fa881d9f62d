package story

import (
	"strings"

	"github.com/kljensen/snowball/english"
)

// headlineLabels are words that open a headline as a label ("Opinion:",
// "Watch:") rather than as its subject.
var headlineLabels = setOf("opinion", "analysis", "watch", "video", "live", "exclusive", "breaking", "update", "updated", "editorial", "column", "commentary", "explainer", "factbox", "poll", "report", "perspective", "fact", "check")

// headlineDoer returns the stem of the headline's doer: its first
// capitalised word, past a label, that is a word of one of the article's
// names and names no kind of happening; "" when the headline opens with
// no such name. names are the keys of the article's names part.
func headlineDoer(title string, names []entry) string {
	if title == "" || len(names) == 0 {
		return ""
	}
	known := make(map[string]bool, 2*len(names))
	for _, n := range names {
		for _, w := range strings.Fields(n.key) {
			known[w] = true
		}
	}
	toks := tokenize(nil, title)
	for i, t := range toks {
		if i >= 6 {
			break
		}
		w := t.low
		if t.digit || len(w) < 2 || stopwords[w] || calendarWords[w] || headlineLabels[w] {
			continue
		}
		if _, act := actionWords[w]; act || !t.upper || !known[w] {
			// The first content word is not a name: the headline opens
			// with what happened, not who did it.
			return ""
		}
		return english.Stem(w, true)
	}
	return ""
}

// doerMargin is what an article needs above the threshold to join e when
// its headline's doer is absent from the titles and leads of e's reports
// and it shares no kind of happening with e (see Config.DoerMargin).
func (c *Clusterer) doerMargin(p *prepared, e *event, r *scored) float64 {
	if c.cfg.DoerMargin <= 0 || p.doer == "" || !r.has[kindActions] || r.parts[kindActions] > 0 {
		return 0
	}
	if e.cent[kindLead].find(hashKey(kindLead, p.doer)) > 0 || e.cent[kindTitle].find(hashKey(kindTitle, p.doer)) > 0 {
		return 0
	}
	return c.cfg.DoerMargin
}
