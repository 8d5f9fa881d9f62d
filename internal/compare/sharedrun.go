package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Two outlets often give one passage in the same words, a quotation or
// a wire line, but cut it into sentences at different places: one
// sentence stops where the shared words end, the other runs on into the
// rest of the remark ("… and I told the pupils so") or opens with a
// clause of its own ("After the crew tried to restart the pump, the
// ferry was towed to …"). The group then shows one side holding more
// than the shared proposition, at a point no clause split of
// clausecut.go knows (inside a quotation, at a bare "and", a dash or a
// leading clause). Session 56 (sharedRunCut) takes the words the
// members give word for word as the evidence of where the shared part
// lies: a member holding a run of at least verbatimRun words in a row
// that another member's sentence holds too is shown without the part
// before that run or after it, when that part starts (or ends) at a
// joint right next to the run (a comma, semicolon, colon, dash,
// quotation mark, "and" or "but"), holds at least minCutWords content
// words of its own and at most one word (not a name) of the others'
// sentences, no run they share, no figure they give, no verb of saying
// outside quotation marks (the source of what is shown) and no person
// the others name whom the part shown leaves out. A quotation's
// attribution after the part cut stays ("“… the rest” she said" is
// shown as "“the shared words …” she said"). A part before the run is
// cut only when what is left opens with no verb: a predicate shown
// without its subject is left whole.

// verbatimRun is the least number of words in a row two members must
// give alike for the run to mark where their shared part lies.
const verbatimRun = 5

// maxRunRestTold is the most words (not names) of the other members'
// sentences the part cut by sharedRunCut may hold.
const maxRunRestTold = 1

