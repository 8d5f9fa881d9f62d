package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// actor is the noun phrase that does or undergoes what a clause states:
// its last content word (the head: "the GOP aides" → "aide") and the
// owner of a possessive ("the council's statement" → "council" too). The
// zero actor is one the rules cannot tell (a pronoun, a participle with
// no subject of its own).
type actor struct {
	heads map[string]bool
}

// known reports whether the actor could be told.
func (a actor) known() bool { return len(a.heads) > 0 }

// same reports whether two actors are one: they share a head ("Ilse
// Varn" and "harbour master Ilse Varn"). A shared title is not enough
// ("Councillor Dunn", "Councillor Brek").
func (a actor) same(b actor) bool {
	if !a.known() || !b.known() {
		return false
	}
	for h := range a.heads {
		if b.heads[h] {
			return true
		}
	}
	return false
}

// auxWords form a verb group with the word they precede ("was fired",
// "do not count", "hadn't elected").
var auxWords = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "am": true,
	"has": true, "have": true, "had": true, "having": true, "do": true, "does": true, "did": true, "get": true, "got": true}

// beWords make an -ing form a finite verb ("is counting").
var beWords = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "am": true}

// beForm reports whether a word is a form of "be", negated or not
// ("was", "aren't").
func beForm(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "n't"), "n’t")
	return beWords[w]
}

// verbGroupWord reports whether token t belongs to a verb group before
// its verb: an auxiliary, a modal, a negation or an adverb ("also",
// "already", "flatly").
func verbGroupWord(t nlp.Token) bool {
	n := t.Norm
	if auxWords[n] || hypotheticalWords[n] || negators[n] || strings.HasSuffix(n, "n't") || strings.HasSuffix(n, "n’t") {
		return true
	}
	switch n {
	case "also", "even", "already", "still", "just", "never", "ever", "then", "now", "reportedly", "allegedly", "flat", "out", "since":
		return true
	}
	return t.Kind == nlp.KindWord && len(n) > 4 && strings.HasSuffix(n, "ly") && !capitalised(t.Surface)
}

// subjectBoundaryWords end the clause that holds a subject, besides
// punctuation and clauseBoundaryWords.
var subjectBoundaryWords = map[string]bool{"that": true, "when": true, "because": true, "after": true, "before": true,
	"where": true, "and": true, "or": true, "if": true, "as": true, "whom": true}

// phraseStopWords end a noun phrase read forward from a clause's start.
var phraseStopWords = map[string]bool{"of": true, "to": true, "for": true, "on": true, "in": true, "at": true, "by": true,
	"with": true, "from": true, "over": true, "about": true, "against": true, "into": true}

// determinerWords open a noun phrase.
var determinerWords = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "their": true, "its": true,
	"our": true, "this": true, "that": true, "these": true, "those": true, "any": true, "some": true}

// subjectOf returns the actor of the clause that holds token k of s: the
// noun phrase that opens the clause, up to its verb group; for a
// relative clause ("Varn, who resigned") the noun before it; for a
// clause that opens with its verb after an apposition ("Varn, the
// harbour master, was fired") the phrase before the apposition. An -ing
// form with no "be" before it is a participle with no subject of its own
// ("a letter asking them to investigate"), and a pronoun names no one:
// both give the zero actor.
func subjectOf(s nlp.Sentence, k int) actor {
	ts := s.Tokens
	if k < 0 || k >= len(ts) {
		return actor{}
	}
	if strings.HasSuffix(ts[k].Norm, "ing") {
		finite := false
		for i := k - 1; i >= 0 && i >= k-4 && verbGroupWord(ts[i]); i-- {
			if beForm(ts[i].Norm) {
				finite = true
			}
		}
		if !finite {
			return actor{}
		}
	}
	boundary := func(t nlp.Token) bool { return clauseBoundary(t) || subjectBoundaryWords[t.Norm] }
	lo := k
	for lo > 0 && !boundary(ts[lo-1]) {
		lo--
	}
	if lo > 0 {
		switch ts[lo-1].Norm {
		case "who", "which", "that", "whom":
			// A relative clause: its actor is the noun phrase before it.
			j := lo - 2
			if j >= 0 && ts[j].Kind == nlp.KindPunct && ts[j].Surface == "," {
				j--
			}
			return phraseBefore(ts, j)
		}
	}
	a := phraseFrom(ts, lo, k)
	if !a.known() && lo > 0 && ts[lo-1].Surface == "," {
		// "Varn, the harbour master, was fired": skip the apposition.
		for c := lo - 2; c >= 0 && c >= lo-14; c-- {
			if ts[c].Kind == nlp.KindPunct {
				if ts[c].Surface != "," {
					break
				}
				st := c
				for st > 0 && !boundary(ts[st-1]) {
					st--
				}
				return phraseFrom(ts, st, c)
			}
		}
	}
	return a
}

