package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// The top rate of a levy (h/numbers70, issue 15). Two reports of one
// announcement gave its old tariff's top rate two ways (a cut of a duty
// "of up to 32%", first duties adding "up to 30 percent") and no discrepancy showed: the two figures shared no counted
// noun (the analyser read "extra onto" as what the second counts), no
// word near them and no name, one stood in a clause with "would", and
// two figures said "up to" were two bounds on one side, which never
// disagree. Yet "up to 32%" of a tariff is no bound on an uncertain
// count: it is the tariff's top rate, a fact, and a top rate given as 32
// by one outlet and 30 by another is a discrepancy a journalist wants.
//
// A percentage right after "up to", whose clause names a levy (a tariff,
// a duty, a tax) before it, gives that levy's top rate (levyCeiling). Two
// such figures of different articles are one quantity (sameCeiling) when
// they rate one levy, each article gives that levy one top rate only,
// both are told of one time (no other years, the old rate on both sides
// or neither: "new tariffs of up to 20%" is not the rate cut) and of one
// subject (no other named subject, place or region; what the levy is on,
// "steel", "aluminum", alike when both say it). A ceiling set as a change
// ("cut to up to 20%", "by up to a third") or in a plan ("would impose
// tariffs of up to 25%") gives no top rate of a levy in force.

// levyNouns are the levies whose rates a ceiling gives, each with its
// singular form, the ceiling's key.
var levyNouns = map[string]string{"tariff": "tariff", "tariffs": "tariff", "duty": "duty", "duties": "duty", "tax": "tax", "taxes": "tax",
	"levy": "levy", "levies": "levy", "surcharge": "surcharge", "surcharges": "surcharge"}

// levyCutWords, right before a levy's determiner ("lower the tariff",
// "cut its duties"), make the levy the one in force being cut: its
// ceiling is the old rate, and a word of projection before the verb ("it
// would lower the tariff") is the cut's, not the rate's.
var levyCutWords = setOf("lower", "lowers", "lowered", "lowering", "reduce", "reduces", "reduced", "reducing", "cut", "cuts", "cutting",
	"lift", "lifts", "lifted", "lifting", "remove", "removes", "removed", "removing", "scrap", "scraps", "scrapped", "scrapping",
	"ease", "eases", "eased", "easing", "drop", "drops", "dropped", "dropping", "repeal", "repeals", "repealed", "repealing")

// levyPlanWords, in a ceiling's clause, set the levy in a plan or a
// threat, not in force ("threatened tariffs of up to 25%").
var levyPlanWords = setOf("threaten", "threatens", "threatened", "threatening", "propose", "proposes", "proposed", "proposing",
	"plan", "plans", "planned", "planning", "consider", "considers", "considered", "considering", "weigh", "weighs", "weighing", "seek", "seeks", "sought")

// levyNewWords before a levy say its rate is the one set now ("the new
// tariffs", "revised duties", "lower tariffs of up to 20%"); levyOldWords
// the one before ("the original tariffs", "preliminary duties").
var levyNewWords = setOf("new", "revised", "final", "updated", "amended", "lower", "reduced", "lowered")
var levyOldWords = setOf("original", "initial", "old", "previous", "preliminary", "prior", "existing", "earlier")

// Ceiling ages: when a levy's top rate holds.
const (
	ceilingAny = iota // not said
	ceilingOld        // the rate before a change
	ceilingNew        // the rate a change sets
)