// sharedRunCut returns sentence s (whose text is text) shown without the
// part before or after the words it gives word for word with the other
// members (otherToks: the tokens of their sentences), see above; wide
// is false when another member runs on in its own way (hasRunOn), and
// persons gives the persons the other members name (see namedPersons).
func sharedRunCut(s nlp.Sentence, text string, otherToks [][]nlp.Token, wide bool, persons func() map[int]int) (string, bool) {
	maxTold := maxRunRestTold
	if !wide {
		// Another member runs on in its own way: the two may add one
		// thing in other words, so the part cut holds none of theirs.
		maxTold = 0
	}
	// theirs are the stems of the others' words, names those of their
	// names.
	theirs, names := map[string]bool{}, map[string]bool{}
	for _, ot := range otherToks {
		for _, t := range ot {
			if content(t) && capitalised(t.Surface) {
				names[t.Stem] = true
			} else if content(t) {
				theirs[t.Stem] = true
			}
		}
	}
	if maxTold > 0 {
		// The runs of s are read once, not once per other member, and
		// the first member found adding in its own way settles it.
		mine := runGrams([][]nlp.Token{s.Tokens})
		for _, ot := range otherToks {
			// Another member that holds words of its own beside what it
			// gives alike (or gives nothing alike) adds in its own way too.
			cov, own := coveredBy(ot, mine), 0
			for j, t := range ot {
				if content(t) && !cov[j] {
					own++
				}
			}
			if own >= minCutWords {
				maxTold = 0
				break
			}
		}
	}
	ts := s.Tokens
	covered := verbatimCovered(ts, otherToks)
	first, last, told := -1, -1, 0
	for i, c := range covered {
		if !c {
			continue
		}
		if first < 0 {
			first = i
		}
		last = i
		if content(ts[i]) && !capitalised(ts[i].Surface) {
			told++
		}
	}
	if first < 0 || told < minClauseTold {
		return "", false
	}
	otherNums := map[string]bool{}
	for _, ot := range otherToks {
		for _, t := range ot {
			if t.Kind == nlp.KindNumber {
				otherNums[runKey(t)] = true
			}
		}
	}
	// inside marks the tokens inside quotation marks (a verb of saying
	// there is the speaker's own). A sentence that opens inside a
	// quotation begun before it ("…,” Lund said, and …") is read so
	// (inQuotes): counted from its start as outside, the attribution
	// after the closing mark read as quoted words and was cut.
	inside := inQuotes(ts)
	var named map[int]int
	namedIn := func(a, b int) map[int]bool {
		if named == nil {
			named = persons()
		}
		out := map[int]bool{}
		for at, e := range named {
			if at >= ts[a].Start && at < ts[b-1].End {
				out[e] = true
			}
		}
		return out
	}
	// restOK reports whether tokens [a, b) may be cut, the tokens
	// [ka, kb) kept.
	restOK := func(a, b, ka, kb int) bool {
		if b <= a || kb <= ka {
			return false
		}
		own, rt := 0, 0
		for j := a; j < b; j++ {
			t := ts[j]
			if covered[j] || t.Kind == nlp.KindNumber && otherNums[runKey(t)] || !inside[j] && (attributionVerbs[t.Norm] || reportWords[t.Norm] || sayingWords[t.Norm]) {
				return false
			}
			if content(t) {
				own++
				if theirs[t.Stem] && !capitalised(t.Surface) {
					rt++
				}
				if capitalised(t.Surface) && names[t.Stem] && j > a {
					return false // a name they give: the part is theirs too
				}
			}
		}
		// A condition is no part of its own ("If the board agrees, …").
		c := a
		if c < b && (ts[c].Norm == "but" || ts[c].Norm == "and" || ts[c].Kind == nlp.KindPunct) {
			c++
		}
		if c < b && conditionWords[ts[c].Norm] {
			return false
		}
		if own < minCutWords || rt > maxTold {
			return false
		}
		kept := namedIn(ka, kb)
		for e := range namedIn(a, b) {
			if !kept[e] {
				return false
			}
		}
		return true
	}
	// drop is the token range cut before the run and after it ([0,0)
	// when none).
	var pre, post [2]int
	// After the run: a joint right behind its last word; the part cut
	// runs to the end, or to the quotation mark closing a quotation that
	// an attribution follows.
	if k := last + 1; k < len(ts) && runOnOpens(ts, k) && clauseShown(ts, k) && !asideClosed(ts, k) {
		end := len(ts)
		if q := attributedClose(ts, k); q > k {
			end = q
		}
		from, to := k, end
		if quoteMark(ts[k].Surface) {
			// The mark closing the shared words stays, the one closing
			// the quotation cut goes with it.
			from = k + 1
			if end < len(ts) {
				to = end + 1
			}
		}
		if restOK(from, end, 0, k) {
			post = [2]int{from, to}
		}
	}
	// Before the run: the joint nearest the run; the part cut starts at
	// the sentence's start or after the quotation mark opening the
	// quotation the run stands in.
	start := 0
	for j := first - 1; j >= 0; j-- {
		if quoteMark(ts[j].Surface) {
			start = j + 1
			break
		}
	}
	var clause []bool // clausesBefore(ts, start, first), read once when a bare joint asks
	for k := first - 1; k > start; k-- {
		// A bare "and" or "but" joins a subject's parts as often ("the
		// board and the owners have signed"): the joint is punctuation, maybe
		// with "and" or "but" after it.
		if ts[k].Kind == nlp.KindWord && runJoint(ts[k]) && clause == nil {
			clause = clausesBefore(ts, start, first)
		}
		if !runJoint(ts[k]) || quoteMark(ts[k].Surface) || ts[k].Kind == nlp.KindWord && !clause[k-start] {
			continue
		}
		ks := k + 1
		if ks < first && (ts[ks].Norm == "and" || ts[ks].Norm == "but") {
			ks++
		}
		if !clauseOpens(ts, ks) && !pronounSubject(ts[ks]) || strings.HasSuffix(ts[ks].Norm, "ly") {
			break // a predicate shown without its subject, or no clause
		}
		end := len(ts)
		if post[1] > post[0] {
			end = post[0]
		}
		if restOK(start, ks, ks, end) {
			pre = [2]int{start, ks}
		}
		break
	}
	if pre[1] <= pre[0] && post[1] <= post[0] {
		return "", false
	}
	return elide(s, text, ts, pre, post)
}

