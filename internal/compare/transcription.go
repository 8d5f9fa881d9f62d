package compare

import (
	"slices"
	"strings"
)

// Two outlets that transcribe one spoken line (a hearing, a news
// conference, a statement read out) often differ in the small words a
// listener hears one way or the other: a "that" given or left out,
// "who" for "that", "their" for "they're", a noun in the singular or
// the plural. None of these changes what the speaker said,
// and calling such a pair ALTERED misleads a reader: pairKind treats
// them as the same words (see transcriptionVariant).

// maxTranscriptionSlips is the most such small differences two versions
// may show and still be one wording: more are a looser rendering.
const maxTranscriptionSlips = 4

// droppableWords are the words a transcript gives or leaves out without
// a change of the statement: the conjunction "that" after a verb of
// saying or thinking (see thatVerbs), "of" ("a couple of times"),
// "to" after a coordinator (see repeatAfter), "but" before a clause,
// "as", and the aside "however"; articles (see articles) and an "and"
// no other coordinator replaces are too (see transcriptionVariant).
// Negations, pronouns, auxiliaries and figures are not among them.
var droppableWords = map[string]bool{"of": true, "but": true, "as": true, "however": true}

// articles are given or left out, or one written for the other, by a
// transcript or a house style ("the pace of announcements", "the pace of
// the announcements"; "to a tyranny", "to tyranny") without a change of
// what the speaker says (h/trivialq54; session 53 had it a change, after
// h/fresh8 and h/fresh13, but an altered quote must change meaning).
var articles = map[string]bool{"a": true, "an": true, "the": true}

// sameSlot are classes of small words one transcript writes where the
// other writes another of the same class: the relative pronouns.
var sameSlot = map[string]int{"that": 1, "who": 1, "which": 1}

// homophones are words a transcriber hears alike and writes one for the
// other ("their", "they're").
var homophones = map[string]int{"their": 1, "they're": 1, "there": 1, "your": 2, "you're": 2,
	"whose": 3, "who's": 3, "to": 4, "too": 4}

// transcriptionVariant returns how many small differences the words dw
// (one version's) and iw (the other's, in the same place, after the word
// prev both give and before the word next both give, "" at an end) are,
// when they differ only in droppableWords, in words of one sameSlot class
// or homophones, in a word's form (see sameWordForm), or as heard alike
// in their place (see heardAlike); ok is false when some word of one is a
// word of the statement the other changes or leaves out.
func transcriptionVariant(prev, next string, dw, iw []string) (n int, ok bool) {
	if len(dw) == 0 && len(iw) == 0 {
		return 0, false
	}
	// A comparative written as one word or two ("prouder", "more
	// proud") is one word.
	if comparative(dw, iw) || comparative(iw, dw) {
		return 1, true
	}
	// A relative clause of "be" one version gives and the other reduces
	// ("the steps that are needed", "the steps needed") says the same
	// (h/quotes56c).
	if reducedRelative(dw, iw) || reducedRelative(iw, dw) {
		return 1, true
	}
	// A speaker's restart ("that this place — that the city needs")
	// one version cleans up ("that the city needs"): the dropped words
	// end with the word before them, and hold no coordinator ("the board
	// and the crews", "the crews" drops a noun) nor negation.
	if restarted(prev, dw, iw) || restarted(prev, iw, dw) {
		return 1, true
	}
	// An "and" only one version gives is no change ("insulted. She
	// should", "insulted and she should"); one the other replaces with
	// another coordinator ("and", "or") is.
	conj := 0
	for _, w := range slices.Concat(dw, iw) {
		if coordinators[w] {
			conj++
		}
	}
	// droppable reports whether ws[k], after the word before it in its
	// own version, is a word a transcript may give or leave out.
	droppable := func(ws []string, k int) bool {
		before := prev
		if k > 0 {
			before = ws[k-1]
		}
		after := next
		if k+1 < len(ws) {
			after = ws[k+1]
		}
		switch w := ws[k]; {
		case w == "because":
			// "the board because that lets them", "the board that
			// lets them": the other version reads the "that" as a
			// relative pronoun (h/fresh34).
			return relativeAfterBecause[after]
		case w == "to":
			return repeatAfter[before]
		case w == "that":
			return thatVerbs[before]
		case articles[w]:
			return true
		case w == "and":
			return conj == 1
		case w == "then":
			// "and then the world can see it", "and the world can
			// see it".
			return before == "and"
		case fillers[w]:
			// "I really think", "I think": a filler; before a figure
			// ("really 4 boats") it stays a change.
			return !hasDigit(after) && numberWords[after] == "" && !articles[after]
		}
		return droppableWords[ws[k]]
	}
	i, j := 0, 0
	for i < len(dw) || j < len(iw) {
		switch {
		case i < len(dw) && j < len(iw) && alikeSmall(dw[i], iw[j]):
			i, j = i+1, j+1
		case i == 0 && j == 0 && len(dw) == 1 && len(iw) == 1 && heardAlike(prev, dw[0], iw[0], next):
			i, j = i+1, j+1
		case i < len(dw) && droppable(dw, i):
			i++
		case j < len(iw) && droppable(iw, j):
			j++
		default:
			return 0, false
		}
		n++
	}
	return n, true
}

