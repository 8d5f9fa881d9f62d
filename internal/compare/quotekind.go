package compare

import (
	"slices"
	"strconv"
	"strings"
)

// quoteDifferent is the kind pairKind gives two quotes that are not one
// statement: they share a phrase, but a change of words that large is
// another sentence, not an alteration.
const quoteDifferent = "different"

// maxEdgeChange is the most words each side may have different before
// (or after) what two versions of a quote share, minAlteredDensity the
// least share of the words where they overlap that must match, and
// minAlteredWords the fewest words they must share, for the two to be one
// statement with words changed ("own, long-term solution" and
// "bipartisan and long-term immigration reform" are two phrases).
const (
	// maxAfterCut is the most words two versions may share after a cut
	// before their last words differ, for the different ends to be
	// two sentences picked after the cut (see pairKind).
	maxAfterCut       = 5
	maxEdgeChange     = 3
	minAlteredDensity = 0.6
	minAlteredWords   = 4
)

// pairKind classifies two matching quotes. Different ends are a shorter
// excerpt; words left out where the shorter quote marks an ellipsis (or
// breaks between parts) are an elision: both are QuoteShortened. Only a
// change of words inside what both quote — a word replaced, added, or left
// out without a mark — is QuoteAltered.
func pairKind(a, b quoteItem) string {
	k, _ := pairKindHeard(a, b)
	return k
}

// pairKindHeard is pairKind, and whether the two versions, not altered,
// still differ inside what both quote as two transcripts of one passage
// do (see transcriptionVariant): the same words, transcribed
// differently.
func pairKindHeard(a, b quoteItem) (kind string, heard bool) {
	kind = pairKindSlips(a, b, &heard)
	return kind, heard && kind != QuoteAltered && kind != quoteDifferent
}

// pairKindSlips is pairKind; it sets *heard when it accepts a run of
// small differences as a transcript's (see transcriptionVariant).
func pairKindSlips(a, b quoteItem, heard *bool) string {
	return pairKindForms(a, b, heard, false)
}

// pairKindOfForms is pairKindHeard, but a noun in the singular for the
// plural ("conclusion", "conclusions") or "be" in the past for the
// present ("that is enough", "that was enough"), one word for one, is
// how a transcript or reported speech renders the line, not a change of
// what the speaker said that a reader must see (h/quotes57): when those
// words alone make the pair altered (or apart), it is the same words,
// transcribed differently. Asked only then, so that such a word never
// makes two different statements one altered; and asked only where a
// group's versions are compared (describeQuotes) and a lone quote joins
// the same passage (samePassage), not where quotes are first matched
// into groups (a plural there regrouped a judged statement of fresh20).
func pairKindOfForms(a, b quoteItem) (kind string, heard bool) {
	kind, heard = pairKindHeard(a, b)
	if kind != QuoteAltered && kind != quoteDifferent {
		return kind, heard
	}
	h := false
	if k := pairKindForms(a, b, &h, true); k != QuoteAltered && k != quoteDifferent {
		return k, true
	}
	return kind, heard
}

