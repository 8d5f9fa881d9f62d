package story

import (
	_ "embed"
	"math/bits"
	"slices"
	"strings"
)

//go:embed data/acts.txt
var actsData string

// Acts is the set of acts of the act lexicon (data/acts.txt) an article's
// head tells, one bit per act in the order the lexicon lists them.
type Acts uint64

// maxActs is the most acts the lexicon may hold: a member keeps its acts
// in the bits of its saved headline number above the headline kind and
// the preview bit (see state.go).
const maxActs = 56

// actLexicon is the parsed act lexicon.
type actLexicon struct {
	// phrases maps a phrase's first word to the phrases it opens, longest
	// first, each with the bit of its act.
	phrases map[string][]actPhrase
	// apart are the sets of acts that never meet as one event.
	apart []Acts
	// chains are the acts of each apart set in the order its line lists
	// them, the order a saga's acts come in.
	chains [][]Acts
	// names are the acts' names by bit index.
	names []string
}

// actPhrase is one word or phrase of the act lexicon.
type actPhrase struct {
	words []string
	act   Acts
}

// acts is the act lexicon (read-only after init).
var acts = parseActs(actsData)

// parseActs reads the act lexicon: "act: word phrase_of_words ...",
// "none: phrase ..." (phrases that tell no act, read so that their words
// are not read alone) and "apart: act act ..." lines, '#' comments. It panics on a malformed
// line, an "apart" list naming an unknown act, a word listed twice or
// more than maxActs acts: the lexicon is part of the build.
func parseActs(data string) *actLexicon {
	lx := &actLexicon{phrases: map[string][]actPhrase{}}
	index := map[string]int{}
	seen := map[string]bool{}
	var apart [][]string
	eachLexiconLine(data, "act", func(head string, words []string) {
		if strings.Contains(head, " ") {
			panic("story: act lexicon line whose act is more than one word: " + head)
		}
		switch head {
		case "apart":
			apart = append(apart, words)
			return
		case "none":
			for _, w := range words {
				lx.add(w, 0, seen)
			}
			return
		}
		i, known := index[head]
		if !known {
			if len(lx.names) == maxActs {
				panic("story: act lexicon holds more than 56 acts")
			}
			i = len(lx.names)
			index[head] = i
			lx.names = append(lx.names, head)
		}
		for _, w := range words {
			lx.add(w, 1<<i, seen)
		}
	})
	for _, ps := range lx.phrases {
		slices.SortStableFunc(ps, func(a, b actPhrase) int { return len(b.words) - len(a.words) })
	}
	for _, names := range apart {
		var set Acts
		var chain []Acts
		for _, n := range names {
			i, ok := index[n]
			if !ok {
				panic("story: act lexicon: apart names an unknown act: " + n)
			}
			set |= 1 << i
			chain = append(chain, 1<<i)
		}
		lx.apart = append(lx.apart, set)
		lx.chains = append(lx.chains, chain)
	}
	return lx
}

// add adds the word or phrase w (words joined by "_") of act, or of no
// act when act is 0; seen holds the words added so far.
func (lx *actLexicon) add(w string, act Acts, seen map[string]bool) {
	w = strings.ToLower(w)
	if seen[w] {
		panic("story: act lexicon lists a word twice: " + w)
	}
	seen[w] = true
	ws := strings.Split(w, "_")
	lx.phrases[ws[0]] = append(lx.phrases[ws[0]], actPhrase{words: ws, act: act})
}

// tell returns the acts the tokens name, each place read by the longest
// phrase of the lexicon that starts there.
func (lx *actLexicon) tell(toks []token) Acts {
	var a Acts
	for i := 0; i < len(toks); {
		n := 1
		for _, p := range lx.phrases[toks[i].low] {
			if phraseAt(toks, i, p.words) {
				a |= p.act
				n = len(p.words)
				break
			}
		}
		i += n
	}
	return a
}

// first returns the act of set that the tokens name first, 0 when they
// name none.
func (lx *actLexicon) first(toks []token, set Acts) Acts {
	for i := 0; i < len(toks); {
		n := 1
		for _, p := range lx.phrases[toks[i].low] {
			if phraseAt(toks, i, p.words) {
				if p.act&set != 0 {
					return p.act & set
				}
				n = len(p.words)
				break
			}
		}
		i += n
	}
	return 0
}

// later reads a title part that tells two or more acts of one chain: when
// the act it names first is the chain's latest of them, the others are the
// saga's background ("Police hunt the gunmen of the market attack" tells
// the hunt), so only that act is kept. A part that names the earlier act
// first ("Ostrova, convicted in May, sentenced to 12 years") keeps both.
func (lx *actLexicon) later(toks []token, a Acts) Acts {
	// Each chain is read on all the acts the part tells, and what they
	// drop is dropped after: an act two chains share (the hunt) weighs in
	// both, whichever line of the lexicon comes first.
	var drop Acts
	for k, set := range lx.apart {
		told := a & set
		if told.one() || told == 0 {
			continue
		}
		var latest Acts
		for _, act := range lx.chains[k] {
			if told&act != 0 {
				latest = act
			}
		}
		if lx.first(toks, set) == latest {
			drop |= told &^ latest
		}
	}
	return a &^ drop
}

// phraseAt reports whether the words of a phrase start at toks[i].
func phraseAt(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for j, w := range words {
		if toks[i+j].low != w {
			return false
		}
	}
	return true
}

// actsOf returns the acts an article's head tells: those of the title's
// last part (after a colon or a stop: "Paris attack: the hunt for the
// killers" tells the hunt) when it tells any, else those of the whole
// title, else those of the lead's first sentence. A title part that names
// a chain's later act before its earlier ones tells the later act alone
// (see later). The title comes first
// because a later report's lead often names the saga's earlier acts as
// background.
func actsOf(title, lead []token) Acts {
	last := 0
	for i := len(title) - 1; i > 0; i-- {
		if title[i].start {
			last = i
			break
		}
	}
	if a := acts.tell(title[last:]); a != 0 {
		return acts.later(title[last:], a)
	}
	if a := acts.tell(title[:last]); a != 0 {
		return acts.later(title[:last], a)
	}
	end := len(lead)
	for i := 1; i < len(lead); i++ {
		if lead[i].start {
			end = i
			break
		}
	}
	return acts.tell(lead[:end])
}

// one reports whether a holds exactly one act.
func (a Acts) one() bool { return bits.OnesCount64(uint64(a)) == 1 }

// otherAct reports whether p's head tells an act that never meets the act
// e's heads tell (see Config.ActReading): for some "apart" list of the
// act lexicon, p's head tells exactly one of its acts, some member of e
// tells exactly one other, every member that tells exactly one of the list
// tells that same one, and no member tells p's act at all. A head that
// tells two acts of the list (a verdict and the sentence to come) gives no
// verdict.
func (c *Clusterer) otherAct(p *prepared, e *event) bool {
	if !c.cfg.ActReading || p.acts == 0 {
		return false
	}
	for _, set := range acts.apart {
		a := p.acts & set
		if !a.one() {
			continue
		}
		var other Acts
		agree := true
		for _, m := range e.members {
			b := m.acts & set
			if b&a != 0 {
				agree = false
				break
			}
			if !b.one() {
				continue
			}
			if other != 0 && b != other {
				agree = false
				break
			}
			other = b
		}
		if agree && other != 0 {
			return true
		}
	}
	return false
}
