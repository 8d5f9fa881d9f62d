package view

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/compare"
)

// Overview rules of session 58 (h/overview58), from the pages read in
// session 58 (h/read58): a sentence that opens on a word pointing back at
// what its article told before it ("At issue is …", "Lind then turned
// to …", "Just recently she …") read after another outlet's sentence as
// if it pointed at that one; two outlets' sentences told one fact twice;
// a side detail that shares a word of the title opened an overview
// without a lede.

// backOpening matches the phrases with which a sentence opens on what its
// article told before it: the thing at issue, what went on meanwhile, the
// result of it.
var backOpening = regexp.MustCompile(`^(?:At issue|At stake|Meanwhile|In the meantime|Even so|That said|Despite this|Despite that|As a result|To that end|For (?:his|her|their|its) part|On top of that|Beyond that|With that)\b`)

// pronounLead are the words that may stand before a subject pronoun that
// leans on what came before ("Just recently she came out against …",
// "Later he said …").
var pronounLead = map[string]bool{"just": true, "recently": true, "later": true, "now": true, "earlier": true,
	"again": true, "still": true, "soon": true, "then": true, "there": true, "here": true, "once": true, "since": true,
	"when": true, "while": true, "as": true, "after": true, "before": true, "because": true, "although": true,
	"though": true, "until": true, "only": true, "even": true, "so": true, "and": true, "but": true, "yet": true}

// subjectPronouns are the pronouns that stand for someone or something an
// article named before.
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "he's": true, "she's": true,
	"he’s": true, "she’s": true, "they're": true, "they’re": true, "it's": true, "it’s": true}

// leansBack reports whether s opens on a word that points back at what
// its article told before it: a phrase of backOpening, "then" among its
// first five words after its subject ("Lind then turned to the budget"),
// a subject pronoun after a few leading words in small letters ("Just
// recently she came out against the pact"), or a pronoun right after an
// opening phrase (see pronounAfterOpener). In an overview such a
// sentence reads right only after its own article's sentence before it.
func leansBack(s string) bool {
	if backOpening.MatchString(s) || pronounAfterOpener(s) {
		return true
	}
	ws := strings.Fields(s)
	for i, w := range ws[:min(len(ws), 5)] {
		if i > 0 && strings.ToLower(strings.Trim(w, ",;:")) == "then" {
			return true
		}
		if strings.ContainsAny(w, ",;:\"“”") {
			break // a phrase set off: the words after it are the sentence's own (see pronounAfterOpener)
		}
	}
	for i := 0; i < min(len(ws), 4); i++ {
		w := strings.ToLower(strings.Trim(ws[i], ",;:"))
		if i > 0 && subjectPronouns[w] {
			return true
		}
		if !pronounLead[w] && !strings.HasSuffix(w, "ly") {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(ws[i]); i > 0 && unicode.IsUpper(r) {
			return false
		}
	}
	return false
}

// followsInArticle reports whether member is its article's sentence right
// after prev's (the same paragraph or the next): a sentence that points
// back may follow it (see leansBack).
func followsInArticle(member, prev compare.FactSentence) bool {
	return prev.Article != "" && member.Article == prev.Article && prev.Paragraph >= 0 &&
		(member.Paragraph == prev.Paragraph || member.Paragraph == prev.Paragraph+1)
}

// ledeMember returns the member of rep's fact that the overview's lede
// is, the sentence of article id; a zero FactSentence when there is none.
func ledeMember(rep *compare.Report, fact int, id string) compare.FactSentence {
	if fact < 0 || fact >= len(rep.Facts) {
		return compare.FactSentence{}
	}
	for _, fs := range rep.Facts[fact].Sentences {
		if fs.Article == id && fs.Paragraph >= 0 {
			return fs
		}
	}
	return compare.FactSentence{}
}

// repeatWordsMin is how many words of four letters or more two sentences
// must share for one to tell again what the other told (see repeats).
const repeatWordsMin = 6

// repeats reports whether s tells again what one of the sentences told
// tells: three in five of the distinct long words of the shorter of the
// two (credits aside, see creditWords) are the other's, and at least
// repeatWordsMin of them. restates reads s against the whole text before
// it; two outlets' accounts of one statement ("Lind said Tuesday she will
// not call a vote …" twice) share most of the shorter one's words but
// not three in five of the longer one's.
func repeats(s string, told []string) bool {
	a := distinctLong(s)
	for _, t := range told {
		if t == "" {
			continue
		}
		b := distinctLong(t)
		in := 0
		for w := range a {
			if b[w] {
				in++
			}
		}
		short := min(len(a), len(b))
		if in >= repeatWordsMin && 5*in >= 3*short {
			return true
		}
	}
	return false
}

// distinctLong returns the distinct long words of s (see longWords)
// without the credit at its end (", Sorn Post reports.").
func distinctLong(s string) map[string]bool {
	if n := creditWords(s); n > 0 {
		s = s[:strings.LastIndex(s, ", ")]
	}
	out := map[string]bool{}
	for _, w := range longWords(s) {
		out[w] = true
	}
	return out
}

// mostShared returns the index in picked of the sentence that opens an
// overview without a lede: the one of the fact the most outlets report
// (see outletShare), of these the closest to title (see closestTo). A
// side detail that shares a word of the title ("a review of Cuba's place
// on a list") opened the overview of a release that more outlets told
// (h/read58, s4c00052b15ac6ad5). A sentence that leans back (see
// leansBack) is never moved first.
func mostShared(rep *compare.Report, picked []string, title string) int {
	if len(picked) < 2 {
		return 0
	}
	share := make([]int, len(picked))
	for _, f := range rep.Facts {
		for _, fs := range f.Sentences {
			if i := slices.Index(picked, withoutDateline(sentenceOf(fs))); i >= 0 {
				share[i] = max(share[i], outletShare(rep, f))
			}
		}
	}
	for i := 1; i < len(picked); i++ {
		if leansBack(picked[i]) {
			// It follows its article's sentence before it (see
			// overviewPick): moved first, it points back at nothing
			// (review58b).
			share[i] = -1
		}
	}
	top := slices.Max(share)
	var best []string
	var at []int
	for i, s := range picked {
		if share[i] == top {
			best, at = append(best, s), append(at, i)
		}
	}
	return at[closestTo(best, title)]
}
