package nlp

import "slices"

// Time phrases next to a speaker: "Mayor Ost on Tuesday vowed …",
// "Earlier this month she said …". The phrase tells when, not who.

// weekdayNames are the days of the week, as tokens' Norm writes them.
var weekdayNames = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// timeAnchors are the words that make a run of tokens a time phrase.
var timeAnchors = setOfWords(slices.Concat(weekdayNames, []string{
	"today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night", "weekend",
	"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "ago", "earlier", "later"})...)

// timeFillers may stand in a time phrase beside its anchors.
var timeFillers = setOfWords("on", "last", "this", "next", "late", "early", "just", "a", "few", "several", "two",
	"three", "four", "five", "six", "seven", "eight", "nine", "ten", "in", "the", "that", "same")

func setOfWords(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// timeWord reports whether token k may be part of a time phrase, and
// whether it anchors one.
func (d *doc) timeWord(k int) (part, anchor bool) {
	t := &d.toks[k]
	if t.Kind != KindWord && t.Kind != KindNumber {
		return false, false
	}
	if timeAnchors[t.Norm] {
		return true, true
	}
	return timeFillers[t.Norm] || t.Kind == KindNumber, false
}

// timeBefore returns the last token before the time phrase that ends at
// token j ("on Tuesday", "late Tuesday night", "this week"), or j when
// none does. At most five tokens are read, and lo is never passed.
func (d *doc) timeBefore(j, lo int) int {
	i, anchored := j, false
	for i >= lo && j-i < 5 && d.mentionAt[i] < 0 {
		part, anchor := d.timeWord(i)
		if !part {
			break
		}
		anchored = anchored || anchor
		i--
	}
	if !anchored || i < lo || i == j {
		return j
	}
	return i
}

// timeAfter returns the first token after the time phrase that opens at
// token k ("Earlier this month she …", "Just weeks ago Ost …"), or k when
// none does: the phrase must hold an anchor and be followed by the
// subject's first word.
func (d *doc) timeAfter(k, hi int) int {
	i, anchored := k, false
	for i < hi && i-k < 5 && d.mentionAt[i] < 0 {
		part, anchor := d.timeWord(i)
		if !part {
			break
		}
		anchored = anchored || anchor
		i++
	}
	if anchored && i+1 < hi && d.toks[i].Surface == "," {
		i++ // "Two days later, she …"
	}
	if !anchored || i >= hi || i == k || d.toks[i].Kind != KindWord {
		return k
	}
	// The subject opens right after: a name, a pronoun, a determiner or
	// a capitalised word ("Two days after the hearing, …" opens with a
	// time phrase that a preposition continues).
	if t := &d.toks[i]; d.mentionAt[i] < 0 && d.l.pronouns[t.Norm] == 0 && !isDeterminer(t.Norm) && !t.is(fCap) {
		return k
	}
	return i
}