// pairKindForms is pairKindSlips; with forms, the words of b that are
// the other number or tense of a's (see renumber) count as a's.
func pairKindForms(a, b quoteItem, heard *bool, forms bool) string {
	if equal(a.keys, b.keys) {
		return QuoteIdentical
	}
	a.keys, a.gap = joinCompounds(a.keys, a.gap, b.keys)
	b.keys, b.gap = joinCompounds(b.keys, b.gap, a.keys)
	a.keys, a.gap = acronymsOf(a.keys, a.gap, b.keys)
	b.keys, b.gap = acronymsOf(b.keys, b.gap, a.keys)
	a.keys, a.gap = initialismsOf(a.keys, a.gap, b.keys, capitalInitials(b.q.Text))
	b.keys, b.gap = initialismsOf(b.keys, b.gap, a.keys, capitalInitials(a.q.Text))
	a.keys, a.gap = collapseRepeats(a.keys, a.gap, b.keys)
	b.keys, b.gap = collapseRepeats(b.keys, b.gap, a.keys)
	// A run an edit left behind in one paper's copy is a slip of the
	// keyboard: the same words, transcribed differently.
	var leftA, leftB bool
	a.keys, a.gap, leftA = dropLeftoverRun(a.keys, a.gap, b.keys)
	b.keys, b.gap, leftB = dropLeftoverRun(b.keys, b.gap, a.keys)
	*heard = *heard || leftA || leftB
	a.keys, b.keys = monthFirst(a.keys, b.keys), monthFirst(b.keys, a.keys)
	a.keys, a.gap = spelledOut(a.keys, a.gap, b.keys)
	b.keys, b.gap = spelledOut(b.keys, b.gap, a.keys)
	if equal(a.keys, b.keys) {
		return QuoteIdentical
	}
	// A word one letter off the other version's ("county", "country";
	// "it hooks", "its hooks") is a typing or transcription slip, and a
	// number in figures for one in words ("4", "four") a house style:
	// neither changes the speaker's words.
	var typed bool
	b.keys, typed = respell(a.keys, b.keys)
	// A slip of the keyboard is a difference a reader may see in the
	// table: the versions are the same words, transcribed differently.
	*heard = *heard || typed
	if forms {
		nb, ok := renumber(a.keys, b.keys)
		if !ok {
			return quoteDifferent // not asked: the caller keeps its kind
		}
		b.keys = nb
	}
	// A word written as one by one version and as two by the other, or
	// censored ("Godda—m it", "God dammit", "Goddamn it"), is one
	// word.
	a.keys, a.gap, b.keys, b.gap = joinSpellings(a.keys, a.gap, b.keys, b.gap)
	if equal(a.keys, b.keys) {
		return QuoteIdentical
	}
	wa, wb := a.keys, b.keys
	a.keys, a.gap, b.keys, b.gap = trimExcerpt(a.keys, a.gap, b.keys, b.gap)
	b.keys, b.gap, a.keys, a.gap = trimExcerpt(b.keys, b.gap, a.keys, a.gap)
	// extraA and extraB say whether a (b) quotes words the other leaves
	// out: when both do, neither is a part of the other. A conjunction a
	// version has more at an edge ("And then…") quotes no more.
	extraA, extraB := trimmedWords(wa, a.keys), trimmedWords(wb, b.keys)
	if equal(a.keys, b.keys) {
		if !extraA && !extraB {
			return QuoteIdentical
		}
		return excerptsOr(extraA && extraB)
	}
	al := alignAtGaps(a.keys, b.keys, a.gap, b.gap)
	al = trimStrays(al)
	// Different words on both sides before the first common word (or
	// after the last) are a change, not a different excerpt: "an attack"
	// where the speaker said "a direct attack".
	gapAt := func(g []bool, i int) bool { return i < len(g) && g[i] }
	// Long different ends on both sides are two statements that share a
	// phrase (a threat of "fury like the harbour has never seen" beside
	// "a storm, the likes of which this harbour has never seen before").
	// A contraction at an edge ("He's", "He is") is no change.
	head := al.aLo > 0 && al.bLo > 0 && !gapAt(a.gap, al.aLo) && !gapAt(b.gap, al.bLo) && !sameUncontracted(a.keys[:al.aLo], b.keys[:al.bLo])
	tail := al.aHi < len(a.keys) && al.bHi < len(b.keys) && !gapAt(a.gap, al.aHi) && !gapAt(b.gap, al.bHi) && !sameUncontracted(a.keys[al.aHi:], b.keys[al.bHi:])
	if head && max(al.aLo, al.bLo) > maxEdgeChange || tail && max(len(a.keys)-al.aHi, len(b.keys)-al.bHi) > maxEdgeChange {
		return quoteDifferent
	}
	if head || tail {
		// The words both quote must outnumber, twice over, the words
		// changed at the edge, and be more than a phrase: four shared
		// words after different ones ("established, religiously
		// expressive monuments, symbols, and practices", "Where
		// monuments, symbols, and practices with a longstanding
		// history…") are two passages sharing a phrase.
		change := 0
		if head {
			change = max(al.aLo, al.bLo)
		}
		if tail {
			change = max(change, len(a.keys)-al.aHi, len(b.keys)-al.bHi)
		}
		if al.matched < max(2*change, minAlteredWords+1) {
			return quoteDifferent
		}
		// Different last words a few words after a cut that one
		// version marks ("She said kind things about me … She has no
		// respect for our harbour", ", she has no respect for the
		// crews") are two sentences each picked after the cut, not one
		// changed. (Different first words before a cut are not: "That
		// is not fair," and "This is not fair." change a word.)
		if tail && (gapIn(a.gap, al.aHi-maxAfterCut, al.aHi-1) || gapIn(b.gap, al.bHi-maxAfterCut, al.bHi-1)) {
			return QuoteExcerpts
		}
		// The words changed at the edge count as changed (see
		// fewSharedContent).
		var edgeA, edgeB []string
		if head {
			edgeA, edgeB = append(edgeA, a.keys[:al.aLo]...), append(edgeB, b.keys[:al.bLo]...)
		}
		if tail {
			edgeA, edgeB = append(edgeA, a.keys[al.aHi:]...), append(edgeB, b.keys[al.bHi:]...)
		}
		if fewSharedContent(a.keys, b.keys, al, edgeA, edgeB) {
			return quoteDifferent
		}
		return alteredOr(a, b, al)
	}
	// The differences strictly inside the aligned region, run by run.
	var dels, ins int
	var dw, iw []string
	elided, cut := true, false
	prev := ""
	// slips counts the small differences of two transcripts of one
	// line found so far (see transcriptionVariant); hear accepts the
	// run at hand, before the word after both give, as one more, up to
	// maxTranscriptionSlips.
	slips := 0
	hear := func(after string) bool {
		n, ok := transcriptionVariant(prev, after, dw, iw)
		if !ok || slips+n > maxTranscriptionSlips {
			return false
		}
		slips += n
		*heard = true
		return true
	}
	flush := func(next alignOp) {
		if dels == 0 && ins == 0 {
			return
		}
		switch {
		case dels == 0 && (stutter(iw, prev, a.keys[next.i]) || repeated(b.keys, next.j-ins, ins)) ||
			ins == 0 && (stutter(dw, prev, a.keys[next.i]) || repeated(a.keys, next.i-dels, dels)):
			// A word said twice in one transcript ("a history that —
			// that doesn't go away") and once in the other, or a phrase
			// the speaker repeats ("You should expect everything. You
			// should expect everything.") that one version gives once.
		case dels == 0 && droppedTo(iw, prev) && !gapAt(a.gap, next.i) || ins == 0 && droppedTo(dw, prev) && !gapAt(b.gap, next.j):
			// A "to" one version lost after a word that cannot do
			// without it ("what's he supposed think?"): a slip of the
			// keyboard, no change of the speaker's words.
		case dels > 0 && ins > 0 && gapIn(a.gap, next.i-dels, next.i) && gapIn(b.gap, next.j-ins, next.j):
			// Both versions mark an elision where their words differ
			// ("it looks … that they" and "it looks just like… they"):
			// each leaves out words the other quotes, none replaced.
			cut, extraA, extraB = true, true, true
		case !(dels == 0 && gapAt(a.gap, next.i)) && !(ins == 0 && gapAt(b.gap, next.j)) && hear(a.keys[next.i]):
			// Two transcripts of one line that differ in a small word
			// ("said that it", "said it"; "the one that", "one who";
			// "their", "they're") or a word's form ("matters related",
			// "matter relating"): the same words heard or copied two
			// ways, no change of the speaker's.
		case dels == 0 && repeatedClauseHead(iw, b.keys[:next.j-ins]) && !gapAt(a.gap, next.i):
			// "open for business, not for sale" where the other has
			// "…, but we're not for sale": b quotes the second clause
			// without the coordinator and the subject it repeats, words
			// it leaves out (h/quotes53b).
			cut, extraB = true, true
		case ins == 0 && repeatedClauseHead(dw, a.keys[:next.i-dels]) && !gapAt(b.gap, next.j):
			cut, extraA = true, true
		case dels > 0 && ins > 0 && !sameUncontracted(dw, iw) && sameUncontracted(withoutAnd(dw), withoutAnd(iw)) && slips < maxTranscriptionSlips:
			// A contraction, and an "and" one version gives where the
			// other starts a new sentence ("happen and we are taking",
			// "happen. We're taking"): two transcripts (h/quotes57b).
			slips++
			*heard = true
		case dels > 0 && ins > 0:
			// Words replaced, unless only a contraction differs ("he's",
			// "he is").
			elided = elided && sameUncontracted(dw, iw)
		case dels > 0: // b leaves out a's words: b must mark it
			elided = elided && next.j < len(b.gap) && b.gap[next.j]
			cut, extraA = true, true
		default:
			elided = elided && next.i < len(a.gap) && a.gap[next.i]
			cut, extraB = true, true
		}
		dels, ins, dw, iw = 0, 0, dw[:0], iw[:0]
	}
	// A word one version gives a word or two earlier than the other
	// ("they either want", "they want either") is the same words in
	// another order: two transcripts of one line, no change of the
	// speaker's words.
	moved := movedWords(a.keys, b.keys, al)
	if len(moved) > 0 {
		slips++
		*heard = true
	}
	for k, op := range al.ops {
		inside := op.i >= al.aLo && op.i < al.aHi && op.j >= al.bLo && op.j < al.bHi
		switch {
		case moved[k]:
		case op.op == '=':
			flush(op)
			prev = a.keys[op.i]
		case !inside:
		case op.op == '-':
			dels++
			dw = append(dw, a.keys[op.i])
		default:
			ins++
			iw = append(iw, b.keys[op.j])
		}
	}
	switch {
	case elided && !cut && !extraA && !extraB && al.aLo == 0 && al.bLo == 0 && al.aHi == len(a.keys) && al.bHi == len(b.keys):
		return QuoteIdentical // contractions or small words only
	case elided && sameUncontracted(a.keys[:al.aLo], b.keys[:al.bLo]) && sameUncontracted(a.keys[al.aHi:], b.keys[al.bHi:]) && !cut && !extraA && !extraB:
		return QuoteIdentical // contractions or small words only, one at an edge
	case elided && !cut && !extraA && !extraB && conjunctions(a.keys[:al.aLo]) && conjunctions(a.keys[al.aHi:]) &&
		conjunctions(b.keys[:al.bLo]) && conjunctions(b.keys[al.bHi:]):
		// A conjunction at an edge ("And then, of course…", "then, of
		// course…") ties the quote to the writer's sentence: neither
		// version quotes more of the statement.
		return QuoteIdentical
	case elided:
		extraA = extraA || !joiners(a.keys[:al.aLo]) || !joiners(a.keys[al.aHi:])
		extraB = extraB || !joiners(b.keys[:al.bLo]) || !joiners(b.keys[al.bHi:])
		return excerptsOr(extraA && extraB)
	}
	return alteredOr(a, b, al)
}

