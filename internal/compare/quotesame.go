package compare

import (
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// minSamePassage is the fewest words a quote must share, word for word but
// for trivial differences, with another article's quote to be one
// statement whatever speakers the two articles give (see
// attachSameWords).
const minSamePassage = 10

// attachSameWords puts each quote still alone in a group of its own after
// attachLone, of at least minSamePassage words, into the one group whose
// every member of another article quotes the same words (samePassage: the
// one identical to the other or a shortening of it, trivial differences
// allowed), at least one such member, and none of its own article a
// different statement sharing a phrase with it. Unlike attachLone it
// asks nothing of the speakers: a passage of ten words or more that two
// outlets quote alike is one quotation even when one article gives it to
// someone else (a spokesman who relays it, a name the analysis misread)
// or to nobody; the group names the speaker most of its versions give
// (groupSpeaker). A lone quote another article words otherwise (altered)
// stays alone, as in attachLone (h/quotes56b).
func attachSameWords(items []quoteItem, parent unionFind, spk [][]int, members [][]int, stems [][]string, post map[string][]int) {
	attachLoneBy(items, parent, spk, members, stems, post, loneRule{
		min:  minSamePassage,
		fits: func(r, s int) bool { return samePassageFits(items, members[r], s) },
		speakers: func(r, s int) []int {
			if spk[r] != nil {
				return spk[r]
			}
			return spk[s]
		},
	})
}

// samePassageFits reports whether quote s may join the group of members ms
// (see attachSameWords): every member of another article quotes the same
// passage (samePassage).
func samePassageFits(items []quoteItem, ms []int, s int) bool {
	return fitsMembers(items, ms, s, func(m int) (bool, bool) {
		same := samePassage(items[s], items[m])
		return same, same
	})
}

// samePassage reports whether x and y, of two articles, quote the same
// passage of at least minSamePassage words: matched as one speaker's
// words, the two are identical or one a shortening of the other (in both
// orders), trivial differences of a transcript allowed, and the shorter
// has at least minSamePassage words in common with the longer.
func samePassage(x, y quoteItem) bool {
	if min(len(x.keys), len(y.keys)) < minSamePassage {
		return false
	}
	x.speaker, y.speaker, x.joint, y.joint = 0, 0, nil, nil
	if !quotesMatchForms(x, y, true, true) || alignQuotes(x.keys, y.keys).matched < minSamePassage {
		return false
	}
	kxy, _ := pairKindOfForms(x, y)
	kyx, _ := pairKindOfForms(y, x)
	for _, k := range []string{kxy, kyx} {
		if k != QuoteIdentical && k != QuoteShortened {
			return false
		}
	}
	return true
}

// groupSpeaker is the known speaker of a group whose versions are given
// to different persons (attachSameWords), -1 for any other group (its
// first known speaker names it, as before): the person most versions
// name; in a tie, the speaker of the longest version (an outlet that
// quotes the passage at length has it from the source, a line relayed in
// a few words is more often given to the one who relayed it); then one
// the versions do not name in their own words ("Lund has won the vote"
// is rarely Lund's); then, against a name only one article holds (a
// headline's words taken for a person), the person more articles
// mention; else the first article's.
func groupSpeaker(ents []nlp.GlobalEntity, items []quoteItem, ms []int) int {
	votes := map[int]int{}
	longest := map[int]int{}
	first := map[int]int{}
	mixed := false
	for x, m := range ms {
		it := items[m]
		if it.speaker < 0 || it.speaker >= len(ents) || len(it.joint) > 0 {
			continue
		}
		if _, ok := first[it.speaker]; !ok {
			first[it.speaker] = x
		}
		votes[it.speaker]++
		longest[it.speaker] = max(longest[it.speaker], len(it.keys))
		for _, o := range ms {
			if mixed {
				break // one pair of two speakers is enough
			}
			mixed = items[o].speaker >= 0 && !sameSpeaker(it, items[o])
		}
	}
	if !mixed || len(votes) < 2 {
		return -1
	}
	named := func(sp int) bool {
		f := strings.Fields(strings.ToLower(ents[sp].Name))
		if len(f) == 0 {
			return false
		}
		for _, m := range ms {
			if slices.Contains(items[m].keys, f[len(f)-1]) {
				return true
			}
		}
		return false
	}
	better := func(sp, best int) bool {
		if votes[sp] != votes[best] {
			return votes[sp] > votes[best]
		}
		if longest[sp] != longest[best] {
			return longest[sp] > longest[best]
		}
		if a, b := named(sp), named(best); a != b {
			return b
		}
		if a, b := len(ents[sp].Members), len(ents[best].Members); min(a, b) <= 1 && a != b {
			return a > b
		}
		return first[sp] < first[best]
	}
	best := -1
	for sp := range votes {
		if best < 0 || better(sp, best) {
			best = sp
		}
	}
	return best
}
