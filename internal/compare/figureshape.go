package compare

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/textcase"
)

// The shape of a figure in its sentence: rules that keep the summary from
// showing a piece of a larger figure ("322" of "between 322 and 1,300",
// "three" of "one hundred and forty-three") or an age limit ("under the
// age of 31") as a count of its own.

// spelledWords are the number words a spelled figure is made of.
var spelledWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true,
	"fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true, "nineteen": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true,
	"ninety": true, "hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true,
	"a": true, "dozen": true, "dozens": true, "hundreds": true, "thousands": true, "millions": true}

// numericWord reports whether a word of a sentence is, or ends, a
// figure: it holds a digit ("1,300", "$6", "40%") or is a number word or
// a unit that closes one ("forty-three", "percent").
func numericWord(w string) bool {
	w = strings.Trim(w, ",.;:()“”\"'‘’")
	if strings.ContainsAny(w, "0123456789") {
		return true
	}
	if w == "percent" || w == "cent" {
		return true
	}
	for _, p := range strings.Split(w, "-") {
		if !spelledWords[p] || p == "a" {
			return false
		}
	}
	return w != ""
}

// occurrences returns the byte offsets in low at which t stands as whole
// words.
func occurrences(low, t string) []int {
	var out []int
	for i := range indexesOf(low, t) {
		if i > 0 && figureByte(low[i-1]) || i+len(t) < len(low) && figureByte(low[i+len(t)]) && figureByte(t[len(t)-1]) {
			continue // inside a word
		}
		out = append(out, i)
	}
	return out
}

func figureByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '$'
}

// rangeAfter matches what follows the low end of a range: "to 1,300",
// "and 40 percent" (after "between"), "-50", "– 60".
var rangeAfter = regexp.MustCompile(`^\s*(?:to|and|-|–|—)\s*(?:\$|£|€)?(\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|thousands)\b)`)

// shareAfter matches a share right after a bare number: ", 98%", " or 98
// percent".
var shareAfter = regexp.MustCompile(`^(?:,|\s+or)\s*\d[\d.]*\s*(?:%|percent\b|per cent\b)`)

// rangeEnd reports whether the figure text stands in sentence as an end
// of a range ("between 322 and 1,300", "from 40 to 50", "40 to 50",
// "40-50", "95, 98%"): shown alone, an end misstates the figure, and the range is
// read as one figure where the parser sees it.
func rangeEnd(sentence, text string) bool {
	low := strings.ToLower(sentence)
	t := strings.ToLower(text)
	for _, i := range occurrences(low, t) {
		before := strings.Fields(low[:i])
		n := len(before)
		// The low end of a share a speaker gives as "95, 98%" or "95 or
		// 98 percent": the bare number is the same share.
		if !strings.ContainsAny(t, "%") && shareAfter.MatchString(low[i+len(t):]) {
			return true
		}
		// The low end: "between A and B", "A to B", "A-B".
		if m := rangeAfter.FindStringSubmatch(low[i+len(t):]); m != nil {
			join := strings.Fields(strings.TrimSpace(low[i+len(t):]))
			if len(join) > 0 && join[0] != "and" || n > 0 && before[n-1] == "between" {
				return true
			}
		}
		if n > 0 && (strings.HasSuffix(before[n-1], "-") || strings.HasSuffix(before[n-1], "–")) && numericWord(strings.TrimRight(before[n-1], "-–")) {
			return true // the high end of "40- 50"
		}
		// The high end: "between A and B", "from A to B", "A to B".
		if n >= 2 && (before[n-1] == "to" || before[n-1] == "and") && numericWord(before[n-2]) {
			if before[n-1] == "to" {
				return true
			}
			for j := n - 3; j >= max(0, n-5); j-- {
				if before[j] == "between" {
					return true
				}
			}
		}
	}
	return false
}

// ageWords, a few words before a number, make it an age or an age limit
// ("under the age of 31", "before turning 16", "the eligibility age for
// Medicare, to 67 from 65"); a name before a number in commas makes it
// an age too (ageApposition).
var ageWords = map[string]bool{"age": true, "ages": true, "aged": true, "turning": true, "turned": true, "turns": true, "turn": true}

