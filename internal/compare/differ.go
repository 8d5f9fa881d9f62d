package compare

import (
	"slices"
	"strings"

	"github.com/kljensen/snowball/english"

	"github.com/parallax-news/parallax/internal/nlp"
)

// opposites are outcomes that exclude each other: a fact group whose
// sentences say one and the other ("the bill passed", "the bill was
// dropped") is a difference between the outlets, not a fact they agree
// on. Each line lists words of one outcome, then "|", then words of the
// other.
var opposites = [][2][]string{
	{{"passed", "approved", "adopted", "enacted", "signed"}, {"dropped", "rejected", "failed", "blocked", "defeated", "withdrawn", "vetoed", "shelved", "scrapped"}},
	{{"confirmed", "confirms", "acknowledged", "admitted", "admits"}, {"denied", "denies", "rejected", "disputed"}},
	{{"won", "wins", "winning"}, {"lost", "loses", "losing", "conceded"}},
	{{"guilty", "convicted"}, {"acquitted", "innocent", "cleared"}},
	{{"upheld", "upholds", "reinstated"}, {"overturned", "overturns", "struck", "reversed", "vacated"}},
	{{"rose", "risen", "increased", "grew", "climbed", "higher"}, {"fell", "fallen", "decreased", "declined", "dropped", "lower"}},
	{{"allowed", "allows", "permitted", "granted"}, {"banned", "bans", "barred", "forbade", "refused", "denied"}},
	{{"alive", "survived", "injured", "wounded"}, {"dead", "died", "killed"}},
	{{"arrested", "detained", "charged"}, {"released", "freed"}},
	{{"accepted", "accepts", "agreed"}, {"refused", "declined", "rejected"}},
	{{"resigned", "resigns", "quit"}, {"fired", "dismissed", "ousted"}},
	// A fact-check's rating: "we rate the claim INCONCLUSIVE" against
	// "the claim … is TRUE".
	{{"true", "accurate", "correct"}, {"false", "inconclusive", "misleading", "unproven", "inaccurate", "incorrect"}},
}

// outcomeWords maps a word to its opposite pair and side (1 or 2).
var outcomeWords = func() map[string][][2]int {
	m := map[string][][2]int{}
	for i, o := range opposites {
		for side, ws := range o {
			for _, w := range ws {
				m[w] = append(m[w], [2]int{i, side + 1})
			}
		}
	}
	return m
}()

// outcomeStems maps the stem of each outcome word to its opposite pair
// and side, so that a sentence using a side's word in another form
// ("fire", "firing", "resign") is seen to speak of that side too.
var outcomeStems = func() map[string][][2]int {
	m := map[string][][2]int{}
	for w, ps := range outcomeWords {
		st := english.Stem(w, false)
		for _, p := range ps {
			if !slices.Contains(m[st], p) {
				m[st] = append(m[st], p)
			}
		}
	}
	return m
}()

// outcomes returns, for a sentence, the sides of each opposite pair its
// words take (bit 1 for the first side, bit 2 for the second), and the
// sides it mentions in any form of their words.
func outcomes(s nlp.Sentence) (took, mentions map[int]int) {
	took, mentions = map[int]int{}, map[int]int{}
	for _, t := range s.Tokens {
		for _, ps := range outcomeWords[t.Norm] {
			took[ps[0]] |= ps[1]
		}
		for _, ps := range outcomeStems[t.Stem] {
			mentions[ps[0]] |= ps[1]
		}
	}
	return took, mentions
}

