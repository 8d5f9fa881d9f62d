package compare

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
// mainClauseGroups does, with a one-way test. It reads each member's whole sentence once; the
// pair test costs the size of the two word sets.
func framedGroups(docs []*doc, al []aligned, mainOf func(int) clauseWords, groups []*factGroup) []*factGroup {
	whole := map[int]map[string]bool{}
	wordsOf := func(m int) map[string]bool {
		w, ok := whole[m]
		if !ok {
			w = sentenceWords(docs[al[m].s.doc], al[m].s.pos)
			whole[m] = w
		}
		return w
	}
	return withoutOdd(al, groups, func(members []int) (func(x, y int) bool, func(x, y int) int) {
		// The test is one-way: x is at odds with y when x frames what
		// y reports, so the member that frames others' news is the one
		// counted and taken out, never the one that reports it (a
		// capture reported by one and framed by two others: the two
		// leave, not the report).
		atOdds := func(x, y int) bool {
			return framesNews(mainOf(x), wordsOf(x), mainOf(y), wordsOf(y))
		}
		return atOdds, func(x, y int) int { return sharedMain(mainOf(x), mainOf(y)) }
	})
}

// framesNews reports whether a sentence whose main clause is main and
// whose words (sentenceWords) are own tells in its framing clauses what
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

// sentenceWords returns the words sentence pos of d says, as mainClause
// reads them (saidTokens and numbers, words of when aside) but in every
// clause, framing ones too.
func sentenceWords(d *doc, pos int) map[string]bool {
	ts := d.an.Sentences[pos].Tokens
	ent, desc := describedNames(d, pos)
	return mainWords(ts, ent, saidTokens(ts, ent, desc), make([]bool, len(ts)), speakerNames(ts, ent)).words
}