// elide returns text (of sentence s with tokens ts) without the token
// ranges pre and post (either may be empty), each marked by cutMark.
func elide(s nlp.Sentence, text string, ts []nlp.Token, pre, post [2]int) (string, bool) {
	at := func(i int) int {
		if i >= len(ts) {
			return len(text)
		}
		return ts[i].Start - s.Start
	}
	out := text
	if post[1] > post[0] {
		a, b := at(post[0]), at(post[1])
		if a <= 0 || b > len(text) || a >= b {
			return "", false
		}
		left := strings.TrimRight(text[:a], " -–—,;:")
		right := strings.TrimLeft(text[b:], " ")
		switch {
		case strings.TrimSpace(right) == "" || right == ".":
			out = left + cutMark
		case post[1] < len(ts) && quoteMark(ts[post[1]].Surface):
			out = left + cutMark + right
		default:
			out = left + " " + cutMark + " " + right
		}
	}
	if pre[1] > pre[0] {
		a, b := at(pre[0]), at(pre[1])
		if a < 0 || b > len(out) || a >= b {
			return "", false
		}
		out = out[:a] + cutMark + " " + strings.TrimLeft(out[b:], " ")
	}
	return out, true
}

// runOnOpens reports whether the part after a shared run may be cut at
// token k: a quotation mark, semicolon or dash; "and" or "but"; or a
// comma before "and", "but", "while", "as", "who", "which", "where", a
// participle in -ing or a clause with a subject of its own. A comma
// before a bare verb or a noun closes an aside, and what follows it
// completes the clause shown.
func runOnOpens(ts []nlp.Token, k int) bool {
	t := ts[k]
	switch {
	case quoteMark(t.Surface) || t.Surface == ";" || t.Surface == "--" || t.Surface == "—" || t.Surface == "–":
		return true
	case k+1 >= len(ts) || whWords[ts[k+1].Norm]:
		return false // "…, and whose parents": the clause belongs to a noun
	case t.Norm == "and" || t.Norm == "but":
		// With no comma, a clause with a subject of its own: a bare
		// "and" joins two descriptions as often ("open and unused").
		return clauseOpens(ts, k+1) || pronounSubject(ts[k+1])
	case t.Surface != ",":
		return false
	}
	n := ts[k+1].Norm
	if (n == "and" || n == "but") && k+2 < len(ts) && whWords[ts[k+2].Norm] {
		return false
	}
	return runOnWords[n] || strings.HasSuffix(n, "ing") && len(n) > 5 && !notVerbs[n] || clauseOpens(ts, k+1) || pronounSubject(ts[k+1])
}

// clausesBefore reports, for each k in [a, b], whether tokens [a, k)
// are a clause of their own before a bare "and" or "but" at k (out[k-a]):
// they hold a finite verb (clauseVerb) and no "that" after their last
// one ("Observers said that the board and the owners …" joins a
// subject's parts). One pass serves every k, where asking each joint
// anew read the words before it again (quadratic in a long sentence).
func clausesBefore(ts []nlp.Token, a, b int) []bool {
	out := make([]bool, b-a+1)
	verb := false
	for i := a; i < b; i++ {
		switch {
		case clauseVerb(ts, i):
			verb = true
		case ts[i].Norm == "that" || whWords[ts[i].Norm]:
			verb = false
		}
		out[i+1-a] = verb
	}
	return out
}

// runOnWords open, after a comma, a part that may run on past a shared
// run.
var runOnWords = setOf("and", "but", "while", "as", "who", "which", "where")

// clauseShown reports whether tokens [0, k) are a clause: they hold a
// finite verb (clauseVerb), a contraction ("they're") or a pronoun and a
// word after it ("“With a parade of distractions …”" holds none), and do
// not open with a participle ("Noting that …"): shown alone a phrase
// would lose the clause it belongs to.
func clauseShown(ts []nlp.Token, k int) bool {
	i := 0
	for i < k && ts[i].Kind == nlp.KindPunct {
		i++
	}
	adverb := i < k && strings.HasSuffix(ts[i].Norm, "ly") && len(ts[i].Norm) > 4
	if adverb {
		i++
	}
	if i+1 < k && strings.HasSuffix(ts[i].Norm, "ing") && len(ts[i].Norm) > 5 && !notVerbs[ts[i].Norm] && (adverb || ts[i+1].Norm == "that") {
		return false // "Sarcastically noting that …"; a gerund subject stays ("Smoking it is …")
	}
	verb := false
	for j := 0; j < k; j++ {
		n := runKey(ts[j])
		if clauseVerb(ts, j) || ts[j].Kind == nlp.KindWord && strings.Contains(n, "'") && !strings.HasSuffix(n, "'s") ||
			pronounSubject(ts[j]) && j+1 < k && ts[j+1].Kind == nlp.KindWord {
			verb = true
		}
	}
	return verb
}

