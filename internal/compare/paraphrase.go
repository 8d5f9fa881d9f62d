package compare

import (
	"slices"
	"sort"
)

// Paraphrase search for facts: a sentence of one article is
// stated by another article, in other words, when a sentence of it scores
// at least minPhrase against it (the looser threshold of a match), or one
// sentence of it, or two consecutive ones of a paragraph, hold at least
// minParaphrase of the sentence's feature weight (words, names, numbers;
// pairs of words left out) and minSharedRare+1 rare features.
const minParaphrase = 0.5

// paraphrasedIn returns, for each group, the ids of the articles outside
// it that state one of its sentences in other words (stated), and those
// of them that surely do (told, see statesSurely); and, for a group of
// one article's sentence that no article states so, the articles with a
// sentence that only scores at the looser threshold against it (scored,
// see paraphrases). When another article does state it, those articles
// are among the stated ones.
func paraphrasedIn(docs []*doc, al []aligned, ft *featureTable, groups []*factGroup, p alignParams) (stated, told, scored map[*factGroup][]string) {
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
	stated, told, scored = map[*factGroup][]string{}, map[*factGroup][]string{}, map[*factGroup][]string{}
	// Weight and rare features of a sentence found in each other
	// sentence, in slices reset through the list of those touched.
	wsum := make([]float64, len(al))
	nrare := make([]int, len(al))
	var touched []int
	for _, g := range groups {
		if len(g.docs) == len(docs) {
			continue
		}
		var found, sure, loose []int
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
				d := al[j].s.doc
				if slices.Contains(sure, d) {
					continue
				}
				again := slices.Contains(found, d) // found: only a sure statement is new
				if again && !statesSurely(x, al, j, wsum, nrare, ft, rare, p) {
					continue
				}
				if alone := len(g.docs) == 1; !again && !paraphrases(x, al, j, wsum, nrare, ft, rare, p, alone) {
					// For a fact of one article, a sentence that states
					// it only at the looser score is kept apart (scored).
					if alone && !slices.Contains(loose, d) && paraphrases(x, al, j, wsum, nrare, ft, rare, p, false) &&
						!deniedAgainstStated(accountAt(docs, al, m), accountAt(docs, al, j)) {
						loose = append(loose, d)
					}
					continue
				}
				// A sentence that refuses what the other states of the
				// same subject tells no such fact (deniedAgainstStated).
				if deniedAgainstStated(accountAt(docs, al, m), accountAt(docs, al, j)) {
					continue
				}
				if !again {
					found = append(found, d)
				}
				if again || statesSurely(x, al, j, wsum, nrare, ft, rare, p) {
					sure = append(sure, d)
				}
			}
		}
		// A fact another article states is no claim of one article: the
		// articles that state it only at the looser score state it too,
		// as before session 59.
		if len(found) > 0 {
			for _, d := range loose {
				if !slices.Contains(found, d) {
					found = append(found, d)
				}
			}
		}
		if ids := docIDs(docs, found); len(ids) > 0 {
			stated[g] = ids
		} else if ids := docIDs(docs, loose); len(ids) > 0 {
			scored[g] = ids
		}
		if ids := docIDs(docs, sure); len(ids) > 0 {
			told[g] = ids
		}
	}
	return stated, told, scored
}

// docIDs returns the article ids of the docs at indexes ds, sorted.
func docIDs(docs []*doc, ds []int) []string {
	var ids []string
	for _, d := range ds {
		ids = append(ids, docs[d].art.ID)
	}
	sort.Strings(ids)
	return ids
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
	// The ids of each headline's features and its total weight are the
	// same for every fact: read once, where every fact looked up every
	// feature of every headline.
	type headline struct {
		ids   []int
		total float64
	}
	heads := make([][]headline, len(docs))
	for i, d := range docs {
		for _, t := range d.titles {
			var h headline
			for _, f := range t.feats {
				id, ok := ft.ids[f]
				if !ok || f[0] == 'b' {
					continue
				}
				h.ids = append(h.ids, id)
				h.total += ft.weight[id]
			}
			heads[i] = append(heads[i], h)
		}
	}
	for _, g := range groups {
		if len(g.docs) != 1 || len(stated[g]) > 0 || len(g.members) == 0 {
			continue
		}
		x := al[g.members[0]]
		has := map[int]bool{}
		for _, f := range x.feats {
			has[f] = true
		}
		for i, d := range docs {
			if g.docs[d.idx] {
				continue
			}
			for _, h := range heads[i] {
				var shared float64
				nrare := 0
				for _, id := range h.ids {
					if has[id] {
						shared += ft.weight[id]
						if ft.df[id] <= rare {
							nrare++
						}
					}
				}
				if h.total > 0 && shared/h.total >= minHeadline && nrare >= minSharedRare {
					stated[g] = append(stated[g], d.art.ID)
					break
				}
			}
		}
		sort.Strings(stated[g])
	}
}