// conflict finds two sentences of different articles in a fact group that
// take opposite outcomes, and returns the words that differ ("passed",
// "dropped"), or nil. A sentence gives an account of an outcome only when
// it states it: not as a question, a condition or a possibility ("even
// if", "would"), nor as a change it tells of. Opposite words must be said
// of the same participants ("Graham defeated his challengers" and "the
// bill passed" speak of two things).
func conflict(docs []*doc, al []aligned, g *factGroup) []string {
	type side struct {
		out, mentions map[int]int
		acc           account
		doc           int
	}
	var ss []side
	// both holds the pairs one sentence of the group tells both sides
	// of ("struck down much of the law, but upheld a key provision"):
	// the happening had both outcomes, so no two sentences of the group
	// give opposite accounts of it.
	both := map[int]bool{}
	for _, m := range g.members {
		s := al[m].s
		d := docs[s.doc]
		sen := d.an.Sentences[s.pos]
		took, mentions := outcomes(sen)
		for p, x := range mentions {
			if x == 3 {
				both[p] = true
			}
		}
		if !sentenceStates(sen) {
			continue
		}
		ss = append(ss, side{took, mentions, newAccount(sen, d.an.Quotes), s.doc})
	}
	for i, a := range ss {
		for _, b := range ss[i+1:] {
			if a.doc == b.doc {
				continue
			}
			for p, sa := range a.out {
				if both[p] {
					continue
				}
				sb := b.out[p]
				// A sentence that also speaks of the other side ("resigned
				// rather than fire him") gives no account against it.
				opposite := sa == 1 && sb == 2 || sa == 2 && sb == 1
				if opposite && a.mentions[p]&sb == 0 && b.mentions[p]&sa == 0 {
					ka, kb := sideToken(a.acc.s, p, sa), sideToken(b.acc.s, p, sb)
					if !attributive(a.acc.s, ka) && !attributive(b.acc.s, kb) && !background(a.acc.s, ka) && !background(b.acc.s, kb) &&
						!earlier(a.acc.s, ka) && !earlier(b.acc.s, kb) &&
						!catenativeOther(a.acc.s, ka, b.acc.s, kb, p) && !catenativeOther(b.acc.s, kb, a.acc.s, ka, p) &&
						!modalClause(a.acc.s, ka) && !modalClause(b.acc.s, kb) &&
						sameParticipants(a.acc.s, ka, b.acc.s, kb) && (verdicts(a.acc.s, ka, b.acc.s, kb) || sameActor(a.acc.s, ka, b.acc.s, kb, true)) &&
						(!complementPairs[p] || sameComplement(a.acc.s, ka, b.acc.s, kb)) {
						return []string{a.acc.s.Tokens[ka].Norm, b.acc.s.Tokens[kb].Norm}
					}
				}
			}
			if ws := negatedInOne(a.acc, b.acc); ws != nil {
				return ws
			}
		}
	}
	return nil
}

// catenatives are outcome words that take an infinitive ("failed to
// agree", "agreed to decide"): the outcome is of the infinitive's verb.
var catenatives = map[string]bool{"failed": true, "fails": true, "fail": true, "agreed": true, "refused": true, "declined": true}

// catenativeOther reports whether the outcome word at token ka of a is a
// catenative with "to" and a verb, and the word at kb of b says nothing
// of that verb: neither the same catenative frame with the same verb
// ("refused to testify", "agreed to testify") nor a word of the other
// side of pair p ("failed to pass", "passed"). "The council failed to
// agree on fees" says nothing against "the council passed a bill", nor
// "the court agreed to decide" against "the court rejected the plea".
func catenativeOther(a nlp.Sentence, ka int, b nlp.Sentence, kb, p int) bool {
	ts := a.Tokens
	if !catenatives[ts[ka].Norm] || ka+2 >= len(ts) || ts[ka+1].Norm != "to" {
		return false
	}
	verb := ts[ka+2].Stem
	for _, ps := range outcomeStems[verb] {
		if ps[0] == p {
			return false
		}
	}
	u := b.Tokens
	return !(kb+2 < len(u) && u[kb+1].Norm == "to" && u[kb+2].Stem == verb)
}

// statesOutcome reports whether a sentence can state an outcome against
// another's anywhere: not a question, no condition, possibility or rule
// ("if", "whether", "would", "could", "can", "will"), no change over
// time.
func statesOutcome(s nlp.Sentence) bool {
	if !sentenceStates(s) {
		return false
	}
	for _, t := range s.Tokens {
		if modalWord(t) {
			return false
		}
	}
	return true
}

