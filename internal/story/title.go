package story

import (
	"regexp"
	"strings"
	"unicode"
)

// chooseTitle gives e the headline of its most central straight-news
// member that names the event's main people or places and opens with no
// shouted label ("EXTORTION: ..."); central is the mean of the member's
// closeness to the event and of its headline's to the event's headlines,
// so that the headline most reports echo wins. The title changes
// only for a better kind of headline, for one that names the event where
// the current one does not, or for a member clearly more central than the
// one it has.
func (c *Clusterer) chooseTitle(e *event) {
	names := e.titleNames()
	var cur, best *member
	var curFit, bestFit titleFit
	for _, m := range e.members {
		fit := fitOf(m, names, e.cent[kindTitle].cosine(m.hv[kindTitle]))
		if m.id == e.titleArticle {
			cur, curFit = m, fit
		}
		if best == nil || fit.better(bestFit) {
			best, bestFit = m, fit
		}
	}
	if best == nil {
		return
	}
	if cur == nil || bestFit.rank < curFit.rank || bestFit.rank == curFit.rank && bestFit.central > curFit.central+titleMargin {
		if e.titleArticle != best.id {
			c.changed[e.serial] = true
		}
		e.title, e.titleArticle = best.title, best.id
	}
}

// titleMargin is how much more central a member's headline must be to
// replace an event's title of the same rank.
const titleMargin = 0.05

// titleNamesKeep is how many of an event's strongest names a title is
// checked against.
const titleNamesKeep = 4

// titleFit is how well a member's headline suits its event as a title:
// its rank (lower is better) and its centrality.
type titleFit struct {
	rank    int
	central float64
}

// fitOf returns the fit of m's headline for an event whose main names
// are names, when the headline's similarity with the event's headlines
// is echo: the rank of its kind of headline (see Headline.rank), with a
// news headline ranked after the plain reports when it names none of
// them ("You can't beat city hall"), opens with a shouted label, or
// looks forward to the happening ("Electoral College poised to make Trump
// win official", "Iowans prepare to caucus"). A plain "will" is no such
// sign: "State Department will not release the emails" reports a
// decision. A label before a colon is no fault in itself: "Brussels
// attacks: 34 die in two explosions" reports the happening.
func fitOf(m *member, names map[string]bool, echo float64) titleFit {
	r := 2 * m.headline.rank()
	if m.headline == News && (len(names) > 0 && !namesAny(m.title, names) || shoutedLabel(m.title) || anticipates(m.title)) {
		r++
	}
	return titleFit{rank: r, central: (m.central + echo) / 2}
}

// anticipation matches the words with which a headline looks forward to
// what is yet to happen (outside quotation marks): a preview rather than
// the report of the happening.
var anticipation = regexp.MustCompile(`(?i)\b(?:poised|expected to|to watch|gears? up|braces? for|prepares? to|preparing to)\b`)

// anticipates reports whether title tells what is yet to happen.
func anticipates(title string) bool {
	return anticipation.MatchString(stripQuoted(title))
}

// shoutedLabel reports whether title opens with a label in capitals
// before a colon: "EXTORTION: ...", "BREAKING: ...".
func shoutedLabel(title string) bool {
	head, _, ok := strings.Cut(title, ":")
	if !ok || len(strings.Fields(head)) > 3 {
		return false
	}
	letters := 0
	for _, r := range head {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 4
}

// better reports whether f makes a better title than o.
func (f titleFit) better(o titleFit) bool {
	if f.rank != o.rank {
		return f.rank < o.rank
	}
	return f.central > o.central
}

// titleNames returns the words of e's strongest names (their keys are
// lower-cased).
func (e *event) titleNames() map[string]bool {
	pr := e.probe()
	out := map[string]bool{}
	for _, en := range pr.vecs[kindNames][:min(titleNamesKeep, len(pr.vecs[kindNames]))] {
		for _, w := range strings.FieldsFunc(en.key, notLetter) {
			if len(w) > 2 && !stopwords[w] {
				out[w] = true
			}
		}
	}
	return out
}

// notLetter reports whether r is not a letter: the separators of the
// words of a name's key ("bernie sanders", "person:bernie_sanders").
func notLetter(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }

// namesAny reports whether title holds one of the words of names.
func namesAny(title string, names map[string]bool) bool {
	for _, t := range tokenize(nil, title) {
		if names[t.low] {
			return true
		}
	}
	return false
}

// rank orders headline kinds for titles: news, then short labels, then
// questions, first-person and opinion headlines, then none.
func (h Headline) rank() int {
	switch h {
	case News:
		return 0
	case Short:
		return 1
	case NoTitle:
		return 3
	}
	return 2
}
