package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads (issue 15; README of testdata/abpjudged, "Only-in:
// credits cut from their quotes") the credit of a quotation that the
// sentence splitter cut off from it, and a short answer with its credit.

// maxCreditTail is the most words after the verb of a cut-off credit:
// whom the speaker spoke to and when ("told the Ostra Gazette on
// Wednesday").
const maxCreditTail = 6

// splitCredit reports whether sentence k of d is the credit of the
// quotation that ends the sentence before it, cut off as a sentence of
// its own: the sentence before ends with a closing quotation mark, and
// k is a speaker's name (with at most one description of the speaker set
// off by commas), a verb of saying and at most whom they spoke to and
// when (“What do you have against the poor?” / "Harbour councillor
// Ana Lind said to the Marsk Shipping Board.", "…the docks,” / "Ivo Kral, a
// retired pilot and a candidate for the port board, told the Ostra
// Gazette on Wednesday."). Such a line says no more than who spoke: its
// point is the quotation before it, which the page reads apart (a
// quote's claim, OQ), and the line shown alone reads as empty. On the
// judged ABP sample two such credits were claimed as facts only their
// article gives (partly right: "a split piece"); bareAttribution takes
// the shorter credits with no description and no one spoken to.
func splitCredit(d *doc, k int) bool {
	if k <= 0 || k >= len(d.an.Sentences) {
		return false
	}
	prev := strings.TrimRight(d.an.Sentences[k-1].Text, " \t\n")
	if !closesQuotation(prev) {
		return false
	}
	return creditOnly(d.an.Sentences[k].Text)
}

// closesQuotation reports whether text ends with a closing quotation
// mark: ” or ", or the ’ of papers that set speech in single marks when
// it follows a stop, comma, question or exclamation mark or a dash
// (",’" closes a quotation; the ’ of "the crews’" closes a plural's
// possessive).
func closesQuotation(text string) bool {
	r, size := utf8.DecodeLastRuneInString(text)
	switch r {
	case '”', '"':
		return true
	case '’':
		p, _ := utf8.DecodeLastRuneInString(text[:len(text)-size])
		return strings.ContainsRune(".,?!—–-", p)
	}
	return false
}

// creditOnly reports whether text is a speaker's credit and nothing
// more (see splitCredit): it ends with a full stop and holds no
// quotation mark, semicolon, colon or bracket; it starts with a capital;
// the words before its first verb of saying are a name with at most one
// description between two commas that closes just before the verb, and
// no clause word outside the description ("who", "that" … a credit does
// not say what happened); after the verb come at most maxCreditTail
// words, each filler (attributionFiller: when, where, how) or, after
// "to", "told" or "tells", the capitalised name of whom they spoke to
// and its small words ("of", "the", "and").
func creditOnly(text string) bool {
	t := strings.TrimSpace(strings.TrimLeft(text, "•*-–— \t"))
	t, ok := strings.CutSuffix(t, ".")
	if !ok || strings.ContainsAny(t, "\"“”‘;:()!?") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) {
		return false
	}
	words := strings.Fields(t)
	v := -1
	for i, w := range words {
		if i > 0 && bareVerbs[strings.ToLower(w)] {
			v = i
			break
		}
	}
	if v < 0 || len(words)-v-1 > maxCreditTail {
		return false
	}
	// The subject: a name, and one description between commas that
	// closes just before the verb.
	commas := 0
	for i, w := range words[:v] {
		lw := strings.ToLower(strings.TrimRight(w, ","))
		if commas == 0 && bareClauseWords[lw] || descriptionClauseWords[lw] {
			return false
		}
		if strings.HasSuffix(w, ",") {
			commas++
			if commas == 2 && i != v-1 {
				return false
			}
		}
	}
	if commas != 0 && commas != 2 {
		return false
	}
	// After the verb: when, where or how, and whom they spoke to.
	addressee := strings.EqualFold(words[v], "told") || strings.EqualFold(words[v], "tells")
	for _, w := range words[v+1:] {
		lw := strings.ToLower(strings.TrimRight(w, ","))
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case lw == "to" && !addressee:
			addressee = true
		case addressee && (unicode.IsUpper(r) || lw == "of" || lw == "the" || lw == "and"):
		case attributionFiller[lw]:
			addressee = false
		default:
			return false
		}
	}
	return true
}

// descriptionClauseWords open a clause inside a description ("Ivo Kral, who
// piloted ferries for thirty years, said"): a description that tells
// what someone did is more than a credit.
var descriptionClauseWords = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "that": true, "when": true, "after": true, "before": true, "because": true}

// maxAnswerWords is the most words of a short answer quoted before its
// credit (answerCredit), and shortAnswerWords the words it is made of: a
// yes or a no, not a verdict ("“It is over,” said the professor" tells
// something by itself, and is a quote's claim).
const maxAnswerWords = 2

var shortAnswerWords = map[string]bool{
	"yes": true, "no": true, "yeah": true, "nope": true, "absolutely": true, "never": true, "not": true,
	"sure": true, "correct": true, "certainly": true, "definitely": true, "maybe": true, "of": true, "course": true,
}

// quotationClosers are the marks that close a quotation opened by each
// opening mark: papers set speech in double or in single marks.
var quotationClosers = map[rune]string{'“': "”\"", '"': "”\"", '‘': "’"}

// answerCredit reports whether text is a short answer in quotation marks
// (double or single) and its credit, nothing more ("“No,” Ana Lind told the Ostra Gazette
// in a statement."): the answer means something only beside the question
// told before it, and the line says no more than that someone answered.
// On the judged ABP sample one such line was claimed as a fact only its
// article gives (partly right, "a split piece"). The answer is at most
// maxAnswerWords of shortAnswerWords ("No", "Absolutely not", "Of course");
// the credit is read by creditOnly.
func answerCredit(text string) bool {
	t := strings.TrimSpace(text)
	open, size := utf8.DecodeRuneInString(t)
	closers, ok := quotationClosers[open]
	if !ok {
		return false
	}
	rest := t[size:]
	end := strings.IndexAny(rest, closers)
	if end < 0 {
		return false
	}
	answer := strings.Fields(strings.ToLower(strings.TrimRight(rest[:end], ",!?. ")))
	if len(answer) == 0 || len(answer) > maxAnswerWords {
		return false
	}
	for _, w := range answer {
		if !shortAnswerWords[w] {
			return false
		}
	}
	_, size = utf8.DecodeRuneInString(rest[end:])
	return creditOnly(rest[end+size:])
}