// sentenceStates reports whether some clause of a sentence can state an
// outcome: the sentence is no question, no condition ("if", "whether",
// "unless") and tells of no change over time. A modal word ("will")
// rules out only its own clause (modalClause).
func sentenceStates(s nlp.Sentence) bool {
	if changeOverTime(s) {
		return false
	}
	for _, t := range s.Tokens {
		if t.Kind == nlp.KindPunct && t.Surface == "?" {
			return false
		}
		switch t.Norm {
		case "if", "whether", "unless":
			return false
		}
	}
	return true
}

// hypotheticalWords make what a sentence says a condition, a possibility,
// a rule or a plan rather than an outcome ("a sitting president cannot be
// indicted"; "may" counts when written in lower case: "May" is the
// month).
var hypotheticalWords = map[string]bool{"can": true, "cannot": true, "can't": true, "can’t": true, "if": true, "whether": true, "unless": true, "would": true, "could": true,
	"might": true, "should": true, "will": true, "shall": true, "won't": true, "wouldn't": true, "couldn't": true,
	"shouldn't": true, "won’t": true, "wouldn’t": true, "couldn’t": true, "shouldn’t": true}

// account is one sentence as an account of what happened, with the
// tokens that are someone's quoted words marked.
type account struct {
	s      nlp.Sentence
	quoted []bool
}

// newAccount marks the quoted tokens of s: inside the quotation marks
// of the sentence, before a closing mark whose opening mark is in an
// earlier sentence, or inside a quotation the analysis found (quotes
// spanning sentences).
func newAccount(s nlp.Sentence, quotes []nlp.Quote) account {
	q := make([]bool, len(s.Tokens))
	inside := false
	for k, t := range s.Tokens {
		if t.Kind == nlp.KindPunct && isQuoteMark(t.Surface) {
			if closingMark(s.Tokens, k) {
				// A double closing mark with no opening one before it
				// ends a quotation that began in an earlier sentence (a
				// single one may be an apostrophe).
				if !inside && t.Surface != "’" && t.Surface != "'" {
					for j := 0; j < k; j++ {
						q[j] = true
					}
				}
				inside = false
			} else {
				inside = true
			}
			continue
		}
		q[k] = inside
	}
	for _, qu := range quotes {
		for _, p := range qu.Parts {
			if p.Para != s.Para {
				continue
			}
			for k, t := range s.Tokens {
				if t.Start >= p.Start && t.End <= p.End {
					q[k] = true
				}
			}
		}
	}
	return account{s, q}
}

// closingMark reports whether quotation mark k of ts closes a quotation:
// a closing typographic mark, or a straight one written against the word
// before it.
func closingMark(ts []nlp.Token, k int) bool {
	switch ts[k].Surface {
	case "”", "’", "»", "''":
		return true
	case "\"", "'":
		return k > 0 && ts[k-1].End == ts[k].Start && !(ts[k-1].Kind == nlp.KindPunct && isQuoteMark(ts[k-1].Surface))
	}
	return false
}

// sideToken returns the index of the token of s that takes side sd of
// opposite pair p.
func sideToken(s nlp.Sentence, p, sd int) int {
	for k, t := range s.Tokens {
		for _, ps := range outcomeWords[t.Norm] {
			if ps[0] == p && ps[1] == sd {
				return k
			}
		}
	}
	return -1
}

// attributive reports whether token k of s stands between a determiner
// and the word it describes ("a wounded police officer", "the failed
// attempt"): it describes a thing, it does not state an outcome.
func attributive(s nlp.Sentence, k int) bool {
	if k <= 0 || k+1 >= len(s.Tokens) || s.Tokens[k+1].Kind != nlp.KindWord {
		return false
	}
	switch s.Tokens[k-1].Norm {
	case "a", "an", "the", "his", "her", "their", "its", "our", "this", "that", "these", "those":
		return true
	}
	return false
}