// movedWords returns the ops of al (by index) that give one word in two
// places: a word one version has that the other gives one or two
// matched words before or after, alone in its run on both sides ("they
// [either] want [-either] fame"). At most one such word is taken; nil
// when there is none.
func movedWords(a, b []string, al quoteAlign) map[int]bool {
	ops := al.ops
	word := func(k int) string {
		if ops[k].op == '-' {
			return a[ops[k].i]
		}
		return b[ops[k].j]
	}
	alone := func(k int) bool {
		return (k == 0 || ops[k-1].op == '=') && (k+1 == len(ops) || ops[k+1].op == '=')
	}
	for k := range ops {
		if ops[k].op == '=' || !alone(k) {
			continue
		}
		for l := k + 2; l < len(ops) && l <= k+3; l++ {
			if ops[l].op == '=' {
				continue
			}
			if ops[l].op != ops[k].op && alone(l) && word(l) == word(k) {
				return map[int]bool{k: true, l: true}
			}
			break
		}
	}
	return nil
}

// withoutAnd returns ws without a first "and".
func withoutAnd(ws []string) []string {
	if len(ws) > 1 && ws[0] == "and" {
		return ws[1:]
	}
	return ws
}

// gapIn reports whether g marks words left out before one of the
// positions lo to hi (both included).
func gapIn(g []bool, lo, hi int) bool {
	for i := max(lo, 0); i <= hi && i < len(g); i++ {
		if g[i] {
			return true
		}
	}
	return false
}

// trimmedWords reports whether the words whole has besides part, a run
// of it, are more than conjunctions (see edgeConjunctions).
func trimmedWords(whole, part []string) bool {
	if len(part) == len(whole) {
		return false
	}
	if len(part) == 0 {
		return true
	}
	for off := 0; off+len(part) <= len(whole); off++ {
		if &whole[off] == &part[0] {
			return !conjunctions(whole[:off]) || !conjunctions(whole[off+len(part):])
		}
	}
	return true
}

// stutter reports whether the words ws, which one version has and the
// other not, only repeat the word before them (prev) or after them
// (next): a speaker's stammer one transcript keeps.
func stutter(ws []string, prev, next string) bool {
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	for _, w := range ws {
		if w != prev && w != next {
			return false
		}
	}
	return true
}

// toBeforeVerb are the words a verb follows only after "to" ("supposed
// to think", "able to sail"): without it the sentence is broken, not
// changed.
var toBeforeVerb = map[string]bool{"supposed": true, "ought": true, "able": true, "unable": true, "trying": true, "going": true}

// droppedTo reports whether ws, the words one version has and the other
// not, is a lone "to" after one of toBeforeVerb.
func droppedTo(ws []string, prev string) bool {
	return len(ws) == 1 && ws[0] == "to" && toBeforeVerb[prev]
}

// repeated reports whether the n words of ks from lo repeat the n words
// right before them or right after them: a phrase said twice.
func repeated(ks []string, lo, n int) bool {
	if n == 0 || lo < 0 || lo+n > len(ks) {
		return false
	}
	run := ks[lo : lo+n]
	return lo-n >= 0 && equal(ks[lo-n:lo], run) || lo+2*n <= len(ks) && equal(ks[lo+n:lo+2*n], run)
}

// collapseRepeats drops the second of two runs of words of ks said
// twice in a row ("You should expect everything. You should expect
// everything.") when other does not say it twice: one transcript keeps
// the speaker's repetition, the other gives it once, and neither changes
// or leaves out a word of the statement.
func collapseRepeats(ks []string, gap []bool, other []string) ([]string, []bool) {
	// at lists the places of each word: a run said twice starts again
	// where its first word recurs.
	at := map[string][]int{}
	for i, k := range ks {
		at[k] = append(at[k], i)
	}
	var out []string
	var og []bool
	for i := 0; i < len(ks); {
		n := 0
		next := at[ks[i]]
		for x := len(next) - 1; x >= 0; x-- {
			m := next[x] - i
			if m < 1 || i+2*m > len(ks) {
				continue
			}
			if equal(ks[i:i+m], ks[i+m:i+2*m]) && !containsRun(other, ks[i:i+2*m]) {
				n = m
				break
			}
		}
		// A false start the speaker says again in full ("I didn't
		// have — did not have communications"): the first words go.
		if n == 0 {
			if m := restart(ks[i:], other); m > 0 {
				i += m
				continue
			}
		}
		out = append(out, ks[i])
		og = append(og, gap[i])
		if n > 0 {
			out = append(out, ks[i+1:i+n]...)
			og = append(og, gap[i+1:i+n]...)
			i += 2 * n
			continue
		}
		i++
	}
	if len(out) == len(ks) {
		return ks, gap
	}
	return out, og
}

// restart returns the length of a run of two or three words ks begins
// with that the words right after it say again, contractions spelled out
// ("didn't have", "did not have"), when other does not say them twice:
// the first is a false start. It returns 0 when there is none.
func restart(ks, other []string) int {
	if len(ks) < 4 || !strings.Contains(ks[0], "'") && irregularNot[ks[0]] == "" {
		return 0 // a false start a contraction hides begins with one
	}
	for m := 2; m <= 3 && m < len(ks); m++ {
		if uncontractedStem(ks[0]) != uncontractedStem(ks[m]) {
			continue
		}
		for m2 := m; m2 <= m+1 && m+m2 <= len(ks); m2++ {
			if !equal(ks[:m], ks[m:m+m2]) && sameUncontracted(ks[:m], ks[m:m+m2]) && !containsRun(other, ks[:m+m2]) && containsRun(other, ks[m:m+m2]) {
				return m
			}
		}
	}
	return 0
}

// uncontractedStem returns the first word a contraction spells out
// ("did" of "didn't", "can" of "cannot"), or w.
func uncontractedStem(w string) string {
	if stem, ok := irregularNot[w]; ok {
		return stem
	}
	for _, c := range contractions {
		if base, ok := strings.CutSuffix(w, c.suffix); ok && base != "" {
			return base
		}
	}
	return w
}