// ageAfter matches what makes the number before it an age.
var ageAfter = regexp.MustCompile(`^(?:-year-old|-years-old| years? old| years? of age| or older| or younger| and older| and up\b)`)

// ageApposition matches a name right before a number set off by commas
// ("Cochran, 80, resigned"): the number is the person's age.
var ageApposition = regexp.MustCompile(`\b[A-Z][\w’'.-]*, $`)

// ageFigure reports whether the bare number text stands in sentence as an
// age or an age limit: no count of a thing.
func ageFigure(sentence, text string) bool {
	low := strings.ToLower(sentence)
	t := strings.ToLower(text)
	lowerKeeps := textcase.LowerKeepsOffsets(sentence) // offsets in low are offsets in sentence
	for _, i := range occurrences(low, t) {
		if ageAfter.MatchString(low[i+len(t):]) {
			return true
		}
		if lowerKeeps && strings.HasPrefix(sentence[i+len(t):], ",") && ageApposition.MatchString(sentence[:i]) {
			return true
		}
		before := strings.Fields(low[:i])
		for j := len(before) - 1; j >= max(0, len(before)-6); j-- {
			if ageWords[strings.Trim(before[j], ",.;:()")] {
				return true
			}
		}
	}
	return false
}

// spelledPart reports whether the spelled figure text stands in sentence
// as a piece of a larger spelled number ("forty-three" of "one hundred
// and forty-three", "one hundred" of the same): the number is read
// whole, or not at all.
func spelledPart(sentence, text string) bool {
	if strings.ContainsAny(text, "0123456789") {
		return false
	}
	low := strings.ToLower(sentence)
	t := strings.ToLower(text)
	big := map[string]bool{"hundred": true, "thousand": true, "million": true, "billion": true}
	for _, i := range occurrences(low, t) {
		before := strings.Fields(low[:i])
		if n := len(before); n > 0 && before[n-1] == "and" {
			before = before[:n-1]
		}
		if n := len(before); n > 0 && big[before[n-1]] {
			return true
		}
		after := strings.Fields(low[i+len(t):])
		if len(after) > 0 && after[0] == "and" {
			after = after[1:]
		}
		fs := strings.Fields(t)
		if len(after) > 0 && len(fs) > 0 && big[fs[len(fs)-1]] && numericWord(after[0]) {
			return true
		}
	}
	return false
}

// quantityWords open a quantity a scare quote may hold.
var quantityWords = map[string]bool{"several": true, "dozens": true, "hundreds": true, "thousands": true,
	"millions": true, "billions": true, "scores": true, "tens": true}

// quotedQuantity reports whether the scare quote text is a quantity
// ("several thousand", "100,000"): marks around a figure give a
// speaker's count, not the writer's distance.
func quotedQuantity(text string) bool {
	fs := strings.Fields(strings.ToLower(text))
	if len(fs) == 0 || len(fs) > 4 {
		return false
	}
	if quantityWords[fs[0]] || numericWord(fs[0]) {
		return len(fs) == 1 || numericWord(fs[len(fs)-1]) || quantityWords[fs[0]] && len(fs) <= 2
	}
	return false
}

