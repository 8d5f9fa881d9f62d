package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Read in session 57 (h/read57), fact groups joined a quoted denial with
// a line stating what it denies (an official's "we never made it" beside
// an outlet's "it was made by them"), a speaker's one-word "No" to a
// question with lines telling the claim the question was about, and two
// people's partial quotations ("highly likely", "looks like") around one
// shared clause. Each read as a fact the outlets agree on. The first two
// are taken out here; a pass on two partial quotations of two speakers
// was measured and not kept (README, h/facts57b).

// quotedDenialWindow is how many tokens after a negator in a quotation
// its denial reaches, up to the end of its clause.
const quotedDenialWindow = 10

// answerWords are a whole quotation that answers a question with a
// denial ("“No,” she said when asked whether …").
var answerWords = map[string]bool{"no": true, "nope": true, "never": true, "not": true}

// deniedInQuote maps the stems of the verbs a sentence's quoted words
// deny to their token: within quotedDenialWindow tokens after a
// negator of the same quotation and clause, the first content word but
// names when it ends in "-ed" ("has never produced"), or a verb after
// "to" ("ever pursued any programs to develop"); and, for a quotation of one denying word answering a question
// ("“No,” X said when asked if …"), the content words of the question.
func deniedInQuote(a account) map[string]int {
	ts := a.s.Tokens
	out := map[string]int{}
	for k := range ts {
		// "no"/"without" deny a noun ("no information to offer"), not
		// the verb after it.
		if n := negation(ts, k); !a.quoted[k] || n == "" || n == "no" || n == "without" {
			continue
		}
		first := true // no content word but names between the negator and j
		for j := k + 1; j < len(ts) && j <= k+quotedDenialWindow; j++ {
			t := ts[j]
			if !a.quoted[j] || clauseBoundary(t) || t.Norm == "whether" || t.Norm == "if" || t.Norm == "that" {
				break
			}
			if !content(t) || nameWord(ts, j) {
				continue
			}
			participle := first && len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ed") && !describesNoun(ts, j)
			if participle || ts[j-1].Norm == "to" && infinitive(t) {
				out[t.Stem] = j
			}
			first = false
		}
	}
	if q := answerAsked(a); q >= 0 {
		for j := q + 1; j < len(ts); j++ {
			t := ts[j]
			if t.Kind == nlp.KindPunct && !isQuoteMark(t.Surface) && t.Surface != "-" {
				break
			}
			if content(t) && !nameWord(ts, j) && !a.quoted[j] {
				out[t.Stem] = j
			}
		}
	}
	return out
}

// answerAsked returns the token after which a sentence tells the
// question its quotation of one denying word answers ("asked if",
// "asked whether", "asked of"), or -1.
func answerAsked(a account) int {
	ts := a.s.Tokens
	words := 0
	var denial bool
	for k, t := range ts {
		if a.quoted[k] && t.Kind == nlp.KindWord {
			words++
			denial = answerWords[t.Norm]
		}
	}
	if words != 1 || !denial {
		return -1
	}
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].Norm == "asked" && !a.quoted[k] {
			switch ts[k+1].Norm {
			case "if", "whether", "of", "about":
				return k + 1
			}
		}
	}
	return -1
}

// plainlyStated reports whether a sentence uses stem st, elsewhere than
// at token skip, with no negator, refusing word or word of possibility
// in its clause before it (quotation marks inside it): it tells the thing as so, in its own
// words or someone's.
func plainlyStated(a account, st string, skip int) bool {
	ts := a.s.Tokens
next:
	for k, t := range ts {
		if k == skip || t.Stem != st || !content(t) || nameWord(ts, k) || k > 0 && ts[k-1].Norm == "to" {
			continue
		}
		// A quotation mark bounds no clause here: "it was not his
		// intent “to hide …”" negates the quoted words.
		for j := k - 1; j >= 0 && j >= k-quotedDenialWindow; j-- {
			if clauseBoundary(ts[j]) && !(ts[j].Kind == nlp.KindPunct && isQuoteMark(ts[j].Surface)) {
				break
			}
			if negation(ts, j) != "" || refusalWords[ts[j].Norm] || negativeWords[ts[j].Norm] || modalWord(ts[j]) {
				continue next
			}
		}
		return true
	}
	return false
}

// describesNoun reports whether token k of ts follows a word that makes it
// describe a noun ("the most committed voters").
func describesNoun(ts []nlp.Token, k int) bool {
	switch ts[k-1].Norm {
	case "a", "an", "the", "most", "more", "less", "least", "very", "his", "her", "their", "its", "our", "my", "your":
		return true
	}
	return false
}

// affirms reports whether a sentence states what it says with no
// negation of any kind (a negator, a word ending in "n't", a refusing or
// negative word) and asks nothing ("?", "asked", "question"): the
// plain account a denial contradicts, not a denial in other words ("did
// not interfere" against "has “not interfered”", where quotation marks
// split the negator from its verb) nor the question a "No" answers.
func affirms(a account) bool {
	ts := a.s.Tokens
	for k, t := range ts {
		if negation(ts, k) != "" || negators[t.Norm] || strings.HasSuffix(t.Norm, "n't") || strings.HasSuffix(t.Norm, "n’t") ||
			refusalWords[t.Norm] || negativeWords[t.Norm] || t.Surface == "?" {
			return false
		}
		switch t.Norm {
		case "asked", "asking", "asks", "question", "questions", "stop", "stopped", "stopping", "prevent", "prevented", "inability", "unable":
			return false
		}
	}
	return true
}

// quotedDenialAgainst reports whether one sentence's quotation denies a
// verb (deniedInQuote) that the other states plainly and the first does
// nowhere: the two tell opposite claims, not one fact.
func quotedDenialAgainst(a, b account) bool {
	for _, xy := range [2][2]account{{a, b}, {b, a}} {
		x, y := xy[0], xy[1]
		for st, k := range deniedInQuote(x) {
			if len(st) >= 4 && !plainlyStated(x, st, k) && affirms(y) && plainlyStated(y, st, -1) {
				return true
			}
		}
	}
	return false
}

// opposedGroups takes out of each group the members whose quotation
// denies what another member states (quotedDenialAgainst), the one at
// odds with most first (withoutOdd).
func opposedGroups(docs []*doc, al []aligned, ft *featureTable, groups []*factGroup) []*factGroup {
	accountOf := accountsOf(docs, al)
	return withoutOdd(al, groups, func([]int) (func(x, y int) bool, func(x, y int) int) {
		atOdds := func(x, y int) bool {
			return al[x].s.doc != al[y].s.doc && quotedDenialAgainst(accountOf(x), accountOf(y))
		}
		shared := func(x, y int) int {
			return sharedRare(al[x].pred, al[y].pred, ft, ft.specific)
		}
		return atOdds, shared
	})
}