// background reports whether token k of s is the verb of a time clause
// ("died after being released", "since resigning"): it tells what came
// before the sentence's account, not the account.
func background(s nlp.Sentence, k int) bool {
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		switch s.Tokens[i].Norm {
		case "being", "been", "having":
			continue
		case "after", "before", "since", "following", "upon":
			return true
		}
		return false
	}
	return false
}

// earlier reports whether the sentence s, up to the end of the clause
// around token k, dates the happening of k weeks or more before the
// story: "last month", "a few weeks ago", "earlier this year", "had
// already". Such a sentence recalls an earlier event as background; how
// two outlets word that event ("resigned last month", "was fired less
// than a month ago") is no opposite account of the story's own
// happening (s4fb6343947ab21e9: Flynn's exit in a story of Sessions'
// recusal).
func earlier(s nlp.Sentence, k int) bool {
	_, hi := clauseAround(s, k)
	ts := s.Tokens
	norm := func(i int) string {
		if i < 0 || i >= len(ts) {
			return ""
		}
		return ts[i].Norm
	}
	for i := 0; i <= hi && i < len(ts); i++ {
		switch ts[i].Norm {
		case "ago":
			if longSpans[norm(i-1)] {
				return true
			}
		case "last":
			if longSpans[norm(i+1)] || months[norm(i+1)] {
				return true
			}
		case "earlier":
			if norm(i+1) == "this" && longSpans[norm(i+2)] {
				return true
			}
		case "already":
			if norm(i-1) == "had" && i < k && k-i <= 2 {
				return true
			}
		}
	}
	return false
}

// longSpans are the spans of time that put a happening before the story
// ("weeks ago", "last month"); "a week ago" and "last week" may be the
// story itself.
var longSpans = map[string]bool{"weeks": true, "month": true, "months": true, "year": true, "years": true,
	"decade": true, "decades": true, "summer": true, "spring": true, "fall": true, "autumn": true, "winter": true}

// clauseBoundaryWords end a clause as punctuation does.
var clauseBoundaryWords = map[string]bool{"but": true, "while": true, "although": true, "though": true, "whereas": true, "who": true, "which": true}

// clauseBoundary reports whether t ends a clause: punctuation other than
// a hyphen or an apostrophe, or a clause word ("but", "who").
func clauseBoundary(t nlp.Token) bool {
	return t.Kind == nlp.KindPunct && t.Surface != "-" && t.Surface != "'" && t.Surface != "’" || clauseBoundaryWords[t.Norm]
}

// clauseAround returns the first and last token of the clause of s
// around token k (see clauseBoundary).
func clauseAround(s nlp.Sentence, k int) (lo, hi int) {
	return clauseSpan(s, k, k, clauseBoundary)
}

// clauseSpan widens tokens first..last of s on either side up to the
// tokens brk says bound a clause.
func clauseSpan(s nlp.Sentence, first, last int, brk func(nlp.Token) bool) (lo, hi int) {
	lo, hi = first, last
	for lo > 0 && !brk(s.Tokens[lo-1]) {
		lo--
	}
	for hi+1 < len(s.Tokens) && !brk(s.Tokens[hi+1]) {
		hi++
	}
	return lo, hi
}

// participants returns the stems of the content words of the clause
// around token k of s (bounded by punctuation and clause words), the
// outcome words left out, and which of them are names.
func participants(s nlp.Sentence, k int) map[string]bool {
	lo, hi := clauseAround(s, k)
	out := map[string]bool{}
	for i := lo; i <= hi; i++ {
		t := s.Tokens[i]
		if i == k || !content(t) || len(outcomeStems[t.Stem]) > 0 {
			continue
		}
		out[t.Stem] = out[t.Stem] || nameWord(s.Tokens, i)
	}
	return out
}

// sameParticipants reports whether the clauses of token ka of a and kb
// of b speak of the same participants: they share a name, or two words.
func sameParticipants(a nlp.Sentence, ka int, b nlp.Sentence, kb int) bool {
	if ka < 0 || kb < 0 {
		return false
	}
	pa, pb := participants(a, ka), participants(b, kb)
	shared := 0
	for st, name := range pa {
		if nb, ok := pb[st]; ok {
			if name || nb {
				return true
			}
			shared++
		}
	}
	return shared >= 2
}

