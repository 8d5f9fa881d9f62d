package compare

import (
	"slices"
	"sort"
	"strings"

	"github.com/kljensen/snowball/english"

	"github.com/parallax-news/parallax/internal/nlp"
)

// opposites are outcomes that exclude each other: a fact group whose
// sentences say one and the other ("the bill passed", "the bill was
// dropped") is a difference between the outlets, not a fact they agree
// on. Each line lists words of one outcome, then "|", then words of the
// other.
var opposites = [][2][]string{
	{{"passed", "approved", "adopted", "enacted", "signed"}, {"dropped", "rejected", "failed", "blocked", "defeated", "withdrawn", "vetoed", "shelved", "scrapped"}},
	{{"confirmed", "confirms", "acknowledged", "admitted", "admits"}, {"denied", "denies", "rejected", "disputed"}},
	{{"won", "wins", "winning"}, {"lost", "loses", "losing", "conceded"}},
	{{"guilty", "convicted"}, {"acquitted", "innocent", "cleared"}},
	{{"upheld", "upholds", "reinstated"}, {"overturned", "overturns", "struck", "reversed", "vacated"}},
	{{"rose", "risen", "increased", "grew", "climbed", "higher"}, {"fell", "fallen", "decreased", "declined", "dropped", "lower"}},
	{{"allowed", "allows", "permitted", "granted"}, {"banned", "bans", "barred", "forbade", "refused", "denied"}},
	{{"alive", "survived", "injured", "wounded"}, {"dead", "died", "killed"}},
	{{"arrested", "detained", "charged"}, {"released", "freed"}},
	{{"accepted", "accepts", "agreed"}, {"refused", "declined", "rejected"}},
	{{"resigned", "resigns", "quit"}, {"fired", "dismissed", "ousted"}},
	// A fact-check's rating: "we rate the claim INCONCLUSIVE" against
	// "the claim … is TRUE".
	{{"true", "accurate", "correct"}, {"false", "inconclusive", "misleading", "unproven", "inaccurate", "incorrect"}},
}

// outcomeWords maps a word to its opposite pair and side (1 or 2).
var outcomeWords = func() map[string][][2]int {
	m := map[string][][2]int{}
	for i, o := range opposites {
		for side, ws := range o {
			for _, w := range ws {
				m[w] = append(m[w], [2]int{i, side + 1})
			}
		}
	}
	return m
}()

// outcomeStems maps the stem of each outcome word to its opposite pair
// and side, so that a sentence using a side's word in another form
// ("fire", "firing", "resign") is seen to speak of that side too.
var outcomeStems = func() map[string][][2]int {
	m := map[string][][2]int{}
	for w, ps := range outcomeWords {
		st := english.Stem(w, false)
		for _, p := range ps {
			if !slices.Contains(m[st], p) {
				m[st] = append(m[st], p)
			}
		}
	}
	return m
}()

// outcomes returns, for a sentence, the sides of each opposite pair its
// words take (bit 1 for the first side, bit 2 for the second), and the
// sides it mentions in any form of their words.
func outcomes(s nlp.Sentence) (took, mentions map[int]int) {
	took, mentions = map[int]int{}, map[int]int{}
	for _, t := range s.Tokens {
		for _, ps := range outcomeWords[t.Norm] {
			took[ps[0]] |= ps[1]
		}
		for _, ps := range outcomeStems[t.Stem] {
			mentions[ps[0]] |= ps[1]
		}
	}
	return took, mentions
}

// conflict finds two sentences of different articles in a fact group that
// take opposite outcomes, and returns the words that differ ("passed",
// "dropped"), or nil.
func conflict(docs []*doc, al []aligned, g *factGroup) []string {
	type side struct {
		out, mentions map[int]int
		s             nlp.Sentence
		doc           int
		text          string
	}
	var ss []side
	for _, m := range g.members {
		s := al[m].s
		sen := docs[s.doc].an.Sentences[s.pos]
		took, mentions := outcomes(sen)
		ss = append(ss, side{took, mentions, sen, s.doc, s.text})
	}
	for i, a := range ss {
		for _, b := range ss[i+1:] {
			if a.doc == b.doc || changeOverTime(a.s) || changeOverTime(b.s) {
				continue
			}
			for p, sa := range a.out {
				sb := b.out[p]
				// A sentence that also speaks of the other side ("resigned
				// rather than fire him") gives no account against it.
				opposite := sa == 1 && sb == 2 || sa == 2 && sb == 1
				if opposite && a.mentions[p]&sb == 0 && b.mentions[p]&sa == 0 {
					return []string{sideWord(a.s, p, sa), sideWord(b.s, p, sb)}
				}
			}
			if ws := negatedInOne(a.s, b.s); ws != nil {
				return ws
			}
		}
	}
	return nil
}