// claimNoun reports whether the loaded word text, a form of "claim",
// stands in sentence as a noun after a determiner or possessive ("the
// claims that", "his claims"), as a noun before a preposition with no
// name or pronoun before it as its subject ("the explosive claims in the
// dossier", "will not adjudicate claims for partisan gerrymandering";
// not "McCabe claims in his book"), or in "claimed responsibility" and
// "claim credit", where it is the neutral word for what was said or the
// set phrase for owning an act (read37 and three earlier readings:
// "claims" as a neutral noun).
func claimNoun(sentence, text string) bool {
	t := strings.ToLower(text)
	if !strings.HasPrefix(t, "claim") {
		return false
	}
	return everyCasedUse(sentence, t, func(prev, next []string) bool {
		if len(next) > 0 {
			a := strings.ToLower(next[0])
			if strings.HasPrefix(a, "responsibility") || strings.HasPrefix(a, "credit") {
				return true
			}
		}
		n := len(prev)
		if n > 0 && filingWords[strings.ToLower(prev[n-1])] {
			return true // "the lawsuit claims that": a filing's legal ground
		}
		if responsibleAfter(next) {
			return true // "claimed it was behind the blockade", "claimed it was responsible"
		}
		if vouchedAfter(next) {
			return true // "Varn claimed — and the clerk later confirmed — that …"
		}
		if claimedWin(next) {
			return true // "claimed 14 of the state's 95 delegates", "claim victory"
		}
		if t != "claims" && t != "claim" {
			return false
		}
		if n > 0 {
			p := strings.ToLower(prev[n-1])
			if determinerWords[p] || claimAfter[p] || claimKinds[p] || claimAdjective(p) || possessiveWord(p) || claimObjectOf[p] {
				return true
			}
			if n > 1 && gradeWords[strings.ToLower(prev[n-2])] && !strings.ContainsAny(p, ",;:") && !capitalisedWord(prev[n-1]) && !subjectPronouns[p] {
				return true // "Among his most striking claims:"
			}
		}
		if len(next) > 0 && figureWord(next[0]) {
			return true // "he claims 43%": a share of a vote or poll
		}
		if len(next) > 0 && nounPrepositions[strings.ToLower(next[0])] && (n == 0 || !subjectPronouns[strings.ToLower(prev[n-1])]) {
			return true // "First Amendment claims of free association"; not "who claims of the ledger that"
		}
		if len(next) > 0 && claimVerbsAfter[strings.ToLower(strings.Trim(next[0], ",;:"))] && !relativeSubject(prev) && !subjectBefore(prev) {
			return true // "the Syrian claims were false", "statewide claims can be based on"
		}
		if (len(next) == 0 || !startsWithLetter(next[0])) && !subjectBefore(prev) {
			return true // "all of these individual claims.", "the cyberattack claims –"; not "as he claims."
		}
		if n > 0 && len(next) > 0 && claimPrepositions[strings.ToLower(next[0])] {
			p := prev[n-1]
			return !capitalisedWord(p) && !subjectPronouns[strings.ToLower(p)] && !strings.ContainsAny(p[len(p)-1:], ",;:")
		}
		return false
	})
}

// claimKinds name the kind of claim before the noun, a demand under a
// law or a contract: "asylum claims", "insurance claims" (wc38clean: the
// legal noun listed as a doubting word), "due process claims" (fresh38b),
// "the assault claims that toppled" him (fresh40).
var claimKinds = setOf("asylum", "insurance", "legal", "disability", "unemployment", "jobless", "patent", "tax",
	"benefit", "benefits", "damage", "damages", "compensation", "injury", "land", "territorial", "property", "refund",
	"process", "rights", "discrimination", "harassment", "liability", "malpractice", "copyright", "antitrust",
	"negligence", "wage", "pension", "fraud", "bias", "abuse", "misconduct", "assault")

// claimAdjectives are adjectives before "claims" that make it the noun
// ("these strong claims", "unfounded claims", "their own claims to"); so do
// words ending in "-ed", "-less" or "-ous" ("repeated", "baseless",
// "dubious"), which cannot stand before the verb.
var claimAdjectives = setOf("false", "strong", "bold", "wild", "bogus", "new", "old", "similar", "such", "earlier",
	"previous", "prior", "recent", "competing", "conflicting", "many", "several", "numerous", "other", "explosive",
	"extraordinary", "sweeping", "dramatic", "serious", "specific", "broad", "major", "key", "main", "central",
	"initial", "original", "outlandish", "inaccurate", "incorrect", "misleading", "untrue", "unproven", "debunked",
	"further", "additional", "these", "those", "both", "various", "conspiratorial", "partisan", "political", "own")

// claimAdjective reports whether the lower-cased word w before "claims"
// makes it the noun (claimAdjectives).
func claimAdjective(w string) bool {
	w = strings.TrimLeft(w, "(“\"'‘")
	if claimAdjectives[w] {
		return true
	}
	if notAdjectives[w] {
		return false
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "less") || strings.HasSuffix(w, "ous"))
}

