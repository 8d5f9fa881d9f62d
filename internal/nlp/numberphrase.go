package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words that tell what a figure counts are a noun phrase. The helpers here
// keep verbs, prepositions, pronouns and weekdays out of it, and read a
// possessive or a list of nouns as part of it (h/numbers48, issue 15).

// countPasts are past tenses without -ed that follow a count as its verb:
// "hundreds fled", "the two met", "millions sold".
var countPasts = map[string]bool{"sold": true, "fled": true, "met": true, "came": true, "went": true, "ran": true,
	"took": true, "made": true, "spent": true, "held": true, "won": true, "lost": true, "fell": true, "rose": true,
	"gave": true, "got": true, "saw": true, "knew": true, "became": true, "began": true, "stood": true, "sat": true,
	"wrote": true, "fought": true, "brought": true, "bought": true, "caught": true, "kept": true, "paid": true,
	"led": true, "told": true, "thought": true, "found": true, "flew": true, "drove": true, "broke": true, "spoke": true, "sank": true}

// edNouns are words in -ed that name who is counted after a figure: "30
// injured", "12 percent undecided".
var edNouns = map[string]bool{"injured": true, "wounded": true, "killed": true, "detained": true, "displaced": true,
	"arrested": true, "accused": true, "unemployed": true, "employed": true, "insured": true, "uninsured": true,
	"disabled": true, "undecided": true, "infected": true, "vaccinated": true, "unvaccinated": true, "surveyed": true,
	"polled": true, "questioned": true, "interviewed": true, "deceased": true, "confirmed": true, "affected": true}

// ingNouns are words in -ing that name who is counted after a figure:
// "the other two missing", "the 40 remaining".
var ingNouns = map[string]bool{"missing": true, "remaining": true, "living": true, "dying": true}

// contentAt reports whether token k is a word in small letters that can
// go on a noun phrase: no function word, no adverb, no number word.
func (r *numReader) contentAt(k int) bool {
	t := r.tok(k)
	return t != nil && t.Kind == KindWord && t.is(fLower) && !t.Stop && !isAux(t) && r.d.l.numbers[t.Norm].kind == 0
}

// verbOpens reports whether the word at k, the first after a figure, is a
// verb and not what the figure counts: a past in -ed or without it, or a
// form in -ing, that no noun follows ("hundreds marched past", "the two
// talked", "six days checking Ruiz's claims"; not "12 armed men", "five
// missing sailors"). A form in -ing opens a counted phrase only after
// one of something ("the first meeting with"), never after a plural.
func (r *numReader) verbOpens(k int, n numRead) bool {
	t := r.tok(k)
	if t == nil || t.Kind != KindWord || !t.is(fLower) || n.kind == NumOrdinal || r.contentAt(k+1) || r.participleBefore(k) {
		return false
	}
	switch r.norm(k - 1) {
	case "of", "the", "its", "their", "all":
		return false // "99% of neighbouring Luhansk": after "of" a noun phrase
	}
	if p := r.tok(k - 1); p != nil && strings.Contains(p.Surface, "-") {
		return false // "a 63-day hearing": a figure in a compound describes the noun after it
	}
	w := t.Norm
	switch {
	case countPasts[w]:
		return true
	case len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.Contains(w, "-"):
		return !edNouns[w]
	case len(w) > 5 && strings.HasSuffix(w, "ing") && !strings.Contains(w, "-"):
		return n.value != 1 && !ingNouns[w]
	}
	return false
}

// phraseBreaks are words that end a counted phrase though they are no
// stop words: prepositions ("the No. 3 show among viewers") and words of
// time ("the first time Monday"). "ago" is left to the fact reading,
// which tells "two years ago" from other spans by it.
var phraseBreaks = map[string]bool{"among": true, "amid": true, "amidst": true, "despite": true, "toward": true,
	"towards": true, "via": true, "across": true, "behind": true, "beside": true, "beyond": true, "within": true,
	"without": true, "throughout": true, "inside": true, "outside": true, "versus": true, "including": true,
	"regarding": true, "concerning": true, "today": true, "tonight": true, "yesterday": true, "tomorrow": true,
}

