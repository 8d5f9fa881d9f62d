package compare

import (
	"slices"

	"github.com/parallax-news/parallax/internal/nlp"
)

// A sentence can share many words with another and still state another
// fact: the words it shares stand in a clause that frames its own news
// ("the board will meet next week after the mayor signed the harbour
// plan", "the council asked for a vote on Vell, who signed the harbour
// plan"), while the other sentence tells the shared part as its news
// ("the mayor signed the harbour plan"). mainClauseGroups keeps such a
// pair when the two main clauses share a name; a reader takes the group
// as "these outlets all report this", and one of them reports something
// else. Judged under issue 15 (session 69, seed 7150): 13 of 50 partly
// right or wrong fact groups drawn were of this kind.
//
// framedGroups takes out of each group of several articles the member
// that tells in its framing clauses (framingClauses: a clause of time or
// a relative clause set off by commas) what another member tells in its
// main clause, and says something else in its own: at least
// minFramedShared words of its sentence are in the other's main clause,
// none of its own main clause's words is in the other's sentence, and its
// main clause says at least minFramedOwn words. Names tie nothing here
// (one person's conviction and the sentence asked for it are two facts);
// quoted words are never frame (mainClause), so a quotation shared in a
// relative clause keeps its member. Two members that share only
// background (both tell the shared words in a frame) are left to
// mainClauseGroups: they may tell one act in other words ("will succeed
// the chief, who resigned in May" beside "will replace the chief, who
// stepped down in May").

// minFramedShared is the least number of words a member's framing
// clauses must share with another member's main clause for the member
// to be taken out: one shared word ("officials") is no shared fact.
const minFramedShared = 2

// minFramedOwn is the least number of words the main clause of a member
// taken out must say: a main clause of two words ("the senator was
// buoyed", "he joined the agency") is a frame itself, and the fact the
// member shares may well be its news.
const minFramedOwn = 3

// framedGroups takes out of each group the members that frame what
// another member reports (see above), through withoutOdd as
// mainClauseGroups does, with a one-way test. It reads each member's
// sentence once more (readMember: names, said words and frames, linear
// in its tokens); the pair test costs the size of the two word sets.
func framedGroups(docs []*doc, al []aligned, mainOf func(int) clauseWords, groups []*factGroup) []*factGroup {
	read := map[int]memberClauses{}
	of := func(m int) memberClauses {
		c, ok := read[m]
		if !ok {
			c = readMember(docs[al[m].s.doc], al[m].s.pos)
			read[m] = c
		}
		return c
	}
	wordsOf := func(m int) map[string]bool { return of(m).words }
	framedOf := func(m int) clauseWords { return of(m).wider }
	return withoutOdd(al, groups, func(members []int) (func(x, y int) bool, func(x, y int) int) {
		// The test is one-way: x is at odds with y when x frames what
		// y reports, so the member that frames others' news is the one
		// counted and taken out, never the one that reports it (a
		// capture reported by one and framed by two others: the two
		// leave, not the report).
		atOdds := func(x, y int) bool {
			return framesNews(framedOf(x), wordsOf(x), mainOf(y), wordsOf(y))
		}
		return atOdds, func(x, y int) int { return sharedMain(mainOf(x), mainOf(y)) }
	})
}

// framesNews reports whether a sentence whose main clause is main and
// whose words (memberClauses) are own tells in its framing clauses what
// another sentence (main clause otherMain, words other) tells in its
// main clause: at least minFramedShared of own's words are in otherMain,
// no word of main is in other, and main holds minFramedOwn words.
func framesNews(main clauseWords, own map[string]bool, otherMain clauseWords, other map[string]bool) bool {
	if len(main.words) < minFramedOwn {
		return false
	}
	for w := range main.words {
		if other[w] {
			return false
		}
	}
	told := 0
	for w := range own {
		if otherMain.words[w] {
			told++
		}
	}
	return told >= minFramedShared
}

// memberClauses is what framedGroups reads of a member's sentence: the
// words of every clause (as mainClause reads words: saidTokens and
// numbers, words of when aside) and the main clause with its frames
// carried past lists and asides (widenFrames): the framing member's own
// news is what is left.
type memberClauses struct {
	words map[string]bool
	wider clauseWords
}

