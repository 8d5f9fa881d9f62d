package nlp

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
)

// antecedentParas is how many paragraphs before a pronoun's own the
// sentence-by-sentence search for its antecedent looks.
const antecedentParas = 2

// antecedent returns the entity of the person a he or she at token pos
// refers to, or -1. Sentences are read backwards from the pronoun's own
// (the part before it); the first one that mentions a fitting person
// outside quotation marks gives the antecedent: its subject when the
// subject is such a person, else the first such person that is neither
// possessive ("Comey's decisions") nor after a preposition ("his letter
// to Comey"), else the last one. A sentence whose subject is itself an
// unresolved he or she of that gender is passed over, and the window of
// antecedentParas paragraphs then counts from it. Names inside quotation marks are what
// someone said, not who the writer's pronoun points back to. A person
// surely fitting (see strongAntecedent) is preferred to a lone word of
// unknown gender in the same sentence, or in a sentence before it within
// the same or the previous paragraph. With no fitting person near, the
// person mentioned last outside quotation marks. When a sentence before
// the pronoun's own, with no fitting person named, before any weaker
// candidate is found, introduces
// an unnamed person as its subject ("One hotel employee said …"), the
// pronoun points to that person: the entity is -1 and the last two
// results are the span of the words that introduce them (else -1, -1).
func (d *doc) antecedent(pos int, g byte, inQuote []bool) (int, int, int) {
	e, a, b := d.antecedentOf(pos, g, inQuote)
	if e >= 0 && g != 0 && d.ents[e].gender == 0 && d.genderedOther(e, pos, g, inQuote) {
		// "The woman who says she is Lund's daughter filmed it. …,"
		// she said": a woman written as such stands nearer than the
		// person of unknown gender found; the pronoun may be hers.
		return -1, -1, -1
	}
	if e >= 0 && g != 0 && d.otherRoleBetween(e, pos, inQuote) {
		// "Holt signed the rules. The inspector general, who reviewed
		// them, said she …. "…," she said": the inspector general
		// stands nearer than Holt and may be the she; no one is given.
		return -1, -1, -1
	}
	return e, a, b
}

// otherRoleBetween reports whether, between the sentence of the last
// mention of entity e before pos (at most two sentences before pos's own
// when e is named further back) and pos, a role of a person that the
// text ties to no one ("The inspector general, who …, said", "Later
// that day, the director of the agency said") opens a sentence or a clause
// after a comma, outside quotation marks and apart from e's mentions
// (not "Lund, the director of …" nor "former Vice President Lund"),
// e is not given that title in the text, and the title is not one of
// the offices: the he or she may be that role's holder, whom the text
// does not name.
func (d *doc) otherRoleBetween(e, pos int, inQuote []bool) bool {
	lo := d.sents[max(0, int(d.tokSent[pos])-2)].a
	// e's mentions before pos, by position: the last sets lo; only those
	// that end less than six tokens before lo can keep a role from
	// standing apart (near).
	ps := d.positionsOf(e)
	before := sort.Search(len(ps.ids), func(i int) bool { return d.mentions[ps.ids[i]].a >= pos })
	if before > 0 {
		lo = max(lo, d.sents[d.tokSent[d.mentions[ps.ids[before-1]].a]].a)
	}
	var near []int
	for i := before - 1; i >= 0; i-- {
		m := &d.mentions[ps.ids[i]]
		if m.a+ps.longest+6 <= lo {
			break // it and every mention before it end too early
		}
		near = append(near, m.a, m.b)
	}
	roles := d.rolesByPosition()
	for _, mi := range roles[sort.Search(len(roles), func(i int) bool { return d.mentions[roles[i]].a >= lo }):] {
		m := &d.mentions[mi]
		if m.a >= pos {
			break
		}
		if m.entity >= 0 || m.b > pos || inQuote[m.a] {
			continue
		}
		head := m.role.title[strings.LastIndexByte(m.role.title, ' ')+1:]
		if offices[head] || d.toks[m.a].Norm != "the" || !d.clauseStart(m.a) {
			continue
		}
		apart := true
		for i := 0; i < len(near); i += 2 {
			if m.b >= near[i]-3 && m.a < near[i+1]+6 {
				apart = false
			}
		}
		if apart && !d.hasTitle(e, m.role.title, pos, inQuote) {
			return true
		}
	}
	return false
}

// byPosition is one entity's mentions in order of position, read from
// the first n of mentionsOf, and the most tokens one of them spans.
type byPosition struct {
	ids        []int32
	n, longest int
}

// positionsOf returns e's mentions in order of position, reading only
// those added since it was last asked (a pronoun given its person is
// added after the names that come after it).
func (d *doc) positionsOf(e int) *byPosition {
	if d.byPos == nil {
		d.byPos = map[int]*byPosition{}
	}
	ps := d.byPos[e]
	if ps == nil {
		ps = &byPosition{}
		d.byPos[e] = ps
	}
	ms := d.mentionsOf(e)
	for ; ps.n < len(ms); ps.n++ {
		m := &d.mentions[ms[ps.n]]
		ps.longest = max(ps.longest, m.b-m.a)
		at, _ := slices.BinarySearchFunc(ps.ids, m.a, func(x int32, a int) int { return cmp.Compare(d.mentions[x].a, a) })
		ps.ids = slices.Insert(ps.ids, at, int32(ms[ps.n]))
	}
	return ps
}

// rolesByPosition returns the role mentions (MentionRole with a role) in
// order of position, reading only the mentions added since it was last
// asked: otherRoleBetween read every mention of the article for every he
// or she, quadratic in a long article's length (session 54's review: a
// text of 4,000 short paragraphs, 0.13 s -> 3.4 s).
func (d *doc) rolesByPosition() []int32 {
	for ; d.rolesSeen < len(d.mentions); d.rolesSeen++ {
		m := &d.mentions[d.rolesSeen]
		if m.kind != MentionRole || m.role == nil {
			continue
		}
		at, _ := slices.BinarySearchFunc(d.roleMentions, m.a, func(x int32, a int) int {
			return cmp.Compare(d.mentions[x].a, a)
		})
		d.roleMentions = slices.Insert(d.roleMentions, at, int32(d.rolesSeen))
	}
	return d.roleMentions
}

// offices are the titles of an office a text's main person often holds
// without the text saying so ("Sanders …. The senator said he …", "the
// prime minister" of Johnson): such a role is as likely e's as another's,
// and otherRoleBetween does not count it.
var offices = map[string]bool{"president": true, "president-elect": true, "senator": true, "congressman": true,
	"congresswoman": true, "representative": true, "speaker": true, "minister": true, "judge": true, "justice": true,
	"governor": true, "mayor": true, "chancellor": true, "king": true, "queen": true, "pope": true, "premier": true,
	"leader": true, "candidate": true, "nominee": true, "secretary": true}

