package compare

import (
	"strings"
	"unicode"
)

// minVerbatimWords is the fewest words of a quote's part that, found in
// the same order in another article, make the quote told there too (see
// quotedWordsElsewhere); verbatimWords is how many of a part's first
// words are sought.
const (
	minVerbatimWords = 4
	verbatimWords    = 8
)

// quotedWordsElsewhere reports whether another article prints the words
// a named speaker is quoted with in sentence s: the first verbatimWords
// words of one of the quote's parts, as far as it lies in s (all of them when fewer, and at
// least minVerbatimWords), in the same order, anywhere in another
// article's body. A line mostly quoted skips the "stated elsewhere"
// test (toldElsewhere), and the speaker test (speakerSaysElsewhere)
// needs the other article's quote attributed to the same person, which
// a pronoun ("“This is not …,” he said.") or a quotation after a colon
// often is not: such a line was claimed as the words only its article
// quotes while another quoted them whole.
func quotedWordsElsewhere(docs []*doc, s *sent) bool {
	d := docs[s.doc]
	var needles []string
	for _, q := range d.an.Quotes {
		if q.FirstSentence > s.pos || s.pos > q.LastSentence || !namedSpeaker(d, q) {
			continue
		}
		sen := d.an.Sentences[s.pos]
		if len(sen.Tokens) == 0 {
			continue
		}
		from, to := sen.Tokens[0].Start, sen.Tokens[len(sen.Tokens)-1].End
		for _, p := range q.Parts {
			if p.Para != sen.Para || p.End <= from || p.Start >= to {
				continue
			}
			// The words of the part inside s: a part may run over several
			// sentences.
			p.Start, p.End = max(p.Start, from), min(p.End, to)
			t, ok := partText(d, p)
			if !ok {
				continue
			}
			w := letterRuns(t)
			if len(w) < minVerbatimWords {
				continue
			}
			needles = append(needles, " "+strings.Join(w[:min(len(w), verbatimWords)], " ")+" ")
		}
	}
	if len(needles) == 0 {
		return false
	}
	for _, o := range docs {
		if o.idx == s.doc || o.art == nil {
			continue
		}
		for _, text := range o.printedParas() {
			for _, n := range needles {
				if strings.Contains(text, n) {
					return true
				}
			}
		}
	}
	return false
}

// printedParas returns d's paragraphs as quotedWordsElsewhere seeks
// words in them (see doc.printed), made on the first call: a page asks
// for every article's paragraphs once per mostly quoted one-article line.
func (d *doc) printedParas() []string {
	if d.printed == nil && d.art != nil {
		d.printed = make([]string, len(d.art.Paragraphs))
		for i, para := range d.art.Paragraphs {
			d.printed[i] = " " + strings.Join(letterRuns(para), " ") + " "
		}
	}
	return d.printed
}

// letterRuns returns the words of text in lower case, split at every
// character that is no letter or digit ("We'll" gives "we" and "ll"), so
// that two prints of one quotation compare whatever their quotation
// marks, apostrophes and dashes.
func letterRuns(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