// notAdjectives end like an adjective but are adverbs: "Varn indeed
// claims".
var notAdjectives = setOf("indeed", "nevertheless", "nonetheless", "regardless")

// possessiveWord reports whether the lower-cased word w is a possessive
// ("Democrats’ claims", "the senator's claims"): a claim is then the
// noun, what someone asserted, no verb of the writer's.
func possessiveWord(w string) bool {
	for _, end := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(w, end) && len(w) > len(end) {
			return true
		}
	}
	return false
}

// filingWords are legal filings whose "claims" is the statement of a
// party's legal ground ("the lawsuit claims that", "the complaint
// claimed"), what "alleges" says; no doubt of the writer's.
var filingWords = setOf("lawsuit", "lawsuits", "suit", "suits", "complaint", "complaints", "petition", "petitions",
	"filing", "filings", "indictment", "motion", "brief")

// responsibleAfter reports whether the words next after a form of
// "claim" make it the set phrase for owning an act in another form: "it"
// or "they", then "responsible" within four words ("claimed it was
// jointly responsible for the attack"; fresh38: an armed group's claim
// listed as the writer's doubt). A denial ("claimed it was not
// responsible") stays a claim.
func responsibleAfter(next []string) bool {
	if len(next) < 2 {
		return false
	}
	if s := strings.ToLower(next[0]); s != "it" && s != "they" {
		return false
	}
	for _, w := range next[1:min(len(next), 5)] {
		w = strings.ToLower(w)
		if w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return false
		}
		if strings.HasPrefix(w, "responsib") {
			return true
		}
	}
	return false
}

// winObjects are what a candidate or party wins in a count: "claimed"
// with one of them for its object means won, not a doubtful assertion.
var winObjects = setOf("delegate", "delegates", "seat", "seats", "vote", "votes", "victory", "win", "majority", "electors")

// verbAfterWin open the verb of a clause after its subject: a win word
// before one ("claimed 40 delegates were bribed") is no won object.
var verbAfterWin = setOf("is", "are", "was", "were", "has", "have", "had", "would", "will", "could", "should", "might", "may")

// claimedWin reports whether the words after a "claim" form take a win
// for object: "victory" or "the win" right after, or a count ("14 of the
// state's 95 delegates", "at least 40 of Ostland's 52 party
// delegates") ending in one of winObjects within ten words, before any
// punctuation ends the phrase, and no verb of a clause right after it
// (verbAfterWin).
func claimedWin(next []string) bool {
	count := false
	for i, w := range next {
		if i == 10 {
			break
		}
		tw := strings.TrimRight(w, ",;:.!?”\"")
		lw := strings.ToLower(tw)
		if winObjects[lw] {
			if tw == w && i+1 < len(next) && verbAfterWin[strings.ToLower(next[i+1])] {
				return false // "claimed the vote was rigged": the subject of what is asserted
			}
			return count || i <= 1
		}
		if figureWord(w) {
			count = true
		}
		if tw != w {
			return false // the phrase ends at a mark
		}
	}
	return false
}

// figureWord reports whether written word w is a figure: "43%", "12",
// "1,200".
func figureWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// claimPrepositions follow "claims" as a noun: "claims in the dossier",
// "claims for damages".
var claimPrepositions = setOf("in", "of", "for", "against", "about", "by", "from", "over", "on", "under", "made")

// claimAfter are prepositions after which "claims" is a noun: "amid
// claims that he was mismanaging the economy" (fresh38).
var claimAfter = setOf("amid", "amidst", "despite", "following", "after", "against", "with", "of", "about", "over", "on", "to", "for", "by",
	"up", "down") // "backing up claims he had made", "shot down claims" (fresh40)