// bareVerbs are verbs whose past is their present and a noun too
// ("split", "cut"): after a counted noun and before an article or a
// possessive they are the verb of the clause.
var bareVerbs = map[string]bool{"split": true, "cut": true, "hit": true, "put": true, "set": true, "let": true, "shut": true,
	"spread": true, "cast": true, "cost": true, "hurt": true, "upset": true, "beat": true, "quit": true}

// objectOpens open the object of a verb: an article or a possessive.
var objectOpens = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true}

// weekdays end a counted phrase after a word in small letters.
var weekdays = setOfWords(weekdayNames...)

// pronounForm reports whether a word is a pronoun with a verb glued to it
// ("we've", "they're", "I'm"): a clause begins there.
func pronounForm(w string) bool {
	p, _, ok := strings.Cut(w, "'")
	if !ok {
		return false
	}
	switch p {
	case "i", "we", "you", "they", "he", "she", "it", "that", "who", "there":
		return true
	}
	return false
}

// phraseEnds reports whether the counted phrase that began at a ends
// before token k (k > a): a preposition, a word of time, a pronoun with
// its verb, a past without -ed, a negated verb, or a verb in -ing.
func (r *numReader) phraseEnds(k int) bool {
	t := &r.d.toks[k]
	if weekdays[t.Norm] {
		return !r.d.toks[k-1].is(fCap) // "the first time Monday", not "the first Super Tuesday"
	}
	if t.is(fLower) && bareVerbs[t.Norm] && objectOpens[r.norm(k+1)] {
		return true // "the 5-4 decision split the court": a verb and its object (h/numbers55)
	}
	if phraseBreaks[t.Norm] || pronounForm(t.Norm) || strings.HasSuffix(t.Norm, "n't") ||
		t.is(fLower) && (countPasts[t.Norm] || pastForms[t.Norm]) {
		return true // "the second ferry sank", "the sixth juror wasn't"
	}
	// "a man marching in the town": after a word for a person, a form in
	// -ing with no noun after it is a verb ("an open hearing on Monday"
	// keeps its noun).
	w := t.Norm
	_, person := personNouns[r.norm(k-1)]
	return (person || irregularPlurals[r.norm(k-1)]) && t.is(fLower) && len(w) > 5 && strings.HasSuffix(w, "ing") && !strings.Contains(w, "-") && !r.contentAt(k+1)
}

// possessive reports whether a word ends in a possessive "'s": the noun
// after it is what is counted ("two of Ford's lawyers"), no plural ends
// the phrase there.
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s")
}

// pluralAt reports whether the word at k is a plural noun.
func (r *numReader) pluralAt(k int) bool {
	t := r.tok(k)
	if t == nil || t.Kind != KindWord || possessive(t.Norm) {
		return false
	}
	w := t.Norm
	return irregularPlurals[w] || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !singularS[w]
}

// listAfter extends a counted phrase that ends before k over a list of
// nouns joined by "and" or "or": a plural with more plurals ("men, women
// and children"), or a lone modifier with the words up to its noun
// ("black and Latino men", "middle-aged or elderly male senators"). It
// returns k when there is no list.
func (r *numReader) listAfter(a, k int) int {
	if k-a < 1 || k >= r.b {
		return k
	}
	if r.pluralAt(k - 1) {
		// "men, women, and children": plurals one word each, set off by
		// commas, the last joined by "and" or "or".
		for j := k; ; {
			comma := r.norm(j) == ","
			if comma {
				j++
			}
			joined := r.norm(j) == "and" || r.norm(j) == "or"
			if joined {
				j++
			}
			if !comma && !joined || !r.pluralAt(j) || !r.contentAt(j) {
				return k
			}
			if joined {
				if isDeterminer(r.norm(j+1)) || r.contentAt(j+1) {
					return k // "1,000 voters and carries a margin": a verb
				}
				return j + 1
			}
			j++
		}
	}
	if k-a != 1 || (r.norm(k) != "and" && r.norm(k) != "or") || !r.tok(k-1).is(fLower) {
		return k
	}
	// "black and Latino men": a modifier, the list's other words, the
	// noun, four words at most.
	for j := k + 1; j < r.b && j <= k+4; j++ {
		t := &r.d.toks[j]
		if t.Kind != KindWord || t.Stop || r.d.l.numbers[t.Norm].kind != 0 || r.d.verbAt(j) {
			return k
		}
		if r.pluralAt(j) && t.is(fLower) {
			if j == k+1 {
				return k // "23 percent of the vote and walks off": no modifier before it, a verb
			}
			return j + 1
		}
	}
	return k
}