// negators turn the next word of what is said into its negation
// ("offered no apology", "did not resign", "cannot stay").
var negators = map[string]bool{"not": true, "no": true, "never": true, "neither": true, "nor": true, "without": true, "cannot": true}

// negativeWords deny or withhold what follows them without a negator
// ("refused to testify", "declined to comment", "missed the vote",
// "policy against charging", "nobody knows", "rather than carry out"): a sentence with one states a negative, and a negation
// in the other sentence is the same account in other words.
var negativeWords = map[string]bool{"refused": true, "refuses": true, "refuse": true, "refusing": true,
	"declined": true, "declines": true, "decline": true, "declining": true, "denied": true, "denies": true,
	"deny": true, "denying": true, "failed": true, "fails": true, "fail": true, "failing": true,
	"rejected": true, "rejects": true, "reject": true, "abstained": true, "abstain": true, "abstains": true,
	"abstention": true, "missed": true, "misses": true, "skipped": true, "absent": true, "against": true, "nobody": true, "nothing": true, "none": true, "rather": true, "instead": true,
	"couldn't": true, "wouldn't": true, "shouldn't": true, "couldn’t": true, "wouldn’t": true, "shouldn’t": true}

// reportingWords attribute what follows or precedes to someone: a
// negation under one is that person's claim, not the outlet's account
// ("he insists he didn't mock anyone", "Portman said he does not
// support the bill").
var reportingWords = map[string]bool{"said": true, "says": true, "say": true, "saying": true, "argued": true,
	"argues": true, "argue": true, "arguing": true, "claimed": true, "claims": true, "claim": true, "claiming": true,
	"insisted": true, "insists": true, "insist": true, "contended": true, "contends": true, "maintained": true,
	"maintains": true, "told": true, "tells": true, "wrote": true, "writes": true, "added": true, "adds": true}

// negatesOtherwise reports whether a sentence states a negative other than
// through the stem st: a negative word ("refused", "nobody"), or an
// abstention ("voted present").
func negatesOtherwise(s nlp.Sentence, st string) bool {
	lo, hi := relativeClause(s, st)
	for k, t := range s.Tokens {
		if t.Stem == st || k < lo || k > hi {
			continue
		}
		if negativeWords[t.Norm] {
			return true
		}
		if t.Norm == "present" {
			for j := max(0, k-3); j < min(len(s.Tokens), k+4); j++ {
				if strings.HasPrefix(s.Tokens[j].Norm, "vot") {
					return true
				}
			}
		}
	}
	return false
}

// relativeClause returns the bounds of the relative clause ("Brek, who
// faces token opposition") that holds the first word of stem st in s, or
// the whole sentence when it is in none: a relative clause states its
// own proposition about the noun before it.
func relativeClause(s nlp.Sentence, st string) (lo, hi int) {
	ts := s.Tokens
	k := slices.IndexFunc(ts, func(t nlp.Token) bool { return t.Stem == st })
	if k < 0 {
		return 0, len(ts) - 1
	}
	lo, hi = clauseAround(s, k)
	if lo == 0 || (ts[lo-1].Norm != "who" && ts[lo-1].Norm != "which") {
		return 0, len(ts) - 1
	}
	return lo, hi
}

// reported reports whether a sentence attributes what it says to someone
// ("said", "argued", "insists").
func reported(s nlp.Sentence) bool {
	for _, t := range s.Tokens {
		if reportingWords[t.Norm] {
			return true
		}
	}
	return false
}

