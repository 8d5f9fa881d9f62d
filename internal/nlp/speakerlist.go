package nlp

import (
	"slices"
	"strings"
)

// speakerList reads a list of persons named one after another from token
// i, as a joint statement's speakers are written: "Sens. Ivo Lund,
// R-Ky.; Tom Ruiz, R-Texas; and Mara Quist, D-Ill.," or "Ivo Lund of
// Kentucky and Tom Ruiz of Texas". Each name may carry its party and
// state or its place; the names are separated by commas, semicolons and
// "and". It returns the span of the first person's name and the token
// after the list (past a closing comma); a < 0 when no person is named
// at i, or when the names make no list a speaker is written as: two or
// more without "and" before the last ("from Lena Berg, Ivo Lund said") or
// whose first is not surely a person (see surePerson), or one without a
// party, state or place. The first-named person stands for them all, as
// the judged samples read a joint statement.
func (d *doc) speakerList(i, e int) (a, b, end int) {
	a, b, end, _ = d.speakerListMembers(i, e)
	return a, b, end
}

// speakerListMembers reads the list of speakerList and returns, beside
// what speakerList returns, the mentions of all the persons it names in
// text order.
func (d *doc) speakerListMembers(i, e int) (a, b, end int, members []int32) {
	a, b = -1, -1
	n, joined, affil, sure := 0, false, false, false
	k := i
	para := -1
	for k < e {
		mi := d.mentionAt[k]
		if mi < 0 || d.mentions[mi].a != k || !d.personMention(mi) || d.mentions[mi].kind != MentionName {
			break
		}
		m := &d.mentions[mi]
		members = append(members, mi)
		if para < 0 {
			sure = d.surePerson(mi) || d.jointAfter(k)
			para = d.toks[k].para
			a, b = m.a, min(m.b, e)
		}
		n++
		k = min(m.b, e)
		if j := d.affiliation(k, e); j > k {
			affil, k = true, j
		}
		end = k
		// The separator before the next name: ",", ";", "and", ", and", "; and".
		j := k
		if j < e && (d.toks[j].Surface == "," || d.toks[j].Surface == ";") {
			j++
		}
		and := j < e && d.toks[j].Norm == "and"
		if and {
			j++
		}
		if j == k || j >= e || d.toks[j].para != para {
			break
		}
		j = d.titledName(j, e)
		if mj := d.mentionAt[j]; mj < 0 || d.mentions[mj].a != j || !d.personMention(mj) || d.mentions[mj].kind != MentionName {
			break
		}
		k, joined = j, and
	}
	if n == 0 || n == 1 && !affil || n > 1 && (!joined || !sure) {
		return -1, -1, -1, nil
	}
	if end < e && d.toks[end].Surface == "," {
		end++
	}
	return a, b, end, members
}

// jointAfter reports whether the words "joint statement" (or "joint
// letter", "joint release") follow token k in its sentence:
// the names before them are the statement's several speakers, however
// little else tells they are persons.
func (d *doc) jointAfter(k int) bool {
	sb := d.sents[d.tokSent[k]].b
	for j := k; j+1 < sb && j < k+40; j++ {
		if d.toks[j].Norm == "joint" && d.toks[j].is(fLower) {
			switch d.toks[j+1].Norm {
			case "statement", "letter", "release", "op-ed", "news":
				return true
			}
		}
	}
	return false
}

