package compare

import (
	"regexp"
	"strings"
)

// The shape of a wording use in its sentence: rules that keep the
// summary from showing a word as the outlet's own when the sentence
// marks it as someone else's (inside quotation marks the quotation
// finder did not take for a quotation: a quoted tweet, a headline's
// single marks), or when the word has no loaded or hedging sense there
// ("admitted to the hospital", "until he could be moved").

// openMarks and closeMarks are the quotation marks insideMarks reads.
// A right single mark is a closing mark only before a word's end (not
// the apostrophe of "Trump’s").
const (
	openMarks  = "“‘"
	closeMarks = "”’"
)

// insideMarks reports whether every occurrence of text in sentence lies
// inside quotation marks: after an opening mark (“, ‘, a straight double
// mark opening an odd pair, or a straight single mark at a word's start)
// that no closing mark ends before it, or before a closing mark that no
// opening mark precedes (a quotation running on from an earlier
// sentence). Words in marks are someone's (a tweet, a slogan, a
// headline's quoted phrase), not the writer's.
func insideMarks(sentence, text string) bool {
	low := strings.ToLower(sentence)
	t := strings.ToLower(text)
	if t == "" {
		return false
	}
	any := false
	for i := range indexesOf(low, t) {
		any = true
		if !markedAt(sentence, i, i+len(t)) {
			return false
		}
	}
	return any
}

// markedAt reports whether the bytes start to end of s lie inside
// quotation marks (see insideMarks).
func markedAt(s string, start, end int) bool {
	open := false // typographic or single mark open
	straight := 0 // straight double marks seen
	sawMark := false
	for i, r := range s[:start] {
		switch {
		case strings.ContainsRune(openMarks, r):
			open, sawMark = true, true
		case r == '”':
			open, sawMark = false, true
		case r == '’' && closingSingle(s, i+len("’")):
			open, sawMark = false, true
		case r == '"':
			straight++
			sawMark = true
		case r == '\'' && (i == 0 || s[i-1] == ' ') && i+1 < len(s) && s[i+1] != ' ':
			open, sawMark = true, true
		case r == '\'' && open && closingSingle(s, i+1):
			open = false
		}
	}
	if open || straight%2 == 1 {
		return true
	}
	if sawMark {
		return false
	}
	// No mark before it: inside when the first mark after it closes a
	// quotation that began in an earlier sentence.
	for _, r := range s[end:] {
		switch {
		case r == '”':
			return true
		case strings.ContainsRune(openMarks, r) || r == '"':
			return false
		}
	}
	return false
}

// closingSingle reports whether a single mark ending at byte i of s
// closes a quotation: nothing or no letter follows it.
func closingSingle(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	c := s[i]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
}

// placeNouns are the places and bodies one is admitted to or into: a
// hospital, a school, a bar, an alliance.
var placeNouns = regexp.MustCompile(`^(?:hospital|hospitals|clinic|infirmary|ward|icu|trauma|emergency|intensive|medical|care|center|centre|unit|university|college|school|academy|bar|program|programme|membership|alliance|union|nato|club)\b`)

// admittedPlace reports whether the loaded word text, a form of "admit",
// stands in sentence as a passive ("was admitted", "had been quietly
// admitted") or before "to"/"into" and a place ("admitted to MedStar
// Hospital", "admits students into the academy"): one is let in, nothing
// is conceded.
func admittedPlace(sentence, text string) bool {
	t := strings.ToLower(text)
	if !strings.HasPrefix(t, "admit") {
		return false
	}
	low := strings.ToLower(sentence)
	for _, i := range occurrences(low, t) {
		before := strings.Fields(low[:i])
		for j := len(before) - 1; j >= max(0, len(before)-2); j-- {
			w := strings.Trim(before[j], ",")
			if beForm(w) || w == "being" || w == "got" { // passive: "was admitted"
				return true
			}
			if !strings.HasSuffix(w, "ly") {
				break // only an adverb may stand between ("was later admitted")
			}
		}
		after := strings.Fields(low[i+len(t):])
		k := 0
		for k < len(after) && k < 2 && after[k] != "to" && after[k] != "into" {
			k++ // an object first: "admitted him to"
		}
		if k >= len(after) || after[k] != "to" && after[k] != "into" {
			continue
		}
		for _, w := range after[k+1 : min(len(after), k+6)] {
			if placeNouns.MatchString(strings.Trim(w, ",.;:()“”\"'")) {
				return true
			}
		}
	}
	return false
}

// clauseOpeners open a clause of purpose or time in which "could be"
// states what was to be possible ("so it could be reported", "until he
// could be moved"), not the writer's doubt.
var clauseOpeners = map[string]bool{"so": true, "until": true, "till": true, "before": true, "once": true}

// modalOfPurpose reports whether the hedge text, "could be", stands in
// sentence in a clause of purpose or time: "so", "so that", "in order
// that", "until", "before" or "once", then a subject of at most three
// words. A "so" after a comma, after "and" or opening the sentence is
// "therefore" ("and so it could be argued"), which leaves the hedge.
func modalOfPurpose(sentence, text string) bool {
	t := strings.ToLower(text)
	if t != "could be" {
		return false
	}
	low := strings.ToLower(sentence)
	for _, i := range occurrences(low, t) {
		before := strings.Fields(low[:i])
		for j := len(before) - 1; j >= max(0, len(before)-4); j-- {
			w := strings.Trim(before[j], ",")
			if w != before[j] && j < len(before)-1 {
				break // a comma ends the clause
			}
			if w == "so" && (j == 0 || strings.HasSuffix(before[j-1], ",") || before[j-1] == "and") {
				break
			}
			if clauseOpeners[w] {
				return true
			}
			if w == "that" && j > 0 && (before[j-1] == "so" || before[j-1] == "order") {
				return true
			}
		}
	}
	return false
}