// ordinalIdioms are nouns after "second" that make an idiom, no rank:
// "second thoughts", "second nature", "a second home".
var ordinalIdioms = map[string]bool{"thoughts": true, "nature": true, "fiddle": true, "trombone": true,
	"home": true, "homes": true, "guessing": true}

// sureWords are the words after "100 percent" that make it a way of
// saying "wholly": "100 percent certain".
var sureWords = map[string]bool{"certain": true, "sure": true}

// idiomOf reports the idioms of h/numbers48 (issue 15): an ordinal before
// a figure of its own ("the first 24 hours", "the first four days", "the
// first couple of days": the span is the figure), "second thoughts",
// "second in command", "first things first", and "100 percent certain".
func (r *numReader) idiomOf(n numRead, end int) bool {
	next := r.tok(end)
	if next == nil {
		return false
	}
	if n.kind == NumPercent && n.value == 1 {
		at := end
		if next.Kind == KindPunct && isCloser(next.Surface) {
			at++
		}
		return sureWords[r.norm(at)]
	}
	if n.kind != NumOrdinal {
		return false
	}
	switch {
	case next.Kind == KindNumber:
		// "the first 24 hours", not "the second 737 Max crash".
		nn := r.tok(end + 1)
		return !isYear(next.Norm) && (nn == nil || !nn.is(fCap))
	case (r.d.l.numbers[next.Norm].kind == 'n' && next.Norm != "one") || r.d.l.numbers[next.Norm].kind == 'v' ||
		next.Norm == "couple" || next.Norm == "few" || next.Norm == "several":
		return true
	case n.value == 2 && (ordinalIdioms[next.Norm] || next.Norm == "in" && r.norm(end+1) == "command"):
		return true
	case r.norm(n.a) == "first" && next.Norm == "things" && r.norm(end+1) == "first":
		return true
	}
	return false
}

// rankVerbs tell a place in an order before "first": "finished first",
// "came in first", "ranked first", "was first".
var rankVerbs = map[string]bool{"finished": true, "finish": true, "finishes": true, "placed": true, "ranked": true,
	"ranks": true, "rank": true, "came": true, "comes": true, "come": true, "in": true, "was": true, "is": true,
	"are": true, "were": true, "be": true, "been": true, "being": true, "'s": true, "went": true, "go": true, "goes": true}

// objectPronouns end a verb phrase before an adverb: "admitting it first".
var objectPronouns = map[string]bool{"it": true, "him": true, "her": true, "them": true, "us": true, "me": true, "you": true}

// firstAfterVerb reports whether "first" at k (ending at end) is an
// adverb after a verb: after a word in small letters that tells no rank,
// at the end of a clause or before "for" ("she asked first for a
// review", "they want him to speak first, then", "admitting it first.").
func (r *numReader) firstAfterVerb(k, end int) bool {
	p := r.tok(k - 1)
	if p == nil || p.Kind != KindWord || !p.is(fLower) || rankVerbs[p.Norm] {
		return false
	}
	if !objectPronouns[p.Norm] && (p.Stop || r.d.l.numbers[p.Norm].kind != 0) {
		return false
	}
	nx := r.tok(end)
	if nx == nil {
		return true
	}
	switch nx.Surface {
	case ",", ".", ";", ":", "!", "?", ")":
		return true
	}
	return nx.Norm == "for" || nx.Norm == "before"
}

// pluralModifiers are plurals that name the kind of the noun after them
// ("two rights groups", "three arms dealers", "background checks bills");
// any other plural ends the counted phrase, as a verb in -s may follow
// it ("39 people comes from").
var pluralModifiers = map[string]bool{"rights": true, "arms": true, "sales": true, "sports": true, "savings": true,
	"operations": true, "communications": true, "services": true, "goods": true, "weapons": true, "drugs": true,
	"jobs": true, "checks": true, "customs": true, "affairs": true, "relations": true, "arts": true, "veterans": true,
	"emissions": true, "securities": true, "telecommunications": true, "humanities": true, "parts": true}