// negatedInOne returns the words with which one sentence states what the
// other negates: a word of what is said (not of a name, nor inside
// quotation marks, where it is someone's words) that both use, negated in
// one and never in the other ("apologized", "nor apology"), the other
// negating nothing, in no other words either ("refused", "voted
// present"); nil when there is none, or when either sentence reports
// someone's claim rather than the outlet's account.
func negatedInOne(a, b account) []string {
	if reported(a.s) || reported(b.s) {
		return nil
	}
	negA, plainA := predicateUses(a)
	negB, plainB := predicateUses(b)
	// Both negate something: "haven't had the experience of being
	// followed" and "haven't been followed" negate one thing in other
	// words. A contradiction is a negation against none.
	if len(negA) > 0 && len(negB) > 0 {
		return nil
	}
	for st, w := range plainA {
		if nw, ok := negB[st]; ok && plainB[st] == "" && negA[st] == "" && !negatesOtherwise(a.s, st) && sameObject(a.s, b.s, st) && oneStatement(a, b, st) {
			return []string{w, nw}
		}
	}
	for st, w := range plainB {
		if nw, ok := negA[st]; ok && plainA[st] == "" && negB[st] == "" && !negatesOtherwise(b.s, st) && sameObject(a.s, b.s, st) && oneStatement(a, b, st) {
			return []string{nw, w}
		}
	}
	return nil
}

// oneStatement reports whether the words of stem st in a and in b state
// one proposition: neither is in a clause of possibility or plan, and
// both are said of the same subject ("the GOP aides do not count" and
// "the White House is counting" are two).
func oneStatement(a, b account, st string) bool {
	ka, kb := stemIndex(a, st), stemIndex(b, st)
	if ka < 0 || kb < 0 || modalClause(a.s, ka) || modalClause(b.s, kb) {
		return false
	}
	return sameActor(a.s, ka, b.s, kb, false)
}

// stemIndex returns the first token of a with stem st outside quotation
// marks, or -1.
func stemIndex(a account, st string) int {
	for k, t := range a.s.Tokens {
		if t.Stem == st && !a.quoted[k] {
			return k
		}
	}
	return -1
}

// objectWindow is how many tokens after a negated or stated word hold
// what it is said of.
const objectWindow = 6

// sameObject reports whether the words after stem st in a and in b share
// a content word: what is done or denied is done to the same thing ("did
// not deploy its air defence" and "deployed dozens of warplanes" are two
// deployments).
func sameObject(a, b nlp.Sentence, st string) bool {
	after := func(s nlp.Sentence) map[string]bool {
		out := map[string]bool{}
		for k, t := range s.Tokens {
			if t.Stem != st {
				continue
			}
			for j := k + 1; j < len(s.Tokens) && j <= k+objectWindow; j++ {
				if content(s.Tokens[j]) {
					out[s.Tokens[j].Stem] = true
				}
			}
		}
		return out
	}
	wa, wb := after(a), after(b)
	for w := range wa {
		if wb[w] {
			return true
		}
	}
	return false
}

// predicateUses maps the stems of a sentence's own words of what is said
// to their negated uses ("no apology") and their plain ones
// ("apologized"). A negator negates the next word that is not a stop
// word. Quoted words are someone else's and left out, and so are a plain
// word after "to" (an intent) and a negated ordinal.
func predicateUses(a account) (neg, plain map[string]string) {
	s := a.s
	neg, plain = map[string]string{}, map[string]string{}
	negator := ""
	intent := false
	for k, t := range s.Tokens {
		if t.Kind == nlp.KindPunct {
			negator, intent = "", false
			continue
		}
		if t.Norm == "to" && k+1 < len(s.Tokens) && infinitive(s.Tokens[k+1]) {
			// "working to get independent confirmation": the rest of
			// the clause is an aim, not an outcome.
			intent = true
		}
		if a.quoted[k] {
			negator = ""
			continue
		}
		if n := negation(s.Tokens, k); n != "" {
			negator = n
			continue
		}
		if !content(t) {
			continue
		}
		switch {
		case nameWord(s.Tokens, k):
		case k > 0 && s.Tokens[k-1].Norm == "to" || intent:
			// "threatening to resign", "plans to appeal", "working to
			// get confirmation": an intent or a direction, not an
			// outcome stated.
		case negator != "":
			// "not the first time", "isn't the only one": an ordinal
			// negated tells no outcome; "no vice presidential debate":
			// a determiner negates the noun phrase's head, not the word
			// that modifies it.
			if !ordinalWords[t.Norm] && !(determinerNegators[negator] && k+1 < len(s.Tokens) && content(s.Tokens[k+1])) {
				neg[t.Stem] = negator + " " + t.Norm
			}
		case plain[t.Stem] == "":
			plain[t.Stem] = t.Norm
		}
		negator = ""
	}
	return neg, plain
}

