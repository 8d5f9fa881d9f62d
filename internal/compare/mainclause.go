package compare

import (
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// A fact group states one proposition: the sentences must say it in
// their main clauses, not in a clause that frames their own news ("the
// council turned hours after the mayor admitted …", "as police waited
// for backup, the suspect fled"). The matcher sees the shared words (a
// name, a figure, a phrase), not where they stand: two sentences that
// share only what one of them tells as background state two facts. On
// the judged ABP sample this took out a briefing announced against what
// was said at it, the timing of a statement against the news of a death
// (both joined on a storming told in a "before"/"after" clause), and a
// party's turn joined on the accusation that came before it.
//
// mainClauseGroups asks every pair of a group that what their main
// clauses say (saidTokens outside framing clauses and words of when,
// quoted words always counted) share a word, or that their main clauses
// name one entity other than a speaker's; it takes out of the group the
// sentences that fail. On the judged sets this also took out a win
// called historic against her words on the night (joined on a leading
// "marking the moment" phrase), the next contests told as an aside
// against their schedule, and a campaign's reply timed "as" a death was
// reported against the reply itself; it cost a minister's quoted
// disbelief against its retelling ("said when police told him …, he
// did not believe them") and a delay told from both sides.

// subordinators open a clause that frames the main one. A clause of
// contrast ("although", "though", "whereas") states a fact of its own
// beside the main one, and a reason ("because …") is part of what the
// sentence states ("she won't use it because she has other cover"):
// neither is a frame.
var subordinators = map[string]bool{"after": true, "before": true, "when": true, "while": true,
	"since": true, "amid": true, "despite": true, "until": true, "unless": true, "once": true}

// framingClauses marks the tokens of the clauses of ts that frame its
// main clause: the side clauses of sideClauses, a clause opened by
// a subordinator (or "as" at the sentence's start or after a comma) up
// to the next comma, semicolon, colon, dash, parenthesis or quotation
// mark, or the sentence's end, and the topic of a remark (remarkTopic).
// A subordinator inside quotation marks is the quoted speaker's, and one
// that is also a preposition opens a clause only when a verb follows
// (clauseAfter).
func framingClauses(ts []nlp.Token) []bool {
	out := sideClauses(ts)
	stop := func(sf string) bool {
		return sf == "," || sf == ";" || sf == "—" || sf == "–" || sf == "(" || sf == ")" || sf == ":"
	}
	quoted := inQuotes(ts)
	for k := 0; k < len(ts); k++ {
		n := ts[k].Norm
		if quoted[k] || quoteMark(ts[k].Surface) {
			continue
		}
		open := subordinators[n] || n == "as" && (k == 0 || ts[k-1].Surface == ",") && k+1 < len(ts) && ts[k+1].Kind == nlp.KindWord && !asPhrase[ts[k+1].Norm] ||
			leadingParticiple(ts, k)
		// ", while …" mostly sets a second fact beside the first ("he
		// said the hubs would be set up, while Macron said thousands of
		// troops may go"): a contrast, no frame.
		if n == "while" && k > 0 && ts[k-1].Surface == "," {
			open = false
		}
		// A clause inside a verb group ("has since it was set up
		// transferred …") leaves the main clause's verb after it.
		// Nor does one in a subject before its verb ("the session
		// before the committee was …").
		if !open || prepositionUse[n] && (!clauseAfter(ts, k) || k > 3 && !verbBefore(ts, k)) || k > 0 && (auxWords[ts[k-1].Norm] || hypotheticalWords[ts[k-1].Norm]) {
			continue
		}
		e := k
		for e < len(ts) && (e == k || !stop(ts[e].Surface) && !quoteMark(ts[e].Surface) || listComma(ts, e)) {
			e++
		}
		// A clause that opens the sentence and runs to its end (or to
		// the quotation mark that closes it) has no main clause after
		// it to tell it from ("when he was shot I said …", written
		// without a comma).
		quoteEnd := e < len(ts) && (quoteMark(ts[e].Surface) || ts[e].Surface == "," && e+1 < len(ts) && quoteMark(ts[e+1].Surface))
		if e < len(ts) && !quoteEnd || k > 3 {
			for i := k; i < e; i++ {
				out[i] = true
			}
		}
		k = e
	}
	remarkTopic(ts, quoted, out)
	return out
}

// saidOfVerbs are the verbs of saying after which "of" names whom or
// what the words are about ("“the best,” she said of the crew").
var saidOfVerbs = map[string]bool{"said": true, "says": true, "say": true, "wrote": true, "writes": true, "added": true, "tweeted": true}

// remarkTopic marks in frame the phrase that a verb of saying and "of"
// open, up to the next punctuation: it tells what the words are about,
// not what they say, and a pair that shares only it (a quoted remark about
// the crew beside the count of the crew) states two facts. "Said of
// course" is no such phrase, nor is one inside quotation marks.
func remarkTopic(ts []nlp.Token, quoted, frame []bool) {
	for k := 1; k+1 < len(ts); k++ {
		if ts[k].Norm != "of" || quoted[k] || !saidOfVerbs[ts[k-1].Norm] || ts[k+1].Norm == "course" {
			continue
		}
		for k < len(ts) && !(ts[k].Kind == nlp.KindPunct && !isJoiner(ts[k].Surface)) && !quoteMark(ts[k].Surface) {
			frame[k] = true
			k++
		}
	}
}

// leadingParticiple reports whether the word at k is an -ing form that
// opens the sentence and a phrase closed by a comma ("Marking the
// moment, she said …", "Speaking in the square, he …"): the phrase
// frames what the main clause says.
func leadingParticiple(ts []nlp.Token, k int) bool {
	if k != 0 || ts[0].Kind != nlp.KindWord || len(ts[0].Norm) <= 4 || !strings.HasSuffix(ts[0].Norm, "ing") || notVerbs[ts[0].Norm] {
		return false
	}
	for _, t := range ts[1:] {
		if t.Surface == "," {
			return true
		}
		// A verb before the comma makes the -ing form the subject
		// ("Returning to the agency would be a homecoming for him, …").
		if t.Kind == nlp.KindPunct && !isJoiner(t.Surface) || auxWords[t.Norm] || hypotheticalWords[t.Norm] {
			return false
		}
	}
	return false
}

// listComma reports whether the comma at e parts two names ("in
// Benghazi, Libya, had been", "in Montana, New Jersey and Iowa"): a
// capitalised word before it and after it.
func listComma(ts []nlp.Token, e int) bool {
	name := func(k int) bool {
		return k >= 0 && k < len(ts) && ts[k].Kind == nlp.KindWord && capitalised(ts[k].Surface)
	}
	if ts[e].Surface != "," || !name(e-1) {
		return false
	}
	if name(e + 1) {
		return true
	}
	// The comma that closes a name set off by one ("in Benghazi,
	// Libya, had been"): names back to a comma after a name.
	k := e - 1
	for k >= 0 && name(k) {
		k--
	}
	return k < e-1 && k > 0 && ts[k].Surface == "," && name(k-1)
}

// asPhrase are the words after "as" that make it a comparison or a
// quantity ("as many as 6,000", "as well as"), or a role or likeness
// ("as a good faith effort"), not a clause.
var asPhrase = map[string]bool{"many": true, "much": true, "well": true, "long": true, "soon": true, "far": true, "little": true,
	"few": true, "early": true, "late": true, "of": true, "for": true, "to": true, "if": true, "such": true, "part": true, "a": true, "an": true}

// coordinators join two clauses: a verb after one belongs to the next
// clause ("since the 70s and her pitch is …").
var coordinators = map[string]bool{"and": true, "but": true, "or": true}

// verbForms are common finite verbs that the word shape does not tell.
var verbForms = map[string]bool{"comes": true, "come": true, "came": true, "follows": true, "follow": true, "goes": true,
	"went": true, "takes": true, "took": true, "makes": true, "made": true, "rose": true, "rises": true, "fell": true, "falls": true,
	"began": true, "begins": true, "became": true, "becomes": true, "met": true, "meets": true, "ran": true, "runs": true,
	"led": true, "leads": true, "put": true, "set": true, "cut": true, "broke": true, "spoke": true, "wrote": true, "chose": true,
	"flew": true, "grew": true, "knew": true, "paid": true, "sold": true, "spent": true, "stood": true, "threw": true, "drew": true}

// verbBefore reports whether a verb comes before the word at k: an
// auxiliary, a modal, a verb of saying, a past form or a common finite
// verb (verbForms).
func verbBefore(ts []nlp.Token, k int) bool {
	for i := 0; i < k; i++ {
		t := ts[i]
		if t.Kind != nlp.KindWord || capitalised(t.Surface) && i > 0 {
			continue
		}
		if auxWords[t.Norm] || hypotheticalWords[t.Norm] || sayingWords[t.Norm] || reportWords[t.Norm] || strongParticiples[t.Norm] || verbForms[t.Norm] ||
			len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ed") && !participleAdjective(ts, i) {
			return true
		}
	}
	return false
}

