package story

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// chooseTitle gives e the headline of its most central straight-news
// member that names the event's main people or places and opens with no
// shouted label ("EXTORTION: ..."). Central is the mean of the member's
// closeness to the event and of its headline's to the event's headlines,
// and in an event of supportOutlets outlets or more also of its
// headline's support (see headlineSupport, counted twice): the headline
// that states what most outlets' headlines and leads share wins over a
// side development a few of them echo. The title changes only for a
// better kind of headline, for one that names the event where the
// current one does not, or for a member clearly more central than the
// one it has. A piece its outlet marks as a column or an analysis
// (Marked) ranks after every other titled piece, so that it gives the
// title only to an event of such pieces alone.
func (c *Clusterer) chooseTitle(e *event) {
	names := e.titleNames()
	support, shared := e.headlineSupport()
	pr := e.probe()
	verdictOutlets := map[string]bool{}
	for _, m := range e.members {
		if verdictTitle(m) {
			verdictOutlets[m.outlet] = true
		}
	}
	var cur, best *member
	var curFit, bestFit titleFit
	for i, m := range e.members {
		central := titleCentral(&c.w, &pr.hvecs, &m.hv)
		sup := -1.0 // no support measured
		if support != nil {
			sup = support[i]
		}
		fit := fitOf(m, names, shared, central, e.cent[kindTitle].cosine(m.hv[kindTitle]), sup)
		if fit.rank == 0 && len(verdictOutlets) == 1 && verdictTitle(m) {
			fit.rank = 1 // one outlet's verdict, ranked after the plain reports
		}
		if m.id == e.titleArticle {
			cur, curFit = m, fit
		}
		if best == nil || fit.better(bestFit) {
			best, bestFit = m, fit
		}
	}
	if best == nil {
		return
	}
	if cur == nil || bestFit.rank < curFit.rank || bestFit.rank == curFit.rank && bestFit.central > curFit.central+titleMargin {
		if e.titleArticle != best.id {
			c.changed[e.serial] = true
		}
		e.title, e.titleArticle = best.title, best.id
	}
}

// supportOutlets is the fewest outlets whose headlines and leads tell
// what an event's reports share (see headlineSupport): between two
// outlets, one other article's lead is no consensus.
const supportOutlets = 5

// titleMargin is how much more central a member's headline must be to
// replace an event's title of the same rank.
const titleMargin = 0.05

// titleNamesKeep is how many of an event's strongest names a title is
// checked against.
const titleNamesKeep = 4

// titleFit is how well a member's headline suits its event as a title:
// its rank (lower is better) and its centrality.
type titleFit struct {
	rank    int
	central float64
}

// fitOf returns the fit of m's headline for an event whose main names
// are names, when the headline's similarity with the event's headlines
// is echo: the rank of its kind of headline (see Headline.rank), with a
// news headline ranked after the plain reports when it names none of
// them ("You can't beat city hall"), opens with a shouted label, or
// looks forward to the happening ("Electoral College poised to make Trump
// win official", "Iowans prepare to caucus") or describes a person or
// thing rather than reports ("Jane Roe: city's new planner, former
// engineer"). A plain "will" is no such
// sign: "State Department will not release the emails" reports a
// decision. A label before a colon is no fault in itself: "Brussels
// attacks: 34 die in two explosions" reports the happening. A headline
// that judges in the writer's own voice ("The Iowa Caucuses Have Always
// Been Terrible", "Republicans Should Not Have Delayed the Vote") ranks
// after the plain reports too. So does one that speculates on what could
// or would happen, or turns the report into a take with a tail ("...,
// and that's making the mayor angry").
func fitOf(m *member, names, shared map[string]bool, central, echo, support float64) titleFit {
	r := titleRankOf(m)
	if r == 0 && len(names) > 0 && !namesAny(m.title, names) && !namesShared(m.title, shared) {
		r++
	}
	if support < 0 {
		return titleFit{rank: r, central: (m.central + echo) / 2}
	}
	return titleFit{rank: r, central: (central + echo + 2*support) / 4}
}