// levyCeiling reads the percentage at tokens first..last of s as a
// levy's top rate (see the comment above): it returns the levy's
// singular noun ("" when the figure is no ceiling of a levy), when the
// rate holds (ceilingAny, ceilingOld, ceilingNew) and the stems of what
// the levy is on (the content words right before the levy noun and after
// "on" in the clause: "steel tariffs", "duties on imported paper").
func levyCeiling(s nlp.Sentence, first, last int, n nlp.Number) (levy string, age int, on map[string]bool) {
	ts := s.Tokens
	if n.Kind != nlp.NumPercent || n.High != nil || n.Approx || first < 3 || ts[first-2].Norm != "up" || ts[first-1].Norm != "to" {
		return "", 0, nil
	}
	switch ts[first-3].Norm {
	case "to", "by", "from", "at":
		return "", 0, nil // a change ("cut to up to 20%", "by up to a third"), not a rate in force
	}
	lo, hi := clauseOf(s, first, last)
	at := -1
	for i := first - 3; i >= lo && i >= first-12; i-- {
		if _, ok := levyNouns[ts[i].Norm]; ok && ts[i].Kind == nlp.KindWord {
			at = i
			break
		}
	}
	if at < 0 {
		return "", 0, nil
	}
	// The words of age and the determiners before the levy noun, then
	// the verb before them.
	age = ceilingAny
	k, det := at-1, false
	for ; k >= lo; k-- {
		t := ts[k]
		if det && levyCutWords[t.Norm] {
			break // "lower the tariff": a verb of the levy in force
		}
		if levyOldWords[t.Norm] {
			age = ceilingOld
		} else if levyNewWords[t.Norm] {
			age = ceilingNew // "the new tariffs", "lower tariffs"
		} else if t.Kind == nlp.KindWord && t.Stop {
			det = true
		} else {
			break
		}
	}
	cut := det && k >= lo && levyCutWords[ts[k].Norm]
	if cut && age == ceilingAny {
		age = ceilingOld // a lowered tariff "of up to 32%": the rate in force
	}
	// A plan or a projection in the clause sets the rate in no force;
	// after a verb of cutting it is the cut's ("it would lower the
	// tariff"), and only the words from the levy on are read.
	from := lo
	if cut {
		from = at
	}
	for i := from; i <= hi; i++ {
		if projectionWords[ts[i].Norm] || levyPlanWords[ts[i].Norm] {
			return "", 0, nil
		}
	}
	on = levyTargets(ts, at, lo, hi)
	return levyNouns[ts[at].Norm], age, on
}

// levyTargets returns the stems of what the levy at token at is on: a
// content word right before it that is no word of its age ("steel
// tariffs"), and the content words after "on" in its clause, up to three
// ("duties on imported paper").
func levyTargets(ts []nlp.Token, at, lo, hi int) map[string]bool {
	on := map[string]bool{}
	if k := at - 1; k >= lo && content(ts[k]) && !levyNewWords[ts[k].Norm] && !levyOldWords[ts[k].Norm] && !levyCutWords[ts[k].Norm] {
		on[ts[k].Stem] = true
	}
	for i := at + 1; i <= hi; i++ {
		if ts[i].Norm != "on" {
			continue
		}
		for j, seen := i+1, 0; j <= hi && seen < 3; j++ {
			if ts[j].Kind == nlp.KindNumber {
				break
			}
			if content(ts[j]) {
				on[ts[j].Stem] = true
				seen++
			}
		}
		break
	}
	return on
}

// markCeilings marks the ceilings of one article's items that rate a
// levy the article gives another top rate for (ceilingVaries): no one of
// them is the article's account of it.
func markCeilings(items []numItem) {
	for i := range items {
		for j := range items {
			a, b := items[i], items[j]
			if i != j && a.ceiling != "" && a.ceiling == b.ceiling && !sameFigure(a.n, b.n) {
				items[i].ceilingVaries = true
			}
		}
	}
}

// sameCeiling reports whether two figures of different articles give one
// levy's top rate (see the comment above).
func sameCeiling(a, b numItem) bool {
	if a.ceiling == "" || a.ceiling != b.ceiling || a.ceilingVaries || b.ceilingVaries || a.n.Kind != b.n.Kind {
		return false
	}
	if a.ceilingAge != b.ceilingAge && (a.ceilingAge == ceilingNew || b.ceilingAge == ceilingNew) {
		return false // the new rate against the old, or a rate of no said time
	}
	if a.past != b.past || len(a.years)+len(b.years) > 0 && overlap(a.years, b.years) == 0 {
		return false
	}
	if len(a.levyOn) > 0 && len(b.levyOn) > 0 && !sharesKey(a.levyOn, b.levyOn) {
		return false // "steel tariffs", "tariffs on aluminum"
	}
	return !subjectApart(a, b) && !localApart(a, b) && !placeApart(a, b) && !a.separate && !b.separate && a.negated == b.negated
}

// sharesKey reports whether two sets share a member.
func sharesKey(a, b map[string]bool) bool {
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// ceilingLabel is the label of a row of ceilings of one levy ("top tariff
// rate"), "" when the row's figures are not all such ceilings.
func ceilingLabel(items []numItem, g []int) string {
	levy := items[g[0]].ceiling
	for _, m := range g {
		if items[m].ceiling == "" || items[m].ceiling != levy {
			return ""
		}
	}
	return "top " + strings.TrimSpace(levy) + " rate"
}