// clauseStart reports whether token k opens its sentence or follows a
// comma that closes an opening phrase.
func (d *doc) clauseStart(k int) bool {
	if k == d.sents[d.tokSent[k]].a {
		return true
	}
	return d.toks[k-1].Norm == "," && d.tokSent[k-1] == d.tokSent[k]
}

// hasTitle reports whether person e holds the title in the text before
// pos: a role of e's with that title, or the title's last word in lower
// case outside quotation marks in a sentence that names e ("Ruiz became
// the third senator").
func (d *doc) hasTitle(e int, title string, pos int, inQuote []bool) bool {
	for _, r := range d.ents[e].roles {
		if r.title == title {
			return true
		}
	}
	head := title[strings.LastIndexByte(title, ' ')+1:]
	// A mention m of e gives the title once pos is past both m and the
	// first such word of m's sentence: the memo keeps, per person and
	// word, the least of these over the mentions read so far (mentions
	// only grow; inQuote is the article's, fixed before any speaker is
	// sought). Each call read every earlier mention's sentence.
	key := titleKey{e, head}
	if d.titles == nil {
		d.titles = map[titleKey]titleSeen{}
	}
	seen, ok := d.titles[key]
	if !ok {
		seen.at = math.MaxInt
	}
	ms := d.mentionsOf(e)
	for ; seen.n < len(ms); seen.n++ {
		m := &d.mentions[ms[seen.n]]
		st := d.sents[d.tokSent[m.a]]
		for k := st.a; k < st.b; k++ {
			if d.toks[k].Norm == head && d.toks[k].is(fLower) && !inQuote[k] {
				seen.at = min(seen.at, max(m.a, k))
				break
			}
		}
	}
	d.titles[key] = seen
	return pos > seen.at
}

// titleKey and titleSeen are hasTitle's memo: of the first n mentions of
// person e, the least position past which one of them gives the title's
// last word (math.MaxInt: none).
type (
	titleKey struct {
		e    int
		head string
	}
	titleSeen struct{ n, at int }
)

// genderedOther reports whether, between the sentence of the last
// mention of entity e before pos (at most two sentences before pos's own
// when e is named further back) and pos, a lower-case noun for a person of gender g
// ("woman", "brother") stands outside quotation marks and apart from
// e's mentions (not "Lund, a father of two," nor "her brother, Ivo
// Lund,").
func (d *doc) genderedOther(e, pos int, g byte, inQuote []bool) bool {
	lo := d.sents[max(0, int(d.tokSent[pos])-2)].a
	var near []int
	for _, mi := range d.mentionsOf(e) {
		m := &d.mentions[mi]
		if m.a >= pos {
			continue
		}
		near = append(near, m.a, m.b)
		if sa := d.sents[d.tokSent[m.a]].a; sa > lo {
			lo = sa
		}
	}
	for k := lo; k < pos; k++ {
		t := &d.toks[k]
		if inQuote[k] || t.Kind != KindWord || !t.is(fLower) || personNouns[t.Norm] != g {
			continue
		}
		apart := true
		for i := 0; i < len(near); i += 2 {
			if k >= near[i]-4 && k < near[i+1]+6 {
				apart = false
			}
		}
		if apart {
			return true
		}
	}
	return false
}

// mentionsOf returns the indexes of entity e's mentions in d.mentions,
// in order. It is asked only once the entities are found (findEntities),
// after which a mention's entity no longer changes and new mentions (a
// pronoun given its person) get theirs as they are added; the mentions
// added since the last call are indexed first. genderedOther walked all
// the article's mentions for every he or she.
func (d *doc) mentionsOf(e int) []int {
	for ; d.byEntityN < len(d.mentions); d.byEntityN++ {
		x := d.mentions[d.byEntityN].entity
		if x < 0 {
			continue
		}
		for len(d.byEntity) <= x {
			d.byEntity = append(d.byEntity, nil)
		}
		d.byEntity[x] = append(d.byEntity[x], d.byEntityN)
	}
	if e < 0 || e >= len(d.byEntity) {
		return nil
	}
	return d.byEntity[e]
}

func (d *doc) antecedentOf(pos int, g byte, inQuote []bool) (int, int, int) {
	si := int(d.tokSent[pos])
	para := d.toks[pos].para
	weak, weakPara := -1, 0
	for s := si; s >= 0; s-- {
		st := d.sents[s]
		if st.para == TitlePara || d.parasBetween(st.para, para) > antecedentParas {
			break
		}
		if weak >= 0 && d.parasBetween(st.para, weakPara) > 1 {
			break
		}

		if s < si && d.headingPara(st.para) {
			// "'We Are Watching': Ana Ruiz Slams Critics": a linked
			// headline between the sentences names no one the text
			// goes on about.
			continue
		}
		hi := st.b
		if s == si {
			hi = pos
		}
		cands := d.personsIn(st.a, hi, g, inQuote)
		cands = slices.DeleteFunc(cands, func(mi int) bool { return d.nameModifier(&d.mentions[mi]) })
		if s == si && d.participleBefore(st.a, pos) {
			// "Then addressing Trump by name, he said …": the person
			// the opening phrase acts on is not its doer, the he.
			cands = nil
		}
		if d.pronounSubject(st.a, hi, g) {
			if e := d.clauseOpener(st.a, hi, g); e >= 0 {
				// "While Gross insisted …, he blamed …": the he of the
				// sentence is the person who opens its leading clause.
				return e, -1, -1
			}
			// "During his tour of Midway, he paused": a sentence about
			// him already points back; its other persons are not him.
			// The window reaches back from it, as a chain of sentences
			// about him goes on ("He said he was grateful to Obama"
			// after two more about him keeps pointing to the one named
			// before them, not to Obama).
			para = st.para
			continue
		}
		if len(cands) == 0 {
			if weak < 0 && s < si {
				if a, b := d.unnamedPerson(st.a, hi, g, inQuote); a >= 0 {
					return -1, a, b
				}
				if a, b := d.unlistedNameSubject(st.a, hi, g, inQuote); a >= 0 {
					// "A.N.S. Ahmed, a sociologist, said …. \"…,\" he
					// said": a person the text makes no entity of
					// speaks, not one named further back; when the text
					// names them by the surname alone ("Ahmed said"),
					// that entity.
					if e := d.surnameEntity(b - 1); e >= 0 {
						return e, -1, -1
					}
					return -1, a, b
				}
			}
			continue
		}
		if mi := d.reporterAmong(st.a, hi, cands); mi >= 0 && s < si && d.saysBeside(pos) {
			// "…, Lund had kept a clean record, Kray wrote. … \"…,\" he
			// wrote": the sentence is what Kray wrote; he goes on.
			return d.mentions[mi].entity, -1, -1
		}
		if mi := d.quotingClauseSubject(st.a, hi, cands, inQuote); mi >= 0 && s < si {
			// "Lund led, but Ruiz made a push and predicted a \"big
			// win.\"": the he of the next quotation goes on with Ruiz.
			return d.mentions[mi].entity, -1, -1
		}
		if a, b := d.relativeSubject(st.a, hi, g); a >= 0 {
			// "Hagel's brother Tom, a law professor, also said …":
			// the brother, not Hagel.
			return -1, a, b
		}
		var strong []int
		for i, mi := range cands {
			// A name after its owner's relation ("Holt's stepson Tomas
			// Ruiz") is surely a person, as one the text introduces.
			if d.strongAntecedent(d.mentions[mi].entity, g) || d.pronounAfterSubject(mi, st.a, hi, g, inQuote) ||
				i > 0 && d.ownedName(&d.mentions[cands[i-1]], &d.mentions[mi]) {
				strong = append(strong, mi)
			}
		}
		if len(strong) > 0 {
			pick := d.subjectAmong(st.a, hi, strong)
			if sub := d.namedSubject(st.a, hi, cands, inQuote); sub >= 0 && !slices.Contains(strong, sub) && d.mentions[sub].entity != d.mentions[pick].entity {
				// "CNN viewer Ivo Lund was among the crowd, as Pope
				// Remo stepped out. \"…,\" he said": the sentence is
				// about Lund, named in full as its subject; the man of
				// known gender stands in a later clause or after a
				// preposition. Named as an equal ("Lund met Remo"),
				// the reading is not sure and the man of known gender
				// stays (a subject read wrongly, "Charlie Hebdo will
				// publish …, Ana Ruiz, a columnist, said", would take
				// the quotation from the one who spoke).
				if d.mentions[pick].a > d.mentions[sub].b && d.behindSubject(sub, pick, inQuote) {
					return d.mentions[sub].entity, -1, -1
				}
			}
			return d.mentions[pick].entity, -1, -1
		}
		if weak < 0 {
			weak, weakPara = d.mentions[d.subjectAmong(st.a, hi, cands)].entity, st.para
		}
	}
	if weak >= 0 {
		return weak, -1, -1
	}
	return d.lastPerson(pos, g, inQuote), -1, -1
}