// verdictTitle returns verdictHeadline(m.title), read once per member:
// a member's title does not change.
func verdictTitle(m *member) bool {
	if m.verdict1 == 0 {
		m.verdict1 = 1
		if verdictHeadline(m.title) {
			m.verdict1 = 2
		}
	}
	return m.verdict1 == 2
}

// titleRankOf returns the rank of m's headline as a title (see fitOf)
// by its own words alone, without the event's names: 0 for a straight
// report, 1 for a news headline with the faults of a shouted label, a
// feature's form, a preview, a profile or a judgment, more for the other
// kinds of headline.
func titleRankOf(m *member) int {
	if m.rank1 == 0 {
		m.rank1 = int8(headlineRank(titleHeadline(m.headline, m.styled), m.title) + 1)
	}
	return int(m.rank1) - 1
}

// titleHeadline is the kind a headline of kind h ranks as for an event's
// title: a column's (Opinion) when the piece's text reads as a column by
// its voice (styled, Doc.Styled) and h is a report's or a label's, so
// that a report titles the event before it; otherwise h. Joins do not
// read it: read as a column for joins too, it was measured worse on the
// judged pairs (SAMPLING.md, "Commentary by its voice").
func titleHeadline(h Headline, styled bool) Headline {
	if styled && (h == News || h == Short) {
		return Opinion
	}
	return h
}

// VoiceRanks reports whether the voice of d's text (Doc.Styled) can
// change anything the clusterer does with d: whether its headline is a
// report's or a label's (News, Short), the only kinds titleHeadline
// reads Styled for. Elsewhere Styled is never read, so a caller may
// leave the voice unread (nlp.ReadVoice reads up to 1,000 words).
func VoiceRanks(d Doc) bool {
	h := classifyHeadline(d)
	return h == News || h == Short
}

// headlineRank returns the rank of title, a headline of kind h (see
// titleRankOf).
func headlineRank(h Headline, title string) int {
	r := 2 * h.rank()
	if h == News && (shoutedLabel(title) || featureForm(title) || anticipates(title) || describes(title) || judges(title)) {
		r++
	}
	return r
}

// titleRank returns the rank of e's title (see titleRankOf): that of
// the member whose headline it is, or of a news headline when none is.
func (e *event) titleRank() int {
	for _, m := range e.members {
		if m.id == e.titleArticle {
			return titleRankOf(m)
		}
	}
	return 0
}

// judgment matches the evaluative words with which a headline judges in
// its writer's voice; prescription what someone should or must do.
// Reports say what happened; "Terrible", "Fiasco", "Rants", "Fake News"
// or "Should Not Have" say what the writer thinks of it. "Devastating" judges only as a
// predicate ("is devastating for Clinton"): a "devastating earthquake" is
// reported.
var (
	judgment     = regexp.MustCompile(`(?i)\b(?:terrible|(?:is|are|was|were) devastating|disastrous|disgrace(?:ful)?|shameful|pathetic|absurd|outrageous|ridiculous|awful|horrible|despicable|hypocri(?:sy|tical|tes?)|nonsense|madness|fiasco|debacle|farce|travesty|brilliant|stupid|insane|rants?|ranting|fake news|liberal media|mainstream media|lamestream|unhinged|hysteri(?:a|cal)|smears?|hit (?:job|piece)|lunatics?|crazy|bizarre|idiotic|laughable)\b`)
	prescription = regexp.MustCompile(`(?i)\b(?:should(?:n['’]t)?|must|ought to)\b`)
	// speechVerbs attribute a headline's prescription to someone: "Obama
	// says leaders should withdraw", "Judge says McGahn must testify".
	speechVerbs = regexp.MustCompile(`(?i)\b(?:says?|said|tells?|told|asks?|asked|urges?|urged|calls?|called|argues?|argued|warns?|warned|rules?|ruled|grouses?|insists?|suggests?|demands?|wants?)\b`)
)