// containsRun reports whether run occurs, word for word, in ks.
func containsRun(ks, run []string) bool {
	for i := 0; i+len(run) <= len(ks); i++ {
		if equal(ks[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// joinerWords join a quoted clause to the writer's sentence ("because
// Obamacare is…"): a version that has one more of them at its edge
// quotes no more of the statement.
var joinerWords = map[string]bool{"and": true, "but": true, "because": true, "so": true, "or": true, "that": true}

// joiners reports whether ks holds joiner words only (or nothing).
func joiners(ks []string) bool {
	for _, k := range ks {
		if !joinerWords[k] {
			return false
		}
	}
	return true
}

// edgeConjunctions are the joiner words that only tie a quote to the
// writer's sentence at its edge ("And then, of course…", "So shame on
// you"): a version with one more of them quotes the same words. A
// pronoun's "that" ("That is not fair", "is not fair") is a word of the
// statement the shorter version leaves out.
var edgeConjunctions = map[string]bool{"and": true, "but": true, "so": true, "or": true}

// conjunctions reports whether ks holds edge conjunctions only (or
// nothing).
func conjunctions(ks []string) bool {
	for _, k := range ks {
		if !edgeConjunctions[k] {
			return false
		}
	}
	return true
}

// excerptsOr returns QuoteExcerpts when each of two versions quotes words
// the other leaves out (they overlap, neither holds the other: two
// excerpts of one statement), QuoteShortened when one is a part of the
// other.
func excerptsOr(both bool) string {
	if both {
		return QuoteExcerpts
	}
	return QuoteShortened
}

// respell returns b's keys with each word that replaces, alone, one word
// of a from which it is a slip apart (see slip), or that writes the same
// number (see sameNumber) or the same word (see sameWordOtherwise),
// written as a's word; and whether it wrote a slip of one letter (typed:
// not a number or a spelling).
func respell(a, b []string) ([]string, bool) {
	al := alignQuotes(a, b)
	var out []string
	var dels, ins []int
	typed := false
	flush := func() {
		if len(dels) == 1 && len(ins) == 1 && (slip(a[dels[0]], b[ins[0]]) || possessiveSlip(a[dels[0]], b[ins[0]]) || negationSlip(a, dels[0], b, ins[0]) || sameNumber(a[dels[0]], b[ins[0]]) || sameWordOtherwise(a[dels[0]], b[ins[0]])) {
			if out == nil {
				out = append([]string(nil), b...)
			}
			out[ins[0]] = a[dels[0]]
			typed = typed || slip(a[dels[0]], b[ins[0]]) || possessiveSlip(a[dels[0]], b[ins[0]]) || negationSlip(a, dels[0], b, ins[0])
		}
		dels, ins = dels[:0], ins[:0]
	}
	eachChange(al.ops, &dels, &ins, flush)
	if out == nil {
		return b, false
	}
	return out, typed
}

// eachChange calls flush after each run of changed words of ops (deleted
// from the first version, inserted in the second) and once at the end,
// with the run's indexes in *dels and *ins; flush empties them.
func eachChange(ops []alignOp, dels, ins *[]int, flush func()) {
	for _, op := range ops {
		switch op.op {
		case '=':
			flush()
		case '-':
			*dels = append(*dels, op.i)
		default:
			*ins = append(*ins, op.j)
		}
	}
	flush()
}

// renumber returns b's keys with each word that replaces, alone, one
// word of a of which it is the other number (see otherNumber) or the
// other tense of "be" (see beTenses), written as a's word, and whether
// it wrote any. A word a version gives at its very end, where the other
// goes on after it ("work and conclusion." against "work and
// conclusions, … We"), counts as replaced alone.
func renumber(a, b []string) ([]string, bool) {
	al := alignQuotes(a, b)
	var out []string
	var dels, ins []int
	flush := func() {
		if len(dels) == 0 || len(ins) == 0 {
			dels, ins = dels[:0], ins[:0]
			return
		}
		one := len(dels) == 1 && len(ins) == 1 ||
			len(ins) == 1 && ins[0] == len(b)-1 || len(dels) == 1 && dels[0] == len(a)-1
		if v, w := a[dels[0]], b[ins[0]]; one && (otherNumber(v, w) || beTenses[[2]string{v, w}] || beTenses[[2]string{w, v}]) {
			if out == nil {
				out = append([]string(nil), b...)
			}
			out[ins[0]] = v
		}
		dels, ins = dels[:0], ins[:0]
	}
	eachChange(al.ops, &dels, &ins, flush)
	return out, out != nil
}

// otherNumber reports whether content words v and w are one noun in the
// singular and the plural: the longer is the shorter with "s" or "es",
// the shorter of at least four letters ("conclusion", "conclusions";
// "wall", "walls"), neither a figure. A verb's third person ("need",
// "needs") reads the same way and is the same words too.
func otherNumber(v, w string) bool {
	if len(v) > len(w) {
		v, w = w, v
	}
	if len(v) < 4 || !contentWord(v) || !contentWord(w) || meaningfulLetter[v] || strings.ContainsAny(v+w, "'0123456789") {
		return false
	}
	return w == v+"s" || w == v+"es"
}

// joinSpellings writes each run of up to three words of a and of b
// whose letters are one word (see sameJoined), one of them a word the
// other version does not have, as one joined word in both, when the two
// runs hold different numbers of words or a censored word: a compound
// written as one word or two ("any one", "anyone"; "God dammit", "Goddamn
// it") or a censored expletive ("godda*m it") changes no word of the
// speaker's.
func joinSpellings(a []string, ag []bool, b []string, bg []bool) ([]string, []bool, []string, []bool) {
	type span struct{ lo, hi int }
	// runs lists the runs of ks of up to three words that hold a word
	// other lacks or a censored word.
	runs := func(ks, other []string) []span {
		in := map[string]bool{}
		for _, k := range other {
			in[k] = true
		}
		var out []span
		for i, k := range ks {
			if in[k] && !isCensored(k) {
				continue
			}
			for lo := max(0, i-2); lo <= i; lo++ {
				for hi := i + 1; hi <= min(len(ks), lo+3); hi++ {
					out = append(out, span{lo, hi})
				}
			}
		}
		return out
	}
	ra, rb := runs(a, b), runs(b, a)
	if len(ra) == 0 || len(rb) == 0 {
		return a, ag, b, bg
	}
	usedA, usedB := make([]bool, len(a)), make([]bool, len(b))
	free := func(used []bool, s span) bool { return !slices.Contains(used[s.lo:s.hi], true) }
	type pair struct{ x, y span }
	var pairs []pair
	// The runs of b by their first letter, joined.
	byFirst := map[byte][]int{}
	jb := make([]string, len(rb))
	for n, y := range rb {
		jb[n] = strings.Join(b[y.lo:y.hi], "")
		if jb[n] != "" {
			byFirst[jb[n][0]] = append(byFirst[jb[n][0]], n)
		}
	}
	for _, x := range ra {
		v := strings.Join(a[x.lo:x.hi], "")
		if v == "" {
			continue
		}
		for _, n := range byFirst[v[0]] {
			y := rb[n]
			censor := slices.ContainsFunc(a[x.lo:x.hi], isCensored) || slices.ContainsFunc(b[y.lo:y.hi], isCensored)
			if x.hi-x.lo == 1 && y.hi-y.lo == 1 && !censor || !free(usedA, x) || !free(usedB, y) || !sameJoined(v, jb[n]) {
				continue
			}
			pairs = append(pairs, pair{x, y})
			for k := x.lo; k < x.hi; k++ {
				usedA[k] = true
			}
			for k := y.lo; k < y.hi; k++ {
				usedB[k] = true
			}
		}
	}
	if len(pairs) == 0 {
		return a, ag, b, bg
	}
	// join writes each run of ks that starts is keyed by as its word.
	join := func(ks []string, g []bool, starts map[int]span, word map[int]string) ([]string, []bool) {
		var out []string
		var og []bool
		for i := 0; i < len(ks); {
			if s, ok := starts[i]; ok {
				out, og = append(out, word[i]), append(og, g[i])
				i = s.hi
				continue
			}
			out, og = append(out, ks[i]), append(og, g[i])
			i++
		}
		return out, og
	}
	sa, sb := map[int]span{}, map[int]span{}
	wa, wb := map[int]string{}, map[int]string{}
	for _, p := range pairs {
		w := strings.Join(a[p.x.lo:p.x.hi], "")
		sa[p.x.lo], wa[p.x.lo] = p.x, w
		sb[p.y.lo], wb[p.y.lo] = p.y, w
	}
	na, nag := join(a, ag, sa, wa)
	nb, nbg := join(b, bg, sb, wb)
	return na, nag, nb, nbg
}

// isCensored reports whether key k is a censored word (see censoredKey).
func isCensored(k string) bool { return strings.Contains(k, "*") }

// sameJoined reports whether two words written without spaces are one:
// equal, or one censored and the other with its letters at both ends
// (see censored), once the spoken "dammit" is written "damnit".
func sameJoined(v, w string) bool {
	v, w = strings.ReplaceAll(v, "dammit", "damnit"), strings.ReplaceAll(w, "dammit", "damnit")
	if v == w {
		return true
	}
	// A censored "damn it" keeps the spoken form's letters ("godda*mit"
	// for "goddammit").
	for _, p := range [][2]string{{v, w}, {w, v}} {
		if isCensored(p[0]) && !isCensored(p[1]) && (censored(p[0], p[1]) || censored(p[0], strings.ReplaceAll(p[1], "damnit", "dammit"))) {
			return true
		}
	}
	return false
}

// numberWords are the numbers a style guide spells out or writes in
// figures ("four years", "4 years").
var numberWords = map[string]string{"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
	"thirty": "30", "forty": "40", "fifty": "50", "hundred": "100"}

// sameNumber reports whether v and w write one number, one in words and
// one in figures: a house style, not a change of the speaker's words.
func sameNumber(v, w string) bool {
	return numberWords[v] == w && w != "" || numberWords[w] == v && v != ""
}

// abbreviations are the titles and words a style guide abbreviates in
// quotations or spells out ("Gov. Romney", "Governor Romney"), keyed
// without their period.
var abbreviations = map[string][]string{
	"gov": {"governor"}, "sen": {"senator"}, "rep": {"representative"}, "reps": {"representatives"},
	"dr": {"doctor"}, "st": {"saint", "street"}, "mr": {"mister"}, "gen": {"general"}, "lt": {"lieutenant"},
	"col": {"colonel"}, "sgt": {"sergeant"}, "capt": {"captain"}, "adm": {"admiral"}, "pres": {"president"},
	"prof": {"professor"}, "govt": {"government"}, "gov't": {"government"}, "dept": {"department"},
	"mt": {"mount"}, "ft": {"fort"}, "sens": {"senators"}, "atty": {"attorney"}, "asst": {"assistant"},
	"jan": {"january"}, "feb": {"february"}, "apr": {"april"}, "aug": {"august"}, "sep": {"september"},
	"sept": {"september"}, "oct": {"october"}, "nov": {"november"}, "dec": {"december"},
	// House spellings of one word (h/trivialq54): "OK", "okay".
	"ok": {"okay"}, "toward": {"towards"},
}

// acronyms are the names a style guide writes in full or as initials
// ("the United States", "the US"), keyed by their words, with the keys of
// the initials (quoteWordKeys drops their periods).
var acronyms = map[[2]string]string{
	{"united", "states"}: "us", {"united", "kingdom"}: "uk", {"united", "nations"}: "un",
	{"european", "union"}: "eu",
}

// acronymsOf writes a name of ks as its initials where the other version
// writes the initials and not the name ("united states" becomes "us"): a
// house style, not a change of words.
func acronymsOf(ks []string, gap []bool, other []string) ([]string, []bool) {
	in := map[string]bool{}
	for _, k := range other {
		in[k] = true
	}
	var out []string
	var og []bool
	for i := 0; i < len(ks); i++ {
		if i+1 < len(ks) {
			if ac := acronyms[[2]string{ks[i], ks[i+1]}]; ac != "" && in[ac] && !in[ks[i+1]] {
				if out == nil {
					out, og = append(out, ks[:i]...), append(og, gap[:i]...)
				}
				out, og = append(out, ac), append(og, gap[i])
				i++
				continue
			}
		}
		if out != nil {
			out, og = append(out, ks[i]), append(og, gap[i])
		}
	}
	if out == nil {
		return ks, gap
	}
	return out, og
}

// months are the month names and their abbreviations, for dates written
// day first or month first ("27 October", "Oct. 27").
var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "apr": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true}

// monthFirst writes the dates of ks month first ("27 october" becomes
// "october 27"), when the other version writes that date month first: a
// house style, not a change of words.
func monthFirst(ks []string, other []string) []string {
	var out []string
	for i := 0; i+1 < len(ks); i++ {
		d, m := ks[i], ks[i+1]
		if !months[m] || !isDay(d) {
			continue
		}
		for j := 0; j+1 < len(other); j++ {
			if other[j+1] == d && (other[j] == m || sameWordOtherwise(other[j], m)) {
				if out == nil {
					out = append([]string(nil), ks...)
				}
				out[i], out[i+1] = other[j], d
				break
			}
		}
	}
	if out == nil {
		return ks
	}
	return out
}

// isDay reports whether k is a day of a month in figures ("27", "3rd").
func isDay(k string) bool {
	k = strings.TrimRight(k, "stndrh")
	n, err := strconv.Atoi(k)
	return err == nil && n >= 1 && n <= 31
}

// sameWordOtherwise reports whether v and w write one word two ways: an
// abbreviation and the word it abbreviates ("gov", "governor"), or with
// and without an apostrophe ("i'm", "im"; "its", "it's"), a word the
// outlet censors ("f*", see quoteWordKeys) and the word written out, a
// transcriber's slip that changes no word the speaker said.
func sameWordOtherwise(v, w string) bool {
	if v == w {
		return false
	}
	if strings.ReplaceAll(v, "'", "") == strings.ReplaceAll(w, "'", "") {
		return true
	}
	if censored(v, w) || censored(w, v) {
		return true
	}
	for _, p := range [][2]string{{v, w}, {w, v}} {
		for _, full := range abbreviations[p[0]] {
			if full == p[1] {
				return true
			}
		}
	}
	return false
}

// meaningfulLetter are short words that one letter turns into another
// word a reader must not miss: negation, pronouns, tense and modality
// ("not"/"now", "he"/"she", "him"/"his", "is"/"was" is not one letter
// but "can"/"cant" is).
var meaningfulLetter = map[string]bool{
	"not": true, "now": true, "no": true, "on": true, "in": true, "he": true, "she": true, "we": true,
	"me": true, "him": true, "his": true, "her": true, "hers": true, "they": true, "them": true,
	"then": true, "than": true, "you": true, "your": true, "our": true, "out": true, "is": true,
	"as": true, "at": true, "are": true, "were": true, "we're": true, "will": true, "can": true,
	"can't": true, "won't": true, "did": true, "do": true, "does": true, "don't": true, "didn't": true,
	"yes": true, "all": true, "any": true, "many": true, "one": true, "none": true, "won": true,
	"lose": true, "lost": true, "most": true, "must": true, "more": true, "mere": true, "never": true,
	"ever": true, "or": true, "of": true, "if": true, "i": true, "a": true,
}

// slip reports whether w, written where the other version has v, is a
// slip of the keyboard or of transcription: one letter added, left out,
// replaced, or two letters swapped ("county", "country"; "it", "its";
// "O", "0"). Two different numbers are no slip ("200", "300"), nor an
// inflection of a longer word ("campaign", "campaigns"; "hope",
// "hoped"), nor a change of the short words that carry negation, person
// or tense (meaningfulLetter).
func slip(v, w string) bool {
	if verbTypo(v, w) || verbTypo(w, v) {
		return true
	}
	if v == w || meaningfulLetter[v] || meaningfulLetter[w] || meaningfulLetter[beforeApostrophe(v)] || meaningfulLetter[beforeApostrophe(w)] {
		return false
	}
	if hasDigit(v) && hasDigit(w) {
		return false
	}
	x, y := []rune(v), []rune(w)
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) >= 4 && len(y) == len(x)+1 && string(y[:len(x)]) == string(x) && (y[len(x)] == 's' || y[len(x)] == 'd') {
		return false
	}
	if min(len(x), len(y)) < 2 && !(hasDigit(v) != hasDigit(w)) {
		return false
	}
	return oneEditApart(x, y)
}

// possessiveSlip reports whether v and w are a possessive and the
// contraction or adverb written alike ("your", "you're"; "their",
// "there", "they're"; "whose", "who's"): one word slipped for the other
// wherever it stands, at a quote's first word too (h/quotes58; inside
// a quote transcriptionVariant takes them as well). "to" and "too" are
// not: no possessive.
func possessiveSlip(v, w string) bool {
	c := homophones[v]
	return v != w && c != 0 && c == homophones[w] && !nonPossessive[v]
}

// nonPossessive are the homophones that are no possessive or
// contraction (see possessiveSlip).
var nonPossessive = map[string]bool{"to": true, "too": true}

// typoOfIs are the words one key away from "is" (a letter replaced)
// that are no verb: a preposition, a pronoun or a conjunction written
// where the other version has the verb ("This president in unethical")
// leaves the sentence without its verb, a slip of the keyboard, not
// another word the speaker said (h/quotes57b). "it" is not among them:
// "what it is" and "what is is" can both stand.
var typoOfIs = map[string]bool{"in": true, "as": true, "if": true}

// verbTypo reports whether w, where the other version has the verb v,
// is a typo of it (see typoOfIs).
func verbTypo(v, w string) bool {
	return v == "is" && typoOfIs[w]
}

// beforeApostrophe returns a contracted word's first part ("he" of
// "he's").
func beforeApostrophe(w string) string {
	if i := strings.IndexByte(w, '\''); i > 0 {
		return w[:i]
	}
	return w
}

// hasDigit reports whether s holds a digit.
func hasDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0
}

// oneEditApart reports whether x (not longer than y) becomes y by one
// letter inserted, replaced, or two adjacent letters swapped.
func oneEditApart(x, y []rune) bool {
	switch len(y) - len(x) {
	case 0:
		var diff []int
		for i := range x {
			if x[i] != y[i] {
				diff = append(diff, i)
			}
		}
		return len(diff) == 1 || len(diff) == 2 && diff[1] == diff[0]+1 && x[diff[0]] == y[diff[1]] && x[diff[1]] == y[diff[0]]
	case 1:
		i := 0
		for i < len(x) && x[i] == y[i] {
			i++
		}
		return string(x[i:]) == string(y[i+1:])
	}
	return false
}

// alteredOr returns QuoteAltered for a change of words inside one
// statement, quoteDifferent when the two share too few of the words where
// they overlap to be one statement, or when neither has a speaker (nor a
// party noun for one, see quoteItem.party): words
// in quotation marks that nobody is said to speak (a law's text, a
// title) and that differ are two texts, not one altered.
func alteredOr(a, b quoteItem, al quoteAlign) string {
	if a.speaker < 0 && b.speaker < 0 && !a.party && !b.party {
		return quoteDifferent
	}
	if al.matched < minAlteredWords || float64(al.matched) < minAlteredDensity*float64(max(al.aHi-al.aLo, al.bHi-al.bLo)) {
		return quoteDifferent
	}
	if fewSharedContent(a.keys, b.keys, al, nil, nil) {
		return quoteDifferent
	}
	return QuoteAltered
}

// minSharedContent is the fewest content words (see quoteFunctionWords)
// two versions must share where they overlap to be one statement with
// more than one word changed, when the words they change are content
// words too.
const minSharedContent = 3

// fewSharedContent reports whether two versions share fewer than
// minSharedContent content words where they overlap, change at least as
// many content words there as they share, and change more than one word
// on one side: two phrases built of the same small words and a noun or
// two ("the use of boats of every size", "the repeated use of small
// boats"; "a new dawn is on the way", "a new dawn was on the horizon")
// are two wordings, not one altered. One word replaced ("We will close
// the harbour", "We will shut the harbour"), a change of small words
// only ("That is not fair", "This is not fair") and a changed figure
// ("on Oct. 27", "on 28 October") stay a change of one statement.
// edgeA and edgeB are the words each version changes at an edge of the
// overlap (see pairKind).
func fewSharedContent(a, b []string, al quoteAlign, edgeA, edgeB []string) bool {
	shared, changed := 0, 0
	dels, ins := len(edgeA), len(edgeB)
	count := func(w string, same bool) bool {
		if !contentWord(w) {
			return true
		}
		if same {
			shared++
			return true
		}
		changed++
		// A changed figure is a change a reader must see.
		return !hasDigit(w) && numberWords[w] == ""
	}
	for _, w := range append(slices.Clone(edgeA), edgeB...) {
		if !count(w, false) {
			return false
		}
	}
	for _, op := range al.ops {
		var w string
		switch {
		case op.op != '+' && op.i >= al.aLo && op.i < al.aHi:
			w = a[op.i]
		case op.op == '+' && op.j >= al.bLo && op.j < al.bHi:
			w = b[op.j]
		default:
			continue
		}
		switch op.op {
		case '-':
			dels++
		case '+':
			ins++
		}
		if !count(w, op.op == '=') {
			return false
		}
	}
	return shared < minSharedContent && changed > 0 && changed >= shared && max(dels, ins) > 1
}

// contentWord reports whether quote key w is no function word.
func contentWord(w string) bool {
	return !quoteFunctionWords[w] && !quoteFunctionWords[beforeApostrophe(w)]
}

// quoteFunctionWords are the small words of English that carry no
// content of their own: articles, pronouns, auxiliaries, prepositions,
// conjunctions.
var quoteFunctionWords = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true,
	"i": true, "me": true, "my": true, "we": true, "us": true, "our": true, "you": true, "your": true,
	"he": true, "him": true, "his": true, "she": true, "her": true, "it": true, "its": true, "they": true,
	"them": true, "their": true, "who": true, "whom": true, "which": true, "what": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "am": true,
	"have": true, "has": true, "had": true, "do": true, "does": true, "did": true, "will": true,
	"would": true, "shall": true, "should": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "of": true, "to": true, "in": true, "on": true, "at": true, "by": true, "for": true,
	"with": true, "from": true, "about": true, "as": true, "into": true, "than": true, "and": true,
	"or": true, "but": true, "so": true, "if": true, "there": true, "here": true, "then": true,
}