// negators turn the next word of what is said into its negation
// ("offered no apology", "did not resign", "cannot stay").
var negators = map[string]bool{"not": true, "no": true, "never": true, "neither": true, "nor": true, "without": true, "cannot": true}

// negatedInOne returns the words with which one sentence states what the
// other negates: a word of what is said (not of a name, nor inside
// quotation marks, where it is someone's words) that both use, negated in
// one and never in the other ("apologized", "nor apology"), the other
// negating nothing; nil when there is none.
func negatedInOne(a, b nlp.Sentence) []string {
	negA, plainA := predicateUses(a)
	negB, plainB := predicateUses(b)
	// Both negate something: "haven't had the experience of being
	// followed" and "haven't been followed" negate one thing in other
	// words. A contradiction is a negation against none.
	if len(negA) > 0 && len(negB) > 0 {
		return nil
	}
	for st, w := range plainA {
		if nw, ok := negB[st]; ok && plainB[st] == "" && negA[st] == "" {
			return []string{w, nw}
		}
	}
	for st, w := range plainB {
		if nw, ok := negA[st]; ok && plainA[st] == "" && negB[st] == "" {
			return []string{nw, w}
		}
	}
	return nil
}

// predicateUses maps the stems of a sentence's own words of what is said
// to their negated uses ("no apology") and their plain ones
// ("apologized"). A negator negates the next word that is not a stop
// word.
func predicateUses(s nlp.Sentence) (neg, plain map[string]string) {
	neg, plain = map[string]string{}, map[string]string{}
	quoted, negator := false, ""
	for k, t := range s.Tokens {
		if t.Kind == nlp.KindPunct {
			if isQuoteMark(t.Surface) {
				quoted = !quoted
			}
			negator = ""
			continue
		}
		if n := negation(s.Tokens, k); n != "" {
			negator = n
			continue
		}
		if !content(t) {
			continue
		}
		if !quoted && !nameWord(s.Tokens, k) {
			if negator != "" {
				neg[t.Stem] = negator + " " + t.Norm
			} else if plain[t.Stem] == "" {
				plain[t.Stem] = t.Norm
			}
		}
		negator = ""
	}
	return neg, plain
}

// negation returns token k when it negates what follows: a negator or a
// word ending in "n't", but not "whether or not", "could not" (a
// possibility, not an outcome), "not only", "no longer", "no doubt", "no
// matter".
func negation(ts []nlp.Token, k int) string {
	n := ts[k].Norm
	switch {
	case n == "couldn't" || n == "wouldn't" || n == "shouldn't" || n == "mightn't":
		return ""
	case !negators[n] && !strings.HasSuffix(n, "n't"):
		return ""
	}
	if k > 0 {
		switch ts[k-1].Norm {
		case "or", "could", "would", "might", "may", "should":
			return "" // "whether or not"; what could not happen is no outcome
		}
	}
	if k+1 < len(ts) {
		switch ts[k+1].Norm {
		case "only", "just", "longer", "doubt", "matter", "least":
			return ""
		}
	}
	return n
}

// isQuoteMark reports whether a punctuation token is a quotation mark.
func isQuoteMark(p string) bool {
	switch p {
	case "\"", "“", "”", "«", "»", "„", "‘", "’", "''", "``":
		return true
	}
	return false
}

// changeOverTime reports whether a sentence tells of a change ("after
// initially denying, Iran acknowledged"): its opposite words are two
// moments of one story, not one outlet's claim against another's.
func changeOverTime(s nlp.Sentence) bool {
	for _, t := range s.Tokens {
		switch t.Norm {
		case "initially", "earlier", "previously", "later", "until", "originally", "subsequently":
			return true
		}
	}
	return false
}

// sideWord returns the word of s that takes side sd of opposite pair p.
func sideWord(s nlp.Sentence, p, sd int) string {
	for _, t := range s.Tokens {
		for _, ps := range outcomeWords[t.Norm] {
			if ps[0] == p && ps[1] == sd {
				return t.Norm
			}
		}
	}
	return ""
}

// Paraphrase search for facts: a sentence of one article is
// stated by another article, in other words, when a sentence of it scores
// at least minPhrase against it (the looser threshold of a match), or one
// or two consecutive sentences of it hold at least minParaphrase of the
// sentence's feature weight (words, names, numbers; pairs of words left
// out) and minSharedRare+1 rare features.
const minParaphrase = 0.5