// verdictLabel matches a headline that opens with the writer's
// exclamation or verdict before a colon ("Surprise: Council Wants a
// Dredging Delay", "Tense: Solvik clashes with radio host"): a blog's
// take on the report that follows, where a label of a place, a topic, a
// speaker or a source ("Brennholm floods: …", "Lind: …", "Report: …")
// is news.
var verdictLabel = regexp.MustCompile(`(?i)^\s*(?:surprise|shock(?:ing|er)?|unreal|unbelievable|incredible|panic|tense|awkward|ouch|yikes|wow|whoa|oops|boom|busted|brutal|ugly|sad|priceless|hilarious|amazing|astonishing|stunning|bombshell|gotcha|epic fail)\s*[:!]`)

// judges reports whether title judges in its writer's voice: an
// evaluative word, a verdict label, or what someone should or must do
// when no one is said to say so (no speech verb, no speaker's label
// before a colon: "Trump: Mexico must stop caravans" reports what Trump
// said).
func judges(title string) bool {
	t := stripQuoted(title)
	low := asciiLower(t)
	if judgmentGate.match(t, low) || verdictLabelGate.match(t, low) {
		return true
	}
	return prescriptionGate.match(t, low) && !strings.Contains(t, ":") && !speechVerbs.MatchString(t)
}

// verdictWord matches, outside quotation marks, a verdict on someone
// that a headline gives in its writer's voice: cleared (not of a bill
// clearing a chamber or a hurdle), exonerated, vindicated. Read in
// session 55 (h/read55), "Mueller clears Trump in Russia probe", one
// paper's word that the summary it reports qualifies, titled the event
// over two plain reports of the finding. notVerdict is a negation just
// before it ("did not exonerate", "hasn't cleared"), which reports that
// there is none.
var (
	verdictWord = regexp.MustCompile(`(?i)\b(?:clear(?:s|ed)\s+(?:(?:the|of)\s+)?(?:senate|house|congress|committee|panel|hurdle|way|path|assembly|legislature|vote|floor|final|first|key|procedural|major|another|last|\S+\s+(?:hurdle|vote|test))\b|(?P<v>clear(?:s|ed)|exonerat(?:es|ed|ion)|vindicat(?:es|ed|ion)))`)
	notVerdict  = regexp.MustCompile(`(?i)(?:\b(?:not|no|never|without)|n['’]t)\s+(?:\S+\s+)?$`)
)

// verdictHeadline reports whether title gives a verdict of verdictWord
// in its writer's voice, outside quotation marks and not negated.
func verdictHeadline(title string) bool {
	t := stripQuoted(title)
	for _, m := range verdictWord.FindAllStringSubmatchIndex(t, -1) {
		if v := m[2*verdictWord.SubexpIndex("v")]; v >= 0 && !notVerdict.MatchString(t[:v]) {
			return true
		}
	}
	return false
}

// anticipation matches the words with which a headline looks forward to
// what is yet to happen (outside quotation marks): a preview rather than
// the report of the happening ("House set to vote" before "House passes").
var anticipation = regexp.MustCompile(`(?i)\b(?:poised|expected to|to watch|gears? up|braces? for|prepares? to|preparing to|set to|moment of truth|what to expect|(?:vote|votes|ruling|verdict|decision|results?)(?: [\w'’-]+){0,3} expected)\b`)

// intention matches a side looking to, eyeing or going for an outcome it
// has not yet got ("Mayor goes for a clean sweep" before the results,
// "Council looks to stall the inquiry"), speculation what could, would or
// might happen. When no one is said to say it (see attributed), such a
// headline looks ahead in its writer's voice ("Solvik could face inquiry
// over harbour testimony"); "Solvik says the inquiry could end soon"
// reports what he said. What a bill or plan would
// do is its content, reported. future matches a "will" with the time
// still to come: "Lind and Solvik will face off tonight".
var (
	intention   = regexp.MustCompile(`(?i)\b(?:looks? to|looking to|eye(?:s|ing)|go(?:es)? for|going for|guns? for)\b`)
	speculation = regexp.MustCompile(`(?i)\b(?:could|would|might)\b`)
	// proposalWould is what a proposal would do, the report of its
	// content: "Harbour bill would fund a ferry for every ward".
	proposalWould = regexp.MustCompile(`(?i)\b(?:bill|plan|proposal|measure|law|rule|deal|order|legislation|budget|amendment|regulation|policy|ordinance|agreement|treaty)s?\s+(?:\S+\s+)?would\b`)
	future        = regexp.MustCompile(`(?i)\bwill\b.*\b(?:tonight|tomorrow|later today|this (?:week|weekend|evening)|next (?:week|month))\b`)
	// attribution adds to speechVerbs the verbs that report what someone
	// claims, fears or vows: "Mayor claims the flood could be staged"; not
	// those that follow a modal as often ("could signal", "could
	// threaten", "could offer").
	attribution = regexp.MustCompile(`(?i)\b(?:claims?|claimed|accuses?|accused|believes?|fears?|feared|predicts?|predicted|admits?|admitted|denies|denied|tweets?|tweeted|vows?|vowed|pledges?|pledged|reports?|reported)\b`)
)

