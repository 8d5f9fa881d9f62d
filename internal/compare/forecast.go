package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// forecastHeads take "to" and a verb that tells what is expected, not
// what happened: "is expected to win", "poised to advance", "likely to
// pass". A schedule ("set to", "plans to") is left out, as "will" is.
var forecastHeads = map[string]bool{"expected": true, "expects": true, "poised": true, "likely": true,
	"unlikely": true, "projected": true, "predicted": true}

// forecastModals put what follows in possibility or in someone's
// intention ("could pull off an upset", "said he would issue
// subpoenas"). "Will" is left out: a schedule told the morning of the
// act ("will nominate him on Monday") was judged the same fact as the
// act (fresh8); "should" and "must" tell what ought to be, "can" an
// ability.
var forecastModals = map[string]bool{"would": true, "could": true, "might": true, "may": true}

// forecastVerbs maps the stem of each verb a sentence's own words put
// in possibility or expectation ("could pull off an upset", "is
// expected to win", "would resign") to its token. Quoted words and negated
// forecasts ("could not win": deniedVerbs weighs those) are left out.
func forecastVerbs(a account) map[string]int {
	ts := a.s.Tokens
	out := map[string]int{}
	for k, t := range ts {
		if a.quoted[k] {
			continue
		}
		head := forecastModals[t.Norm]
		if !head && forecastHeads[t.Norm] && k+1 < len(ts) && ts[k+1].Norm == "to" {
			head = true
		}
		if !head {
			continue
		}
	verb:
		for j := k + 1; j < len(ts) && j <= k+4; j++ {
			switch {
			case ts[j].Kind != nlp.KindWord || a.quoted[j] || negators[ts[j].Norm] || strings.HasSuffix(ts[j].Norm, "n't"):
				break verb
			case (ts[j].Norm == "have" || ts[j].Norm == "be") && !participle(ts, j+1):
				break verb // "could have 24 hours", "could be close": a state
			case infinitive(ts[j]) && !nameWord(ts, j):
				out[ts[j].Stem] = j
				break verb
			}
		}
	}
	return out
}

// forecastAgainstOutcome reports whether one sentence tells as expected
// or possible what the other states as done by the same subject ("Ostin
// could win the seat", "Ostin has won the seat"): an
// election-eve forecast is no fact the outlets of the result agree on.
func forecastAgainstOutcome(a, b account) bool {
	return forecasts(a, b) || forecasts(b, a)
}

// participle reports whether token k is a participle in -ed or -ing.
func participle(ts []nlp.Token, k int) bool {
	return k < len(ts) && ts[k].Kind == nlp.KindWord && (strings.HasSuffix(ts[k].Norm, "ed") || strings.HasSuffix(ts[k].Norm, "ing"))
}

// forecasts reports whether x forecasts what y states as done by the
// same subject (forecastAgainstOutcome).
func forecasts(x, y account) bool {
	planned := forecastVerbs(y)
	denied := deniedVerbs(y)
	for st, kx := range forecastVerbs(x) {
		if _, ok := planned[st]; ok {
			continue
		}
		if _, ok := denied[st]; ok {
			continue
		}
		ky := statedVerb(y, st)
		if ky < 0 || !pastForm(y.s.Tokens, ky) {
			continue
		}
		if sameActor(x.s, kx, y.s, ky, false) || namedBefore(x.s.Tokens, kx, subjectOf(y.s, ky)) {
			return true
		}
	}
	return false
}

// namedBefore reports whether a name among tokens before k is the head
// of actor a: a forecast often names its subject in a clause after "some
// polls suggest" or ahead of an aside, where subjectOf does not look.
func namedBefore(ts []nlp.Token, k int, a actor) bool {
	for j := 0; j < k; j++ {
		if nameWord(ts, j) && a.heads[ts[j].Stem] {
			return true
		}
	}
	return false
}

// pastForm reports whether token k tells something done: a past form
// in -ed or after "has", "have" or "had" ("has pulled off an upset",
// "defeated"), not a present state ("each side has 24 hours").
func pastForm(ts []nlp.Token, k int) bool {
	if strings.HasSuffix(ts[k].Norm, "ed") {
		return true
	}
	for j := max(0, k-2); j < k; j++ {
		switch ts[j].Norm {
		case "has", "have", "had":
			return true
		}
	}
	return false
}

// voteWay is the way a sentence's own words say a vote went: +1 for
// ("voted to end debate", "votes for", "voted yes"), -1 against ("voted
// against ending debate", "voted no"), 0 when it says neither or both.
func voteWay(a account) int {
	ts := a.s.Tokens
	way := 0
	for _, t := range ts {
		if t.Norm == "except" || t.Norm == "present" {
			return 0 // "all but two voted for", an abstention
		}
	}
	for k, t := range ts {
		if a.quoted[k] || !voteWords[t.Norm] {
			continue
		}
	dir:
		for j := k + 1; j < len(ts) && j <= k+4; j++ {
			w := 0
			switch ts[j].Norm {
			case "against", "no", "nay":
				w = -1
			case "for", "yes", "aye", "favor", "favour":
				w = 1
			case "to":
				if j+1 < len(ts) && infinitive(ts[j+1]) {
					w = 1
				}
			}
			switch {
			case ts[j].Kind == nlp.KindPunct || a.quoted[j]:
				break dir
			case w == 0:
				continue
			case way != 0 && way != w:
				return 0
			}
			way = w
			break dir
		}
	}
	return way
}

// voteWords are the forms of the verb "vote".
var voteWords = map[string]bool{"vote": true, "voted": true, "votes": true, "voting": true}

// oppositeVotes reports whether one sentence tells a vote for and the
// other a vote against ("voted to end debate", "voted against ending
// debate"): of one voter they differ, of two they are two facts.
func oppositeVotes(a, b account) bool {
	x, y := voteWay(a), voteWay(b)
	return x*y < 0
}