// prepositionUse are subordinators that are prepositions too ("before
// the committee", "after her remarks"): they open a clause only when a
// verb follows (see clauseAfter).
var prepositionUse = map[string]bool{"after": true, "before": true, "since": true, "until": true, "despite": true, "amid": true, "once": true}

// clauseAfter reports whether a verb follows the word at k within six
// tokens, before punctuation: a form in -ing right after it, a verb of
// saying, an auxiliary or a past form ("after she disparaged him",
// "before protesters stormed", "after acknowledging").
func clauseAfter(ts []nlp.Token, k int) bool {
	if k+1 < len(ts) && strings.HasSuffix(ts[k+1].Norm, "ing") && !notVerbs[ts[k+1].Norm] {
		return true
	}
	for i := k + 1; i < len(ts) && i <= k+6; i++ {
		t := ts[i]
		if t.Kind == nlp.KindPunct && !isJoiner(t.Surface) || coordinators[t.Norm] {
			return false
		}
		if t.Kind != nlp.KindWord || capitalised(t.Surface) {
			continue
		}
		if sayingWords[t.Norm] || reportWords[t.Norm] || auxWords[t.Norm] || hypotheticalWords[t.Norm] || strongParticiples[t.Norm] ||
			len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ed") && !participleAdjective(ts, i) {
			return true
		}
	}
	return false
}

