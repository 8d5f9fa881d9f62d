package story

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// chooseTitle gives e the headline of its most central straight-news
// member that names the event's main people or places and opens with no
// shouted label ("EXTORTION: ..."); central is the mean of the member's
// closeness to the event and of its headline's to the event's headlines,
// so that the headline most reports echo wins. The title changes
// only for a better kind of headline, for one that names the event where
// the current one does not, or for a member clearly more central than the
// one it has.
func (c *Clusterer) chooseTitle(e *event) {
	names := e.titleNames()
	var cur, best *member
	var curFit, bestFit titleFit
	for _, m := range e.members {
		fit := fitOf(m, names, e.cent[kindTitle].cosine(m.hv[kindTitle]))
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
// after the plain reports too.
func fitOf(m *member, names map[string]bool, echo float64) titleFit {
	r := 2 * m.headline.rank()
	if m.headline == News && (len(names) > 0 && !namesAny(m.title, names) || shoutedLabel(m.title) || anticipates(m.title) || describes(m.title) || judges(m.title)) {
		r++
	}
	return titleFit{rank: r, central: (m.central + echo) / 2}
}

// judgment matches the evaluative words with which a headline judges in
// its writer's voice; prescription what someone should or must do.
// Reports say what happened; "Terrible", "Fiasco" or "Should Not Have"
// say what the writer thinks of it. "Devastating" judges only as a
// predicate ("is devastating for Clinton"): a "devastating earthquake" is
// reported.
var (
	judgment     = regexp.MustCompile(`(?i)\b(?:terrible|(?:is|are|was|were) devastating|disastrous|disgrace(?:ful)?|shameful|pathetic|absurd|outrageous|ridiculous|awful|horrible|despicable|hypocri(?:sy|tical|tes?)|nonsense|madness|fiasco|debacle|farce|travesty|brilliant|stupid|insane)\b`)
	prescription = regexp.MustCompile(`(?i)\b(?:should(?:n['’]t)?|must|ought to)\b`)
	// speechVerbs attribute a headline's prescription to someone: "Obama
	// says leaders should withdraw", "Judge says McGahn must testify".
	speechVerbs = regexp.MustCompile(`(?i)\b(?:says?|said|tells?|told|asks?|asked|urges?|urged|calls?|called|argues?|argued|warns?|warned|rules?|ruled|grouses?|insists?|suggests?|demands?|wants?)\b`)
)

// judges reports whether title judges in its writer's voice: an
// evaluative word, or what someone should or must do when no one is said
// to say so (no speech verb, no speaker's label before a colon: "Trump:
// Mexico must stop caravans" reports what Trump said).
func judges(title string) bool {
	t := stripQuoted(title)
	if judgment.MatchString(t) {
		return true
	}
	return prescription.MatchString(t) && !strings.Contains(t, ":") && !speechVerbs.MatchString(t)
}

// anticipation matches the words with which a headline looks forward to
// what is yet to happen (outside quotation marks): a preview rather than
// the report of the happening ("House set to vote" before "House passes").
var anticipation = regexp.MustCompile(`(?i)\b(?:poised|expected to|to watch|gears? up|braces? for|prepares? to|preparing to|set to)\b`)

// prediction matches a forecast by a panel of onlookers: "Insiders:
// Sanders and Trump will win New Hampshire" is written before the vote.
var prediction = regexp.MustCompile(`(?i)^(?:insiders|experts|analysts|pundits|forecasters?|oddsmakers)\s*:.*\b(?:will|won't|to win|on track to)\b`)

// anticipates reports whether title tells what is yet to happen.
func anticipates(title string) bool {
	t := stripQuoted(title)
	return anticipation.MatchString(t) || prediction.MatchString(t)
}

// describes reports whether title is a sentence-case "Name: description"
// headline, a profile: a label of one to three capitalised words before
// a colon, then a lower-case phrase with no quotation and no word that
// looks like a verb ("Lester Holt: presidential debate moderator, proven
// fact-checker"). A label with a report after it ("Brussels attacks: 34
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
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLower(r) || strings.ContainsAny(rest, "\"“”'‘") {
		return false
	}
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, ",.;!?")
		if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || verbLike[w] {
			return false
		}
	}
	return true
}

// verbLike are the common headline verbs and auxiliaries whose form
// does not end in -s or -ed.
var verbLike = setOf("is", "are", "was", "be", "been", "will", "won't", "can", "can't", "would", "could", "should", "may",
	"might", "must", "has", "have", "had", "do", "did", "win", "won", "lose", "lost", "die", "dead", "say", "said", "go",
	"went", "get", "got", "make", "made", "take", "took", "back", "sign", "vote", "to", "out", "quit", "resign", "run",
	"ran", "hit", "set", "put", "cut", "let", "beat", "lead", "led", "give", "gave", "given", "come", "came", "face", "seek",
	"sought", "hold", "held", "meet", "met", "leave", "left", "keep", "kept", "tell", "told", "find", "found", "fall",
	"fell", "rise", "rose", "split", "spend", "spent", "stand", "stood", "begin", "began", "want", "need", "plan", "push", "urge")

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

// titleNames returns the words of e's strongest names (their keys are
// lower-cased).
func (e *event) titleNames() map[string]bool {
	pr := e.probe()
	out := map[string]bool{}
	for _, en := range pr.vecs[kindNames][:min(titleNamesKeep, len(pr.vecs[kindNames]))] {
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
// questions, first-person and opinion headlines, then none.
func (h Headline) rank() int {
	switch h {
	case News:
		return 0
	case Short:
		return 1
	case NoTitle:
		return 3
	}
	return 2
}