// attributed reports whether t says who says, claims or vows what it
// tells: a speech verb or a speaker's label before a colon.
func attributed(t string) bool {
	return strings.Contains(t, ":") || speechVerbs.MatchString(t) || attribution.MatchString(t)
}

// prediction matches a forecast by a panel of onlookers: "Insiders:
// Sanders and Trump will win New Hampshire" is written before the vote.
var prediction = regexp.MustCompile(`(?i)^(?:insiders|experts|analysts|pundits|forecasters?|oddsmakers)\s*:.*\b(?:will|won't|to win|on track to)\b`)

// anticipates reports whether title tells what is yet to happen.
func anticipates(title string) bool {
	t := stripQuoted(title)
	low := asciiLower(t)
	if anticipationGate.match(t, low) || predictionGate.match(t, low) || headlineFuture(t) || futureGate.match(t, low) {
		return true
	}
	return (intentionGate.match(t, low) || speculationGate.match(t, low) && !proposalWould.MatchString(t)) && !attributed(t)
}

// headlineFuture reports whether title is in the headline's future tense,
// "Subject to verb": "Senate GOP to unveil health bill", "Mayor Solvik To
// Visit Harbour" are written before the happening, which the reports
// after it tell in the present ("Senate GOP unveils health bill"). The
// subject is one to three capitalised words or words for a body of people
// ("House panel to vote"), none of them a verb ("Council Names Lind To
// Lead Harbour Board" reports the naming), and the word after "to" a verb
// of a happening.
func headlineFuture(title string) bool {
	ws := strings.Fields(title)
	for i, w := range ws {
		if i == 0 || i > 3 || !strings.EqualFold(w, "to") {
			continue
		}
		if i+1 >= len(ws) || !futureVerbs[strings.ToLower(strings.Trim(ws[i+1], ",.;:!?"))] {
			return false
		}
		for _, s := range ws[:i] {
			s = strings.Trim(s, ",.;!?")
			r, _ := utf8.DecodeRuneInString(s)
			low := strings.ToLower(s)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !bodyWords[low] || isVerbForm(low) {
				return false
			}
		}
		return true
	}
	return false
}

// isVerbForm reports whether w (lower case) is a form of one of the verbs
// that take "to" in headlines ("names", "votes", "moved", "agrees").
func isVerbForm(w string) bool {
	if toVerbs[w] || verbLike[w] {
		return true
	}
	for _, suf := range []string{"s", "es", "ed", "d"} {
		if b, ok := strings.CutSuffix(w, suf); ok && toVerbs[b] {
			return true
		}
	}
	return false
}

// bodyWords are the lower-case words of a headline's subject that name a
// body of people.
var bodyWords = setOf("house", "senate", "panel", "committee", "council", "board", "court", "judge", "jury", "police",
	"officials", "lawmakers", "senators", "leaders", "democrats", "republicans", "administration", "government", "state",
	"states", "city", "agency", "campaign", "party", "cabinet", "congress", "u.s.", "gop", "dems", "ministers", "minister",
	"president", "governor", "mayor", "chief", "top", "new", "former", "the", "a", "an", "two", "three", "federal", "state's")