// mainClause returns what sentence pos of d says in its main clause:
// the stems of saidTokens and its numbers outside framing clauses and
// words of when (circumstanceWords, tollTimeWords), and the entities
// named there, speakers aside (speakerNames).
func mainClause(d *doc, pos int) clauseWords {
	ts := d.an.Sentences[pos].Tokens
	ent, desc := describedNames(d, pos)
	frame := framingClauses(ts)
	// Words someone is quoted saying are what the sentence reports,
	// wherever they stand ("the union, whose leader called the cuts
	// \"an attack on families\"").
	quoted := inQuotes(ts)
	for i, q := range quoted {
		if q {
			frame[i] = false
		}
	}
	speaker := speakerNames(ts, ent)
	said := saidTokens(ts, ent, desc)
	out := mainWords(ts, ent, said, frame, speaker)
	attr := attribution(ts, quoted, frame)
	if slices.Contains(attr, true) {
		// The speaker and the verb that reports the words ("tweeted",
		// "claimed") are not what is said.
		for i, a := range attr {
			frame[i] = frame[i] || a || speechVerb(ts, quoted, i)
		}
		spoken := mainWords(ts, ent, said, frame, speaker)
		out.spoken = &spoken
	}
	return out
}

// mainWords collects the words (said, outside frame) and the entities
// (outside frame, speakers aside) of a main clause.
func mainWords(ts []nlp.Token, ent []int, said, frame, speaker []bool) clauseWords {
	out := clauseWords{words: map[string]bool{}, names: map[int]bool{}, nameWords: map[string]bool{}}
	for i, e := range ent {
		if e >= 0 && !frame[i] && !speaker[i] {
			out.names[e] = true
		}
		if (e >= 0 || nameWord(ts, i)) && ts[i].Kind == nlp.KindWord && !ts[i].Stop && !frame[i] && !speaker[i] {
			out.nameWords[ts[i].Norm] = true
		}
	}
	for i, in := range said {
		if !in && ts[i].Kind != nlp.KindNumber || circumstanceWords[ts[i].Norm] || tollTimeWords[ts[i].Norm] {
			continue
		}
		if !frame[i] {
			out.words[ts[i].Stem] = true
		}
	}
	return out
}