// What a figure counts when a word stands between it and the noun
// (h/numbers56, issue 15: read on the count rows session 55 hid for
// want of a label, about half named what they counted a word or two
// further on). The figure's own reading (a part, an increment) is left
// to the comparison, which never lets a part meet a whole (partOf).

// countedAfter are words after a figure that say it is an increment or
// one among others, the noun after them being what is counted: "three
// other people", "10 more weeks", "500 additional troops".
var countedAfter = map[string]bool{"other": true, "more": true, "additional": true}

// wholeOpens are the determiners of the whole a part is taken from, after
// "of": "three of those senators", "dozens of her colleagues".
var wholeOpens = map[string]bool{"those": true, "these": true, "his": true, "her": true, "our": true, "your": true, "my": true}

// leadAdverbs are words of degree before an adjective of the counted
// phrase: "the four most senior judges", "two very different plans".
var leadAdverbs = map[string]bool{"most": true, "very": true, "such": true}

// beforeCounted skips a word of increment after a figure when a noun
// phrase follows it ("three other people": people), and returns k
// unchanged otherwise ("two more than last year").
func (r *numReader) beforeCounted(k int) int {
	if t := r.tok(k); t != nil && t.is(fLower) && countedAfter[t.Norm] && r.contentAt(k+1) {
		return k + 1
	}
	return k
}

// skipWhole skips the figure of the whole a part is taken from, after
// "of" and its determiner: "nine of the 12 jurors", "seven out of eleven
// contests". The counted noun is the whole's ("jurors"): nine jurors.
func (r *numReader) skipWhole(k int) int {
	t := r.tok(k)
	if t == nil {
		return k
	}
	if t.Kind == KindNumber || t.Kind == KindWord && r.d.l.numbers[t.Norm].kind == 'n' {
		if r.contentAt(k+1) || r.contentAt(k+2) && r.tok(k+1).is(fCap) {
			return k + 1
		}
	}
	return k
}

// skipAdverb skips a word of degree or an adverb in -ly at the head of
// the counted phrase when an adjective and a noun follow: "1,500
// randomly chosen voters", "the four most senior judges".
func (r *numReader) skipAdverb(k int) int {
	t := r.tok(k)
	if t == nil || t.Kind != KindWord || !t.is(fLower) {
		return k
	}
	if !leadAdverbs[t.Norm] && !(len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ly")) {
		return k
	}
	if !r.contentAt(k+1) || r.d.verbAt(k+1) || countPasts[r.norm(k+1)] || pastForms[r.norm(k+1)] {
		return k // "the two eventually went home": a verb
	}
	if r.contentAt(k+2) || r.pluralAt(k+2) || r.tok(k+2) != nil && r.tok(k+2).is(fCap) && r.pluralAt(k+3) {
		return k + 1
	}
	return k
}

// participleBefore reports whether the word at k, in -ed, describes a
// plural noun right after it or after one capitalised word: "3,000
// pledged delegates", "two dozen alleged Russian agents" (h/numbers56).
func (r *numReader) participleBefore(k int) bool {
	t := r.tok(k)
	if t == nil || t.Kind != KindWord || !t.is(fLower) || len(t.Norm) <= 4 || !strings.HasSuffix(t.Norm, "ed") {
		return false
	}
	if r.contentAt(k+1) && r.pluralAt(k+1) {
		return true
	}
	n := r.tok(k + 1)
	return n != nil && n.Kind == KindWord && n.is(fCap) && r.contentAtAny(k+2) && r.pluralAt(k+2)
}

// contentAtAny is contentAt without the small letters: a word that may
// end a counted phrase after a capitalised adjective.
func (r *numReader) contentAtAny(k int) bool {
	t := r.tok(k)
	return t != nil && t.Kind == KindWord && !t.Stop && !isAux(t) && r.d.l.numbers[t.Norm].kind == 0
}

// lowerHead returns the words of a phrase before its first capitalised
// word after the first.
func lowerHead(phrase string) string {
	f := strings.Fields(phrase)
	for i, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(r) {
			return strings.Join(f[:i], " ")
		}
	}
	return phrase
}