// infinitive reports whether t, after "to", is the verb of an
// infinitive ("to get") rather than the noun phrase of a preposition
// ("to 7.7 percent", "to the council", "to Clinton").
func infinitive(t nlp.Token) bool {
	return content(t) && !capitalised(t.Surface) && !determinerWords[t.Norm] && !timeWords[t.Norm]
}

// determinerNegators negate a noun phrase ("no apology", "without
// warning") rather than a verb.
var determinerNegators = map[string]bool{"no": true, "without": true, "neither": true, "nor": true}

// ordinalWords rank a thing among others: negated, they tell no outcome.
var ordinalWords = map[string]bool{"first": true, "second": true, "third": true, "last": true, "only": true, "final": true}

// negation returns token k when it negates what follows: a negator or a
// word ending in "n't", but not "whether or not", "could not" (a
// possibility, not an outcome), "not only", "no longer", "no doubt", "no
// matter", "not to" (an instruction or an intent: "told not to testify"),
// a negator before a preposition ("not from the president": a
// circumstance contrasted).
func negation(ts []nlp.Token, k int) string {
	n := ts[k].Norm
	switch {
	case n == "couldn't" || n == "wouldn't" || n == "shouldn't" || n == "mightn't":
		return ""
	case !negators[n] && !strings.HasSuffix(n, "n't"):
		return ""
	}
	if k > 0 {
		switch ts[k-1].Norm {
		case "or", "could", "would", "might", "may", "should":
			return "" // "whether or not"; what could not happen is no outcome
		}
	}
	if k+1 < len(ts) {
		switch ts[k+1].Norm {
		case "only", "just", "longer", "doubt", "matter", "least", "question", "wonder", "surprise":
			return "" // "no doubt", "no question": an idiom that asserts
		case "so", "too", "very", "quite", "that", "all", "much", "enough":
			return "" // "not so quickly": a degree, no outcome
		case "to":
			return "" // "told not to testify": an instruction or an intent, no outcome
		case "from", "in", "for", "by", "with", "at", "on", "of", "about", "as", "because", "since", "until", "over", "under", "through", "after", "before":
			return "" // "from an aide, not from the president": a circumstance contrasted, no outcome
		}
	}
	return n
}

// isQuoteMark reports whether a punctuation token is a quotation mark.
func isQuoteMark(p string) bool {
	switch p {
	case "\"", "“", "”", "«", "»", "„", "‘", "’", "''", "``":
		return true
	}
	return false
}

// changeOverTime reports whether a sentence tells of a change ("after
// initially denying, Iran acknowledged"): its opposite words are two
// moments of one story, not one outlet's claim against another's.
func changeOverTime(s nlp.Sentence) bool {
	for k, t := range s.Tokens {
		switch t.Norm {
		case "initially", "earlier", "previously", "later", "until", "originally", "subsequently":
			return true
		case "yet":
			// "had not yet reviewed", "has yet to qualify": a moment
			// of a story still unfolding ("Yet" opening a sentence is
			// "but").
			if k > 0 {
				return true
			}
		case "time", "far":
			// "at the time", "so far": said of one moment.
			if k >= 2 && s.Tokens[k-2].Norm == "at" && s.Tokens[k-1].Norm == "the" && t.Norm == "time" ||
				k >= 1 && s.Tokens[k-1].Norm == "so" && t.Norm == "far" {
				return true
			}
		}
	}
	return false
}

// joinWords formats the words of a conflict.
func joinWords(ws []string) string { return strings.Join(ws, " / ") }