// maxHeadingsSkipped is how many headline paragraphs (headingPara)
// between two paragraphs parasBetween sets aside.
const maxHeadingsSkipped = 3

// parasBetween counts the paragraphs p with a < p <= b that the
// distance to an antecedent counts: page furniture set aside (an empty
// paragraph) or a paragraph of at most three tokens that names no one
// ("Advertisement", "Related:") does not count.
func (d *doc) parasBetween(a, b int) int {
	n, headings := 0, 0
	for p := a + 1; p <= b && p < len(d.paras); p++ {
		r := d.paras[p]
		// At most maxHeadingsSkipped linked headlines are set aside:
		// past them the walk back to an antecedent stops as it would
		// at text (a page of thousands of headings stays linear).
		if headings < maxHeadingsSkipped && d.headingPara(p) {
			headings++
			continue
		}
		if r[1]-r[0] <= 3 {
			named := false
			for k := r[0]; k < r[1]; k++ {
				named = named || d.mentionAt[k] >= 0
			}
			if !named {
				continue
			}
		}
		n++
	}
	return n
}

// personsIn returns the mentions in tokens [a, b), outside quotation
// marks, of persons whose gender fits g, in text order; a picture's
// credit (creditName) is none.
func (d *doc) personsIn(a, b int, g byte, inQuote []bool) []int {
	var out []int
	all := d.mentionsByPosition()
	for _, mi := range all[sort.Search(len(all), func(i int) bool { return d.mentions[all[i]].a >= a }):] {
		m := &d.mentions[mi]
		if m.a >= b {
			break
		}
		if m.entity < 0 || m.weak || m.b > b || inQuote[m.a] || d.creditName(m) {
			continue
		}
		if e := d.ents[m.entity]; e.etype != Person || g != 0 && e.gender != 0 && e.gender != g {
			continue
		}
		out = append(out, int(mi))
	}
	return out // by position, and by order of finding at one position
}

// mentionsByPosition returns all mentions in order of position (of
// finding, at one position), reading only those added since it was last
// asked: personsIn read every mention of the article for each sentence
// an antecedent was sought in.
func (d *doc) mentionsByPosition() []int32 {
	for ; d.allSeen < len(d.mentions); d.allSeen++ {
		a := d.mentions[d.allSeen].a
		at := sort.Search(len(d.allByPos), func(i int) bool { return d.mentions[d.allByPos[i]].a > a })
		d.allByPos = slices.Insert(d.allByPos, at, int32(d.allSeen))
	}
	return d.allByPos
}

// subjectAmong picks from the person mentions cands of the sentence part
// toks[lo:hi] the one most likely to be its subject.
func (d *doc) subjectAmong(lo, hi int, cands []int) int {
	if sa, sb := d.clauseSubject(lo, hi); sa >= 0 {
		for i, mi := range cands {
			if m := &d.mentions[mi]; m.a < sb && sa < m.b && !d.nameModifier(m) {
				// "President Ruiz's son Ivo Ruiz weighed in": the one
				// named after the owner's relation is the subject.
				if i+1 < len(cands) && d.ownedName(m, &d.mentions[cands[i+1]]) {
					return cands[i+1]
				}
				return mi
			}
		}
	}
	if mi := d.passiveAgent(lo, hi, cands); mi >= 0 {
		// "The move was cheered by Rep. Ivo Lund, who led an inquiry
		// into the Ruiz campaign": the one who cheered, not a name in
		// the clause after.
		return mi
	}
	for _, mi := range cands {
		if m := &d.mentions[mi]; !d.oblique(m) && !d.nameModifier(m) {
			return mi
		}
	}
	return cands[len(cands)-1]
}

