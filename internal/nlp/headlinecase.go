package nlp

import "strings"

// headlineEndVerbs are common verbs in the past or the third person that
// a heading in title case writes after its subject ("Kemp Used
// 'Deliberate' Suppression", "Engel Faces Challenger", "Holt Wants
// Ruling"): in such a heading the capitalised run that ends in one is
// the subject and a verb, and the verb is no part of the name. Words
// that are also surnames or given names ("Banks", "Hayes", "Will") are
// left out, and so are the words of headingVerbs ("Is", "Has"): a run
// that holds one is no name already, and cutting it would make one.
var headlineEndVerbs = map[string]bool{"used": true, "faces": true, "makes": true, "made": true, "wants": true,
	"wanted": true, "gets": true, "got": true, "takes": true, "took": true, "hits": true, "adds": true, "said": true,
	"seeks": true, "sought": true, "leads": true, "notes": true}

// headlineCase reports whether the sentence of token k is written in
// title case: a function word ("To", "For", "Of") with a capital where
// it does not open the sentence. It costs one pass over the sentence's
// tokens, and is asked only of runs that end in a word of
// headlineEndVerbs or open with one of headlineVerbs.
func (d *doc) headlineCase(k int) bool {
	s := d.sents[d.tokSent[k]]
	for j := s.a; j < s.b; j++ {
		if t := &d.toks[j]; t.Kind == KindWord && d.l.stop[t.Norm] && t.is(fCap) && !t.is(fUpper) && !d.initialPos(j) {
			return true
		}
	}
	return false
}

// shortOrGiven reports whether the words ws, left when a heading's verb
// is cut from a capitalised run, are one or two words or open with a
// known given name ("Lund", "Senate Docs", "Ivo Lund"). A longer run
// that opens otherwise ("Outspoken Ivo Lund", "Want What Lund") is a
// heading's clause; the verb cut from it would make it a name.
func (d *doc) shortOrGiven(ws []int) bool {
	return len(ws) <= 2 || d.l.firstNames[d.toks[ws[0]].Norm] != 0
}

// headingVerbInS reports whether ws[n], the last word of a capitalised
// run that opens a sentence, is a heading's verb in -s after its subject
// ws[start:n] ("Lund Elevates 'Quiet' Ruiz to Harbour Post"), the
// sentence's first words, no lone given name: the word
// ends in -s (not -ss, -us, -is) and is no surname the lists know, its
// subject is one or two words whose last the article writes capitalised
// elsewhere without it (the person the heading is about), the article
// writes the word itself with a capital nowhere else (but after the
// subject again: the title repeating the heading), and the heading
// goes on in title case: the next two words are capitalised too. Words
// the article writes as a name ("Lund Sons" twice) and runs a sentence
// goes on in small letters after ("Ruiz Brothers said") stay whole. It
// costs one pass over the article's tokens, and is asked only of such
// runs.
func (d *doc) headingVerbInS(ws []int, start int) bool {
	n := len(ws) - 1
	if n-start < 1 || n-start > 2 || !d.opensSentence(ws[start]) ||
		n-start == 1 && d.l.firstNames[d.toks[ws[start]].Norm] != 0 {
		return false // "Steve Forbes": a given name alone is no subject
	}
	v := &d.toks[ws[n]]
	if p := ws[n] + 1; p < len(d.toks) && d.toks[p].Start == v.End && d.toks[p].para == v.para &&
		(d.toks[p].Surface == "'" || d.toks[p].Surface == "\u2019") {
		return false // "Media Matters' Ana Lund": a plural's possessive, no verb
	}
	w := v.Norm
	if len(w) < 5 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") ||
		strings.HasSuffix(w, "is") || strings.HasSuffix(w, "'s") || v.is(fUpper) || !v.is(fCap) ||
		d.l.firstNames[w] != 0 || d.l.wordNames[w] || d.l.stop[w] {
		return false
	}
	if !d.titleCaseGoesOn(ws[n]) {
		return false
	}
	subj := d.toks[ws[n-1]].Norm
	alone := false
	for k := range d.toks {
		t := &d.toks[k]
		if t.Kind != KindWord || !t.is(fCap) || k == ws[n] || k == ws[n-1] {
			continue
		}
		switch t.Norm {
		case w:
			if k > 0 && d.toks[k-1].Norm == subj {
				continue // the heading again, as the title
			}
			return false // "Sons" again: the article writes it as a name
		case subj:
			if k+1 >= len(d.toks) || d.toks[k+1].Norm != w {
				alone = true
			}
		}
	}
	return alone
}

// titleCaseGoesOn reports whether the two words after token k, past
// quotation marks, are capitalised: a heading in title case goes on
// after its verb ("Elevates 'Quiet' Ruiz"); a sentence's verb after a
// name is in small letters ("Ruiz Brothers said").
func (d *doc) titleCaseGoesOn(k int) bool {
	s := d.sents[d.tokSent[k]]
	seen := 0
	for j := k + 1; j < s.b && seen < 2; j++ {
		t := &d.toks[j]
		if t.Kind == KindPunct {
			if isOpener(t.Surface) || t.Surface == "'" || t.Surface == "\u2019" || t.Surface == "\u2018" || t.Surface == "\"" {
				continue
			}
			return false
		}
		if t.Kind != KindWord || !t.is(fCap) {
			return false
		}
		seen++
	}
	return seen == 2
}

// opensSentence reports whether token k is the first word of its
// sentence: only punctuation stands before it. A run inside a quoted
// title or after a colon ("of \"How Civility Works\"") opens none.
func (d *doc) opensSentence(k int) bool {
	for j := d.sents[d.tokSent[k]].a; j < k; j++ {
		if d.toks[j].Kind != KindPunct {
			return false
		}
	}
	return true
}