// jointSpeakers returns the entities of the persons named after the
// speaker toks[a:b] in one list with it (see speakerListMembers): a
// joint statement's other speakers, in text order. Nil when the speaker
// opens no list of two or more.
func (d *doc) jointSpeakers(a, b int) []int {
	mi := d.mentionAt[a]
	if mi < 0 || d.mentions[mi].a != a || d.mentions[mi].b != b {
		return nil
	}
	st := d.sents[d.tokSent[a]]
	p := a - 1
	if p > st.a && d.toks[p].Norm == "both" {
		p--
	}
	if p >= st.a && isPreposition(d.toks[p].Norm) {
		return nil // "who has spoken with both Lund and Ruiz": no subject
	}
	for k := st.a; k < st.b; k++ {
		if d.toks[k].Norm == "respectively" {
			return nil // "Lund and Ruiz said, respectively, …": each his own words
		}
	}
	_, _, _, members := d.speakerListMembers(a, st.b)
	var out []int
	for _, m := range members[min(1, len(members)):] {
		if e := d.mentions[m].entity; e >= 0 && e != d.mentions[mi].entity && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// surePerson reports whether the person name mention mi is surely a
// person's: its gender is known (a given name, an honorific), a title or
// a role goes with it, or a title or an abbreviation stands right before
// it ("Sens. Ivo Lund", "Speaker Ivo Lund"). Capitals a clusterer took
// for a person ("House Oversight") are not enough to open a list of
// several.
func (d *doc) surePerson(mi int32) bool {
	m := &d.mentions[mi]
	if m.entity >= 0 {
		if e := d.ents[m.entity]; e.gender != 0 || len(e.roles) > 0 || e.typed {
			return true
		}
	}
	if k := m.a - 1; k >= 0 && d.toks[k].para == d.toks[m.a].para {
		return d.abbrevDot(k) || d.toks[k].Kind == KindWord && d.l.titles[d.toks[k].Norm]
	}
	return false
}

// titledName returns the first token of a person's name that follows
// the title written before it from token j ("Senate Minority Leader Ivo
// Lund", "Rep. Ivo Lund"): capitalised title words, an abbreviation's
// full stop and a short organisation's name; j itself when no name
// follows them.
func (d *doc) titledName(j, e int) int {
	for k := j; k < e && k < j+6; k++ {
		if mi := d.mentionAt[k]; mi >= 0 {
			m := &d.mentions[mi]
			if m.a != k {
				return j
			}
			if d.personMention(mi) && m.kind == MentionName {
				return k
			}
			if m.b-m.a > 2 {
				return j
			}
			k = m.b - 1
			continue
		}
		t := &d.toks[k]
		if !(t.Kind == KindWord && t.is(fCap) && (d.l.titles[t.Norm] || d.l.titleFirst[t.Norm] > 0) || d.abbrevDot(k)) {
			return j
		}
	}
	return j
}

// affiliation returns the token after a person's party and state or place
// written right after the name at k: ", R-Ky.", ", D-N.Y.", " (R-Texas)",
// " of Kentucky"; k itself when none is there.
func (d *doc) affiliation(k, e int) int {
	if k >= e {
		return k
	}
	t := &d.toks[k]
	switch {
	case t.Norm == "of" && k+1 < e:
		if mi := d.mentionAt[k+1]; mi >= 0 && d.mentions[mi].a == k+1 && d.mentions[mi].etype == Place {
			return min(d.mentions[mi].b, e)
		}
	case (t.Surface == "," || t.Surface == "(") && k+1 < e && partyState(d.toks[k+1].Surface):
		j := k + 2
		for j < e && j < k+6 && (d.toks[j].Surface == "." || d.toks[j].Surface == "-" || d.toks[j].Kind == KindWord && d.toks[j].is(fCap) && len(d.toks[j].Surface) <= 3) {
			j++
		}
		if t.Surface == "(" {
			if j < e && d.toks[j].Surface == ")" {
				return j + 1
			}
			return k
		}
		return j
	}
	return k
}

// partyState reports whether s opens an American party-and-state tag:
// "R-Ky", "D-Ill", "I-Vt", "R-Texas", "D-N".
func partyState(s string) bool {
	if len(s) < 3 || s[1] != '-' {
		return false
	}
	switch s[0] {
	case 'R', 'D', 'I':
	default:
		return false
	}
	r := s[2:]
	return r[0] >= 'A' && r[0] <= 'Z' && !strings.ContainsAny(r, " ,;")
}

// pastTitles returns the token after the title words and abbreviations
// that stand before token i and a name, which its mention does not hold
// ("Sens." of "Sens. Ivo Lund and Tom Ruiz"); i when there are none.
func (d *doc) pastTitles(i, e int) int {
	k := i
	for k < e && k < i+4 && d.mentionAt[k] < 0 && (d.l.titles[d.toks[k].Norm] && !d.toks[k].is(fLower) || d.abbrevDot(k)) {
		k++
	}
	if k < e && d.mentionAt[k] >= 0 {
		return k
	}
	return i
}

// listBefore returns the first person of a list of persons (see
// speakerList) that ends right before the verb at v, after auxiliaries,
// in the sentence part that starts at lo (see speakerList): "Sens. Ivo
// Lund of Kentucky and Tom Ruiz of Texas said", "Ivo Lund, R-Ky., said".
// The earliest list that ends there wins. Else -1, -1.
func (d *doc) listBefore(v, lo int) (int, int) {
	j := v
	for j > lo && isAux(&d.toks[j-1]) {
		j--
	}
	for k := lo; k < j; k++ {
		mi := d.mentionAt[k]
		if mi < 0 || d.mentions[mi].a != k {
			continue
		}
		if k > lo && isPreposition(d.toks[k-1].Norm) || k-1 > lo && isDeterminer(d.toks[k-1].Norm) && isPreposition(d.toks[k-2].Norm) {
			// "a letter from Ivo Lund of Kentucky and …", "a former
			// attorney for the Southern District of Ohio, told": the
			// object of a preposition is no subject.
			return -1, -1
		}
		if a, b, end := d.speakerList(k, j); a >= 0 && end == j {
			return a, b
		}
		k = d.mentions[mi].b - 1
	}
	return -1, -1
}

// personNouns are common nouns for a person, beside the titles of
// titles.txt and the relation nouns, that a writer introduces an unnamed
// speaker with ("one hotel employee said", "a retired judge taught me"),
// with the gender the word tells ('m', 'f', 0 for none).
var personNouns = map[string]byte{
	"man": 'm', "woman": 'f', "boy": 'm', "girl": 'f', "mother": 'f', "father": 'm', "wife": 'f',
	"husband": 'm', "son": 'm', "daughter": 'f', "brother": 'm', "sister": 'f', "widow": 'f', "widower": 'm',
	"grandmother": 'f', "grandfather": 'm', "employee": 0, "worker": 0, "resident": 0, "witness": 0,
	"neighbor": 0, "neighbour": 0, "student": 0, "teacher": 0, "nurse": 0, "voter": 0, "victim": 0,
	"driver": 0, "customer": 0, "passenger": 0, "soldier": 0, "veteran": 0, "protester": 0,
	"protestor": 0, "expert": 0, "person": 0, "guest": 0, "member": 0, "parent": 0, "friend": 0,
	"survivor": 0, "farmer": 0, "shopper": 0, "supporter": 0, "volunteer": 0, "organizer": 0,
	"organiser": 0, "researcher": 0, "scientist": 0, "physician": 0, "pastor": 0, "priest": 0, "colleague": 0, "comedian": 0,
	"lawmaker": 0, "legislator": 0, "staffer": 0, "operative": 0, "insider": 0, "source": 0,
	"recipient": 0, "relative": 0, "donor": 0, "immigrant": 0, "activist": 0, "strategist": 0, "consultant": 0, "delegate": 0,
}

// personNoun reports whether the lower-case word norm names one person
// and fits gender g (0 for any): a title ("judge"), a tie ("lawyer") or
// a common noun for a person ("employee", "woman"); not a family nor a
// plural.
func (d *doc) personNoun(norm string, g byte) bool {
	if pg, ok := personNouns[norm]; ok {
		return g == 0 || pg == 0 || pg == g
	}
	if norm == "family" || strings.HasSuffix(norm, "s") && norm != "boss" {
		return false // many people, no he or she
	}
	return d.l.titles[norm] || relationNouns[norm] && !relationAdjectives[norm]
}

// relationAdjectives are the words of relationNouns that qualify a tie
// rather than name one ("former", "press").
var relationAdjectives = map[string]bool{"press": true, "former": true, "longtime": true, "personal": true,
	"top": true, "senior": true, "chief": true}

// adjectiveNouns are the person nouns of personNouns that are
// adjectives too ("a relative calm"): such a word names a person only
// when no noun it modifies follows it (modifiedNoun).
var adjectiveNouns = map[string]bool{"relative": true}

// modifiedNoun reports whether token n, right after a word of
// adjectiveNouns, is a lower-case word it may modify: no verb of speech,
// auxiliary, form of "be", modal, preposition or "who" ("a relative
// calm", not "a relative said", "the relative of", "a relative who").
func (d *doc) modifiedNoun(n, hi int, inQuote []bool) bool {
	if n >= hi || inQuote[n] {
		return false
	}
	t := &d.toks[n]
	if t.Kind != KindWord || !t.is(fLower) || d.mentionAt[n] >= 0 {
		return false
	}
	return !d.verbAt(n) && !isAux(t) && !isBe(t.Norm) && !isPreposition(t.Norm) && t.Norm != "who" && t.Norm != "and" && t.Norm != "or"
}

// ofPhraseBeforeVerb reports whether an "of" at token n opens a phrase of
// at most six lower-case words, no name among them, that a verb of the
// sentence part toks[:hi] follows ("of one of the officers spoke", "of
// the crew told"): the phrase tells whose the person before it is, and
// the verb is that person's.
func (d *doc) ofPhraseBeforeVerb(n, hi int, inQuote []bool) bool {
	if n >= hi || d.toks[n].Norm != "of" {
		return false
	}
	for m := n + 1; m < hi && m <= n+7; m++ {
		t := &d.toks[m]
		if inQuote[m] || t.Kind != KindWord || !t.is(fLower) || d.mentionAt[m] >= 0 {
			return false
		}
		if m > n+1 && (d.verbAt(m) || isBe(t.Norm) || auxVerbs[t.Norm]) {
			return true
		}
	}
	return false
}

// capModifier reports whether the word at token k is an acronym in
// capitals that names no person ("DACA", "GOP" before a person noun).
// Other capitalised words are left out: "an Israeli soldier was
// killed", "a Monitor correspondent saw" are seldom the he or she of the
// quotation after them.
func (d *doc) capModifier(k int) bool {
	t := &d.toks[k]
	if t.is(fLower) || t.Kind != KindWord || len(t.Surface) < 2 || strings.ToUpper(t.Surface) != t.Surface {
		return false
	}
	if mi := d.mentionAt[k]; mi >= 0 && d.personMention(mi) {
		return false
	}
	return true
}

// unnamedPerson returns the span of a person the sentence part
// toks[lo:hi] introduces unnamed as the subject of its clause ("One hotel
// employee said …", "Years ago, a retired harbour pilot taught me …"):
// a determiner, up to three lower-case words and a noun for a person of
// a gender that fits g (see personNoun), followed by a verb, with no
// verb before it. "The" with a title or a tie ("the state senator", "the
// lawyer") most often names again a person named before, and is passed
// over. A he or she after it points to that person, not to one named
// further back. Else -1, -1.
func (d *doc) unnamedPerson(lo, hi int, g byte, inQuote []bool) (int, int) {
	for k := lo; k < hi; k++ {
		t := &d.toks[k]
		if inQuote[k] || d.mentionAt[k] >= 0 {
			return -1, -1
		}
		if t.Kind != KindWord {
			continue
		}
		if d.verbAt(k) || t.is(fLower) && isAux(t) {
			return -1, -1
		}
		switch t.Norm {
		case "a", "an", "the", "one", "another":
		default:
			continue
		}
		definite := t.Norm == "the"
		if !t.is(fLower) && k != lo && d.toks[k-1].Surface != "," {
			continue
		}
		for h := k + 1; h < hi && h <= k+4; h++ {
			u := &d.toks[h]
			if inQuote[h] || u.Kind != KindWord {
				break
			}
			if !definite && h < hi-1 && d.capModifier(h) {
				// "One DACA recipient", "a GOP insider": a capitalised
				// word that names no person tells what kind.
				continue
			}
			if d.mentionAt[h] >= 0 || !u.is(fLower) {
				break
			}
			if !d.personNoun(u.Norm, g) {
				if u.Stop {
					break
				}
				continue
			}
			if adjectiveNouns[u.Norm] && d.modifiedNoun(h+1, hi, inQuote) {
				// "A relative calm returned", "the relative ease of
				// the crossing": an adjective, no person.
				break
			}
			if definite && (d.l.titles[u.Norm] || relationNouns[u.Norm]) {
				// "The state senator said": a title with "the" most
				// often names again someone named before.
				return -1, -1
			}
			n := h + 1
			for n < hi && (isAux(&d.toks[n]) || isBe(d.toks[n].Norm)) {
				n++
			}
			if n < hi && d.toks[n].Kind == KindWord && d.toks[n].is(fLower) && (!d.toks[n].Stop || n > h+1) && !isPreposition(d.toks[n].Norm) && d.toks[n].Norm != "who" {
				return k, h + 1
			}
			if n == h+1 && n < hi && !definite && d.toks[n].Surface == "who" {
				// "One DACA recipient who wrote to me …": the person
				// the relative clause goes on about is the subject.
				return k, h + 1
			}
			if n == h+1 && !definite && d.ofPhraseBeforeVerb(n, hi, inQuote) {
				// "A relative of one of the guards spoke to the
				// radio": the person the "of" phrase places is the
				// subject.
				return k, h + 1
			}
			break
		}
		return -1, -1
	}
	return -1, -1
}