// passiveAgent returns, of the person mentions cands of the sentence part
// toks[lo:hi], the doer of a passive verb that follows the sentence's
// subject, itself no person nor a relative pronoun: "The move was
// cheered by Rep. Ivo Lund" (a past participle in "-ed", "on" after it or
// not, after a form of "be" right after the subject, then "by" and the
// person's titles; not a possessive owner, "by Lund's mother"), when no
// other person of the sentence is the subject of a clause of it. Else -1.
func (d *doc) passiveAgent(lo, hi int, cands []int) int {
	sa, sb := d.clauseSubject(lo, hi)
	if sa < 0 || sb+3 >= hi {
		return -1
	}
	for _, mi := range cands {
		if m := &d.mentions[mi]; m.a < sb && sa < m.b {
			return -1 // the subject is a person
		}
	}
	switch d.toks[sa].Norm {
	case "who", "which", "that", "whom":
		return -1 // a relative clause's, not the sentence's
	}
	switch d.toks[sb].Norm {
	case "was", "were", "is", "are":
	default:
		return -1
	}
	v := sb + 1
	if n := d.toks[v].Norm; n == "been" || n == "being" {
		v++
	}
	if t := &d.toks[v]; t.Kind != KindWord || !t.is(fLower) || !strings.HasSuffix(t.Norm, "ed") {
		return -1
	}
	by := v + 1
	if d.toks[by].Norm == "on" {
		by++
	}
	if by >= hi || d.toks[by].Norm != "by" {
		return -1
	}
	for _, mi := range cands {
		m := &d.mentions[mi]
		if m.a <= by {
			continue
		}
		k := m.a - 1
		for k > by {
			w := strings.TrimSuffix(d.toks[k].Norm, ".")
			if d.toks[k].Norm != "." && d.l.titleFirst[w] == 0 && d.l.titleFirst[w+"."] == 0 && !d.l.titles[w] && w != "former" {
				break
			}
			k--
		}
		if k != by {
			return -1
		}
		if m.b < hi && (d.toks[m.b].Norm == "'s" || d.toks[m.b].Norm == "’s") {
			return -1
		}
		for _, mj := range cands {
			if n := &d.mentions[mj]; mj != mi && !d.oblique(n) && d.clauseVerbAt(n.b) {
				// "…, with whom Ocasio-Cortez has clashed": another
				// person is the subject of a clause of the sentence.
				return -1
			}
		}
		return mi
	}
	return -1
}

// clauseVerbAt reports whether token k is a verb or an auxiliary that a
// subject before it governs ("Lund has", "Lund said").
func (d *doc) clauseVerbAt(k int) bool {
	if k >= len(d.toks) || d.toks[k].Kind != KindWord {
		return false
	}
	switch d.toks[k].Norm {
	case "has", "had", "have", "is", "was", "were", "are", "will", "would", "could", "can", "did", "does", "do":
		return true
	}
	return d.verbAt(k)
}

// nameModifier reports whether mention m is a name used to qualify a
// noun after "the" or an indefinite word that opens a sentence or an
// aside (see indefiniteOpening: "the Lund family", "the Ruiz campaign",
// "Another Ruiz trial veteran"): the phrase is about the
// family, the campaign or the veteran, not the person.
func (d *doc) nameModifier(m *mention) bool {
	if m.a < 1 || m.b >= len(d.toks) || d.toks[m.a-1].Norm != "the" && !d.indefiniteOpening(m.a-1) {
		return false
	}
	t := &d.toks[m.b]
	return t.Kind == KindWord && t.is(fLower) && !t.Stop && !d.verbAt(m.b)
}

// indefiniteOpening reports whether token k is an indefinite word that
// opens its sentence or follows a comma ("Another Ruiz trial veteran,
// Tom Berg, …", "…, another Ruiz ally, …"); not "time for another Ruiz
// mission", where the name may be the one the text goes on about.
func (d *doc) indefiniteOpening(k int) bool {
	if !indefiniteWords[d.toks[k].Norm] {
		return false
	}
	return k == 0 || d.sents[d.tokSent[k]].a == k || d.toks[k-1].Surface == ","
}

// oblique reports whether mention m is possessive or the object of a
// preposition: not who a clause is about.
func (d *doc) oblique(m *mention) bool {
	if m.b < len(d.toks) && d.toks[m.b].para == d.toks[m.a].para {
		if n := d.toks[m.b].Norm; n == "'s" || n == "'" && d.toks[m.b].Start == d.toks[m.b-1].End {
			return true
		}
	}
	if m.a > 0 && d.toks[m.a-1].para == d.toks[m.a].para && isPreposition(d.toks[m.a-1].Norm) {
		return true
	}
	// "like Sens. Bernie Sanders", "of former Vice President Joe Biden":
	// the preposition stands before the person's title.
	k := m.a - 1
	for n := 0; n < 5 && k > 0 && d.tokSent[k] == d.tokSent[m.a]; n++ {
		norm := d.toks[k].Norm
		w := strings.TrimSuffix(norm, ".")
		if norm != "." && d.l.titleFirst[w] == 0 && d.l.titleFirst[w+"."] == 0 && !d.l.titles[w] && w != "former" && w != "then" {
			break
		}
		k--
	}
	if k < 0 || d.tokSent[k] != d.tokSent[m.a] {
		return false
	}
	if n := d.toks[k].Norm; (n == "and" || n == "or") && k > 0 {
		// "like Sens. Ivo Lund and Tom Ruiz": the second object of the
		// same preposition.
		if mi := d.mentionAt[k-1]; mi >= 0 && d.mentions[mi].b == k {
			return d.oblique(&d.mentions[mi])
		}
		return false
	}
	return k < m.a-1 && isPreposition(d.toks[k].Norm)
}

// isPreposition reports the prepositions whose object is no subject.
func isPreposition(norm string) bool {
	switch norm {
	case "to", "of", "with", "by", "for", "from", "about", "against", "at", "on", "in", "after", "before", "over",
		"under", "into", "than", "like", "between", "among", "toward", "towards", "behind", "beside", "via", "upon",
		"including", "across", "around", "through", "without", "within", "onto", "despite", "unlike":
		return true
	}
	return false
}

// pronounSubject reports whether the sentence part toks[lo:hi] has for
// its subject a he or she of gender g that names no one itself.
func (d *doc) pronounSubject(lo, hi int, g byte) bool {
	if g == 0 {
		return false
	}
	// "But he acknowledged that … Mr. Lund …": a conjunction may open
	// the sentence before its pronoun subject.
	k := lo
	for k < hi && d.toks[k].Kind == KindPunct {
		k++
	}
	if k+1 < hi && d.toks[k].is(fCap) && sentenceConjunctions[d.toks[k].Norm] && d.mentionAt[k+1] < 0 && d.l.pronouns[d.toks[k+1].Norm] == g {
		return true
	}
	if d.invertedPronoun(k, hi, g) {
		return true
	}
	a, b := d.clauseSubject(lo, hi)
	return a >= 0 && b == a+1 && d.mentionAt[a] < 0 && d.l.pronouns[d.toks[a].Norm] == g
}

