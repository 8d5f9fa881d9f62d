package compare

import "github.com/parallax-news/parallax/internal/nlp"

// Opposite stances are a difference, never agreement. Two sentences that
// tell one thing (calls for an FBI inquiry) with one actor rejecting it
// and another demanding it share its words, and alignment grouped them
// (read in session 58, h/read58: the president rejecting calls for an
// FBI probe beside a senator supporting one). stanceGroups takes such a
// member out of its group.

// stanceWords are the words of a stance toward what follows them:
// against (-1) or for (+1).
var stanceWords = map[string]int{
	"reject": -1, "rejects": -1, "rejected": -1, "rejecting": -1,
	"dismiss": -1, "dismisses": -1, "dismissed": -1, "dismissing": -1,
	"rebuff": -1, "rebuffs": -1, "rebuffed": -1,
	"oppose": -1, "opposes": -1, "opposed": -1, "opposing": -1,
	"deny": -1, "denies": -1, "denied": -1, "denying": -1,
	"refuse": -1, "refuses": -1, "refused": -1,
	"support": 1, "supports": 1, "supported": 1, "supporting": 1,
	"demand": 1, "demands": 1, "demanded": 1, "demanding": 1,
	"urge": 1, "urges": 1, "urged": 1, "urging": 1,
	"endorse": 1, "endorses": 1, "endorsed": 1, "endorsing": 1,
	"welcome": 1, "welcomes": 1, "welcomed": 1, "welcoming": 1,
	"confirm": 1, "confirms": 1, "confirmed": 1, "confirming": 1,
	"back": 1, "backs": 1, "backed": 1, "backing": 1,
}

// stanceReach is how many tokens after a stance word the thing it is
// taken toward may start.
const stanceReach = 6

// stanceToward returns the stance (-1, +1) sentence ts takes toward the
// words of shared (stems): a stance word followed within stanceReach
// tokens, no comma or clause mark between, by a shared content word that
// is no stance word; a negator in the three tokens before the stance
// word turns it. 0 when it takes none, or both.
func stanceToward(ts []nlp.Token, shared map[string]bool) int {
	got := 0
	for k, t := range ts {
		v := stanceWords[t.Norm]
		if v == 0 {
			continue
		}
		toward := false
		for j := k + 1; j < len(ts) && j <= k+stanceReach; j++ {
			if ts[j].Kind == nlp.KindPunct && ts[j].Norm != "." && ts[j].Norm != "'s" {
				break
			}
			if content(ts[j]) && stanceWords[ts[j].Norm] == 0 && shared[ts[j].Stem] {
				toward = true
				break
			}
		}
		if !toward {
			continue
		}
		for j := max(0, k-3); j < k; j++ {
			if negation(ts, j) != "" {
				v = -v
				break
			}
		}
		if got != 0 && got != v {
			return 0
		}
		got = v
	}
	return got
}

// stanceGroups takes out of each group the member that takes the
// opposite stance to most others toward what they both tell.
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
		any := false
		for _, m := range members {
			for _, t := range tokens(m) {
				if stanceWords[t.Norm] != 0 {
					any = true
				}
			}
		}
		if !any {
			return nil, nil
		}
		atOdds := func(x, y int) bool {
			tx, ty := tokens(x), tokens(y)
			sx, sy := stems(tx), stems(ty)
			shared := map[string]bool{}
			for s := range sx {
				if sy[s] {
					shared[s] = true
				}
			}
			a, b := stanceToward(tx, shared), stanceToward(ty, shared)
			return a != 0 && b != 0 && a != b
		}
		shared := func(x, y int) int {
			sx, sy := stems(tokens(x)), stems(tokens(y))
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
