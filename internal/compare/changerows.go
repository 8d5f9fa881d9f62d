package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Changes told "from X to Y" in the Numbers table (issue 15, h/forms71).
// "Cut the harbour levy from 12 percent to 8 percent" (made up) tells a
// value before and a value after, not a range from 12 to 8 percent
// (fresh55's tax page filed a corporate rate cut so, as a "range"). The analyser reads the two
// as one range (the fact features and the own-figure lists read it so,
// shareChange); the table shows the new value, 8 percent, labelled with
// what changed (the words between the word of change and "from":
// "harbour levy"), and the old value makes no row, as superseded
// does for a change written as two figures ("from $7 to $15").

// changeBefore reports whether a word of change (changeWords) stands at
// most changeReach words before "from" at token from, no clause break
// between.
func changeBefore(ts []nlp.Token, from int) bool {
	for i := from - 1; i >= 0 && i >= from-changeReach; i-- {
		if clauseBreak(ts[i]) {
			return false
		}
		if changeWords[ts[i].Norm] {
			return true
		}
	}
	return false
}

// changedValue returns the new value of a change read as a range n at
// tokens first..last of s ("from 35 to 21 percent" after a word of
// change): its high end as a count or a percent, with the text and span
// of the high end; ok is false when n is no such change.
func changedValue(s nlp.Sentence, first, last int, n nlp.Number) (nlp.Number, bool) {
	if n.Kind != nlp.NumRange || n.High == nil || n.Unit != "" && n.Unit != "percent" {
		return n, false
	}
	ts := s.Tokens
	if first < 1 || ts[first-1].Norm != "from" || !changeBefore(ts, first-1) {
		return n, false
	}
	to := -1
	for i := first + 1; i < last; i++ {
		if ts[i].Norm == "to" {
			to = i
			break
		}
	}
	if to < 0 {
		return n, false
	}
	off := ts[to+1].Start - n.Start
	if off <= 0 || off >= len(n.Text) {
		return n, false
	}
	n.Text, n.Start = n.Text[off:], ts[to+1].Start
	n.Value, n.High = *n.High, nil
	n.Kind = nlp.NumCount
	if n.Unit == "percent" {
		n.Kind, n.Unit = nlp.NumPercent, ""
	}
	return n, true
}

// changedThing returns what a change "… from X to Y" changed when the
// figure starting at token first is its new value Y: the content words
// between the word of change and "from", possessive marks and adverbs
// of direction ("revised upward") left out; "" when the figure is none,
// X is more than a figure ("from six weeks before to 4,200"), or
// no word names it ("rose from 12 to 15").
func changedThing(ts []nlp.Token, first int) string {
	if first < 3 || ts[first-1].Norm != "to" {
		return ""
	}
	from := -1
	for i := first - 2; i >= 0 && i >= first-5; i-- {
		if ts[i].Norm == "from" {
			from = i
			break
		}
		if !figureToken(ts[i]) {
			return ""
		}
	}
	if from < 1 || ts[from+1].Kind != nlp.KindNumber {
		return ""
	}
	for i := from - 1; i >= 0 && i >= from-changeReach; i-- {
		if clauseBreak(ts[i]) {
			return ""
		}
		if !changeWords[ts[i].Norm] {
			continue
		}
		var ws []string
		for _, t := range ts[i+1 : from] {
			if t.Kind == nlp.KindWord && t.Stop && !objectOpeners[t.Norm] {
				return "" // "tripled over the last ten years from": no object named
			}
			if t.Kind == nlp.KindWord && !t.Stop && !directionWords[t.Norm] && !strings.HasPrefix(t.Norm, "'") && !strings.HasPrefix(t.Norm, "’") {
				ws = append(ws, t.Surface)
			}
		}
		return strings.Join(ws, " ")
	}
	return ""
}

// figureToken reports whether t is part of a figure's expression: a
// numeral, a percent sign or word, a scale word or a currency sign.
func figureToken(t nlp.Token) bool {
	switch t.Norm {
	case "%", "percent", "per", "cent", "pct", "thousand", "million", "billion", "trillion", "$", "£", "€":
		return true
	}
	return t.Kind == nlp.KindNumber
}

// objectOpeners are the function words an object of a change may hold
// ("cut the rate", "lowers its top rate"); any other (a preposition:
// "tripled over the last ten years from 4% to 12%") leaves the change
// unlabelled.
var objectOpeners = setOf("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "up", "down")

// directionWords are adverbs of a change's direction, which name no
// thing that changed ("revised upward from 40,000 to 55,000").
var directionWords = setOf("up", "down", "upward", "upwards", "downward", "downwards", "sharply", "slightly", "further")
