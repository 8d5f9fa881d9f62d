package nlp

import "strings"

// publicationNouns stand for a publication the text has just named:
// "Here's more from the newspaper:" after "The Ostra Courier reports".
var publicationNouns = setOfWords("newspaper", "paper", "magazine", "station", "network", "daily", "weekly", "website", "site", "outlet")

// excerptLeadIn returns the source of a quotation opening paragraph at
// token open after a lead-in that ends the paragraph before: "Here's
// more from the newspaper:", "More from the Ostra Courier:", "Here's an
// excerpt from …:". A publication named there (publications.txt or a
// paper's shape) is the source of the words, as "The Hill reported" is
// (reportingSource); "the newspaper" (a noun of publicationNouns after
// "the") is the publication named as the subject, followed by a verb,
// of the sentence before the lead-in ("The Ostra Courier reports that
// …"). A person named in the lead-in is left to leadIn. Nil otherwise.
// The cost is a pass over the lead-in's words.
func (d *doc) excerptLeadIn(open int, inQuote []bool) *attribution {
	p := d.toks[open].para
	if p <= 0 {
		return nil
	}
	pr := d.paras[p-1]
	if pr[1]-pr[0] < 4 || d.toks[pr[1]-1].Surface != ":" {
		return nil
	}
	si := int(d.tokSent[pr[1]-1])
	s := d.sents[si]
	k := s.a
	if n := d.toks[k].Norm; n == "here" && k+2 < pr[1] && (d.toks[k+1].Norm == "'s" || d.toks[k+1].Norm == "is") {
		k += 2
	}
	switch {
	case d.toks[k].Norm == "more":
		k++
	case (d.toks[k].Norm == "an" || d.toks[k].Norm == "another") && k+1 < pr[1] && d.toks[k+1].Norm == "excerpt":
		k += 2
	case d.toks[k].Norm == "excerpts":
		k++
	default:
		return nil
	}
	a, b := k+1, pr[1]-1
	if a >= b || d.toks[k].Norm != "from" || inQuote[a] {
		return nil
	}
	if b-a == 2 && d.toks[a].Norm == "the" && publicationNouns[d.toks[a+1].Norm] && d.toks[a+1].is(fLower) {
		if si == 0 {
			return nil
		}
		ps := d.sents[si-1]
		if ps.para == TitlePara || ps.para < p-2 {
			return nil
		}
		m := ps.a
		if d.toks[m].Norm == "the" {
			m++
		}
		mi := d.mentionAt[m]
		if mi < 0 || d.mentions[mi].a != m || d.personMention(mi) || d.mentions[mi].b >= ps.b || !d.verbAt(d.mentions[mi].b) {
			return nil
		}
		return &attribution{speakerA: ps.a, speakerB: d.mentions[mi].b, entity: d.mentions[mi].entity, verbTok: -1, via: "previous_paragraph"}
	}
	ws := make([]int, 0, b-a)
	for j := a; j < b; j++ {
		if d.toks[j].Kind == KindWord {
			ws = append(ws, j)
		}
	}
	e := -1
	if mi := d.mentionAt[a]; mi >= 0 {
		e = d.mentions[mi].entity
	}
	if name := d.joinNorms(ws); d.l.pubs[name] || d.l.pubs[strings.TrimPrefix(name, "the ")] || d.paperShaped(a, b, e) {
		return &attribution{speakerA: a, speakerB: b, entity: e, verbTok: -1, via: "previous_paragraph"}
	}
	return nil
}