// trimExcerpt drops the words of x before the place where the longest
// run of y's first words occurs in x, and after the place where the
// longest run of y's last words does, when that run is long enough (see
// anchorRun) and longer than where x starts (ends): x quotes more of the statement
// there, a different excerpt rather than a change ("I told the mayor I
// will not vote" and "I will not vote", whose first "I" a word alignment
// would otherwise pair; "I don't know. I don't think so" and "I don't
// think so", whose first "I don't" would). x may be the shorter: each of
// two excerpts quotes words the other leaves out.
func trimExcerpt(x []string, xg []bool, y []string, yg []bool) ([]string, []bool, []string, []bool) {
	// x, a run of y's words, is a part of y: no place in it is where y
	// starts or ends, whatever words the speaker says twice ("we want
	// the board to …" in the part and where the whole begins).
	if len(y) < 2 || len(x) < 3 || containsRun(y, x) {
		return x, xg, y, yg
	}
	// A place found on a run of a few words (fewer than surerAnchor) is
	// where y's excerpt starts (ends) only when the words of x dropped
	// before (after) it are none that y quotes too: y's first words said
	// again later in x ("I fight it now, I'll fight it after …"; "it
	// was" inside "by nine it was clear"), or its last words earlier in
	// x, while y holds those dropped words as well, make a part of y look
	// like a different excerpt. A longer run is where y starts, even when
	// the speaker says some of the dropped words again in y.
	shared := -1
	keeps := func(lo, hi int) bool {
		if shared < 0 {
			shared = alignQuotes(x, y).matched
		}
		return alignQuotes(x[lo:hi], y).matched == shared
	}
	best, bestRun, bestSkip := 0, commonPrefix(x, y), -1
	least := anchorRun(bestRun, len(y))
	for p := 1; p+1 < len(x); p++ {
		if r := commonPrefix(x[p:], y); r >= least && r > bestRun {
			best, bestRun, bestSkip = p, r, -1
		}
		if r, s := linkedPrefix(x[p:], y); s >= 0 && r >= max(least, surerAnchor) && r > bestRun {
			best, bestRun, bestSkip = p, r, p+s
		}
	}
	if best > 0 && bestRun < surerAnchor && !keeps(best, len(x)) {
		best = 0
	}
	if bestSkip >= 0 {
		// The later sentence y quotes alone, without the linking word
		// that tied it to the one before ("I also could not…" quoted as
		// "I could not…"): y leaves that word out with the rest.
		x = append(slices.Clone(x[best:bestSkip]), x[bestSkip+1:]...)
		xg = append(slices.Clone(xg[best:bestSkip]), xg[bestSkip+1:]...)
	} else {
		x, xg = x[best:], xg[best:]
	}
	n := len(x)
	best, bestRun = n, commonSuffix(x, y)
	least = anchorRun(bestRun, len(y))
	for q := n - 1; q >= 2; q-- {
		if r := commonSuffix(x[:q], y); r >= least && r > bestRun {
			best, bestRun = q, r
		}
	}
	if best < n && bestRun < surerAnchor && !keeps(0, best) {
		best = n
	}
	return x[:best], xg[:best], y, yg
}