// invertedPronoun reports whether the sentence opening at token k puts a
// he or she of gender g after its auxiliary as its subject: "Not only
// would he vote for the bill, but …", "Nor did she say …". The persons
// named after it ("… and force Mr Lund to ask") are what he acts on.
func (d *doc) invertedPronoun(k, hi int, g byte) bool {
	switch {
	case k+3 < hi && d.toks[k].Norm == "not" && d.toks[k+1].Norm == "only":
		k += 2
	case k+2 < hi && (d.toks[k].Norm == "nor" || d.toks[k].Norm == "neither"):
		k++
	default:
		return false
	}
	switch d.toks[k].Norm {
	case "would", "did", "does", "do", "could", "will", "was", "is", "has", "had", "can", "should":
	default:
		return false
	}
	return d.mentionAt[k+1] < 0 && d.l.pronouns[d.toks[k+1].Norm] == g
}

// sentenceConjunctions may open a sentence before its subject.
var sentenceConjunctions = map[string]bool{"but": true, "and": true, "yet": true, "so": true, "still": true, "or": true}

// ownedName reports whether person mention n names the one a relation of
// possessive mention m is: "Ruiz's son Ivo Ruiz", "Ruiz's lawyer, Ana
// Lund": m is possessive, one or two words in lower case, and a comma,
// stand between the two (three words before a comma, which sets the
// name apart as the relation's: "Ruiz's first campaign manager, Ana
// Lund"), and n names a person in two words or more ("Clinton's
// post-New Zealand tweet" names no relation).
func (d *doc) ownedName(m, n *mention) bool {
	from := m.b + 1
	switch {
	case d.possessiveAt(m.b):
	case m.b+1 < len(d.toks) && (d.toks[m.b].Surface == "'" || d.toks[m.b].Surface == "\u2019") && d.toks[m.b+1].Surface == "s" &&
		d.toks[m.b+1].Start == d.toks[m.b].End:
		// "President Holt      's son": the mark set apart where a
		// cleaned page blanked a link's card (see ownerCut).
		from = m.b + 2
	default:
		return false
	}
	if n.a <= from || n.a > from+4 || n.b-n.a < 2 || d.toks[n.a].para != d.toks[m.a].para {
		return false
	}
	comma := d.toks[n.a-1].Surface == ","
	words := 0
	for j := from; j < n.a; j++ {
		t := &d.toks[j]
		switch {
		case t.Surface == "," && j == n.a-1 && words > 0:
		case t.Kind == KindWord && t.Surface == strings.ToLower(t.Surface) && !isPreposition(t.Norm) && !isDeterminer(t.Norm) && t.Norm != "and" && t.Norm != "or":
			words++
		default:
			return false
		}
	}
	return words > 0 && (words <= 2 || words == 3 && comma)
}

// pronounAfterSubject reports whether person mention mi, the subject of
// the sentence part toks[lo:hi], is shown to be of gender g by a he or
// she later in the same part, outside quotation marks, with no other
// person named between them: "Hickox told the paper she would not
// stay home." A possessive does as well ("Okafor did check it in his
// survey"; see possessiveOf).
func (d *doc) pronounAfterSubject(mi, lo, hi int, g byte, inQuote []bool) bool {
	m := &d.mentions[mi]
	if g == 0 || d.oblique(m) {
		return false
	}
	if sa, sb := d.clauseSubject(lo, hi); sa < 0 || !(m.a < sb && sa < m.b) {
		return false
	}
	for j := m.b; j < hi; j++ {
		if inQuote[j] {
			continue
		}
		if k := d.mentionAt[j]; k >= 0 && int(k) != mi && d.mentions[k].entity >= 0 && d.mentions[k].entity != m.entity && d.ents[d.mentions[k].entity].etype == Person {
			return false
		}
		if d.toks[j].Kind == KindWord && d.mentionAt[j] < 0 && (d.l.pronouns[d.toks[j].Norm] == g || d.possessiveOf(j, hi) == g) {
			return true
		}
	}
	return false
}

// possessiveOf returns the gender a possessive pronoun at token j shows
// ('m' for "his", 'f' for "her" before a noun of its own part
// toks[:hi]), else 0. "Her" is read as possessive only before a word in
// lower case that is no function word ("her review", "her own", not
// "told her that", "gave her the keys").
func (d *doc) possessiveOf(j, hi int) byte {
	switch d.toks[j].Norm {
	case "his":
		return 'm'
	case "her":
		if j+1 >= hi {
			return 0
		}
		n := &d.toks[j+1]
		if n.Norm == "own" {
			return 'f'
		}
		if n.Kind != KindWord || !n.is(fLower) || d.l.stop[n.Norm] || isDeterminer(n.Norm) || isPreposition(n.Norm) {
			return 0
		}
		return 'f'
	}
	return 0
}

// strongAntecedent reports whether entity e is surely a person a pronoun
// of gender g may point to: one whose gender the text shows and fits, or
// one whose gender it does not show but that a title, a role or an
// honorific makes a person, or that is named in full and shown speaking
// ("Chinni noted", "said Dante Chinni") or introduced as a person is
// ("Ana Ruiz, 58,", "Ana Ruiz, a nurse", "Ana Ruiz of Leeds"). A lone capitalised word
// ("Experts", "Midway") or capitals that nobody hears ("Outside
// Carrier's plant") are often no person at all.
func (d *doc) strongAntecedent(e int, g byte) bool {
	b := d.ents[e]
	if g == 0 || b.gender == g {
		return true
	}
	if b.gender != 0 {
		return false
	}
	if len(b.roles) > 0 || b.typed {
		return true
	}
	if b.first == "" || b.first == b.last {
		return false
	}
	for _, mi := range b.mentions {
		m := &d.mentions[mi]
		if m.kind == MentionPronoun || m.kind == MentionName && !d.oblique(m) && (d.speechNear(m.a, m.b-1) || d.introduced(m)) {
			return true
		}
	}
	return false
}

// introduced reports whether name mention m is followed by an apposition
// or an origin, as news writing introduces a person: "Ana Ruiz, 58,",
// "Ana Ruiz, a nurse, …", "Ana Ruiz, chief counsel …", "Ana Ruiz of
// Leeds"; or set off by commas after a description of who they are:
// "The head of the nurses' union, Ana Ruiz, …".
func (d *doc) introduced(m *mention) bool {
	if m.b+1 >= len(d.toks) || d.toks[m.b].para != d.toks[m.a].para {
		return false
	}
	n, nn := &d.toks[m.b], &d.toks[m.b+1]
	if n.Surface == "," && d.describedBefore(m) {
		return true
	}
	switch {
	case n.Norm == "of":
		return nn.is(fCap)
	case n.Surface == ",":
		// "Ana Ruiz, chief counsel with the union,": a title in
		// lower case opens an apposition as a determiner does.
		return nn.Kind == KindNumber || isDeterminer(nn.Norm) || nn.Norm == "who" || nn.is(fLower) && d.l.titles[nn.Norm]
	}
	return false
}