// claimObjectOf are verbs whose object "claims" is, the noun: "sparked
// claims the President was", "directly refuted claims he asked",
// "investigate the bias claims" (fresh40 fresh2: 4 of 4 such uses
// wrong). Their past forms in "-ed" ("dismissed claims") are adjectives'
// form already (claimAdjective); "given" is a preposition here ("given
// claims he was present").
var claimObjectOf = setOf("given", "sparked", "spark", "sparks", "sparking", "fuel", "fuels", "fueling", "fuelling",
	"deny", "denies", "denying", "reject", "rejects", "rejecting", "refute", "refutes", "refuting", "dispute",
	"disputes", "disputing", "dismiss", "dismisses", "dismissing", "rebut", "rebuts", "rebutting", "debunk",
	"debunks", "debunking", "investigate", "investigates", "investigating", "examine", "examines", "examining",
	"repeat", "repeats", "repeating", "spread", "spreads", "spreading", "push", "pushes", "pushing", "amplify",
	"amplifies", "amplifying", "made", "make", "makes", "making", "raise", "raises", "raising", "back", "backs",
	"backing", "answer", "answers", "answering", "address", "addresses", "addressing", "counter", "counters",
	"countering", "contest", "contests", "contesting", "echo", "echoes", "echoing",
	"contradict", "contradicts", "contradicting") // "contradicts claims Manafort would stay on" (fresh40 fresh5)

// nounPrepositions follow "claims" only as a noun, whatever stands
// before it: "claims of", "claims against", "claims besides".
var nounPrepositions = setOf("of", "against", "besides")

// claimVerbsAfter are verbs that follow "claims" as their subject: "the claims
// were false", "claims can be based on" (fresh40 fresh3: 3 of 3 such
// uses wrong).
var claimVerbsAfter = setOf("are", "were", "can", "could", "have", "had", "will", "would", "may", "might", "must", "should",
	"remain", "remained", "appear", "appeared", "seem", "seemed", "include", "included", "came", "come", "date",
	"aren't", "aren’t", "weren't", "weren’t", "can't", "can’t", "won't", "won’t", "don't", "don’t", "haven't", "haven’t")

// startsWithLetter reports whether the written word w begins with a
// letter: a word after "claims" rather than its end, a dash or a mark.
func startsWithLetter(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// subjectBefore reports whether the last of the words prev is the
// subject of a verb "claims": a pronoun ("which she claims would raise";
// fresh40, judged a doubting verb) or a capitalised word with no
// determiner before it ("Varn claims would"; not "the Syrian claims
// were").
func subjectBefore(prev []string) bool {
	n := len(prev)
	if n == 0 {
		return false
	}
	if subjectPronouns[strings.ToLower(prev[n-1])] {
		return true
	}
	return capitalisedWord(prev[n-1]) && (n == 1 || !determinerWords[strings.ToLower(prev[n-2])])
}

// relativeSubject reports whether the words prev before "claims" end in
// a determiner and a common noun, the subject of a relative clause
// before its verb: "faults the board claims have since been mended"
// (fresh2, judged a doubting verb).
func relativeSubject(prev []string) bool {
	n := len(prev)
	if n < 3 {
		return false
	}
	p := strings.ToLower(prev[n-1])
	return determinerWords[strings.ToLower(prev[n-2])] && !capitalisedWord(prev[n-1]) && !claimKinds[p] && !claimAdjective(p) &&
		!determinerWords[strings.ToLower(prev[n-3])] && !strings.ContainsAny(prev[n-3], ",;:")
}

// gradeWords grade the adjective between them and "claims", which is
// then the noun: "his most striking claims" (fresh40).
var gradeWords = setOf("most", "more", "less", "least", "very")

// subjectPronouns before "claims" make it a verb: "she claims in".
var subjectPronouns = setOf("he", "she", "it", "they", "who", "which", "that", "one")

// vouchWords say that a claim holds: "confirmed", "affirmed", "we
// agree".
var vouchWords = regexp.MustCompile(`\b(?:confirmed|affirmed|confirms|affirms|we agree|rightly|correctly|accurately)\b`)

// vouchedAfter reports whether the words next after a form of "claim"
// vouch for the claim in the same sentence ("Trump claimed — and Comey
// later affirmed — that …", "claimed he never sold it, and we agree"
// in a fact check; fresh40): the verb casts no doubt there. A vouching
// word before the claim ("confirmed the meeting, but claimed …") leaves
// the doubt.
func vouchedAfter(next []string) bool {
	return vouchWords.MatchString(strings.ToLower(strings.Join(next, " ")))
}