// fillers are adverbs a speaker puts in or a transcript leaves out
// without a change of what is said ("I really think", "I think"), see
// transcriptionVariant (h/quotes56c). "just" and an article for
// "this"/"that" were measured and not kept: judged labels of fresh14 and
// fresh29 hold them alterations.
var fillers = map[string]bool{"really": true}

// relativePronouns and beForms make up a relative clause of "be" (see
// reducedRelative).
var (
	relativePronouns = map[string]bool{"that": true, "which": true, "who": true}
	beForms          = map[string]bool{"is": true, "are": true, "was": true, "were": true}
)

// reducedRelative reports whether ws is a relative pronoun and a form of
// "be" ("that are") and vs is empty: the other version reduces the
// clause ("the actions that are necessary", "the actions necessary").
func reducedRelative(ws, vs []string) bool {
	return len(vs) == 0 && len(ws) == 2 && relativePronouns[ws[0]] && beForms[ws[1]]
}

// restarted reports whether ws, two to four words after prev that the
// other version (vs empty) leaves out, end with prev and hold no
// coordinator or negation: a false start the speaker repeated.
func restarted(prev string, ws, vs []string) bool {
	if len(vs) != 0 || len(ws) < 2 || len(ws) > 4 || prev == "" || ws[len(ws)-1] != prev {
		return false
	}
	for _, w := range ws {
		if coordinators[w] || negators[w] || strings.HasSuffix(w, "n't") || hasDigit(w) {
			return false
		}
	}
	return true
}

// relativeAfterBecause are the words before which one transcript hears a
// "because" the other does not, reading the word as a relative pronoun.
var relativeAfterBecause = map[string]bool{"that": true, "which": true}

// contractedHosts are the pronouns after which a listener hears "is" (or
// "are") one way and another "was" ("were"): "it is supposed", "it was
// supposed". Written contracted ("it's called" against "it was called")
// the tense is the writer's, a change as judged in differs.tsv (top12).
var contractedHosts = map[string]bool{"it": true, "he": true, "she": true, "that": true, "there": true,
	"what": true, "who": true, "we": true, "you": true, "they": true}

// beTenses pairs the present and the past of "be" a contraction blurs.
var beTenses = map[[2]string]bool{{"is", "was"}: true, {"was", "is"}: true, {"are", "were"}: true, {"were", "are"}: true}

// pronounPersons are the subject pronouns by the verb forms each takes
// (see agrees).
var pronounPersons = map[string]int{"i": 1, "he": 3, "she": 3, "it": 3, "we": 4, "you": 4, "they": 4}

// verbPersons are forms of "be" and "have" that take only some subject
// pronouns: bit 1 first person singular, 3 the third singular, 4 the
// plural and "you" (as pronounPersons).
var verbPersons = map[string][]int{"am": {1}, "is": {3}, "are": {4}, "was": {1, 3}, "were": {4},
	"has": {3}, "have": {1, 4}, "does": {3}, "do": {1, 4}, "doesn't": {3}, "don't": {1, 4}}

// agrees reports whether subject pronoun p can take the verb form v
// after it (true when v is no form of verbPersons).
func agrees(p, v string) bool {
	ps, ok := verbPersons[v]
	if !ok {
		return true
	}
	return slices.Contains(ps, pronounPersons[p])
}

// heardAlike reports whether v and w, one word in each version between
// the words prev and next both give, are one word heard or typed two
// ways there: "was" and "is" after a pronoun that contracts ("it's", see
// contractedHosts), or two subject pronouns of which one cannot take the
// verb that follows ("he have", "we have": a slip of the keyboard or the
// ear, h/fresh34). A pronoun both verbs take ("he has", "we have") and a
// tense after a noun stay a change.
func heardAlike(prev, v, w, next string) bool {
	if beTenses[[2]string{v, w}] && contractedHosts[prev] {
		return true
	}
	if pronounPersons[v] == 0 || pronounPersons[w] == 0 || pronounPersons[v] == pronounPersons[w] {
		return false
	}
	return agrees(v, next) != agrees(w, next)
}