// describedBefore reports whether name mention m follows a comma that
// closes a description in lower case ("the ministry's spokesman, Ana
// Ruiz"): the word before the comma is no connective or verb of saying
// ("… and, Ana Ruiz", "… he said, Ana Ruiz").
func (d *doc) describedBefore(m *mention) bool {
	if m.a < 2 {
		return false
	}
	p, pp := &d.toks[m.a-1], &d.toks[m.a-2]
	if p.Surface != "," || pp.para != d.toks[m.a].para || !pp.is(fLower) {
		return false
	}
	switch pp.Norm {
	case "and", "or", "but", "nor", "so", "yet", "then", "too", "also", "however", "though", "meanwhile", "instead",
		"said", "says", "say", "told", "asked", "added", "wrote", "noted", "replied":
		return false
	}
	return true
}

// lastPerson returns the entity of the person mentioned last before token
// pos, outside quotation marks and other than a picture's credit
// (creditName), whose gender fits g ('m', 'f' or 0 for any), or -1. A
// person whose gender the text shows (an honorific, a known first name)
// and fits is preferred to a later one whose gender is unknown, when it
// is mentioned in the same or the previous paragraph.
func (d *doc) lastPerson(pos int, g byte, inQuote []bool) int {
	best, bestPos := -1, -1
	known, knownPos := -1, -1
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.entity < 0 || m.a >= pos || m.weak || inQuote[m.a] || d.creditName(m) {
			continue
		}
		e := d.ents[m.entity]
		if e.etype != Person || (g != 0 && e.gender != 0 && e.gender != g) || d.headingPara(d.toks[m.a].para) {
			continue
		}
		if d.kinNamedFar(m, pos) {
			continue
		}
		if m.a > bestPos {
			best, bestPos = m.entity, m.a
		}
		if g != 0 && e.gender == g && m.a > knownPos {
			known, knownPos = m.entity, m.a
		}
	}
	if known >= 0 && known != best && d.ents[best].gender == 0 && d.toks[pos].para-d.toks[knownPos].para <= 1 {
		return known
	}
	return best
}

// clauseSubject is the subject of the sentence part toks[lo:hi] as a
// pronoun's antecedent is looked for: past a leading clause of time or a
// participle of any length ("Seconds after announcing that he chose Judge
// Lund, President Ruiz turned …"; "Frustrated by the stalling of Holt's
// nominees, he called …"), whose persons are not who the sentence is
// about; else as sentenceSubject reads it.
func (d *doc) clauseSubject(lo, hi int) (int, int) {
	if k := d.leadingClauseEnd(lo, hi); k >= 0 {
		// A possessive after the comma ("…, Holt's office had …") more
		// likely goes on the clause than opens the sentence's subject.
		if a, b := d.sentenceSubject(k, hi); a >= 0 && !d.possessiveAt(b) {
			return a, b
		}
	}
	return d.sentenceSubject(lo, hi)
}

// timeNouns are the words of a span of time that opens a clause of time
// with "after" or "before" ("Seconds after", "Two days before").
var timeNouns = map[string]bool{"seconds": true, "minutes": true, "moments": true, "hours": true, "days": true,
	"weeks": true, "months": true, "years": true, "shortly": true, "soon": true, "just": true, "only": true,
	"right": true, "immediately": true, "long": true}

// countWords count a span of time that opens a clause of time ("A week
// after", "Two days before"); spanNouns are its units.
var (
	countWords = setOfWords("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few")
	spanNouns  = setOfWords("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
		"month", "months", "year", "years")
)

// clauseOpeners are the words that open a leading clause of time,
// concession or cause.
var clauseOpeners = map[string]bool{"after": true, "before": true, "when": true, "while": true, "since": true,
	"until": true, "once": true, "although": true, "though": true, "because": true, "despite": true,
	"during": true, "upon": true, "following": true}

// leadingClauseEnd returns the token after the comma that closes a
// clause opening the sentence part toks[lo:hi] — a clause of time
// ("Seconds after …,", "When …,"), a participle ("Frustrated by …,",
// "Speaking in …,") — when a subject follows it (a name, a title, a
// pronoun, a determiner); else -1.
func (d *doc) leadingClauseEnd(lo, hi int) int {
	k := lo
	for k < hi && d.toks[k].Kind == KindPunct {
		k++
	}
	if k >= hi || d.mentionAt[k] >= 0 || d.toks[k].Kind != KindWord || !d.toks[k].is(fCap) {
		return -1
	}
	n := d.toks[k].Norm
	switch {
	case clauseOpeners[n]:
	case timeNouns[n]:
		ok := false
		for j := k + 1; j < hi && j <= k+2; j++ {
			if m := d.toks[j].Norm; m == "after" || m == "before" || m == "later" {
				ok = true
			}
		}
		if !ok {
			return -1
		}
	case countWords[n] && k+2 < hi && spanNouns[d.toks[k+1].Norm]:
		// "A week after accusing Lund and Ruiz …, Kray detailed …":
		// a counted span of time opens the clause.
		if m := d.toks[k+2].Norm; m != "after" && m != "before" && m != "later" {
			return -1
		}
	case strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "ing"):
		if k+1 >= hi || !isPreposition(d.toks[k+1].Norm) {
			return -1
		}
	default:
		return -1
	}
	para := d.toks[k].para
	for j := k + 1; j < hi && j < k+45; j++ {
		t := &d.toks[j]
		if t.para != para || t.Kind == KindPunct && isTerminator(t.Surface) && !d.abbrevDot(j) {
			return -1
		}
		if t.Surface != "," {
			continue
		}
		if j+1 >= hi {
			return -1
		}
		u := &d.toks[j+1]
		if d.mentionAt[j+1] >= 0 || d.l.pronouns[u.Norm] != 0 || isDeterminer(u.Norm) || u.is(fCap) {
			return j + 1
		}
		return -1
	}
	return -1
}

// clauseOpener returns the person named right after the word that opens
// the leading clause of the sentence part toks[lo:hi] ("While Gross
// insisted …,", "Although Holt has …,") when that person's gender is g, or
// unknown and the person surely one a pronoun may point to (see
// strongAntecedent); else -1.
func (d *doc) clauseOpener(lo, hi int, g byte) int {
	if d.leadingClauseEnd(lo, hi) < 0 {
		return -1
	}
	k := lo
	for k < hi && d.toks[k].Kind == KindPunct {
		k++
	}
	if k+1 >= hi || !clauseOpeners[d.toks[k].Norm] {
		return -1
	}
	// The name may follow a title the mention does not hold ("While
	// Mr. Lund …", "When Sen. Ana Ruiz …").
	j := k + 1
	for j < hi && j < k+4 && d.mentionAt[j] < 0 && (d.toks[j].Surface == "." || d.l.honorifics[d.toks[j].Norm] != 0 || d.l.titles[d.toks[j].Norm]) {
		j++
	}
	if j >= hi {
		return -1
	}
	mi := d.mentionAt[j]
	if mi < 0 || d.mentions[mi].a != j || d.mentions[mi].entity < 0 || !d.personMention(mi) || d.oblique(&d.mentions[mi]) {
		return -1
	}
	if e := d.mentions[mi].entity; g != 0 && (d.ents[e].gender == g || d.ents[e].gender == 0 && d.strongAntecedent(e, g)) {
		return e
	}
	return -1
}