// asideClosed reports whether the dash at k closes an aside a dash
// before it opened ("— so many spies were there — the agencies …"):
// what follows is the clause the aside stands in.
func asideClosed(ts []nlp.Token, k int) bool {
	dash := func(s string) bool { return s == "--" || s == "—" || s == "–" }
	if !dash(ts[k].Surface) {
		return false
	}
	for j := 0; j < k; j++ {
		if dash(ts[j].Surface) {
			return true
		}
	}
	return false
}

// conditionWords open a condition or a wait that the clause after it
// depends on.
var conditionWords = setOf("if", "unless", "pending", "once", "until", "provided", "whether", "should")

// pronounSubject reports whether t is a personal pronoun that opens a
// clause ("I", "we", "she'll").
func pronounSubject(t nlp.Token) bool {
	n := runKey(t)
	if i := strings.IndexByte(n, '\''); i > 0 {
		n = n[:i]
	}
	return n == "i" || n == "we" || n == "he" || n == "she" || n == "they" || n == "you"
}

// runJoint reports whether t is a point a passage may be cut at: a
// comma, semicolon, colon, dash, quotation mark, "and" or "but".
func runJoint(t nlp.Token) bool {
	switch t.Surface {
	case ",", ";", ":", "--", "—", "–", "-":
		return true
	}
	return quoteMark(t.Surface) || t.Norm == "and" || t.Norm == "but"
}

// attributedClose returns the last quotation mark after token k that an
// attribution follows (a verb of saying within the next six tokens), or
// -1.
func attributedClose(ts []nlp.Token, k int) int {
	for q := len(ts) - 1; q > k; q-- {
		if !quoteMark(ts[q].Surface) {
			continue
		}
		for j := q + 1; j < len(ts) && j <= q+6; j++ {
			if attributionVerbs[ts[j].Norm] {
				return q
			}
		}
		return -1
	}
	return -1
}

// verbatimCovered marks the word tokens of ts that stand in a run of
// verbatimRun words or more in a row which a sentence of otherToks gives
// too (punctuation between the words is skipped on both sides).
func verbatimCovered(ts []nlp.Token, otherToks [][]nlp.Token) []bool {
	if runWords(ts) < verbatimRun {
		return make([]bool, len(ts))
	}
	return coveredBy(ts, runGrams(otherToks))
}

// runGram is verbatimRun words in a row, each as runKey gives it.
type runGram [verbatimRun]string

// runWords counts the tokens of ts that runs are made of (words and
// figures).
func runWords(ts []nlp.Token) int {
	n := 0
	for _, t := range ts {
		if t.Kind == nlp.KindWord || t.Kind == nlp.KindNumber {
			n++
		}
	}
	return n
}

// runGrams returns the runs of verbatimRun words in a row that the
// sentences toks give (punctuation skipped). A run is an array of its
// words, not one string joined from them: no string is built per run.
func runGrams(toks [][]nlp.Token) map[runGram]bool {
	grams := map[runGram]bool{}
	var keys []string
	for _, ts := range toks {
		keys = keys[:0]
		for _, t := range ts {
			if t.Kind == nlp.KindWord || t.Kind == nlp.KindNumber {
				keys = append(keys, runKey(t))
			}
		}
		for i := 0; i+verbatimRun <= len(keys); i++ {
			grams[runGram(keys[i:i+verbatimRun])] = true
		}
	}
	return grams
}

// coveredBy marks the word tokens of ts that stand in a run of grams.
func coveredBy(ts []nlp.Token, grams map[runGram]bool) []bool {
	out := make([]bool, len(ts))
	var idx []int
	var keys []string
	for i, t := range ts {
		if t.Kind == nlp.KindWord || t.Kind == nlp.KindNumber {
			idx = append(idx, i)
			keys = append(keys, runKey(t))
		}
	}
	for i := 0; i+verbatimRun <= len(keys); i++ {
		if grams[runGram(keys[i:i+verbatimRun])] {
			for _, j := range idx[i : i+verbatimRun] {
				out[j] = true
			}
		}
	}
	return out
}

// runKey is a token's form for verbatimCovered: its norm, lower case,
// with a curly apostrophe as a straight one.
func runKey(t nlp.Token) string {
	return strings.ReplaceAll(strings.ToLower(t.Norm), "’", "'")
}
