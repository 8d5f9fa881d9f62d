package nlp

import "strings"

// rulingVerbs are the verbs that tell both a ruling on a matter and an
// answer to someone: "The Senate rejected the bill" is the vote, "Lund
// rejected the claims" answers them.
var rulingVerbs = setOfWords("rejected", "rejects", "reject", "dismissed", "dismisses", "dismiss", "denied",
	"denies", "deny")

// rulingBodies are the heads of subjects that decide matters put to them:
// courts and judges, legislatures and their chambers, juries, boards and
// voters. A legislature's members ("lawmakers", "senators") are not
// among them: their "rejected" answers a proposal as often as it tells a
// vote, which only its object tells (rulingMatters).
var rulingBodies = setOfWords("court", "courts", "judge", "judges", "justices", "magistrate", "tribunal", "jury",
	"jurors", "senate", "house", "congress", "parliament", "assembly", "legislature", "chamber", "committee",
	"subcommittee", "council", "board", "commission", "panel", "regulators", "regulator", "voters", "electorate")

// rulingTitles are the titles of a named person who rules ("Judge Ana
// Falk", "Chief Justice Ivo Lund"): a named subject's other titles
// ("Senate Majority Leader") are no ruling body.
var rulingTitles = setOfWords("judge", "justice", "magistrate")

// titleOffices are the offices a ruling title can open the name of
// ("Justice Minister", "Justice Secretary"): their holder answers.
var titleOffices = setOfWords("minister", "ministers", "secretary")

// subjectCuts end a subject's head before a phrase that follows it ("A
// judge in Velmar", "The Court of Appeal").
var subjectCuts = setOfWords("in", "of", "for", "at", "from", "on", "with", "by")

// rulingMatters are the objects put to a decision: a bill, a suit, an
// appeal, a motion.
var rulingMatters = setOfWords("bill", "bills", "legislation", "lawsuit", "lawsuits", "suit", "suits", "case",
	"appeal", "appeals", "motion", "motions", "petition", "petitions", "nomination", "nominee", "amendment",
	"amendments", "resolution", "measure", "injunction", "application", "applications", "request", "requests",
	"plea", "bid", "permit", "licence", "license", "referendum", "proposition", "treaty", "ordinance", "veto", "waiver", "asylum", "bail",
	"parole", "extradition", "warrant", "subpoena")

// Rules reports whether the clause rules on a matter rather than answers
// someone: its verb is one that tells both ("rejected", "dismissed",
// "denied") and the head of its subject is a body that decides ("The
// Senate", "A judge in Velmar"; not "The White House" or "A spokesman
// for the Senate") or a person titled as one who rules ("Judge Ana
// Falk"; not "Senate Leader Ivo Lund" nor "The Justice Department"), or
// its object is a matter put to a decision ("the bill", "the lawsuit",
// "Lund's appeal").
func (c Clause) Rules() bool {
	if !rulingVerbs[c.Verb] {
		return false
	}
	var head []string
	for _, w := range strings.Fields(c.Subject) {
		w = strings.Trim(w, ".,'’\"“”()")
		if w == "" {
			continue
		}
		if subjectCuts[w] && len(head) > 0 {
			break
		}
		head = append(head, w)
	}
	if n := len(head); n > 0 {
		last := strings.ToLower(head[n-1])
		switch {
		case last == "house" && n > 1 && strings.EqualFold(head[n-2], "white"):
		case rulingBodies[last]:
			return true
		case isUpperStart(head[n-1]):
			// A named person: a ruling title before the name, not the
			// first word of a body's or an office's name ("Justice
			// Department", "Justice Minister Ivo Lund").
			for j, w := range head[:n-1] {
				if next := strings.ToLower(head[j+1]); rulingTitles[strings.ToLower(w)] && !bodyHeads[next] && !titleOffices[next] {
					return true
				}
			}
		}
	}
	for i, w := range c.Object {
		if i == 3 {
			break
		}
		if rulingMatters[w] {
			return true
		}
	}
	return false
}