// toVerbs are verbs that take "to" in a headline's report ("votes to",
// "names X to", "moves to", "agrees to").
var toVerbs = setOf("nominate", "pick", "tap", "name", "ask", "urge", "tell", "call", "vote", "move", "agree", "plan", "want",
	"vow", "try", "tri" /* tries */, "seek", "push", "press", "return", "head", "go", "come", "pledge", "promise", "threaten", "refuse",
	"decline", "fail", "decide", "expect", "hope", "need", "aim", "appear", "begin", "start", "continue", "rush", "race",
	"scramble", "struggle", "force", "order", "allow", "help", "choose", "chose", "appoint", "send", "sent", "add", "switch",
	"turn", "look", "work", "fight", "rally", "pressure", "invite", "elect", "say", "said", "get", "got", "has", "have", "had")

// futureVerbs are the verbs of a happening that a "Subject to verb"
// headline announces.
var futureVerbs = setOf("unveil", "bring", "vote", "visit", "announce", "release", "meet", "testify", "sign", "face", "hold",
	"introduce", "name", "nominate", "propose", "seek", "launch", "deliver", "address", "make", "take", "give", "host",
	"speak", "begin", "start", "file", "debate", "consider", "decide", "rule", "hear", "weigh", "return", "travel", "attend",
	"join", "resign", "step", "retire", "run", "enter", "skip", "boycott", "reveal", "roll", "lay", "detail", "outline",
	"tour", "campaign", "recuse", "pick", "tap", "appoint", "fire", "replace", "leave", "end", "raise", "cut", "impose",
	"lift", "ban", "sue", "pardon", "veto", "pass", "approve", "reject", "block", "delay", "halt", "suspend", "open",
	"close", "expand", "withdraw", "send", "deploy", "offer", "accept", "challenge", "endorse", "issue", "present",
	"submit", "grill", "question", "probe", "investigate", "subpoena", "indict", "charge", "headline", "rally", "unleash",
	"quit", "drop", "abandon", "pull", "tell", "ask", "push", "press", "hike", "slash", "restore", "resume", "reopen",
	"declare", "confirm", "fly", "go", "head", "stay", "remain", "keep", "move", "act", "respond", "answer")

// describes reports whether title is a sentence-case "Name: description"
// headline, a profile: a label of one to three capitalised words before
// a colon, then a lower-case phrase, or one opening with "The", "A" or
// "An", with no quotation and no word that looks like a verb (a
// possessive's "'s" is no verb ending) ("Lester Holt: presidential debate
// moderator, proven fact-checker", "Varga: The pilot's long record at
// sea"). A label with a report after it ("Brussels attacks: 34
// die...", "Barr: Mueller found no collusion") or a quotation ("Cheney:
// 'I'd do it again'") is no profile.
func describes(title string) bool {
	head, rest, ok := strings.Cut(title, ":")
	if !ok {
		return false
	}
	hw := strings.Fields(head)
	if len(hw) == 0 || len(hw) > 3 {
		return false
	}
	for _, w := range hw {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	rest = strings.TrimSpace(rest)
	if first, after, ok := strings.Cut(rest, " "); ok && profileArticles[first] {
		rest = after
	} else if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLower(r) {
		return false
	}
	if strings.ContainsAny(rest, "\"“”‘") || strings.Contains(strings.ReplaceAll(rest+" ", "'s ", ""), "'") {
		return false
	}
	for _, w := range strings.Fields(rest) {
		w = strings.ToLower(strings.Trim(w, ",.;!?"))
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "n't"), "n’t")
		if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || verbLike[w] {
			return false
		}
	}
	return true
}

// profileArticles open a profile's description in sentence case after
// the label's colon: "Harbour pilot: The town's first woman at the helm".
var profileArticles = setOf("The", "A", "An")

// verbLike are the common headline verbs and auxiliaries whose form
// does not end in -s or -ed.
var verbLike = setOf("is", "are", "was", "be", "been", "will", "won't", "can", "can't", "would", "could", "should", "may",
	"might", "must", "has", "have", "had", "do", "did", "win", "won", "lose", "lost", "die", "dead", "say", "said", "go",
	"went", "get", "got", "make", "made", "take", "took", "back", "sign", "vote", "to", "out", "quit", "resign", "run",
	"ran", "hit", "set", "put", "cut", "let", "beat", "lead", "led", "give", "gave", "given", "come", "came", "face", "seek",
	"sought", "hold", "held", "meet", "met", "leave", "left", "keep", "kept", "tell", "told", "find", "found", "fall",
	"fell", "rise", "rose", "split", "spend", "spent", "stand", "stood", "begin", "began", "want", "need", "plan", "push", "urge")