// sentenceLinkers tie a sentence to the one before it ("I also could
// not…", "It is, however, …"); a writer who quotes that sentence alone
// drops them.
var sentenceLinkers = map[string]bool{"also": true, "however": true, "too": true, "furthermore": true, "moreover": true}

// linkedPrefix is the number of words xs begins with alike y when one
// sentence linker among xs's first three words is skipped, and the
// place of that word in xs (-1 when no such skip gives a longer run than
// commonPrefix).
func linkedPrefix(xs, y []string) (int, int) {
	run, skip := commonPrefix(xs, y), -1
	for s := 0; s < 3 && s < len(xs) && s <= len(y); s++ {
		if !sentenceLinkers[xs[s]] || commonPrefix(xs[:s], y[:s]) < s {
			continue
		}
		if r := s + commonPrefix(xs[s+1:], y[s:]); r > run {
			run, skip = r, s
		}
	}
	return run, skip
}

// surerAnchor is the run of y's first (last) words found in x from
// which trimExcerpt takes the place as where y starts (ends) without
// checking what the words it drops match.
const surerAnchor = 4

// anchorRun is the fewest words of y a later place of x must begin (or
// end) with to be where y's excerpt starts (ends) in x, when x already
// begins (ends) with run of y's words there: two words when it does not,
// else half of y, so that a slogan a speaker repeats ("We are going to
// make America great again") does not pull one statement onto another.
func anchorRun(run, ny int) int {
	if run < 2 {
		return 2
	}
	return max(run+1, (ny+1)/2)
}