// speechEvents name a spoken or written piece a sentence's marks can
// quote: "during a 2002 interview sending a “protection force”".
var speechEvents = regexp.MustCompile(`\b(?:interview|interviews|speech|speeches|testimony|testified|op-ed|memoir|tweet|tweets|tweeted|sermon|essay|podcast|wrote|writes)\b`)

// quotedPiece reports whether the scare quote stands in a sentence that
// names the interview, speech or writing its words come from: the marks
// quote that piece, not the writer's distance.
func quotedPiece(sentence string) bool {
	return speechEvents.MatchString(strings.ToLower(sentence))
}

// neutralAfter are, per loaded word, the words after it that make it the
// plain name of a thing rather than a label someone is given: a
// "terrorist attack" is the ordinary name of the act, a "sanctions
// regime" a set of rules, "blasted through" a physical act.
var neutralAfter = map[string]map[string]bool{
	"terrorist": setOf("attack", "attacks", "plot", "plots", "threat", "threats", "financing", "sympathies", "charges",
		"charge", "offenses", "offences", "activity", "activities", "watchlist", "watch"),
	"regime":  setOf("change"),
	"blasted": setOf("through", "open", "away", "off", "out", "into", "past", "apart"),
}

// neutralBefore are, per loaded word, the words before it that make it
// no label: a "suspected terrorist" is hedged, a "sanctions regime" or a
// "Nazi regime" names rules or a state history has long named so.
var neutralBefore = map[string]map[string]bool{
	"terrorist":  setOf("suspected", "alleged", "counter", "anti"),
	"terrorists": setOf("suspected", "alleged"),
	"regime": setOf("sanctions", "sanction", "inspection", "inspections", "tax", "regulatory", "trade", "visa", "export",
		"verification", "monitoring", "safety", "legal", "pricing", "tariff", "nazi", "soviet", "apartheid"),
}

// neutralSense reports whether the loaded word text stands in sentence,
// at every place it occurs, in the plain sense neutralAfter and
// neutralBefore describe, or as a toll's verb (tollVerb).
func neutralSense(sentence, text string) bool {
	t := strings.ToLower(text)
	after, before := neutralAfter[t], neutralBefore[t]
	toll := t == "claimed" || t == "claims"
	if after == nil && before == nil && !toll {
		return false
	}
	return everyUse(sentence, t, func(prev, next []string) bool {
		if toll && tollVerb(next) {
			return true
		}
		plainAfter := len(next) > 0 && after[strings.Trim(next[0], ",.;:()“”\"'")]
		plainBefore := len(prev) > 0 && before[strings.Trim(prev[len(prev)-1], ",.;:()“”\"'-")]
		return plainAfter || plainBefore
	})
}

// everyUse reports whether the lower-cased t occurs in sentence and ok
// holds at every occurrence, given the words before it and after it.
func everyUse(sentence, t string, ok func(prev, next []string) bool) bool {
	low := strings.ToLower(sentence)
	any := false
	for _, i := range occurrences(low, t) {
		any = true
		if !ok(strings.Fields(low[:i]), strings.Fields(low[i+len(t):])) {
			return false
		}
	}
	return any
}

// tollVerb reports whether "claimed" (or "claims"), followed by the words
// next, is the verb of a toll, with "lives" or "life" a few words after
// it ("the storm claimed at least 10 lives", "claimed the lives of"): the
// plain sense, no doubt cast (read37: a storm's toll listed as loaded).
func tollVerb(next []string) bool {
	for _, w := range next[:min(len(next), 6)] {
		if w = strings.Trim(w, ",.;:"); w == "lives" || w == "life" {
			return true
		}
	}
	return false
}

// setOf returns the set of words ws.
func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// modalHedges are the hedges that are a plain modal verb: in a sentence
// that reports someone's words or thoughts they are that person's
// projection, not the writer's doubt.
var modalHedges = setOf("could be", "may have")

// speechOrThought matches a verb of saying or thinking, or "according
// to": a sentence holding one reports someone.
var speechOrThought = regexp.MustCompile(`\b(?:said|says|say|told|tells|warned|warns|argued|argues|suggested|suggests|predicted|predicts|cautioned|cautions|believes|believe|believed|thinks|think|thought|fears|fear|feared|hopes|hope|hoped|noted|notes|added|adds|asked|asks|wondered|projected|projects|estimated|estimates|according to|contends|contended|speculated)\b`)

// reportedModal reports whether the hedge text is a plain modal
// (modalHedges) in a sentence that reports someone's words or thoughts
// ("Fauci said schools could be open by fall", "the modal paraphrases a
// senator's speculation"): read on 12 random ABP events
// (summary-read37.tsv), 11 of 12 "could be" uses were such paraphrases or
// plain modals.
func reportedModal(sentence, text string) bool {
	return modalHedges[strings.ToLower(text)] && speechOrThought.MatchString(strings.ToLower(sentence))
}
