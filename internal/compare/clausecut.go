package compare

import (
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// The word-level cuts of factcut.go drop a clause only when it shares no
// word with the other members of the group. A member often joins two
// main clauses that both touch the story's words, and only one states
// what the others say: "The harbour has two old lifeboats, but
// inspectors doubt either could reach the reef" beside "The harbour has
// two old lifeboats"; "Islanders protested the ferry cut, and the
// council voted to keep the night ferry" beside "The council voted to
// keep the night ferry". Session 52 (clauseCut) aligns clauses instead:
// the sentence is split into its main clauses where a coordinator after
// a comma (or a "but") opens a clause with a subject and a verb of its
// own, at a semicolon before such a clause, and after a leading
// quotation whose attribution goes on ", adding that …"; each clause is
// scored by the words (not names) of the other members' sentences it
// holds, and the member shows the best clause alone when it holds at
// least minClauseTold such words and more than clauseRatio times as many
// as the rest of the sentence (the rest at most maxRestTold), and the
// rest holds at least minCutWords content words of its own (a
// proposition the others do not state), no figure, no verb of saying
// that attributes what is shown, and no person named after the clause
// shown whom another member names and the clause shown does not.

// minClauseTold is the least number of words (not names) of the other
// members' sentences the clause shown must hold.
const minClauseTold = 3

// maxRestTold is the most words (not names) of the other members'
// sentences the clauses not shown may hold together: more, and the rest
// says part of the shared proposition too.
const maxRestTold = 2

// clauseRatio is how many times as many words of the others' the clause
// shown must hold, and more, as the rest of the sentence when the rest
// holds any.
const clauseRatio = 4

// contrastOpens reports whether token k is a "while" that opens, after a
// comma, a clause of contrast with a subject of its own: not after
// "that" (", that, while …, the records …" fronts a clause of the
// reported words) and not before a pronoun, which points back at the
// first clause's subject (", while his father was …", ", while it
// tried …": a clause of time).
func contrastOpens(ts []nlp.Token, k int) bool {
	if ts[k].Norm != "while" || k < 2 || ts[k-2].Norm == "that" || k+1 >= len(ts) {
		return false
	}
	return !pronounSubjects[ts[k+1].Norm]
}

// pronounSubjects are the pronouns and possessives that open a clause
// about someone the sentence has named.
var pronounSubjects = setOf("he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those")

// sharedNames counts the words of clause c written capitalised (names)
// that the others hold.
func sharedNames(ts []nlp.Token, c mainClauseSpan, others map[string]bool) int {
	n := 0
	for _, t := range ts[c.from:c.to] {
		if content(t) && capitalised(t.Surface) && others[t.Stem] {
			n++
		}
	}
	return n
}

// restNames is sharedNames summed over the clauses of cs but best.
func restNames(ts []nlp.Token, cs []mainClauseSpan, best int, others map[string]bool) int {
	n := 0
	for i, c := range cs {
		if i != best {
			n += sharedNames(ts, c, others)
		}
	}
	return n
}

// contrastRatio is clauseRatio for a sentence split at ", while" and a
// clause with a subject of its own.
const contrastRatio = 2

// mainClauseSpan is one clause of a sentence: tokens [from, to); a clause
// after the first starts behind the point (a comma, semicolon or "but")
// at index at, and is a participle of saying after a quotation's
// attribution when said.
type mainClauseSpan struct {
	at, from, to int
	said         bool
	// tail marks a participial tail (", confirming that …"): it is never
	// the clause shown, only a rest that may be cut (session 54b).
	tail bool
	// contrast marks a clause opened by ", while" (session 58).
	contrast bool
	// predicate marks a tail that "and" with no comma or "but" opens
	// with its verb (session 70): cut only when the others use no word
	// of that verb's stem.
	predicate bool
}

// clauseCut returns sentence s (whose text is text) shown as the one
// main clause that states what the other members say (others: their
// words' stems), when a clause-level split tells it apart (see the
// comment above). persons gives the persons the other members name (see
// namedPersons); it is called only when a clause passes every other test.
// With atDash false, no clause a dash opens is parted from the one before
// it (another member goes on past a dash of its own, session 70).
func clauseCut(s nlp.Sentence, text string, others map[string]bool, atDash bool, persons func() map[int]int) (string, bool) {
	cs := mainClauses(s.Tokens)
	if !atDash {
		cs = joinAtDashes(s.Tokens, cs)
	}
	if out, ok := clauseCutAt(s, text, cs, others, persons); ok {
		return out, true
	}
	// Without its tails the sentence splits as before session 54b: a
	// tail may join a rest that then fails a test the whole clause
	// after the point passed ("…, and was questioned once …, but no
	// charges were filed").
	var merged []mainClauseSpan
	for _, c := range cs {
		if c.tail {
			merged[len(merged)-1].to = c.to
			continue
		}
		merged = append(merged, c)
	}
	if len(merged) == len(cs) {
		return "", false
	}
	return clauseCutAt(s, text, merged, others, persons)
}

// contrastCut is clauseCut split only where a clause of contrast
// opens (", while" and a subject of its own): it is tried when another
// member runs on too (see cutRunOns), as a clause of another subject
// cannot be the other member's second predicate told in other words
// (session 58).
func contrastCut(s nlp.Sentence, text string, others map[string]bool, persons func() map[int]int) (string, bool) {
	var cs []mainClauseSpan
	for i, c := range mainClauses(s.Tokens) {
		if i > 0 && !c.contrast {
			cs[len(cs)-1].to = c.to
			continue
		}
		cs = append(cs, c)
	}
	return clauseCutAt(s, text, cs, others, persons)
}

// joinAtDashes returns cs with each clause that opens behind a dash
// joined to the clause before it (none when one is left).
func joinAtDashes(ts []nlp.Token, cs []mainClauseSpan) []mainClauseSpan {
	var out []mainClauseSpan
	for i, c := range cs {
		if i > 0 && dashMarks[ts[c.at].Surface] {
			out[len(out)-1].to = c.to
			continue
		}
		out = append(out, c)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// hasDash reports whether ts holds a dash outside quotation marks.
func hasDash(ts []nlp.Token) bool {
	quoted := inQuotes(ts)
	for k, t := range ts {
		if dashMarks[t.Surface] && !quoted[k] {
			return true
		}
	}
	return false
}

// clauseCutAt is clauseCut on the clauses cs of s.
func clauseCutAt(s nlp.Sentence, text string, cs []mainClauseSpan, others map[string]bool, persons func() map[int]int) (string, bool) {
	ts := s.Tokens
	if len(cs) < 2 {
		return "", false
	}
	told, count, best := clauseScores(ts, cs, others)
	if cs[best].tail {
		// A participial tail shown alone would lose the subject that
		// does what it says ("… confirming that he had been at the
		// airport").
		return "", false
	}
	if len(cs) > 1 && cs[1].said {
		// The participle of saying is shown with its attribution ("the
		// ministry said …, adding that …"); the quotation before it alone
		// is the rest.
		alt := slices.Clone(cs)
		a := attributionStart(ts, alt[0])
		alt[0].to, alt[1].from = a, a
		if t2, c2, b2 := clauseScores(ts, alt, others); b2 == 1 {
			cs, told, count, best = alt, t2, c2, b2
		}
	}
	restTold, restOwn := 0, 0
	ratio := clauseRatio
	for i := range cs {
		if i != best {
			restTold += told[i]
			restOwn += count[i] - told[i]
		}
		if cs[i].contrast {
			// A clause of contrast with a subject of its own is a
			// second fact by its form: a word of the others' in it
			// ("attorney general" beside "inspector general") weighs
			// less (session 58).
			ratio = contrastRatio
		}
	}
	if ratio == contrastRatio && sharedNames(ts, cs[best], others) < restNames(ts, cs, best, others) {
		// The others' names stand in the clause not shown ("Lund
		// appeared for the mayor, while Berg came out for …" beside
		// a line on Lund): the words alone do not tell which clause
		// the others state.
		return "", false
	}
	if told[best] < minClauseTold || restTold > maxRestTold || told[best] <= ratio*restTold && restTold > 0 || restOwn < minCutWords || count[best] < minCutWords {
		return "", false
	}
	// The rest holds no figure (a count or a date may be the very detail
	// the others give) and no speaker closing the sentence, who is the
	// source of the clause shown; a second predicate whose verb the
	// others use ("… and sided with the widow" beside "… and is siding
	// with her") is what they say too.
	for i, c := range cs {
		if i == best {
			continue
		}
		if c.predicate && others[ts[c.from].Stem] {
			return "", false
		}
		for j := c.from; j < c.to; j++ {
			// A verb of saying past a clause's first words is the
			// source of a quotation told before it ("“…,” Lund, of
			// Halm, and Berg, of Ost, said in a statement"; "…, but
			// plans could change, said the adviser").
			if ts[j].Kind == nlp.KindNumber || j >= c.from+3 && saidVerbs[ts[j].Norm] {
				return "", false
			}
		}
	}
	// A person the others name, named after the clause shown and not in
	// it, is what the part dropped is about ("…, but also said he
	// believes Lund is sincere" beside the others on Lund's denials).
	named := persons()
	in := func(c mainClauseSpan) map[int]bool {
		out := map[int]bool{}
		for at, e := range named {
			if at >= ts[c.from].Start && at < ts[c.to-1].End {
				out[e] = true
			}
		}
		return out
	}
	shown := in(cs[best])
	for _, c := range cs[best+1:] {
		for e := range in(c) {
			if !shown[e] {
				return "", false
			}
		}
	}
	c := cs[best]
	from := ts[c.from].Start - s.Start
	to := len(text)
	if best+1 < len(cs) {
		to = ts[cs[best+1].at].Start - s.Start
	}
	if from < 0 || to > len(text) || from >= to {
		return "", false
	}
	out := strings.TrimRight(text[from:to], " -–—,;:")
	if best+1 < len(cs) {
		out += cutMark
	}
	if best > 0 {
		out = cutMark + " " + out
	}
	return out, true
}

// clauseScores returns, for each clause of cs, how many of its words
// (not names) the others hold (told), how many content words it holds (count), and
// the clause with the most told.
func clauseScores(ts []nlp.Token, cs []mainClauseSpan, others map[string]bool) (told, count []int, best int) {
	told, count = make([]int, len(cs)), make([]int, len(cs))
	best = -1
	for i, c := range cs {
		for _, t := range ts[c.from:c.to] {
			if !content(t) {
				continue
			}
			count[i]++
			if capitalised(t.Surface) {
				continue
			}
			if others[t.Stem] {
				told[i]++
			}
		}
		if best < 0 || told[i] > told[best] {
			best = i
		}
	}
	return told, count, best
}

// mainClauses splits ts into its main clauses (none when there is only
// one): at a comma or semicolon followed by "and", "but" or "yet" and a
// clause with a subject and a verb of its own (clauseOpens); at "but"
// with no comma before it and such a clause after it; at a semicolon
// before a word; and, after a leading quotation closed by its
// attribution ("“…,” the ministry said"), at a comma before a
// participle of saying ("adding that …", "saying …"), that clause shown
// with the attribution; and, behind a clause with a finite verb, at a
// comma before a participial tail (tailParticiples) or before "and" and
// a second predicate of the same subject (", and vowed to …"), or at
// "and" with no comma or "but" before such a predicate (secondPredicate,
// session 70), a tail never shown alone; and at a comma before "while"
// and a clause with a subject of its own (session 58); and at a dash
// that closes no aside before "though", "although", "and", "but" or
// "yet" and a clause with a subject of its own (session 70). No point
// lies inside quotation marks.
func mainClauses(ts []nlp.Token) []mainClauseSpan {
	quoted := inQuotes(ts)
	cs := []mainClauseSpan{{}}
	for k := 1; k+3 < len(ts); k++ {
		if quoteMark(ts[k].Surface) && ts[k-1].Surface == "," && quoted[k-1] && !quoted[k+1] && (clauseCoordinators[ts[k+1].Norm] || contrastOpens(ts, k+1) && ts[k].Start == ts[k-1].End) && clauseOpens(ts, k+2) {
			// A quotation closed by its comma, then "and" (or "while",
			// session 58) and a clause of the writer's ("… a reckless
			// gamble,” and even the council's ally voiced doubts").
			cs[len(cs)-1].to = k + 1
			cs = append(cs, mainClauseSpan{at: k + 1, from: k + 2, contrast: ts[k+1].Norm == "while"})
			k++
			continue
		}
		if quoted[k] || quoteMark(ts[k].Surface) {
			continue
		}
		start, said, tail, contrast, predicate := -1, false, false, false, false
		switch {
		case ts[k].Surface == "," && concessives[ts[k+1].Norm] && clauseOpens(ts, k+2):
			start = k + 2
		case ts[k].Surface == ";" && clauseOpens(ts, k+1):
			start = k + 1
		case ts[k].Surface == ";" && clauseCoordinators[ts[k+1].Norm] && clauseOpens(ts, k+2):
			start = k + 2
		case ts[k].Surface == "," && clauseCoordinators[ts[k+1].Norm] && clauseOpens(ts, k+2):
			start = k + 2
		case dashPoint(ts, quoted, k) && (concessives[ts[k+1].Norm] || clauseCoordinators[ts[k+1].Norm]) && clauseOpens(ts, k+2):
			// A dash before "though", "and" or "but" and a clause with
			// a subject of its own sets a second fact beside the
			// first as the comma does ("… must hand over the logs —
			// though the order was stayed", session 70).
			start = k + 2
		case ts[k].Surface == "," && contrastOpens(ts, k+1) && clauseOpens(ts, k+2):
			// ", while" and a clause with a subject of its own sets a
			// second fact beside the first ("Berg asked for an inquiry,
			// while Lund called the closure rash"), as framingClauses
			// reads it too: a main clause (session 58).
			start, contrast = k+2, true
		case ts[k].Norm == "but" && ts[k-1].Surface != "," && clauseOpens(ts, k+1):
			start = k + 1
		case ts[k].Surface == "," && (ts[k+1].Norm == "adding" || ts[k+1].Norm == "saying") && (quoted[0] || quoteMark(ts[0].Surface)) && len(cs) == 1 && attributionBefore(ts, k):
			start, said = k+1, true
		case ts[k].Surface == "," && tailParticiples[ts[k+1].Norm] && finiteBefore(ts, quoted, cs[len(cs)-1].from, k):
			start, tail = k+1, true
		case ts[k].Surface == "," && ts[k+1].Norm == "and" && clauseVerb(ts, k+2) && finiteBefore(ts, quoted, cs[len(cs)-1].from, k):
			// A second predicate of the same subject (", and vowed to
			// …"): a tail too.
			start, tail = k+2, true
		case secondPredicate(ts, quoted, cs[len(cs)-1].from, k):
			// A second predicate of the same subject after "and" with
			// no comma before it, or after "but" ("… kept the berth
			// shut but warned of higher fares"): a tail too, that may
			// be cut when the others tell a word or two of it
			// (session 70); runOnCut cuts it only when they tell none.
			start, tail, predicate = k+1, true, true
		}
		if start < 0 {
			continue
		}
		cs[len(cs)-1].to = k
		cs = append(cs, mainClauseSpan{at: k, from: start, said: said, tail: tail, contrast: contrast, predicate: predicate})
		k = start - 1
	}
	if len(cs) == 1 {
		return nil
	}
	cs[len(cs)-1].to = len(ts)
	for _, c := range cs {
		if c.to <= c.from {
			return nil
		}
	}
	return cs
}

// dashPoint reports whether token k is a dash ("—", "–", "--" or a
// spaced "-") outside quotation marks that no other dash follows in the
// sentence: a dash that a second one closes sets off an aside ("the
// plan — though the board objected — passed"), not a clause that runs
// to the end.
func dashPoint(ts []nlp.Token, quoted []bool, k int) bool {
	if !dashMarks[ts[k].Surface] || quoted[k] {
		return false
	}
	for _, t := range ts[k+1:] {
		if dashMarks[t.Surface] {
			return false
		}
	}
	return true
}

// dashMarks are the surfaces a dash between two clauses takes as a
// token.
var dashMarks = setOf("—", "–", "--", "-")

// secondPredicate reports whether token k is an "and" with no comma
// before it or a "but" (andPredicate, butPredicate) that opens a second
// predicate of the subject of the clause that starts at token from: a
// finite verb stands between (finiteBefore); no relative or wh- word
// other than "that" does ("where he took selfies and signed …": the
// predicate may be the relative clause's; "that" opens what is said as
// often); the verb after it is no bare auxiliary ("… and is unaware of
// …" may restate the first; "a group that beheaded hostages and was
// known as …" goes on the relative clause); and no quotation closes
// right before it ("… “legitimate targets,” and has long held …": the
// comma inside the marks is one the split at ", and" leaves alone).
func secondPredicate(ts []nlp.Token, quoted []bool, from, k int) bool {
	if !andPredicate(ts, k) && !butPredicate(ts, k) || quoteMark(ts[k-1].Surface) || finiteAux[ts[k+1].Norm] || !finiteBefore(ts, quoted, from, k) {
		return false
	}
	for _, t := range ts[from:k] {
		if innerClauseWords[t.Norm] {
			return false
		}
	}
	return true
}

// innerClauseWords open a relative or wh- clause inside a main clause.
var innerClauseWords = setOf("who", "whom", "whose", "which", "where", "when")

// tailParticiples open, after a comma that closes a clause with a
// finite verb, a participial tail that makes a point of its own ("Lund
// said the plan was sound, pointing to two earlier surveys"; "the mayor
// declared the berth open, confirming that the ferry will run"): the
// tail may be cut, never shown alone (session 54b).
var tailParticiples = setOf("adding", "saying", "noting", "confirming", "pointing", "arguing", "insisting", "warning", "lamenting", "acknowledging", "stressing", "vowing", "urging", "accusing", "calling", "describing", "writing", "telling", "complaining", "claiming", "prompting", "sparking")

// finiteBefore reports whether tokens [from, k) hold a finite verb
// outside quotation marks (clauseVerb): the clause before a participial
// tail is a main clause, not a noun phrase or a quotation alone.
func finiteBefore(ts []nlp.Token, quoted []bool, from, k int) bool {
	for i := from; i < k; i++ {
		if !quoted[i] && !quoteMark(ts[i].Surface) && clauseVerb(ts, i) {
			return true
		}
	}
	return false
}

// clauseCoordinators join two main clauses after a comma.
var clauseCoordinators = setOf("and", "but", "yet")

// concessives open, after a comma, a clause that stands as a main clause
// of its own ("…, though the agency has done so before").
var concessives = setOf("though", "although")

// clauseOpens reports whether a clause with a subject of its own starts
// at token j: one to seven words (names, nouns, a possessive, an
// apposition between commas), none of them a verb, then a finite verb
// (clauseVerb). A verb right at j is a second predicate of the
// sentence's subject, not a clause with a subject of its own.
func clauseOpens(ts []nlp.Token, j int) bool {
	if j >= len(ts) || ts[j].Kind != nlp.KindWord || clauseVerb(ts, j) || whWords[ts[j].Norm] {
		return false
	}
	commas := 0
	for i := j; i < len(ts) && i <= j+clauseSubjectTokens; i++ {
		t := ts[i]
		if t.Surface == "," {
			commas++
		}
		if i > j+7 && commas == 0 {
			return false // past seven tokens only behind an apposition
		}
		if quoteMark(t.Surface) || t.Kind == nlp.KindNumber || t.Kind == nlp.KindPunct && t.Surface != "," && t.Surface != "'s" && t.Surface != "’s" && t.Surface != "'" && t.Surface != "’" {
			return false
		}
		if t.Kind != nlp.KindWord {
			continue
		}
		if i > j && clauseVerb(ts, i) {
			return true
		}
		if coordinators[t.Norm] || subordinators[t.Norm] || t.Norm == "that" || t.Norm == "who" || t.Norm == "which" || strings.HasSuffix(t.Norm, "ing") && !notVerbs[t.Norm] {
			return false
		}
	}
	return false
}

// clauseSubjectTokens is how far past a clause's first token its finite
// verb may stand when the subject holds an apposition between commas
// ("even the council's oldest ally, the Guild, voiced"); seven
// tokens otherwise.
const clauseSubjectTokens = 10

// whWords open a clause that belongs to a noun or to what is said
// ("and whose deportations were deferred"), not a main clause.
var whWords = setOf("who", "whose", "whom", "which", "that", "what", "where", "when", "how", "why")

// clauseVerb reports whether token i is a finite verb: an auxiliary, a
// modal, a verb of saying, reporting or believing, a common irregular
// form, or a past form in -ed not used as an adjective.
func clauseVerb(ts []nlp.Token, i int) bool {
	t := ts[i]
	if t.Kind != nlp.KindWord || capitalised(t.Surface) {
		return false
	}
	n := t.Norm
	if n == "being" || n == "having" || n == "according" || n == "if" || n == "whether" || n == "unless" || strings.HasSuffix(n, "ing") {
		return false
	}
	return auxWords[n] || hypotheticalWords[n] || sayingWords[n] && n != "statement" && n != "comments" && n != "remarks" && n != "report" && n != "reports" ||
		reportWords[n] || verbForms[n] || strongParticiples[n] && !participleAdjective(ts, i) ||
		len(n) > 4 && strings.HasSuffix(n, "ed") && n != "hundred" && n != "indeed" && !participleAdjective(ts, i)
}

// attributionBefore reports whether, in a sentence that opens with a
// quotation, the quotation closes before comma k and a verb of saying
// stands between (the attribution: "“…,” the ministry said in a
// statement").
func attributionBefore(ts []nlp.Token, k int) bool {
	q := -1
	for i := 1; i < k; i++ {
		if quoteMark(ts[i].Surface) {
			q = i
		}
	}
	if q < 0 || q+1 >= k {
		return false
	}
	for i := q + 1; i < k; i++ {
		if saidVerbs[ts[i].Norm] {
			return true
		}
	}
	return false
}

// attributionStart is the first token after the quotation that opens
// clause p (and the comma after it), where its attribution starts.
func attributionStart(ts []nlp.Token, p mainClauseSpan) int {
	q := p.from
	for i := p.from + 1; i < p.to; i++ {
		if quoteMark(ts[i].Surface) {
			q = i
		}
	}
	q++
	for q < p.to && ts[q].Kind == nlp.KindPunct {
		q++
	}
	return q
}

// namedPersons returns, for member m of g, where its sentence names a
// person (the start of the name) whom another member's sentence names
// too, with the person's linked entity id.
func namedPersons(docs []*doc, al []aligned, g *factGroup, m int) map[int]int {
	named := map[int]bool{}
	for _, y := range g.members {
		if y == m {
			continue
		}
		for _, x := range g.span(y) {
			d, pos := docs[al[x].s.doc], al[x].s.pos
			for _, e := range d.an.Entities {
				if e.Type != nlp.Person {
					continue
				}
				for _, mn := range e.Mentions {
					if mn.Sentence == pos && mn.Kind == nlp.MentionName {
						named[d.global[e.ID]] = true
					}
				}
			}
		}
	}
	out := map[int]int{}
	d, pos := docs[al[m].s.doc], al[m].s.pos
	for _, e := range d.an.Entities {
		if e.Type != nlp.Person || !named[d.global[e.ID]] {
			continue
		}
		for _, mn := range e.Mentions {
			if mn.Sentence == pos && mn.Kind == nlp.MentionName {
				out[mn.Start] = d.global[e.ID]
			}
		}
	}
	return out
}