// commonPrefix is the number of words a and b begin with alike.
func commonPrefix(a, b []string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// commonSuffix is the number of words a and b end with alike.
func commonSuffix(a, b []string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// contractions expand the contracted endings of quote keys; "'s" and
// "'d" have two readings.
var contractions = []struct {
	suffix string
	words  []string
}{
	{"n't", []string{"not"}}, {"'re", []string{"are"}}, {"'ve", []string{"have"}},
	{"'ll", []string{"will"}}, {"'m", []string{"am"}}, {"'s", []string{"is", "has"}}, {"'d", []string{"would", "had"}},
}

// irregularNot are the contractions of "not" whose stem changes, and
// "cannot", which is written as one word and spoken as "can't": a
// transcriber's choice among "can't", "cannot" and "can not" is no change
// of the speaker's words.
var irregularNot = map[string]string{"won't": "will", "can't": "can", "shan't": "shall", "ain't": "is", "cannot": "can"}

// spokenForms are the spoken fusions a transcript may write as said or
// spell out ("gonna", "going to"): a transcriber's choice, no change of
// the speaker's words.
var spokenForms = map[string][]string{"gonna": {"going", "to"}, "wanna": {"want", "to"}, "gotta": {"got", "to"}, "gotcha": {"got", "you"},
	"let's": {"let", "us"}}

// uncontract spells out the contractions of ks, taking the reading r (0
// or 1) of those with two.
func uncontract(ks []string, r int) []string {
	var out []string
	for _, k := range ks {
		if stem, ok := irregularNot[k]; ok {
			out = append(out, stem, "not")
			continue
		}
		if ws, ok := spokenForms[k]; ok {
			out = append(out, ws...)
			continue
		}
		done := false
		for _, c := range contractions {
			if base, ok := strings.CutSuffix(k, c.suffix); ok && base != "" {
				out = append(out, base, c.words[min(r, len(c.words)-1)])
				done = true
				break
			}
		}
		if !done {
			out = append(out, k)
		}
	}
	return out
}

// spelledOut spells out each contraction of ks ("it's", "won't",
// "gonna") that the other version writes out ("it is") with the words
// on both sides of it (two on one side at an edge): a transcriber's
// choice, no change of words, and spelled alike the words align, also at an edge of
// what both quote ("Yes, it is fair" and "It's fair"). A contraction the
// other writes out elsewhere ("we've made", "clear we have no"; a
// possessive, "the mayor's boat", against "the mayor is out"; "It's
// been eight years" against "It has been an honour") stays.
func spelledOut(ks []string, gap []bool, other []string) ([]string, []bool) {
	var out []string
	var og []bool
	for i, k := range ks {
		var ws []string
		// The words around it, two at an edge.
		lo, hi := max(0, i-1), min(len(ks), i+2)
		if i == 0 {
			hi = min(len(ks), 3)
		}
		if i == len(ks)-1 {
			lo = max(0, len(ks)-3)
		}
		for r := range 2 {
			u := uncontract(ks[i:i+1], r)
			if len(u) < 2 || hi-lo < 3 {
				break
			}
			run := append(append(append([]string(nil), ks[lo:i]...), u...), ks[i+1:hi]...)
			if containsRun(other, run) {
				ws = u
				break
			}
		}
		if ws == nil {
			if out != nil {
				out, og = append(out, k), append(og, gap[i])
			}
			continue
		}
		if out == nil {
			out, og = append(out, ks[:i]...), append(og, gap[:i]...)
		}
		out, og = append(out, ws...), append(og, gap[i])
		for range len(ws) - 1 {
			og = append(og, false)
		}
	}
	if out == nil {
		return ks, gap
	}
	return out, og
}

// sameUncontracted reports whether two runs of words differ only in
// contractions.
func sameUncontracted(a, b []string) bool {
	for r := range 2 {
		if equal(uncontract(a, r), uncontract(b, r)) {
			return true
		}
	}
	return false
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// censored reports whether key v is a censored word ("f*" of "f—",
// "f***"; "f*k" of "f**k") whose letters w has at both ends.
func censored(v, w string) bool {
	pre, suf, ok := strings.Cut(v, "*")
	return ok && pre != "" && !strings.Contains(w, "*") && len(w) > len(pre)+len(suf) &&
		strings.HasPrefix(w, pre) && strings.HasSuffix(w, suf)
}

// headCoordinators join a second clause whose subject and auxiliary
// repeat the first's ("We are open for business, but we are not for
// sale").
var headCoordinators = map[string]bool{"but": true, "and": true}

// repeatedClauseHead reports whether ws, words one version has and the
// other not, are a coordinator and a subject pronoun with its auxiliary,
// contracted or not ("but we're", "and we are"), that before, the words
// of the same version ahead of them, already said: the other version
// joins the second clause to the first without them ("open for
// business, not for sale"), leaving out words, not changing them. A
// negation, a content word or a new subject among ws is no such head.
func repeatedClauseHead(ws, before []string) bool {
	if len(ws) < 2 || !headCoordinators[ws[0]] {
		return false
	}
	for r := range 2 {
		head := uncontract(ws[1:], r)
		if len(head) == 2 && pronounPersons[head[0]] != 0 && verbPersons[head[1]] != nil &&
			containsRun(uncontract(before, r), head) {
			return true
		}
	}
	return false
}

// minSharedPassage is the fewest words two versions must share, word for
// word, from where both start or to where both end, for their different
// words at the other edge to be two excerpts around one passage rather
// than a phrase two statements share.
const minSharedPassage = 8

// excerptsAroundPassage reports whether a and b end (or start) with the
// same passage of at least minSharedPassage words, and each quotes
// before (after) it words of the statement the other leaves out: two
// excerpts that overlap ("The board had a reason to close it early… a
// full review would turn up payments …" and "The record does show that
// a full review would turn up payments …"). trimExcerpt finds such an
// overlap only where one version's first (last) words stand in the
// other; here neither does, and the word alignment paired their small
// words ("the") and read two different lead-ins as no statement, so the
// pair of a group the two had joined (through a third version, or as
// parts of one statement) counted as identical. describeQuotes asks it
// only of such a pair: the matching of quotes is left as it was (asked
// there, it regrouped judged quote groups of tweets on ABP).
// The different words must be more than a few on each side, or marked
// as a cut by an ellipsis in one version, and have little in common: a
// lead-in a word or two apart ("I think", "I know") is a change.
func excerptsAroundPassage(a, b quoteItem) bool {
	na, nb := len(a.keys), len(b.keys)
	gapAt := func(g []bool, i int) bool { return i >= 0 && i < len(g) && g[i] }
	if s := commonSuffix(a.keys, b.keys); s >= minSharedPassage && s < na && s < nb &&
		differentEdges(a.keys[:na-s], b.keys[:nb-s], gapAt(a.gap, na-s) || gapAt(b.gap, nb-s)) {
		return true
	}
	if p := commonPrefix(a.keys, b.keys); p >= minSharedPassage && p < na && p < nb &&
		differentEdges(a.keys[p:], b.keys[p:], gapAt(a.gap, p) || gapAt(b.gap, p)) {
		return true
	}
	return false
}

// differentEdges reports whether x and y, the words two versions give
// at one edge of a passage both quote, are different words of the
// statement rather than one wording changed: more than maxEdgeChange
// words each, unless cut marks the edge as an elision, and at most a
// third of the shorter's words in common.
func differentEdges(x, y []string, cut bool) bool {
	if !cut && (len(x) <= maxEdgeChange || len(y) <= maxEdgeChange) {
		return false
	}
	return 3*alignQuotes(x, y).matched <= min(len(x), len(y))
}