// paraphrasedIn returns, for each group, the ids of the articles outside
// it that state one of its sentences in other words.
func paraphrasedIn(docs []*doc, al []aligned, ft *featureTable, groups []*factGroup, p alignParams) map[*factGroup][]string {
	rare := rareLimit(al)
	// The sentences of each article that have a feature.
	post := make([][]int32, len(ft.names))
	for i, a := range al {
		for _, f := range a.feats {
			if ft.names[f][0] != 'b' {
				post[f] = append(post[f], int32(i))
			}
		}
	}
	out := map[*factGroup][]string{}
	// Weight and rare features of a sentence found in each other
	// sentence, in slices reset through the list of those touched.
	wsum := make([]float64, len(al))
	nrare := make([]int, len(al))
	var touched []int
	for _, g := range groups {
		if len(g.docs) == len(docs) {
			continue
		}
		var found []int
		for _, m := range g.members {
			x := al[m]
			if x.total == 0 {
				continue
			}
			for _, j := range touched {
				wsum[j], nrare[j] = 0, 0
			}
			touched = touched[:0]
			for _, f := range x.feats {
				if ft.names[f][0] == 'b' || len(post[f]) > 8*candidateDF {
					continue
				}
				for _, j32 := range post[f] {
					j := int(j32)
					if g.docs[al[j].s.doc] {
						continue
					}
					if wsum[j] == 0 && nrare[j] == 0 {
						touched = append(touched, j)
					}
					wsum[j] += ft.weight[f]
					if ft.df[f] <= rare {
						nrare[j]++
					}
				}
			}
			for _, j := range touched {
				if slices.Contains(found, al[j].s.doc) {
					continue
				}
				if paraphrases(x, al, j, wsum, nrare, ft, rare, p) {
					found = append(found, al[j].s.doc)
				}
			}
		}
		var ids []string
		for _, d := range found {
			ids = append(ids, docs[d].art.ID)
		}
		sort.Strings(ids)
		if len(ids) > 0 {
			out[g] = ids
		}
	}
	return out
}

// minHeadline is the least share of a headline's weight (the features
// the story's body sentences also have) that a sentence must hold for
// the headline to state its fact.
const minHeadline = 0.5

// headlined adds to stated, for every fact of one article that no other
// article's body states, the other articles whose headline states it:
// most of the headline's weight (over the features the story's body
// sentences also have), with two features rare in the story, is in the
// sentence. A headline is a statement of the outlet's, though never a
// fact of a group.
func headlined(docs []*doc, al []aligned, ft *featureTable, groups []*factGroup, stated map[*factGroup][]string) {
	rare := rareLimit(al)
	for _, g := range groups {
		if len(g.docs) != 1 || len(stated[g]) > 0 || len(g.members) == 0 {
			continue
		}
		x := al[g.members[0]]
		has := map[int]bool{}
		for _, f := range x.feats {
			has[f] = true
		}
		for _, d := range docs {
			if g.docs[d.idx] {
				continue
			}
			for _, t := range d.titles {
				var total, shared float64
				nrare := 0
				for _, f := range t.feats {
					id, ok := ft.ids[f]
					if !ok || f[0] == 'b' {
						continue
					}
					total += ft.weight[id]
					if has[id] {
						shared += ft.weight[id]
						if ft.df[id] <= rare {
							nrare++
						}
					}
				}
				if total > 0 && shared/total >= minHeadline && nrare >= minSharedRare {
					stated[g] = append(stated[g], d.art.ID)
					break
				}
			}
		}
		sort.Strings(stated[g])
	}
}

// paraphrases reports whether sentence j (alone or with the next sentence
// of its article) states x in other words, given the weight and the rare
// features of x found in each sentence.
func paraphrases(x aligned, al []aligned, j int, wsum []float64, nrare []int, ft *featureTable, rare int, p alignParams) bool {
	// A sentence close enough to be the same fact at the looser
	// threshold is enough to say the fact is not only here.
	if nrare[j] >= p.minSharedRare {
		if sc, _ := match(x, al[j], ft, rare, p); sc >= p.minPhrase {
			return true
		}
	}
	// The sentence alone, or with the next one of its article.
	w, n := wsum[j], nrare[j]
	if j+1 < len(al) && al[j+1].s.doc == al[j].s.doc {
		w2 := w + wsum[j+1]
		if w2/x.total >= minParaphrase && n+nrare[j+1] >= minSharedRare+1 {
			w, n = w2, n+nrare[j+1]
		}
	}
	return min(w/x.total, 1) >= minParaphrase && n >= minSharedRare+1
}

// joinWords formats the words of a conflict.
func joinWords(ws []string) string { return strings.Join(ws, " / ") }
