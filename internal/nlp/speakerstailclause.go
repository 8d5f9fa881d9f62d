package nlp

// maxTailWords is the longest run of the writer's words, in tokens,
// read between a quotation's closing mark and the attribution that ends
// its sentence (writersTail).
const maxTailWords = 12

// writersTail returns the attribution of a closed quotation q that
// opens its sentence (or its paragraph) and runs on in the writer's
// words before the attribution that ends the sentence:
// `"I did not want you to say I broke my promise" to sign it by Easter,
// he said.` The writer's words open with "to", a preposition or a
// subordinating conjunction (an adjunct of the quoted clause: a
// copula or a verb there, `"…" was his motto, she said`, tells of the
// words and is left alone), hold no comma, quotation mark or person
// named, no personal pronoun, and are at most maxTailWords tokens;
// after their one comma, a he or she or a person's name and a verb of
// saying end the sentence (afterAttr, closesSentence). The quotation
// is longer than maxScareWords words and not title-cased (a title or a
// term run on by the writer is nobody's words). Else nil. The cost is
// one pass over the tokens of the quotation's sentence after it.
func (d *doc) writersTail(q *quoteWork, inQuote []bool) *attribution {
	if !d.closedAt(q) || len(q.raw.parts) != 1 {
		return nil
	}
	s := d.sents[d.tokSent[q.open]]
	if q.open != s.a && !d.paragraphStart(q.open) {
		return nil
	}
	p := q.raw.parts[0]
	if !d.moreWordsThan(p, maxScareWords) || d.titleCased(p, false) {
		return nil
	}
	first := q.close + 1
	cs := d.sents[d.tokSent[q.close]]
	if first >= cs.b || d.toks[first].para != d.toks[q.close].para {
		return nil
	}
	if t := &d.toks[first]; t.Kind != KindWord || !t.is(fLower) || !(t.Norm == "to" || isPreposition(t.Norm) || isSubordinator(t.Norm)) {
		return nil
	}
	comma := -1
	for k := first; k < cs.b && k-first <= maxTailWords; k++ {
		t := &d.toks[k]
		if inQuote[k] || openerClass(t.Surface) != classNone {
			return nil
		}
		if t.Surface == "," {
			comma = k
			break
		}
		if t.Kind == KindPunct || d.l.pronouns[t.Norm] != 0 {
			return nil
		}
	}
	if comma < 0 || len(d.personsIn(first, comma, 0, inQuote)) > 0 {
		return nil
	}
	end := cs.b
	if isTerminator(d.toks[end-1].Surface) {
		end--
	}
	at := d.afterAttr(comma+1, end)
	if at == nil || at.via != "after" || at.verbTok < 0 || at.speakerA < 0 || !d.closesSentence(at.verbTok, cs.b) {
		return nil
	}
	if at.speakerA > at.verbTok && d.toks[at.verbTok].Norm == "told" {
		return nil // "…, told Ivo Lund." names whom the words were told
	}
	if !d.heOrShe(at.speakerA, at.speakerB) && !d.nameIn(at.speakerA, at.speakerB) {
		return nil
	}
	return at
}

// moreWordsThan reports whether quotation part p holds more than n words.
func (d *doc) moreWordsThan(p qpart, n int) bool {
	for k := p.open + 1; k < p.close && k < len(d.toks); k++ {
		if d.toks[k].Kind == KindWord {
			if n--; n < 0 {
				return true
			}
		}
	}
	return false
}