// phraseFrom reads the noun phrase that opens tokens lo..end-1: words up
// to a verb group, a preposition or a determiner that opens another
// phrase, at most five.
func phraseFrom(ts []nlp.Token, lo, end int) actor {
	var words []int
	for i := lo; i < end && len(words) < 5; i++ {
		t := ts[i]
		if t.Kind != nlp.KindWord || phraseStopWords[t.Norm] || len(outcomeStems[t.Stem]) > 0 {
			break
		}
		if verbGroupWord(t) {
			if len(words) == 0 {
				continue // "Now Varn", "Also the council"
			}
			break
		}
		if determinerWords[t.Norm] && len(words) > 0 {
			break
		}
		if len(words) > 0 && strings.HasSuffix(t.Norm, "ed") && !capitalised(t.Surface) && content(ts[words[len(words)-1]]) {
			break // "the council's statement offered": a past verb ends the phrase
		}
		words = append(words, i)
	}
	return phraseActor(ts, words)
}

// phraseBefore reads the noun phrase that ends at token j, backwards up
// to four words.
func phraseBefore(ts []nlp.Token, j int) actor {
	var words []int
	for i := j; i >= 0 && len(words) < 4; i-- {
		t := ts[i]
		if t.Kind != nlp.KindWord || phraseStopWords[t.Norm] || verbGroupWord(t) {
			break
		}
		words = append([]int{i}, words...)
		if determinerWords[t.Norm] {
			break
		}
	}
	return phraseActor(ts, words)
}

// objectOf returns the noun phrase right after token k ("fired Ilse
// Varn"): what an active verb is done to.
func objectOf(s nlp.Sentence, k int) actor {
	ts := s.Tokens
	var words []int
	for i := k + 1; i < len(ts) && len(words) < 5; i++ {
		t := ts[i]
		if t.Kind != nlp.KindWord || phraseStopWords[t.Norm] || verbGroupWord(t) || subjectBoundaryWords[t.Norm] || clauseBoundaryWords[t.Norm] {
			break
		}
		if timeWords[t.Norm] {
			break // "resigned last month": when, not whom
		}
		if determinerWords[t.Norm] {
			if len(words) > 0 {
				break
			}
			continue
		}
		words = append(words, i)
	}
	return phraseActor(ts, words)
}

// timeWords open a phrase of time after a verb ("resigned last month",
// "quit on Monday" is cut at the preposition).
var timeWords = map[string]bool{"last": true, "next": true, "yesterday": true, "today": true, "tonight": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"earlier": true, "later": true, "ago": true, "week": true, "month": true, "year": true, "morning": true, "evening": true, "night": true}

// possessive reports whether token i is a possessive ("council's").
func possessive(ts []nlp.Token, i int) bool {
	n := ts[i].Norm
	return content(ts[i]) && (strings.HasSuffix(n, "'s") || strings.HasSuffix(n, "’s")) ||
		i+1 < len(ts) && (ts[i+1].Norm == "'s" || ts[i+1].Norm == "’s") && content(ts[i])
}

// phraseActor makes the actor of the words at the given indexes.
func phraseActor(ts []nlp.Token, words []int) actor {
	a := actor{heads: map[string]bool{}}
	head := ""
	for n, i := range words {
		if possessive(ts, i) {
			a.heads[ts[i].Stem] = true
		}
		if n+1 < len(words) && ts[words[n+1]].Norm == "'s" {
			a.heads[ts[i].Stem] = true
		}
		if !content(ts[i]) {
			continue
		}
		head = ts[i].Stem
	}
	if head != "" {
		a.heads[head] = true
	} else {
		a.heads = nil
	}
	return a
}