// thatVerbs are the verbs of saying, thinking and finding (and "is")
// after which English gives or leaves out the "that" of the clause they
// introduce ("said that whenever", "said whenever"). A "that" after a
// noun ("a tragedy that we have seen") is a word a version drops, judged
// a change (h/fresh19).
var thatVerbs = map[string]bool{"say": true, "says": true, "said": true, "saying": true, "tell": true, "told": true,
	"think": true, "thought": true, "believe": true, "believed": true, "know": true, "knew": true, "hope": true,
	"conclude": true, "concludes": true, "concluded": true, "find": true, "finds": true, "found": true,
	"show": true, "shows": true, "showed": true, "mean": true, "means": true, "meant": true, "decide": true,
	"decided": true, "determine": true, "determined": true, "suggest": true, "suggests": true, "agree": true,
	"agreed": true, "understand": true, "expect": true, "feel": true, "felt": true, "is": true, "was": true,
	"sure": true, "clear": true}

// repeatAfter are the coordinators after which a transcript may repeat a
// preposition or not ("to her or to anyone", "to her or anyone"). A "to"
// elsewhere may make the next word a verb ("need to change", "need
// change"): dropping it changes the sentence.
var repeatAfter = map[string]bool{"or": true, "and": true}

// alikeSmall reports whether v and w, in one place of two transcripts,
// are one word heard or written two ways.
func alikeSmall(v, w string) bool {
	if v == w {
		return true
	}
	if c := sameSlot[v]; c != 0 && sameSlot[w] == c {
		return true
	}
	if c := homophones[v]; c != 0 && homophones[w] == c {
		return true
	}
	return sameWordForm(v, w)
}

// pastAgainstPresent reports whether ending ev is the past and ew a
// present form ("called", "calls"; "stated", "states"), not a
// participle or noun of the same verb ("related", "relating").
func pastAgainstPresent(ev, ew string) bool {
	return ev == "ed" && ew != "ing" && ew != "ion" && ew != "ions"
}

// formEndings are the endings of one word's forms that a transcript of
// spoken words or a copy of a written statement varies: the plural
// ("matters", "matter"), a participle ("related", "relating"), the
// noun of a verb ("act", "action") and an adverb's "-ly" ("sexual",
// "sexually"). The past against the present
// ("hope", "hoped"; "calls", "called") is no such variant: it changes
// the time of what is said.
var formEndings = map[string]bool{"": true, "s": true, "es": true, "ed": true, "ing": true, "ion": true, "ions": true, "ly": true}

// formPairs are endings of an adjective and its noun that a typist
// swaps in one place ("credible", "credibility"; "able", "ability"):
// "a strong and credibility deterrent" is a slip, not another word
// (h/fresh35).
var formPairs = map[[2]string]bool{{"le", "ility"}: true, {"ts", "ce"}: true}

// sameWordForm reports whether content words v and w are two forms of
// one word (see formEndings): a stem of at least four letters, or three
// when a longer ending follows it ("act", "action"), and two endings of
// formEndings that are not the bare word against its past.
func sameWordForm(v, w string) bool {
	if v == w || !contentWord(v) || !contentWord(w) || meaningfulLetter[v] || meaningfulLetter[w] ||
		strings.ContainsAny(v, "'0123456789") || strings.ContainsAny(w, "'0123456789") {
		return false
	}
	p := 0
	for p < len(v) && p < len(w) && v[p] == w[p] {
		p++
	}
	for ; p >= 3; p-- {
		ev, ew := v[p:], w[p:]
		if formPairs[[2]string{ev, ew}] || formPairs[[2]string{ew, ev}] {
			return true
		}
		if !formEndings[ev] || !formEndings[ew] || ev == ew {
			continue
		}
		if pastAgainstPresent(ev, ew) || pastAgainstPresent(ew, ev) {
			return false
		}
		if p == 3 && len(ev) < 3 && len(ew) < 3 {
			continue
		}
		return true
	}
	return false
}

// comparative reports whether run ws is "more" (or "most") and an
// adjective and vs that adjective's comparative (or superlative) in one
// word ("more proud", "prouder"; "most brave", "bravest"; "more happy",
// "happier"; "more big", "bigger"): one degree written two ways.
func comparative(ws, vs []string) bool {
	if len(ws) != 2 || len(vs) != 1 || ws[0] != "more" && ws[0] != "most" {
		return false
	}
	adj, one := ws[1], vs[0]
	if len(adj) < 3 || !contentWord(adj) {
		return false
	}
	end := "er"
	if ws[0] == "most" {
		end = "est"
	}
	forms := []string{adj + end}
	switch last := adj[len(adj)-1]; {
	case last == 'e':
		forms = append(forms, adj+end[1:])
	case last == 'y':
		forms = append(forms, adj[:len(adj)-1]+"i"+end)
	default:
		forms = append(forms, adj+string(last)+end)
	}
	return slices.Contains(forms, one)
}
