package nlp

import "strings"

// nounEndingS reports whether a word ending in "s" ends as no verb's
// third person does: "-ss", "-is", "-us", "-ics" ("the harbour crisis:",
// "the business:", "the census:", "politics:"). A lower-case word before
// a colon so spelled is a noun, not a verb missing from the lists
// ("they write" is "-es" or a bare "-s": "writes", "adds").
func nounEndingS(norm string) bool {
	for _, suf := range []string{"ss", "is", "us", "ics"} {
		if strings.HasSuffix(norm, suf) {
			return true
		}
	}
	return false
}

// sVerbAfterSubject reports whether the word before v, a lower-case word
// in "-s" before a colon that no list knows, can end the subject of a
// verb: a capitalised word not in capitals and no possessive ("Ana Lind
// reminisces:"), a capitalised word and its number ("Article 33
// affirms:"), or "he", "she", "it" or "who", with at most one adverb
// between them and the verb ("Ana Lind later opines:"). A plural noun before a
// colon comes after what cannot end a subject: an adjective, a number,
// a determiner, a possessive or a noun in small letters ("the final
// words:", "two lines:", "pressure cookers:", "Macmillan's
// nightmares:"), so such a word is no verb and the words before it no
// speaker. A verb no list knows after a common noun is given up with
// them (the two are not told apart without parts of speech) unless the
// noun is a document, which then speaks ("the report states:",
// documentSubject).
func (d *doc) sVerbAfterSubject(v int) bool {
	if v == 0 {
		return false
	}
	p := &d.toks[v-1]
	if p.End >= d.toks[v].Start {
		return false
	}
	if p.Kind == KindNumber {
		// "Article 33 affirms:": a name with its number.
		return v >= 2 && d.capWord(v-2)
	}
	if p.Kind != KindWord {
		return false
	}
	if v >= 2 && p.is(fLower) && (subjectAdverbs[p.Norm] || len(p.Norm) > 4 && strings.HasSuffix(p.Norm, "ly")) {
		// "Velm Tansk later opines:", "she simply writes:": one adverb
		// between the subject and its verb.
		v--
		p = &d.toks[v-1]
		if p.Kind != KindWord {
			return false
		}
	}
	switch p.Norm {
	case "he", "she", "it", "who":
		return true
	}
	return d.capWord(v-1) && !p.is(fUpper) && !strings.HasSuffix(p.Surface, "'s") && !strings.HasSuffix(p.Surface, "’s")
}

// subjectAdverbs are adverbs that stand between a subject and its verb
// ("Velm Tansk later opines:") and end in no "-ly".
var subjectAdverbs = map[string]bool{"later": true, "then": true, "also": true, "now": true, "again": true, "once": true, "still": true,
	"just": true, "even": true, "often": true, "never": true, "always": true, "recently": true, "soon": true}

// colonDocuments are the writings that speak through a verb in "-s" no
// list knows before a colon ("The ferry guide states:", "the report
// warns:"): the document is then the speaker, as "the report said" makes
// it one.
var colonDocuments = map[string]bool{"report": true, "guide": true, "study": true, "letter": true, "memo": true,
	"statement": true, "document": true, "indictment": true, "ruling": true, "complaint": true, "filing": true,
	"lawsuit": true, "summary": true, "editorial": true, "manual": true, "handbook": true, "policy": true}

// documentSubject returns the subject of the verb at v, a lower-case word
// in "-s" before a colon that no list knows, when that subject ends in a
// document noun of colonDocuments written in small letters right before
// the verb, with at most one adverb between ("The ferry guide states:",
// "the report bluntly warns:"), and opening with a determiner or a
// possessive ("Lund's case study notes:"); else -1, -1. A plural ("the reports")
// is no subject of a verb in "-s".
func (d *doc) documentSubject(v, lo int, inQuote []bool) (int, int) {
	n := v - 1
	if n > lo && d.toks[n].Kind == KindWord && d.toks[n].is(fLower) && (subjectAdverbs[d.toks[n].Norm] || len(d.toks[n].Norm) > 4 && strings.HasSuffix(d.toks[n].Norm, "ly")) {
		n--
	}
	if n <= lo || d.toks[n].Kind != KindWord || !d.toks[n].is(fLower) || !colonDocuments[d.toks[n].Norm] {
		return -1, -1
	}
	a, b := d.subjectBefore(v, lo, inQuote)
	if a < 0 || b != n+1 {
		return -1, -1
	}
	if !isDeterminer(d.toks[a].Norm) && !d.possessiveIn(a, b) {
		return -1, -1 // "numerous marquee policy proposals:": no document's subject
	}
	return a, b
}

// possessiveIn reports whether a token of [a, b) is a possessive ("Ostra
// Port’s online case study").
func (d *doc) possessiveIn(a, b int) bool {
	for k := a; k < b; k++ {
		if possessive(d.toks[k].Norm) || strings.HasSuffix(d.toks[k].Surface, "'s") || strings.HasSuffix(d.toks[k].Surface, "’s") {
			return true
		}
	}
	return false
}