// theyAntecedent returns the person named first of two or more named
// together as the subject of the part of the sentence before the "they"
// at token pos, or of the sentence before it in the same or the previous
// paragraph: "Reps. Ana Ruiz, R-Va., and Ivo Lund claim …. \"…,\" they
// wrote" is given, as a joint statement is, to Ana Ruiz. Else -1.
func (d *doc) theyAntecedent(pos int, inQuote []bool) int {
	si := int(d.tokSent[pos])
	read := 0
	for s := si; s >= 0 && read < 2; s-- {
		st := d.sents[s]
		if st.para == TitlePara || d.toks[pos].para-st.para > 1 {
			break
		}
		hi := st.b
		if s == si {
			hi = pos
		}
		// A sentence wholly inside the quotation ("…. He gave his
		// full help,\" they wrote") is not the writer's.
		quoted := true
		for j := st.a; j < hi && quoted; j++ {
			quoted = inQuote[j] || d.toks[j].Kind == KindPunct
		}
		if quoted {
			continue
		}
		read++
		if e := d.jointSubject(st.a, hi, inQuote); e >= 0 {
			return e
		}
	}
	return -1
}

// jointSubject returns the entity of the first of two or more persons
// named together ("Ana Ruiz and Ivo Lund", "Ruiz, Lund and Bo Berg") as
// the subject of the sentence part toks[lo:hi], outside quotation marks,
// or -1. Only words in capitals, titles, punctuation and quoted words
// may come before the first name.
func (d *doc) jointSubject(lo, hi int, inQuote []bool) int {
	cands := d.personsIn(lo, hi, 0, inQuote)
	if len(cands) < 2 {
		return -1
	}
	first := &d.mentions[cands[0]]
	if d.oblique(first) {
		return -1
	}
	start := lo
	if sa, _ := d.clauseSubject(lo, hi); sa >= 0 && sa <= first.a {
		start = sa
	}
	for j := start; j < first.a; j++ {
		t := &d.toks[j]
		if !inQuote[j] && t.Kind != KindPunct && !t.is(fCap) && !d.l.titles[t.Norm] && t.Norm != "the" && t.Norm != "former" {
			return -1
		}
	}
	n, joined := 1, false
	for i := 1; i < len(cands); i++ {
		prev, m := &d.mentions[cands[i-1]], &d.mentions[cands[i]]
		if m.a-prev.b > 8 || m.a <= prev.b || d.toks[m.a].para != d.toks[prev.a].para || m.entity == first.entity {
			break
		}
		ok, and := true, false
		for j := prev.b; j < m.a && ok; j++ {
			t := &d.toks[j]
			switch {
			case t.Norm == "and":
				and = true
			case t.Kind == KindPunct && (t.Surface == "," || t.Surface == "." || t.Surface == "-"), t.is(fCap):
			default:
				ok = false
			}
		}
		if !ok || d.possessiveAt(prev.b) {
			break
		}
		n++
		joined = joined || and
		if and {
			break
		}
	}
	if n < 2 || !joined {
		return -1
	}
	return first.entity
}

// participleBefore reports whether the sentence part toks[lo:pos] is an
// opening participle phrase that ends with a comma right before the
// pronoun at pos: "Addressing Trump by name, he …", "Then turning to
// Holt, she …". The pronoun is the phrase's doer, so no person the phrase
// names is the pronoun. Prepositions in -ing ("According to Holt, he
// …", "During Holt's speech, he …") are no such phrase.
func (d *doc) participleBefore(lo, pos int) bool {
	if pos-2 > lo && (d.toks[pos-1].Surface == "\u201d" || d.toks[pos-1].Surface == "\"") && d.toks[pos-2].Norm == "," {
		// "Citing Lund's \"dream of a fair port,\" he urged …": the
		// comma stands inside the quotation's closing mark.
		pos--
	}
	if pos-1 <= lo || d.toks[pos-1].Norm != "," {
		return false
	}
	k := lo
	for k < pos && (d.toks[k].Kind != KindWord || participleLeads[d.toks[k].Norm]) {
		k++
	}
	if k >= pos {
		return false
	}
	w := d.toks[k].Norm
	if !strings.HasSuffix(w, "ing") || len(w) < 6 || ingPrepositions[w] {
		return false
	}
	for j := k + 1; j < pos-1; j++ {
		if d.toks[j].Norm == "," || d.toks[j].Norm == ";" {
			return false // "Addressing the crowd, Holt said, he …": another clause
		}
	}
	return true
}

// participleLeads are the words that may stand before an opening
// participle: "Then addressing …", "And turning to …".
var participleLeads = map[string]bool{"then": true, "and": true, "but": true, "later": true, "also": true, "still": true, "again": true, "now": true}

// ingPrepositions end in -ing but head a phrase of their own, not a
// participle whose doer is the sentence's subject.
var ingPrepositions = map[string]bool{"according": true, "during": true, "including": true, "regarding": true, "concerning": true,
	"notwithstanding": true, "following": true, "considering": true, "excluding": true, "barring": true, "pending": true}

// relativeSubject returns the span of the subject of the sentence part
// toks[lo:hi] when it is a relative of a person named by a possessive
// ("Hagel's brother Tom", "Lund's widow") whose kinship fits gender g,
// else -1, -1: a he or she after it is the relative.
func (d *doc) relativeSubject(lo, hi int, g byte) (int, int) {
	sa, _ := d.clauseSubject(lo, hi)
	if sa < 0 {
		return -1, -1
	}
	mi := d.mentionAt[sa]
	if mi < 0 {
		return -1, -1
	}
	m := &d.mentions[mi]
	if m.a != sa || m.entity < 0 || d.ents[m.entity].etype != Person || !d.possessiveAt(m.b) || m.b+1 >= hi {
		return -1, -1
	}
	k := m.b + 1
	kin, ok := kinGender[d.toks[k].Norm]
	if !ok || d.toks[k].para != d.toks[sa].para || (g == 'm' || g == 'f') && kin != g {
		return -1, -1
	}
	end := k + 1
	if end < hi && d.toks[end].Surface == "," {
		end++
	}
	if end < hi && d.mentionAt[end] >= 0 && len(d.mentions[d.mentionAt[end]].words) >= 2 {
		// "Reade's brother, Collin Moulton, said": a relative named in
		// full is a person of their own (see ownedName).
		return -1, -1
	}
	end = k + 1
	if end < hi && d.toks[end].is(fCap) && d.toks[end].Kind == KindWord {
		end++ // the relative's given name alone: "brother Tom"
	}
	return sa, end
}

