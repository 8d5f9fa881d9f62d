package compare

import (
	"math"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Two people's words are one fact only when they are one statement: a
// joint statement, a spokesman's words given to the person he speaks
// for, or one line credited to another speaker by one outlet. Two
// speakers' own lines that share a phrase (an apology that opens alike,
// a promise to do "better than ever") or only the words around them
// ("…,” she said repeatedly") tell the reader that outlets agree when
// they report two remarks. otherQuotes tells two statements of one
// speaker apart where what the pair shares lies in the quotation; for
// two speakers the words around the quotation tie nothing either.

// quoteSpeakerOf returns the linked entity of the person or organisation
// whose quoted words make most of sentence pos of d (quotedThrough), or
// -1 when the sentence is no one's quotation or its speaker is unknown.
// Unlike quotedSpeaker it also answers for a sentence that names its
// speaker ("“…,” Abbott said").
func quoteSpeakerOf(d *doc, pos int) int {
	if pos < 0 || pos >= len(d.an.Sentences) {
		return -1
	}
	sen := d.an.Sentences[pos]
	for _, q := range d.an.Quotes {
		if q.Partial || q.Speaker == nil || pos < q.FirstSentence || pos > q.LastSentence {
			continue
		}
		e := q.Speaker.Entity
		if e < 0 || e >= len(d.an.Entities) || e >= len(d.global) || !quotedThrough(sen, q) {
			return -1
		}
		if t := d.an.Entities[e].Type; t != nlp.Person && t != nlp.Org {
			return -1
		}
		return d.global[e]
	}
	return -1
}

// minSameWords is the fewest words two speakers' quotations must share
// for the shorter to be a shortened form of the longer: a short line
// held whole in another's longer one (the mayor's "I'm sorry I did
// that" and a councillor's "I'm sorry, Mayor, for what the harbour
// families have been through") shares its one phrase, not a statement.
const minSameWords = 3

// sameStatement reports whether a and b quote one statement: each holds
// at least minSameQuote of the words the other quotes (one line given
// whole by both, however short), or the shorter is held so in the
// longer and they share at least minSameWords words (otherQuotes'
// measure, for a shortened quotation). A sentence whose quotation marks
// the analysis did not keep is weighed on the words of what it says.
func sameStatement(a, b aligned, ft *featureTable) bool {
	if len(a.quoted) == 0 {
		a.quoted = a.pred
	}
	if len(b.quoted) == 0 {
		b.quoted = b.pred
	}
	common, _, qa, qb := quoteOverlap(a, b, ft)
	if common == 0 || common < minSameQuote*min(qa, qb) {
		return false
	}
	return common >= minSameQuote*max(qa, qb) || sharedRare(a.quoted, b.quoted, ft, math.MaxInt) >= minSameWords
}

// twoSpeakerGroups takes out of each group the members that quote another
// speaker than a member they are grouped with and are not that member's
// statement (sameStatement), the one at odds with most first (withoutOdd);
// of two at odds with as many, the one whose words the others share
// least leaves. A member that names the other's speaker is not at odds
// with it: it may tell in part what that speaker said (the minister
// "also spoke of the death, calling it a “terrible loss”, and said
// “…”"), and a speaker the other names is often a person the quotation
// is about, taken for its speaker (“The death of X in the flood is a
// terrible loss,” he said, read as X's words; on the judged ABP sample
// this alone lost a right group).
func twoSpeakerGroups(docs []*doc, al []aligned, ft *featureTable, groups []*factGroup) []*factGroup {
	speaker := map[int]int{}
	speakerOf := func(m int) int {
		sp, ok := speaker[m]
		if !ok {
			sp = quoteSpeakerOf(docs[al[m].s.doc], al[m].s.pos)
			speaker[m] = sp
		}
		return sp
	}
	return withoutOdd(al, groups, func([]int) (func(x, y int) bool, func(x, y int) int) {
		atOdds := func(x, y int) bool {
			sx, sy := speakerOf(x), speakerOf(y)
			return sx >= 0 && sy >= 0 && sx != sy && !sameStatement(al[x], al[y], ft) &&
				!namesLinked(docs[al[x].s.doc], al[x].s.pos, sy) && !namesLinked(docs[al[y].s.doc], al[y].s.pos, sx)
		}
		shared := func(x, y int) int {
			return sharedRare(al[x].pred, al[y].pred, ft, ft.specific)
		}
		return atOdds, shared
	})
}

// namesLinked reports whether sentence pos of d names linked entity g.
func namesLinked(d *doc, pos, g int) bool {
	for e, ent := range d.an.Entities {
		if e >= len(d.global) || d.global[e] != g {
			continue
		}
		for _, mn := range ent.Mentions {
			if mn.Sentence == pos {
				return true
			}
		}
	}
	return false
}