// paraphrases reports whether sentence j (alone or with the next sentence
// of its paragraph) states x in other words, given the weight and the rare
// features of x found in each sentence.
//
// For the sentence of a fact only one article gives (alone), the score
// at the looser threshold counts only when the pair also passes the
// pairing test (match): a short sentence of another article that shares
// the story's names and little else ("Governor Park picked Brin to
// follow the late Judge Lind on the Harbour Court") scores above
// minPhrase against a long one that gives a case's parties and year
// beside those names. Such a
// sentence is kept apart (paraphrasedIn's scored) for facts to weigh
// against what the claim rests on (see scoredOnly).
func paraphrases(x aligned, al []aligned, j int, wsum []float64, nrare []int, ft *featureTable, rare int, p alignParams, alone bool) bool {
	if quotesInBits(x, al[j], ft, rare) {
		return true
	}
	// A sentence close enough to be the same fact at the looser
	// threshold is enough to say the fact is not only here.
	if nrare[j] >= p.minSharedRare {
		if sc, ok := match(x, al[j], ft, rare, p); sc >= p.minPhrase && (ok || !alone) {
			return true
		}
	}
	// The sentence alone, or with the next one of its paragraph: the
	// next adds only what of x it holds and the sentence does not. Two
	// sentences across a paragraph's end tell two points: a quotation's
	// last line that holds the fact's verb only in its stem ("listening
	// carefully") and a new paragraph on the candidate the fact names
	// told a voter's "We just don't care for him here".
	w, n := wsum[j], nrare[j]
	if j+1 < len(al) && al[j+1].s.doc == al[j].s.doc && al[j+1].s.para == al[j].s.para && (wsum[j+1] > 0 || nrare[j+1] > 0) {
		w1, n1 := nextHolds(x, al[j], al[j+1], ft, rare)
		if (w+w1)/x.total >= minParaphrase && n+n1 >= minSharedRare+1 {
			w, n = w+w1, n+n1
		}
	}
	return min(w/x.total, 1) >= minParaphrase && n >= minSharedRare+1
}

// nextHolds returns the weight and the number of rare features of x that
// sentence next holds and sentence y does not, counted as paraphrasedIn
// counts what a sentence holds (no pair of words, no feature of too many
// sentences). A feature both sentences hold is in the pair once: summing
// the two sentences' shares counted a name a sentence and its next both
// repeat twice, and a voter's line about a candidate was "stated" by
// another outlet's sentence on the candidate's wife and her own next
// quotation, each naming her (the voter's quote-only claim
// OQ|f4808b11ef39eafe:23:126, lost in session 62).
func nextHolds(x, y, next aligned, ft *featureTable, rare int) (float64, int) {
	var w float64
	n := 0
	for _, f := range x.feats {
		if ft.names[f][0] == 'b' || ft.df[f] > 8*candidateDF {
			continue
		}
		if _, ok := slices.BinarySearch(next.feats, f); !ok {
			continue
		}
		if _, ok := slices.BinarySearch(y.feats, f); ok {
			continue
		}
		w += ft.weight[f]
		if ft.df[f] <= rare {
			n++
		}
	}
	return w, n
}

// statesSurely reports whether sentence j states x in other words by a
// test that pairs sentences into one fact, not by the looser search of
// paraphrases alone: j quotes x's statement in bits (quotesInBits),
// passes the pairing test against it (match), or holds alone at least
// minParaphrase of x's weight with minSharedRare+1 rare features.
// paraphrases also takes a sentence whose cosine with x reaches
// minPhrase without passing the test, or one that holds that weight only
// with the sentence after it: read in session 57 (h/read57), 52 of 53
// only-in lines of four pages marked as told in other words by the
// outlet's other article rested on such a sentence, sharing a name and
// a topic word ("vice president", "Lavrov said"), and that article did
// not tell the fact. Enough to say a fact may be told elsewhere, not to
// say it is.
func statesSurely(x aligned, al []aligned, j int, wsum []float64, nrare []int, ft *featureTable, rare int, p alignParams) bool {
	if quotesInBits(x, al[j], ft, rare) {
		return true
	}
	if nrare[j] >= p.minSharedRare {
		if _, ok := match(x, al[j], ft, rare, p); ok {
			return true
		}
	}
	return min(wsum[j]/x.total, 1) >= minParaphrase && nrare[j] >= minSharedRare+1
}

// minFragmentWords is the fewest words another sentence must quote in
// bits, all of them words of the fact's own quotation, to tell that
// statement (quotesInBits).
const minFragmentWords = 3

// quotesInBits reports whether sentence y quotes in bits, in its own
// words, the statement sentence x quotes whole: y's quotation-marked
// fragments, in two pieces or more, hold at least minFragmentWords
// words, every one of them a
// word of x's quotation and minSharedRare of them rare in the story (a
// document's title in common words, "immigration principles and
// policies", tells no one's statement) ("Iranian media called the theory
// “scientifically impossible” and “illogical”" beside the official's
// whole line). fresh20's What differs said an outlet left out the denial
// its last paragraph quotes so.
func quotesInBits(x, y aligned, ft *featureTable, rare int) bool {
	if len(y.fragments) < minFragmentWords || y.fragPieces < 2 || len(x.quoted) == 0 {
		return false
	}
	nrare := 0
	for _, f := range y.fragments {
		if _, ok := slices.BinarySearch(x.quoted, f); !ok || f < 0 {
			return false
		}
		if ft.df[f] <= rare {
			nrare++
		}
	}
	return nrare >= minSharedRare
}