// kinGender gives the gender of the kin nouns a possessive names a
// relative by.
var kinGender = map[string]byte{"brother": 'm', "son": 'm', "father": 'm', "husband": 'm', "nephew": 'm', "uncle": 'm', "grandson": 'm', "grandfather": 'm',
	"sister": 'f', "daughter": 'f', "mother": 'f', "wife": 'f', "widow": 'f', "niece": 'f', "aunt": 'f', "granddaughter": 'f', "grandmother": 'f'}

// headingPara reports whether paragraph p is a headline set apart in
// the text, as a link to another story is: one sentence in title case
// (see titleCase) that opens the paragraph and ends it with no stop
// ("'We Are Watching': Ana Ruiz Slams Critics in Floor Speech").
func (d *doc) headingPara(p int) bool {
	if !d.headingShape(p) {
		return false
	}
	r := d.paras[p]
	// A line that opens with a person's name, a title before it or not,
	// heads a part about that person ("Sen. Ana Ruiz (D-Calif.)", "Rep.
	// Ivo Lund (R) of Texas"): the text goes on about them.
	k := r[0]
	for k < r[1] && d.mentionAt[k] < 0 && (d.toks[k].Surface == "." || d.l.honorifics[d.toks[k].Norm] != 0 ||
		d.l.titles[strings.TrimSuffix(d.toks[k].Norm, ".")] || d.l.titleFirst[strings.TrimSuffix(d.toks[k].Norm, ".")] != 0) {
		k++
	}
	return k >= r[1] || d.mentionAt[k] < 0 || !d.personMention(d.mentionAt[k])
}

// headingShape reports whether paragraph p has a headline's shape: one
// sentence of at least five words in title case that ends with no stop.
// It depends on the tokens only, so it is worked out once per paragraph
// (headShape): the walk back to an antecedent asks it of every paragraph
// it passes, and lastPerson of every person's paragraph.
func (d *doc) headingShape(p int) bool {
	if p < 0 || p >= len(d.paras) {
		return false
	}
	if d.headShape == nil {
		d.headShape = make([]int8, len(d.paras))
	}
	if v := d.headShape[p]; v != 0 {
		return v > 0
	}
	ok := d.headingShapeOf(d.paras[p])
	d.headShape[p] = -1
	if ok {
		d.headShape[p] = 1
	}
	return ok
}

// headingShapeOf is headingShape of the paragraph of token range r.
func (d *doc) headingShapeOf(r [2]int) bool {
	if r[1]-r[0] < 3 || r[0] >= len(d.toks) {
		return false
	}
	si := int(d.tokSent[r[0]])
	if si < 0 || si >= len(d.sents) || d.sents[si].a != r[0] || d.sents[si].b != r[1] {
		return false
	}
	switch d.toks[r[1]-1].Surface {
	case ".", "!", "?", "\u2026", "...", ":", ";", ",":
		return false
	}
	words := 0
	for k := r[0]; k < r[1]; k++ {
		if d.toks[k].Kind == KindWord {
			words++
		}
	}
	return words >= 5 && d.titleCase(si)
}

// namedSubject returns, of the person mentions cands of the sentence part
// toks[lo:hi], the one that is its subject when that person is named in
// full somewhere in the text (a given name and a surname: "Ivo Lund",
// later "Lund") and the words before the name are a description of no
// verb, a body at most named in it ("Deckhand and CNN viewer Ivo Lund
// was …", "Originally from Leeds, Lund also has …"), and a verb follows
// it (past one adverb), not a title ("Harbour Union leader Ivo Lund"
// names Lund); else -1. A lone capitalised word ("Experts were …") is often no
// person at all, and is not taken; nor is a name after another person's
// ("Remo aide Ivo Lund", "Remo and Ivo Lund were …").
func (d *doc) namedSubject(lo, hi int, cands []int, inQuote []bool) int {
	sa, _ := d.clauseSubject(lo, hi)
	if sa < 0 || len(cands) == 0 {
		return -1
	}
	mi := cands[0]
	m := &d.mentions[mi]
	if m.a < sa || m.a-sa > 8 || d.oblique(m) || d.nameModifier(m) || m.kind != MentionName {
		return -1
	}
	for k := sa; k < m.a; k++ {
		t := &d.toks[k]
		if t.Kind != KindWord || inQuote[k] || d.verbAt(k) || d.clauseVerbAt(k) || t.Norm == "who" || t.Norm == "that" || isPreposition(t.Norm) {
			return -1
		}
		// "CNN viewer Ivo Lund": a body may describe the person, a
		// person may not ("Remo aide Ivo Lund").
		if x := d.mentionAt[k]; x >= 0 && (d.mentions[x].entity < 0 || d.ents[d.mentions[x].entity].etype == Person) {
			return -1
		}
	}
	if e := d.ents[m.entity]; e.first == "" || e.first == e.last {
		return -1
	}
	k := m.b
	if k < hi && (d.toks[k].Norm == "also" || d.toks[k].is(fLower) && strings.HasSuffix(d.toks[k].Norm, "ly")) {
		k++
	}
	if k >= hi || inQuote[k] || d.toks[k].Kind != KindWord || !d.toks[k].is(fLower) {
		return -1
	}
	switch n := d.toks[k].Norm; {
	case n == "and", n == "or", n == "who", isPreposition(n), isDeterminer(n), d.l.titles[n]:
		// "Ruiz Party leader Ivo Lund": the words are the description
		// of the one named after them.
		return -1
	}
	return mi
}

// behindSubject reports whether person mention pick, after the subject
// mention sub in its sentence, stands after a preposition or a
// possessive ("his advice for Remo") or inside a clause that opens after
// the subject's ("…, as Remo stepped out", "… the crowd who cheered
// Remo"), outside quotation marks: the sentence is not about pick.
func (d *doc) behindSubject(sub, pick int, inQuote []bool) bool {
	p := &d.mentions[pick]
	if d.oblique(p) {
		return true
	}
	for k := d.mentions[sub].b; k < p.a; k++ {
		if inQuote[k] {
			continue
		}
		switch d.toks[k].Norm {
		case "as":
			// "Lund, as well as Remo, …" joins two equals.
			if k+1 < p.a && d.toks[k+1].Norm == "well" {
				continue
			}
			return true
		case "who", "whom", "which", "where", "when", "while", "after", "before", "because", "since", "until":
			return true
		}
	}
	return false
}
