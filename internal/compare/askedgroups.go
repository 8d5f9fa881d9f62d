package compare

// A fact group states one proposition: the same predicate of the same
// participants. The stock line of a report that someone did not answer
// ("X gave no reply to our comment request", "Y could not be
// reached for comment") is one predicate said of whoever the reporter
// asked: two outlets that asked different people state two facts, and
// the matcher, weighing the line's words, grouped them as agreement (on
// the judged fresh39 set a producer who gave no reply against the two
// sites that gave none, judged wrong).

// commentStems are the stems of the words of the stock no-comment line.
var commentStems = map[string]bool{"respond": true, "comment": true, "request": true, "reach": true,
	"immedi": true, "return": true, "declin": true, "repli": true, "inquiri": true, "avail": true}

// askStems are the stems of which the shared words must hold one: the
// line asks for a comment ("returned", "reached" alone tell other acts).
var askStems = map[string]bool{"comment": true, "request": true, "inquiri": true}

// othersAsked reports whether the main clauses of two sentences (their
// speakers set aside) share only words of the no-comment line, one of
// them the asking (askStems), and each names someone, no name or word of
// a name in common: the line said of different people.
func othersAsked(x, y clauseWords) bool {
	a, b := x.withoutSpeaker(), y.withoutSpeaker()
	ask := false
	for w := range a.words {
		if !b.words[w] {
			continue
		}
		if !commentStems[w] {
			return false
		}
		ask = ask || askStems[w]
	}
	if !ask || len(a.nameWords) == 0 || len(b.nameWords) == 0 {
		return false
	}
	for e := range a.names {
		if b.names[e] {
			return false
		}
	}
	// A name linked in one article and not the other ("the National
	// Rifle Association") is still one name when its words are.
	for w := range a.nameWords {
		if b.nameWords[w] {
			return false
		}
	}
	return true
}

// askedGroups takes out of each group the members whose no-comment line
// is said of someone another member's is not (othersAsked).
func askedGroups(mainOf func(int) clauseWords, al []aligned, groups []*factGroup) []*factGroup {
	return withoutOdd(al, groups, func(members []int) (func(x, y int) bool, func(x, y int) int) {
		// Only two members whose clauses both hold an asking word can be
		// at odds (othersAsked): a group with fewer such members keeps
		// all, its pairs unweighed (most groups: m² pairs saved).
		asking := 0
		for _, m := range members {
			if asksComment(mainOf(m).withoutSpeaker()) {
				asking++
			}
		}
		if asking < 2 {
			return nil, nil
		}
		atOdds := func(x, y int) bool { return othersAsked(mainOf(x), mainOf(y)) }
		return atOdds, func(x, y int) int { return sharedMain(mainOf(x), mainOf(y)) }
	})
}

// asksComment reports whether a main clause holds a word of the asking
// (askStems), which othersAsked needs in both clauses of a pair.
func asksComment(c clauseWords) bool {
	for w := range askStems {
		if c.words[w] {
			return true
		}
	}
	return false
}