// sameActor reports whether token ka of a and kb of b are said of one
// actor: the same subject, or, for an outcome said of a subject with no
// object ("Varn resigned") against one done to an object ("the mayor
// fired Varn"), that subject and that object.
func sameActor(a nlp.Sentence, ka int, b nlp.Sentence, kb int, cross bool) bool {
	sa, sb := subjectOf(a, ka), subjectOf(b, kb)
	if sa.same(sb) {
		return true
	}
	if !cross {
		return false
	}
	oa, ob := objectOf(a, ka), objectOf(b, kb)
	return !oa.known() && !passive(a, ka) && sa.same(ob) || !ob.known() && !passive(b, kb) && sb.same(oa)
}

// complementPairs are the opposite pairs whose words take what they are
// said of after them ("denied that he asked", "admitted that the
// inquiry was on his mind"; "agreed to testify", "refused to comment";
// "allowed the ships", "banned the trucks"): the two sides speak of one
// thing only when what follows shares a word.
var complementPairs = func() map[int]bool {
	m := map[int]bool{}
	for i, o := range opposites {
		for _, w := range o[0] {
			switch w {
			case "confirmed", "accepted", "allowed":
				m[i] = true
			}
		}
	}
	return m
}()

// complementWindow is how many tokens after a word of a complement pair
// hold what it is said of.
const complementWindow = 10

// sameComplement reports whether the words after token ka of a and kb
// of b share a content word.
func sameComplement(a nlp.Sentence, ka int, b nlp.Sentence, kb int) bool {
	after := func(s nlp.Sentence, k int) map[string]bool {
		out := map[string]bool{}
		for j := k + 1; j < len(s.Tokens) && j <= k+complementWindow; j++ {
			if content(s.Tokens[j]) {
				out[s.Tokens[j].Stem] = true
			}
		}
		return out
	}
	wa, wb := after(a, ka), after(b, kb)
	for w := range wa {
		if wb[w] {
			return true
		}
	}
	return false
}

// verdicts reports whether tokens ka of a and kb of b are both written
// in capitals ("INCONCLUSIVE", "TRUE"): a fact-check's rating of the
// claim the two sentences share, whose subject is that claim.
func verdicts(a nlp.Sentence, ka int, b nlp.Sentence, kb int) bool {
	caps := func(t nlp.Token) bool { return len(t.Surface) > 1 && strings.ToUpper(t.Surface) == t.Surface }
	return ka >= 0 && kb >= 0 && caps(a.Tokens[ka]) && caps(b.Tokens[kb])
}

// passive reports whether token k of s follows a form of "be" in its
// verb group ("was fired").
func passive(s nlp.Sentence, k int) bool {
	for i := k - 1; i >= 0 && i >= k-4 && verbGroupWord(s.Tokens[i]); i-- {
		if beForm(s.Tokens[i].Norm) || s.Tokens[i].Norm == "being" || s.Tokens[i].Norm == "got" || s.Tokens[i].Norm == "get" {
			return true
		}
	}
	return false
}

// modalClause reports whether the clause of token k of s holds a word of
// possibility, rule or plan ("will", "would"): what it says there is no
// outcome, though another clause of the sentence ("Braley, who had no
// opposition") may state one.
func modalClause(s nlp.Sentence, k int) bool {
	if k < 0 {
		return true
	}
	lo, hi := clauseAround(s, k)
	for _, t := range s.Tokens[lo : hi+1] {
		if modalWord(t) {
			return true
		}
	}
	return false
}

// modalWord reports whether t makes its clause a possibility, a rule or
// a plan.
func modalWord(t nlp.Token) bool {
	switch t.Norm {
	case "if", "whether", "unless":
		return false // conditions count for the whole sentence
	}
	return hypotheticalWords[t.Norm] || strings.HasSuffix(t.Norm, "'ll") || strings.HasSuffix(t.Norm, "’ll") || t.Surface == "may"
}
