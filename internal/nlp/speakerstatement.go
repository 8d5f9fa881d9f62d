package nlp

// issuedNouns are the nouns of a statement an organisation issues in
// its own name.
var issuedNouns = map[string]bool{"statement": true, "statements": true, "release": true}

// statementOrg reads a speaker phrase [a, b) that names a statement of
// an organisation: "a Fox News statement", "the department's statement",
// "a statement from the Justice Department". The organisation issued the
// words, so it is their speaker; it returns its entity, or -1. The
// phrase must be the statement and the organisation only (an article
// and words of the statement's kind allowed: "a joint statement", "a
// press release"), the one entity mention in it an organisation; a
// person's statement is read by speakerEntity's own rules.
func (d *doc) statementOrg(a, b int) int {
	if b-a < 2 || b > len(d.toks) {
		return -1
	}
	org := func(x, y int) int {
		// The whole span [x, y) is one organisation's mention.
		mi := d.mentionAt[x]
		if mi < 0 || d.mentions[mi].a != x || d.mentions[mi].b != y {
			return -1
		}
		if e := d.mentions[mi].entity; e >= 0 && d.ents[e].etype == Org {
			return e
		}
		return -1
	}
	k := a
	if n := d.toks[k].Norm; n == "a" || n == "an" || n == "the" {
		k++
	}
	if k >= b {
		return -1
	}
	// "a statement from|by ORG"
	s := k
	for s < b && statementWords[d.toks[s].Norm] && d.toks[s].is(fLower) {
		s++
	}
	if s < b && issuedNouns[d.toks[s].Norm] && d.toks[s].is(fLower) && s+1 < b &&
		(d.toks[s+1].Norm == "from" || d.toks[s+1].Norm == "by" || d.toks[s+1].Norm == "of") {
		x := s + 2
		if x < b && d.toks[x].Norm == "the" {
			x++
		}
		if x < b {
			return org(x, b)
		}
		return -1
	}
	// "[a|the] ORG['s] [joint|written|press] statement"
	e := b - 1
	if !issuedNouns[d.toks[e].Norm] || !d.toks[e].is(fLower) {
		return -1
	}
	for e > k && statementWords[d.toks[e-1].Norm] && d.toks[e-1].is(fLower) {
		e--
	}
	if e > k && d.possessiveAt(e-1) {
		e--
	}
	if e <= k {
		return -1
	}
	return org(k, e)
}

// statementWords are the words that may stand before a statement noun in
// statementOrg's phrase ("a joint statement", "a press release").
var statementWords = map[string]bool{"joint": true, "written": true, "press": true, "news": true, "brief": true,
	"short": true, "formal": true, "official": true, "separate": true, "new": true, "emailed": true, "prepared": true}

// ownStatement reports whether the verb at v reports a statement its
// subject, the speaker span opening at sa, issued: "said in a
// statement", "said in a written statement", or a sentence opening "In
// its statement, the Times said" with the speaker right after the
// comma. A publication named as the speaker of such words issued them
// and is no mere reporter of them; one named later in a sentence that
// opens so ("In a statement, the aide wrote that the Times report …")
// is not.
func (d *doc) ownStatement(v, sa int) bool {
	if v < 0 || v >= len(d.toks) {
		return false
	}
	inStatement := func(k int) bool {
		if k >= len(d.toks) || d.toks[k].Norm != "in" || k+1 >= len(d.toks) || d.toks[k].para != d.toks[v].para {
			return false
		}
		j := k + 1
		if n := d.toks[j].Norm; n == "a" || n == "an" || n == "its" || n == "their" {
			j++
		}
		for j < len(d.toks) && j < k+5 && statementWords[d.toks[j].Norm] {
			j++
		}
		return j < len(d.toks) && issuedNouns[d.toks[j].Norm] && d.toks[j].para == d.toks[v].para
	}
	if inStatement(v + 1) {
		return true
	}
	s := d.sents[d.tokSent[v]]
	if !inStatement(s.a) {
		return false
	}
	for k := s.a; k < sa && k < s.a+10; k++ {
		if d.toks[k].Norm == "," {
			x := k + 1
			if x < sa && d.toks[x].Norm == "the" {
				x++
			}
			return x == sa
		}
	}
	return false
}

// readVerbs are the verbs by which one person voices another's writing:
// "Lund read a statement from Ruiz", "delivered a message from".
var readVerbs = map[string]bool{"read": true, "reads": true, "reading": true, "delivered": true, "relayed": true}

// readFrom reads, after the verb at v and before token open, the writing
// whose words someone reads out: "read a statement from Ana Ruiz",
// "reading the letter by the board", "read a brief statement from
// Lund". The reader only voices them: the writer speaks. It returns the
// writer's span when a name is there (a person's name, or the
// organisation of the whole "a statement from ORG" phrase, which
// statementOrg reads), the writing's span when no one is named ("read
// a statement from the family": no named speaker), or ok false when
// the words after the verb are no such writing.
func (d *doc) readFrom(v, open int) (a, b int, ok bool) {
	if v < 0 || v+3 >= open || !readVerbs[d.toks[v].Norm] || !d.toks[v].is(fLower) {
		return -1, -1, false
	}
	k := v + 1
	switch d.toks[k].Norm {
	case "a", "an", "the":
	default:
		return -1, -1, false
	}
	det := k
	k++
	for n := 0; n < 2 && k < open && d.toks[k].Kind == KindWord && d.toks[k].is(fLower) && !documentNouns[d.toks[k].Norm]; n++ {
		k++ // "a brief statement", "a joint written statement"
	}
	if k+1 >= open || !documentNouns[d.toks[k].Norm] || !d.toks[k].is(fLower) {
		return -1, -1, false
	}
	switch d.toks[k+1].Norm {
	case "from", "by", "of":
	default:
		return -1, -1, false
	}
	x := k + 2
	if x < open && d.toks[x].Norm == "the" {
		x++
	}
	if x >= open {
		return -1, -1, false
	}
	if mi := d.mentionAt[x]; mi >= 0 && d.mentions[mi].a == x && d.mentions[mi].b <= open {
		m := &d.mentions[mi]
		if d.personMention(mi) {
			return m.a, m.b, true
		}
		return det, m.b, true // "a statement from the department"
	}
	return det, k + 1, true
}