// speakerNames marks the tokens of the names that a verb of saying
// follows or comes right before ("Romney said", "said Romney",
// "Romney told reporters"): who says something is not what is said, and
// one speaker's two remarks are two facts.
func speakerNames(ts []nlp.Token, ent []int) []bool {
	out := make([]bool, len(ts))
	for i := 0; i < len(ts); {
		if ent[i] < 0 {
			i++
			continue
		}
		j := i
		for j < len(ts) && ent[j] == ent[i] {
			j++
		}
		says := func(k int) bool {
			return k >= 0 && k < len(ts) && (sayingWords[ts[k].Norm] || reportWords[ts[k].Norm])
		}
		if says(j) || says(i-1) {
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
		i = j
	}
	return out
}

// clauseWords is what a main clause says: the stems of its words, and
// the entities it names.
type clauseWords struct {
	words map[string]bool
	names map[int]bool
	// nameWords holds the words of the names it gives, linked or not
	// (a capitalised word after the first), normalised, stop words
	// ("of", "the") aside.
	nameWords map[string]bool
	// spoken is the clause with the speaker of a verb of saying set
	// aside (attribution); nil when the sentence names none.
	spoken *clauseWords
}

// withoutSpeaker returns the main clause with its speaker set aside.
func (c clauseWords) withoutSpeaker() clauseWords {
	if c.spoken != nil {
		return *c.spoken
	}
	return c
}

// inQuotes marks the tokens of ts inside quotation marks. A sentence
// whose first mark closes a quotation (a curly closing mark, or a
// straight one right after punctuation: `done,"`) begins inside it: the
// page split a quoted passage into sentences.
func inQuotes(ts []nlp.Token) []bool {
	out := make([]bool, len(ts))
	quoted := false
	for k, t := range ts {
		if quoteMark(t.Surface) {
			quoted = t.Surface == "”" || t.Surface == "\"" && k > 0 && strings.Contains(",.?!", ts[k-1].Surface)
			break
		}
	}
	for k, t := range ts {
		if quoteMark(t.Surface) {
			quoted = !quoted
			continue
		}
		out[k] = quoted
	}
	return out
}

// quoteMark reports whether s is a quotation mark.
func quoteMark(s string) bool {
	return s == "\"" || s == "“" || s == "”"
}

// otherMainClauses reports whether the main clauses of two sentences
// say different things: both say something, and they share no word of
// it and name no entity in common. A main clause that says nothing of
// its own (all names, or all frame) is left to the matcher.
func otherMainClauses(x, y clauseWords) bool {
	if len(x.words) == 0 || len(y.words) == 0 {
		return false
	}
	for w := range x.words {
		if y.words[w] {
			return false
		}
	}
	for e := range x.names {
		if y.names[e] {
			return false
		}
	}
	return true
}

// sharedMain counts the words and the entities two main clauses share.
func sharedMain(x, y clauseWords) int {
	n := 0
	for w := range x.words {
		if y.words[w] {
			n++
		}
	}
	for e := range x.names {
		if y.names[e] {
			n++
		}
	}
	return n
}

// mainClauseGroups takes out of each group of several articles the
// sentences whose main clause says something other than another
// member's (otherMainClauses), the one at odds with most members first,
// until no pair is at odds; a group left with one article is dissolved,
// and a sentence no group holds any more is a fact of its own article
// (the paraphrase search still finds the articles that state it). A
// group that loses a member keeps the best score of the whole group.
// mainOf gives an aligned sentence's main clause (mainClauseOf).
func mainClauseGroups(mainOf func(int) clauseWords, al []aligned, groups []*factGroup) []*factGroup {
	return withoutOdd(al, groups, func(members []int) (func(x, y int) bool, func(x, y int) int) {
		// In a pair, the speaker's name and title tie no two remarks:
		// what each says must share something (attribution). In a
		// larger group the member that leaves is chosen on whole main
		// clauses, as one person's remarks there are often one fact
		// told from several sides, unless no two of them share
		// anything but the speaker: then they are as many remarks.
		pair := len(members) == 2
		remarks := !pair && speakerOnly(mainOf, members)
		atOdds := func(x, y int) bool {
			a, b := mainOf(x), mainOf(y)
			return otherMainClauses(a, b) || pair && otherMainClauses(a.withoutSpeaker(), b.withoutSpeaker()) || remarks && saidApart(a, b)
		}
		return atOdds, func(x, y int) int { return sharedMain(mainOf(x), mainOf(y)) }
	})
}

// memoPair returns f with each ordered pair's answer kept after the
// first call.
func memoPair[V any](f func(x, y int) V) func(x, y int) V {
	seen := map[[2]int]V{}
	return func(x, y int) V {
		k := [2]int{x, y}
		v, ok := seen[k]
		if !ok {
			v = f(x, y)
			seen[k] = v
		}
		return v
	}
}

// withoutOdd takes out of each group of several articles the members at
// odds with another (the pair test that odds returns for the group's
// members), the one at odds with most members first, until no pair is at
// odds; of two at odds with as many, the one that shares less with the
// others (shared) leaves. A group left with one article is dissolved,
// and a sentence no group holds any more is a fact of its own article
// (the paraphrase search still finds the articles that state it). A
// group that loses a member keeps the best score of the whole group.
// odds may return a nil test when no pair of the group can be at odds:
// the group is kept whole, its pairs unweighed.
func withoutOdd(al []aligned, groups []*factGroup, odds func(members []int) (atOdds func(x, y int) bool, shared func(x, y int) int)) []*factGroup {
	in := membership(al, groups)
	out := groups[:0:0]
	var alone []int
	for _, g := range groups {
		if len(g.docs) < 2 {
			out = append(out, g)
			continue
		}
		members := append([]int(nil), g.members...)
		atOdds, sharedWith := odds(members)
		if atOdds == nil {
			out = append(out, g) // no pair of the group can be at odds
			continue
		}
		// A group may lose a member each round: each ordered pair is
		// weighed once (both functions are fixed for the group), each
		// member's count of members at odds with it is kept as members
		// leave (a round that weighed every pair again made O(m³)), and
		// shares are summed only for a member at odds.
		share := memoPair(sharedWith)
		m := len(members)
		odd := make([]bool, m*m)
		count := make([]int, m)
		for i, x := range members {
			for j, y := range members {
				if i != j && atOdds(x, y) {
					odd[i*m+j] = true
					count[i]++
				}
			}
		}
		gone := make([]bool, m)
		var dropped []int
		for left := m; left > 1; left-- {
			worst, most, least := -1, 0, 0
			for i, x := range members {
				n := count[i]
				if gone[i] || n == 0 || n < most {
					continue
				}
				shared := 0
				for j, y := range members {
					if i != j && !gone[j] {
						shared += share(x, y)
					}
				}
				if n > most || n == most && n > 0 && shared < least {
					worst, most, least = i, n, shared
				}
			}
			if worst < 0 {
				break
			}
			dropped = append(dropped, members[worst])
			gone[worst] = true
			for i := range members {
				if !gone[i] && odd[i*m+worst] {
					count[i]--
				}
			}
		}
		kept := members[:0]
		for i, x := range members {
			if !gone[i] {
				kept = append(kept, x)
			}
		}
		members = kept
		if len(dropped) == 0 {
			out = append(out, g)
			continue
		}
		docsIn := map[int]bool{}
		for _, m := range members {
			docsIn[al[m].s.doc] = true
		}
		if len(docsIn) >= 2 {
			out = append(out, &factGroup{members: members, docs: docsIn, best: g.best})
		} else {
			dropped = append(dropped, members...)
		}
		for _, m := range dropped {
			if in[m]--; in[m] == 0 {
				alone = append(alone, m)
			}
		}
	}
	for _, m := range alone {
		out = append(out, &factGroup{members: []int{m}, docs: map[int]bool{al[m].s.doc: true}})
	}
	return out
}

// saidApart reports whether what two main clauses say shares no word
// and no name once their speakers are set aside (attribution). A clause
// that says nothing readable without its speaker (“SHAMEFUL!” she
// tweeted) shares nothing said either; as attribution takes a whole
// clause for the speaker when it finds no verb before "said", this is
// asked only of groups of three or more (speakerOnly), where the others
// must be apart too.
func saidApart(x, y clauseWords) bool {
	a, b := x.withoutSpeaker(), y.withoutSpeaker()
	if x.spoken != nil && len(a.words)+len(a.names) == 0 || y.spoken != nil && len(b.words)+len(b.names) == 0 {
		return true
	}
	return otherMainClauses(a, b)
}

// speakerOnly reports whether no two of members share a word or a name
// of what is said once the speakers are set aside (attribution): one
// person's several remarks, grouped on the person alone.
func speakerOnly(mainOf func(int) clauseWords, members []int) bool {
	for i, x := range members {
		for _, y := range members[i+1:] {
			if !saidApart(mainOf(x), mainOf(y)) {
				return false
			}
		}
	}
	return true
}

// mainClauseOf returns the main clause of aligned sentence m, each
// sentence's read once.
func mainClauseOf(docs []*doc, al []aligned) func(m int) clauseWords {
	main := map[int]clauseWords{}
	return func(m int) clauseWords {
		c, ok := main[m]
		if !ok {
			c = mainClause(docs[al[m].s.doc], al[m].s.pos)
			main[m] = c
		}
		return c
	}
}

// membership counts for each aligned sentence how many of groups hold it.
func membership(al []aligned, groups []*factGroup) []int {
	in := make([]int, len(al))
	for _, g := range groups {
		for _, m := range g.members {
			in[m]++
		}
	}
	return in
}

// release takes the members of a group that is given up out of the
// counts in and returns alone with a group of one sentence for each
// member no group holds any more: a fact of its own article.
func release(g *factGroup, in []int, al []aligned, alone []*factGroup) []*factGroup {
	for _, m := range g.members {
		if in[m]--; in[m] == 0 {
			alone = append(alone, &factGroup{members: []int{m}, docs: map[int]bool{al[m].s.doc: true}})
		}
	}
	return alone
}