// featureForm reports whether title has the form of a feature's or a
// blog's headline rather than a report's: a quotation alone ("'We
// expect the vote tonight'"), two sentences ("Lind will run
// for mayor as a harbour engineer. Brennholm says that's a fantasy"), or
// a long label of five words or more before a colon and a sentence
// after it ("Holding the Line on Harbour Dredging: Solvik Heads to the
// Quay"; not a report's attribution, "Lind to quit harbour board:
// source").
func featureForm(title string) bool {
	t := stripQuoted(title)
	if len(strings.Fields(t)) < 2 {
		return true
	}
	if head, rest, ok := strings.Cut(t, ":"); ok && len(strings.Fields(head)) >= 5 && len(strings.Fields(rest)) >= 3 {
		return true
	}
	if spinTail.MatchString(t) {
		return true
	}
	ws := strings.Fields(t)
	for i, w := range ws[:max(0, len(ws)-1)] {
		if !strings.HasSuffix(w, ".") || len(w) <= 3 || strings.Count(w, ".") > 1 || abbreviations[strings.ToLower(w)] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(ws[i+1]); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// spinTail matches the blog's tail that turns a report into a take: "...,
// and that's making the mayor angry", "..., but there's a catch", "...,
// but look out for Lind", "... and here's why".
var spinTail = regexp.MustCompile(`(?i)(?:[,;—–-]\s*|\s)(?:and|but)\s+(?:that['’]s|this is|it['’]s|here['’]s|there['’]s|look out|watch out|don['’]t)\b|\bhere['’]s (?:why|how|the catch)\b|\bthere['’]s a catch\b`)

// abbreviations end with a full stop inside a sentence.
var abbreviations = setOf("gov.", "sen.", "rep.", "reps.", "sens.", "gen.", "lt.", "col.", "capt.", "sgt.", "dr.", "mrs.", "rev.", "st.", "jr.", "sr.", "corp.", "inc.", "co.", "ltd.", "dept.", "atty.", "supt.", "prof.", "pres.", "vs.", "no.", "ft.", "mt.", "ave.", "blvd.")

// shoutedLabel reports whether title opens with a label in capitals
// before a colon: "EXTORTION: ...", "BREAKING: ...".
func shoutedLabel(title string) bool {
	head, _, ok := strings.Cut(title, ":")
	if !ok || len(strings.Fields(head)) > 3 {
		return false
	}
	letters := 0
	for _, r := range head {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 4
}

// better reports whether f makes a better title than o.
func (f titleFit) better(o titleFit) bool {
	if f.rank != o.rank {
		return f.rank < o.rank
	}
	return f.central > o.central
}

// titleNames returns the words of e's main names (their keys are
// lower-cased): its titleNamesKeep strongest names, and every name at
// least half of its members (and two) hold. The strongest names by weight
// alone are often a side figure's, rare in the archive ("Gabbard" in the
// House's impeachment vote), while every report names the main one.
func (e *event) titleNames() map[string]bool {
	pr := e.probe()
	count := map[string]int{}
	for _, m := range e.members {
		for _, en := range m.hv[kindNames] {
			count[en.key]++
		}
	}
	out := map[string]bool{}
	for i, en := range pr.vecs[kindNames] {
		if i >= titleNamesKeep && (2*count[en.key] < len(e.members) || count[en.key] < 2) {
			continue
		}
		for _, w := range strings.FieldsFunc(en.key, notLetter) {
			if len(w) > 2 && !stopwords[w] {
				out[w] = true
			}
		}
	}
	return out
}

// notLetter reports whether r is not a letter: the separators of the
// words of a name's key ("bernie sanders", "person:bernie_sanders").
func notLetter(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }

// namesAny reports whether title holds one of the words of names.
func namesAny(title string, names map[string]bool) bool {
	for _, t := range tokenize(nil, title) {
		if names[t.low] {
			return true
		}
	}
	return false
}

// rank orders headline kinds for titles: news, then short labels, then
// questions, first-person, opinion and explainer headlines, then pieces
// their outlet marks as columns or analyses (Marked: never the title
// while a piece without the mark has one), then none.
func (h Headline) rank() int {
	switch h {
	case News:
		return 0
	case Short:
		return 1
	case Marked:
		return 3
	case NoTitle:
		return 4
	}
	return 2
}

// oneOutlet reports whether ms are of one outlet (or none): most events
// at a repair are, and their headlines have no support to weigh.
func oneOutlet(ms []*member) bool {
	for _, m := range ms {
		if m.outlet != ms[0].outlet {
			return false
		}
	}
	return true
}

// headlineSupport returns, for each member of e, how well its headline
// states what the event's outlets share: the harmonic mean of its
// precision, the mean (weighted by the headline words' weights) of the
// share of the other outlets whose headline or lead holds each of its
// words, and its recall, the share of the words most outlets' headlines
// and leads hold (at least half of them, and two) that it holds. A
// headline that states what most reports open with ("House votes to
// impeach the president") has more support than a side development a few
// of them echo ("Speaker threatens to delay the trial") or a short, vague
// one. It also returns the words most outlets share (nil for an event of
// one outlet). The support is nil for an event of fewer than
// supportOutlets outlets, where a member's centrality and its headline's
// echo choose alone.
func (e *event) headlineSupport() ([]float64, map[string]bool) {
	if oneOutlet(e.members) {
		return nil, nil // no key sets built for it
	}
	byOutlet := map[string]map[string]bool{}
	for _, m := range e.members {
		ks := byOutlet[m.outlet]
		if ks == nil {
			ks = map[string]bool{}
			byOutlet[m.outlet] = ks
		}
		for _, en := range m.hv[kindLead] {
			ks[en.key] = true
		}
		for _, en := range m.hv[kindTitle] {
			ks[en.key] = true
		}
	}
	if len(byOutlet) < 2 {
		return nil, nil
	}
	count := map[string]int{}
	for _, ks := range byOutlet {
		for k := range ks {
			count[k]++
		}
	}
	sharedKeys := map[string]bool{}
	for k, n := range count {
		if 2*n >= len(byOutlet) && n >= 2 {
			sharedKeys[k] = true
		}
	}
	shared := len(sharedKeys)
	if len(byOutlet) < supportOutlets {
		return nil, sharedKeys
	}
	others := float64(len(byOutlet) - 1)
	out := make([]float64, len(e.members))
	for i, m := range e.members {
		own := byOutlet[m.outlet]
		var sum, wsum float64
		held := 0
		for _, en := range m.hv[kindTitle] {
			n := count[en.key]
			if 2*n >= len(byOutlet) && n >= 2 {
				held++
			}
			if own[en.key] {
				n--
			}
			sum += en.w * float64(n) / others
			wsum += en.w
		}
		if wsum == 0 || shared == 0 || held == 0 {
			continue
		}
		p, r := sum/wsum, float64(held)/float64(shared)
		out[i] = 2 * p * r / (p + r)
	}
	return out, sharedKeys
}

// namesShared reports whether title holds a capitalised word that is one
// of the words most of the event's outlets share (see headlineSupport):
// a name too common in the archive to weigh among the event's names
// ("Trump") still names the event when most of its reports hold it.
func namesShared(title string, shared map[string]bool) bool {
	for _, t := range tokenize(nil, title) {
		if r, _ := utf8.DecodeRuneInString(t.text); unicode.IsUpper(r) && shared[t.low] {
			return true
		}
	}
	return false
}

// titleCentral is a member's similarity with its event's centroid for
// choosing a title: contentSim without the bonus of shared quotations,
// which lifts most members of a well-quoted event to the cap of 1 and so
// would not tell them apart.
func titleCentral(w *[numKinds]float64, a, b *[numKinds]vec) float64 {
	m, _ := contentMean(w, a, b)
	return m
}
