package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Opposite stances are a difference, never agreement. Two sentences that
// tell one thing (calls for an FBI inquiry) with one actor rejecting it
// and another demanding it share its words, and alignment grouped them
// (read in session 58, h/read58: the president rejecting calls for an
// FBI probe beside a senator supporting one). stanceGroups takes such a
// member out of its group.

// stanceWords are the words of a stance toward what follows them:
// against (-1) or for (+1). Denying and confirming are left to the
// conflict rules, which show such a pair as one group marked as a
// conflict (TestConflictNeedsOneComplement).
var stanceWords = map[string]int{
	"reject": -1, "rejects": -1, "rejected": -1, "rejecting": -1,
	"dismiss": -1, "dismisses": -1, "dismissed": -1, "dismissing": -1,
	"rebuff": -1, "rebuffs": -1, "rebuffed": -1,
	"oppose": -1, "opposes": -1, "opposed": -1, "opposing": -1,
	"refuse": -1, "refuses": -1, "refused": -1,
	"support": 1, "supports": 1, "supported": 1, "supporting": 1,
	"demand": 1, "demands": 1, "demanded": 1, "demanding": 1,
	"urge": 1, "urges": 1, "urged": 1, "urging": 1,
	"endorse": 1, "endorses": 1, "endorsed": 1, "endorsing": 1,
	"welcome": 1, "welcomes": 1, "welcomed": 1, "welcoming": 1,
}

// stanceReach is how many tokens after a stance word the thing it is
// taken toward may start.
const stanceReach = 6

// stancesToward returns the stances (-1, +1) sentence ts takes, by the
// word of shared (stems) each is taken toward: a stance word followed
// within stanceReach tokens, no comma or clause mark between, by a shared
// content word that is no stance word and no name (the thing: "rejected
// calls for …", "support Dr. Ford's call for …"). A negator ("not",
// "never", "-n't") in the three tokens before the stance word turns it
// ("would not endorse", "decision not to endorse"); a stance word after
// "to" ("seemed to dismiss") takes none. A thing taken both ways is left
// out.
func stancesToward(ts []nlp.Token, shared map[string]bool) map[string]int {
	out := map[string]int{}
	for k, t := range ts {
		v := stanceWords[t.Norm]
		if v == 0 || k > 0 && ts[k-1].Norm == "to" {
			continue
		}
		thing := ""
		for j := k + 1; j < len(ts) && j <= k+stanceReach; j++ {
			if ts[j].Kind == nlp.KindPunct && ts[j].Norm != "." && ts[j].Norm != "'s" {
				break
			}
			if content(ts[j]) && stanceWords[ts[j].Norm] == 0 && !nameWord(ts, j) && shared[ts[j].Stem] {
				thing = ts[j].Stem
				break
			}
		}
		if thing == "" {
			continue
		}
		for j := max(0, k-3); j < k; j++ {
			if n := ts[j].Norm; n == "not" || n == "never" || strings.HasSuffix(n, "n't") {
				v = -v
				break
			}
		}
		if w, ok := out[thing]; ok && w != v {
			v = 0
		}
		out[thing] = v
	}
	return out
}

// stanceGroups takes out of each group the member that takes the
// opposite stance to most others toward one thing they both tell.
func stanceGroups(docs []*doc, al []aligned, groups []*factGroup) []*factGroup {
	tokens := func(m int) []nlp.Token {
		return docs[al[m].s.doc].an.Sentences[al[m].s.pos].Tokens
	}
	stems := func(ts []nlp.Token) map[string]bool {
		out := map[string]bool{}
		for _, t := range ts {
			if content(t) && stanceWords[t.Norm] == 0 {
				out[t.Stem] = true
			}
		}
		return out
	}
	return withoutOdd(al, groups, func(members []int) (func(x, y int) bool, func(x, y int) int) {
		// Each member's stems and whether it holds a stance word are
		// read once for the group, not again for each of its m² pairs;
		// a pair of which one holds no stance word takes no stances
		// toward each other.
		stanced := make(map[int]bool, len(members))
		found := false
		for _, m := range members {
			for _, t := range tokens(m) {
				if stanceWords[t.Norm] != 0 {
					stanced[m], found = true, true
					break
				}
			}
		}
		if !found {
			return nil, nil
		}
		stemsOf := make(map[int]map[string]bool, len(members))
		for _, m := range members {
			stemsOf[m] = stems(tokens(m))
		}
		atOdds := func(x, y int) bool {
			if !stanced[x] || !stanced[y] {
				return false
			}
			// The thing a stance of x is taken toward is a stem of x
			// (stems), so x's stems shared with y are y's stems as
			// stancesToward asks them: no map of the shared stems.
			a, b := stancesToward(tokens(x), stemsOf[y]), stancesToward(tokens(y), stemsOf[x])
			for thing, v := range a {
				if v != 0 && b[thing] == -v {
					return true
				}
			}
			return false
		}
		shared := func(x, y int) int {
			sx, sy := stemsOf[x], stemsOf[y]
			n := 0
			for s := range sx {
				if sy[s] {
					n++
				}
			}
			return n
		}
		return atOdds, shared
	})
}
