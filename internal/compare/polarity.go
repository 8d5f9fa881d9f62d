package compare

import "github.com/parallax-news/parallax/internal/nlp"

// refusalWords take an infinitive whose verb they deny: "declined to
// apologize" says the apology was not made.
var refusalWords = map[string]bool{"declined": true, "declines": true, "declining": true,
	"refused": true, "refuses": true, "refusing": true}

// deniedVerbs maps the stem of each word a sentence's own words refuse
// or negate ("declined to apologize", "has not apologized", "never
// resigned") to the token that bears the subject: the refusing word, or
// the negated word itself. Quoted words are someone else's and left out.
func deniedVerbs(a account) map[string]int {
	ts := a.s.Tokens
	out := map[string]int{}
	for k, t := range ts {
		if a.quoted[k] {
			continue
		}
		if refusalWords[t.Norm] && k+2 < len(ts) && ts[k+1].Norm == "to" && infinitive(ts[k+2]) && !a.quoted[k+2] {
			out[ts[k+2].Stem] = k
			continue
		}
		n := negation(ts, k)
		if n == "" || determinerNegators[n] {
			continue
		}
		for j := k + 1; j < len(ts) && j <= k+3; j++ {
			if ts[j].Kind == nlp.KindPunct || a.quoted[j] {
				break
			}
			if content(ts[j]) {
				if !ordinalWords[ts[j].Norm] && !nameWord(ts, j) {
					out[ts[j].Stem] = j
				}
				break
			}
		}
	}
	return out
}

// statedVerb returns the first token of stem st that a sentence's own
// words state plainly: outside quotation marks, no name, not after "to"
// (an intent), no negator or refusing word in the three tokens before it,
// not describing a noun, no word of possibility or plan before it in its
// clause; or -1.
func statedVerb(a account, st string) int {
	ts := a.s.Tokens
next:
	for k, t := range ts {
		if t.Stem != st || a.quoted[k] || !content(t) || nameWord(ts, k) || attributive(a.s, k) {
			continue
		}
		if k > 0 && ts[k-1].Norm == "to" {
			continue
		}
		for j := max(0, k-3); j < k; j++ {
			if negation(ts, j) != "" || refusalWords[ts[j].Norm] || negativeWords[ts[j].Norm] {
				continue next
			}
		}
		if modalBefore(a.s, k) {
			continue
		}
		return k
	}
	return -1
}

// modalBefore reports whether a word of possibility or plan ("would",
// "will", "could") comes before token k in its clause: "has apologized
// and said she would listen" states the apology, "will resign" does not
// state a resignation.
func modalBefore(s nlp.Sentence, k int) bool {
	lo, _ := clauseAround(s, k)
	for _, t := range s.Tokens[lo:k] {
		if modalWord(t) {
			return true
		}
	}
	return false
}

// deniedAgainstStated reports whether one of the sentences refuses or
// negates a verb the other states plainly of the same subject ("Ostin
// has apologized for the remarks", "Ostin declined to apologize"): the
// two give opposite accounts of one predicate and are no fact the outlets
// agree on.
func deniedAgainstStated(a, b account) bool {
	for _, xy := range [2][2]account{{a, b}, {b, a}} {
		x, y := xy[0], xy[1]
		denied := deniedVerbs(y)
		for st, kx := range deniedVerbs(x) {
			if _, ok := denied[st]; ok {
				continue
			}
			ky := statedVerb(y, st)
			// "voted present" against "did not vote for or against":
			// an abstention is the negation in other words.
			if ky < 0 || modalBefore(x.s, kx) || negatesOtherwise(y.s, st) {
				continue
			}
			if sameActor(x.s, kx, y.s, ky, false) {
				return true
			}
		}
	}
	return false
}

// accountsOf returns a reader of the account of aligned sentence m
// (accountAt) that reads each sentence once.
func accountsOf(docs []*doc, al []aligned) func(m int) account {
	accounts := map[int]account{}
	return func(m int) account {
		a, ok := accounts[m]
		if !ok {
			a = accountAt(docs, al, m)
			accounts[m] = a
		}
		return a
	}
}

// polarityGroups takes out of each group the members that refuse or
// negate what another member states of the same subject
// (deniedAgainstStated), that forecast what another states as done
// (forecastAgainstOutcome) or that tell a vote the other way
// (oppositeVotes), unless the group is shown as a conflict (the
// outlets differ): a group of "has apologized" and "declined to
// apologize" read as a fact most outlets report.
func polarityGroups(docs []*doc, al []aligned, ft *featureTable, groups []*factGroup) []*factGroup {
	accountOf := accountsOf(docs, al)
	return withoutOdd(al, groups, func(members []int) (func(x, y int) bool, func(x, y int) int) {
		g := &factGroup{members: members, docs: map[int]bool{}}
		for _, m := range members {
			g.docs[al[m].s.doc] = true
		}
		shown := conflict(docs, al, g) != nil
		atOdds := func(x, y int) bool {
			if shown || al[x].s.doc == al[y].s.doc {
				return false
			}
			a, b := accountOf(x), accountOf(y)
			return deniedAgainstStated(a, b) || forecastAgainstOutcome(a, b) || oppositeVotes(a, b)
		}
		// Of a forecast and an outcome at odds with as many, the
		// forecast leaves: the outcome is what the others report.
		shared := func(x, y int) int {
			n := sharedRare(al[x].pred, al[y].pred, ft, ft.specific)
			if al[x].s.doc != al[y].s.doc && forecasts(accountOf(x), accountOf(y)) {
				n -= 1000
			}
			return n
		}
		return atOdds, shared
	})
}

// accountAt is aligned sentence m as an account (newAccount).
func accountAt(docs []*doc, al []aligned, m int) account {
	s := al[m].s
	d := docs[s.doc]
	return newAccount(d.an.Sentences[s.pos], d.an.Quotes)
}