// readMember reads sentence pos of d for framedGroups (memberClauses),
// its names and said words once for both.
func readMember(d *doc, pos int) memberClauses {
	ts := d.an.Sentences[pos].Tokens
	ent, desc := describedNames(d, pos)
	said, speaker := saidTokens(ts, ent, desc), speakerNames(ts, ent)
	frame := framingClauses(ts)
	quoted := inQuotes(ts)
	widenFrames(ts, frame, quoted)
	for i, q := range quoted {
		if q {
			frame[i] = false
		}
	}
	return memberClauses{
		words: mainWords(ts, ent, said, make([]bool, len(ts)), speaker).words,
		wider: mainWords(ts, ent, said, frame, speaker),
	}
}

// maxFrameItem is the most tokens an inner item of a list inside a frame
// may hold ("witness tampering"): a longer run after a comma is a clause.
const maxFrameItem = 4

// widenFrames carries each frame of ts that framingClauses ends at a
// comma or an opening parenthesis on to its real end: past an aside in
// parentheses ("by Gov. Vell (R) to fill the seat") to the next stop,
// and past a list ("found guilty of bribery, forgery, and lying to the
// board", "of lying to the board, bribery and forgery") through the
// item that "and" or "or" opens or holds near its start, when the items
// between are short (maxFrameItem) and the last holds no auxiliary or
// verb of saying ("…, and police said"): a clause, not an item.
func widenFrames(ts []nlp.Token, frame, quoted []bool) {
	mark := func(from, to int) {
		for i := from; i < to; i++ {
			frame[i] = true
		}
	}
	for e := 1; e < len(ts); e++ {
		if !frame[e-1] || frame[e] || quoted[e] {
			continue
		}
		switch ts[e].Surface {
		case "(":
			j := e + 1
			for j < len(ts) && ts[j].Surface != ")" && ts[j].Surface != "(" {
				j++
			}
			if j < len(ts) && ts[j].Surface == ")" {
				end := frameStop(ts, j+1)
				mark(e, end)
				e = end - 1
			}
		case ",":
			for k := e + 1; k < len(ts); {
				end := frameStop(ts, k)
				if listEnd(ts, k, end) {
					mark(e, end)
					e = end - 1
					break
				}
				if end-k > maxFrameItem || end >= len(ts) || ts[end].Surface != "," {
					break
				}
				k = end + 1
			}
		}
	}
}

// frameStop returns the index of the first token from k on that ends a
// frame (a comma, semicolon, colon, dash, parenthesis or quotation
// mark), or len(ts).
func frameStop(ts []nlp.Token, k int) int {
	for ; k < len(ts); k++ {
		switch ts[k].Surface {
		case ",", ";", ":", "—", "–", "(", ")":
			return k
		}
		if quoteMark(ts[k].Surface) {
			return k
		}
	}
	return k
}

// listEnd reports whether ts[from:to] is the last item of a list: it
// holds "and" or "or" within its first maxFrameItem tokens, does not
// open with "to", has no subject after its "and" (clauseSubjects), and
// holds no auxiliary, verb of saying or report
// ("…, Wilson could face charges brought by the department or a
// lawsuit" and "…, to lift or loosen the limits" are clauses).
func listEnd(ts []nlp.Token, from, to int) bool {
	verb := func(t nlp.Token) bool { return auxWords[t.Norm] || sayingWords[t.Norm] || reportWords[t.Norm] }
	// "…, to lift or loosen the limits" goes on with the main clause.
	if from >= to || ts[from].Norm == "to" || slices.ContainsFunc(ts[from:to], verb) {
		return false
	}
	for i := from; i < to && i <= from+maxFrameItem; i++ {
		if n := ts[i].Norm; n == "and" || n == "or" {
			// "…, and the board met": a subject opens a clause.
			return i+1 >= to || !clauseSubjects[ts[i+1].Norm]
		}
	}
	return false
}

// clauseSubjects are the words after "and" or "or" that open a clause
// with its own subject rather than a list's last item.
var clauseSubjects = map[string]bool{"the": true, "a": true, "an": true, "he": true, "she": true, "they": true, "it": true,
	"we": true, "i": true, "you": true, "his": true, "her": true, "their": true, "its": true, "this": true, "that": true, "there": true}
