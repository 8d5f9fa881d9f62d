package compare

import "slices"

// Core facts. The news itself (the firing, the picks, the cut of ten
// million barrels) is what every outlet reports, so its words are the
// story's topic words: in many sentences of every article, not "specific"
// (about one sentence per article) as the predicate test of match asks,
// and each outlet picks its own verb for the act ("selected", "tapped",
// "made his first nomination"; "fired", "dismissed"). Read on the pages
// of session 54 (h/read54) and fresh38, the ledes of four to five
// outlets telling one act of the same participants failed match on that
// test alone (pred 0 at a cosine of 0.58 to 0.73), so the page grouped
// no sentence of the news.
//
// A pair of lede sentences whose main clauses (sent.said) both tell one
// news act (actClasses: the same verb stem, or two verbs of one narrow
// class) of a participant both name shares what is said, however often
// the verb occurs in the story (sameAct); every other test of match
// still applies. The same pair states one proposition for propositions
// (what else the two ledes say differs, so saidCosine is low).
//
// Measured and left out: a figure both main clauses give with a word of
// what is said in common, as one proposition for propositions (the
// settle price of crude in two market reports): on the judged sets it
// added 5 right, 5 partly right and 1 wrong possibly-one-fact groups and
// 63 unjudged (README, "Core facts grouped").

// actClasses are the stems (as the analyzer stems them) of verbs and
// nouns of one news act. The classes are narrow on purpose: verbs whose
// participants swap ("won", "lost") or whose sense is loose ("name",
// "announce", "move") are left out, and so are nouns of a person
// ("nominee": "he likes all of his potential nominees" tells no
// nomination).
var actClasses = [][]string{
	{"nomin", "appoint", "tap", "select", "choos", "chose", "chosen", "pick"},
	{"fire", "dismiss", "oust", "ouster", "termin", "sack"},
	{"cut", "reduc", "reduct", "slash"},
	{"pass", "approv"},
	{"resign", "quit"},
	{"arrest", "detain"},
	{"charg", "indict"},
	{"veto"},
	{"ban", "bar"},
	{"sign"},
	{"rule"},
	{"soar", "surg", "jump", "rose", "rise", "climb"},
	{"fell", "drop", "plung", "tumbl", "sank"},
}

// actOf maps a "w:" feature of an act's stem to its class.
var actOf = func() map[string]int {
	m := map[string]int{}
	for c, ss := range actClasses {
		for _, s := range ss {
			m["w:"+s] = c + 1
		}
	}
	return m
}()

// actLede is how many sentences open an article (its lede, a
// dateline or byline line counted): where an outlet tells the news itself.
const actLede = 6

// sameAct reports whether a and b both open their articles (within
// actLede), their main clauses both tell one news act (a stem of
// one actClasses class each) and the two name a participant in common (a
// shared entity). Further down, an act is as often another one told in
// passing ("when he was nominated to the appeals court") as the news. A
// word of a phrase the writer quotes as a fragment ("“fire and fury”")
// tells no act.
func sameAct(a, b aligned, ft *featureTable) bool {
	if a.s.pos > actLede || b.s.pos > actLede {
		return false
	}
	acts := map[int]bool{}
	for _, f := range a.said {
		if c := actOf[ft.names[f]]; c > 0 && !slices.Contains(a.fragments, f) {
			acts[c] = true
		}
	}
	if len(acts) == 0 {
		return false
	}
	act := false
	for _, f := range b.said {
		if acts[actOf[ft.names[f]]] && !slices.Contains(b.fragments, f) {
			act = true
			break
		}
	}
	return act && sharesEntity(a, b, ft)
}

// sharesEntity reports whether a and b name one entity.
func sharesEntity(a, b aligned, ft *featureTable) bool {
	i, j := 0, 0
	for i < len(a.feats) && j < len(b.feats) {
		switch {
		case a.feats[i] < b.feats[j]:
			i++
		case a.feats[i] > b.feats[j]:
			j++
		default:
			if ft.names[a.feats[i]][0] == 'e' {
				return true
			}
			i++
			j++
		}
	}
	return false
}
