package story

import (
	"slices"
	"strings"
)

// A speaker's head: a headline that reports what someone said rather
// than what happened ("Ardell: the harbour deal is dead", "Mayor Ostrova
// slams the port board", "The port will reopen, says Ardell"). The
// speaker is read from the title alone, in the title's own words, so that
// two heads tell whether one person or body speaks in both.

// statementVerbs are the verbs that, right after a headline's subject,
// make the headline a report of that subject's statement, in the singular
// and the plural ("Ardell slams", "Unions slam"); true marks a plural
// form, read only after a subject whose last word ends in "s": "Ardell
// praise of the board" is a noun phrase.
var statementVerbs = map[string]bool{
	"says": false, "say": true, "warns": false, "warn": true, "slams": false, "slam": true,
	"blasts": false, "blast": true, "defends": false, "defend": true, "responds": false,
	"respond": true, "reacts": false, "react": true, "rips": false, "rip": true,
	"mocks": false, "mock": true, "condemns": false, "condemn": true, "refutes": false,
	"refute": true, "vows": false, "vow": true, "claims": false, "claim": true,
	"insists": false, "insist": true, "denies": false, "deny": true, "rejects": false,
	"reject": true, "urges": false, "urge": true, "demands": false, "demand": true,
	"accuses": false, "accuse": true, "tweets": false, "tweet": true, "praises": false,
	"praise": true, "criticizes": false, "criticize": true, "criticises": false,
	"criticise": true, "dismisses": false, "dismiss": true, "scolds": false, "scold": true,
	"chides": false, "chide": true, "taunts": false, "taunt": true, "decries": false,
	"decry": true, "hails": false, "hail": true, "blames": false, "blame": true,
	"disputes": false, "dispute": true, "admits": false, "admit": true, "signals": false,
	"signal": true,
}

// answerVerbs are the statement verbs (and first words of
// statementPhrases) that answer someone else's act or words rather than
// announce: "Ardell slams the board" answers, "Ardell says", "Ardell
// vows", "Ardell calls for" need not.
var answerVerbs = setOf(
	"slams", "slam", "blasts", "blast", "defends", "defend", "responds", "respond",
	"reacts", "react", "rips", "rip", "mocks", "mock", "condemns", "condemn",
	"refutes", "refute", "denies", "deny", "rejects", "reject", "criticizes",
	"criticize", "criticises", "criticise", "dismisses", "dismiss", "scolds", "scold",
	"chides", "chide", "taunts", "taunt", "decries", "decry", "blames", "blame",
	"disputes", "dispute", "accuses", "accuse", "fires", "fire", "pushes", "push",
	"hits", "hit", "doubles", "double", "lashes", "lash",
)

// statementPhrases are two-word speech verbs ("fires back", "weighs in"),
// keyed by their first word.
var statementPhrases = map[string][]string{
	"fires": {"back"}, "fire": {"back"}, "pushes": {"back"}, "push": {"back"},
	"hits": {"back", "out"}, "hit": {"back", "out"}, "doubles": {"down"}, "double": {"down"},
	"weighs": {"in"}, "weigh": {"in"}, "calls": {"for", "on"}, "call": {"for", "on"},
	"lashes": {"out"}, "lash": {"out"}, "speaks": {"out"}, "speak": {"out"},
}

// statementPhrasePlural marks the plural first words of statementPhrases,
// read as statementVerbs' plural forms are.
var statementPhrasePlural = map[string]bool{"fire": true, "push": true, "hit": true, "double": true, "weigh": true, "call": true, "lash": true, "speak": true}

// speakerLabels are words that open a headline as a label before a colon,
// not as a speaker ("Live: ...", "Fact check: ...").
var speakerLabels = setOf(
	"opinion", "watch", "live", "breaking", "exclusive", "report", "reports",
	"analysis", "video", "poll", "update", "updates", "editorial", "review",
	"fact", "check", "trending", "photos", "photo", "column", "podcast",
	"transcript", "explainer", "interview", "timeline", "read", "full", "text",
	"news", "new", "how", "why", "what", "who", "when", "where", "first", "more",
)

// speakerTitles are words of a speaker's name that do not tell one
// speaker from another ("President Ardell" and "Ardell" are one).
var speakerTitles = setOf(
	"president", "sen", "senator", "rep", "gov", "governor", "former", "u.s",
	"us", "the", "mr", "mrs", "ms", "dr", "vice", "speaker", "leader",
	"secretary", "minister", "prime", "chief", "top", "ex",
	// Plural titles before two names ("Govs. Ardell and Lund"): no more
	// a name's word than the singular.
	"sens", "senators", "reps", "govs", "governors", "presidents", "leaders",
	"secretaries", "ministers", "messrs",
)

// maxSpeakerWords is the most words a headline's speaker may have.
const maxSpeakerWords = 4

// headSpeaker returns the words of a title that name who speaks in it,
// lower-cased without titles of office, sorted, nil when the title
// reports no statement of a named speaker. A title is a statement when it
// is a capitalised name of at most four words, then a colon and a claim
// of three words or more ("Ardell: harbour deal is dead"); a capitalised
// name opening the title and followed by a speech verb ("Mayor Ostrova
// slams port board", "Velmar Unions Fire Back At Ardell"); or a claim
// closed by ", says Ardell" or ", Ardell says". A name before the comma
// of a plural verb's subject speaks with it ("Lund, Ostrovas slam port
// board"). A name with a possessive ("Ardell's plan: ...", "Ardell's
// aides slam"), a label ("Live:", "Fact check:") or titles of office
// alone ("The President slams") is no speaker.
func headSpeaker(title string) []string {
	s, _ := headStatement(title)
	return s
}

// headStatement is headSpeaker, and answer reports that the speaker's
// verb answers someone ("slams", "defends", "fires back", see
// answerVerbs); a title with a colon or a closing "says" is no answer,
// and no title is an answer without a speaker.
func headStatement(title string) (speaker []string, answer bool) {
	if i := strings.IndexByte(title, ':'); i > 0 {
		name, rest := title[:i], title[i+1:]
		if ws := tokenize(nil, name); speakerName(ws) && !strings.Contains(name, "'s") && !strings.Contains(name, "’s") && len(tokenize(nil, rest)) >= 3 {
			return speakerKey(ws), false
		}
		// "Ardell fires back at the board: ..." speaks before its colon.
		title = name
	}
	ws := tokenize(nil, title)
	if s := closingSpeaker(title, ws); s != nil {
		return s, false
	}
	// "In Velmar, Ardell slams ...": the subject follows an opening
	// phrase's comma; "Lund, Ostrovas slam ..." lists two speakers.
	var lead []token
	if c := strings.IndexByte(title, ','); c > 0 && len(tokenize(nil, title[:c])) <= maxSpeakerWords {
		lead = tokenize(nil, title[:c])
		title = title[c+1:]
		ws = tokenize(nil, title)
	}
	for i := 1; i < len(ws) && i <= maxSpeakerWords; i++ {
		if speechAt(ws, i) {
			if !speakerName(ws[:i]) || possessiveAt(title, ws, i-1) {
				return nil, false
			}
			subject := ws[:i]
			if pluralAt(ws, i) && speakerName(lead) {
				// A name before the comma of a plural verb's subject
				// is one of the speakers it lists.
				subject = append(slices.Clip(lead), subject...)
			}
			// A speaker of titles alone ("The President slams") names
			// no one: it can tell no speaker apart.
			k := speakerKey(subject)
			if k == nil {
				return nil, false
			}
			return k, answerVerbs[ws[i].low]
		}
		if !ws[i].upper {
			return nil, false
		}
	}
	return nil, false
}

// closingSpeaker reads a title closed by ", says Ardell" or ", Ardell
// says": the words after its last comma.
func closingSpeaker(title string, ws []token) []string {
	c := strings.LastIndexByte(title, ',')
	if c < 0 {
		return nil
	}
	tail := tokenize(nil, title[c+1:])
	if len(tail) < 2 || len(tail) > maxSpeakerWords+1 || len(ws) < len(tail)+3 {
		return nil
	}
	switch {
	case tail[0].low == "says" || tail[0].low == "said":
		tail = tail[1:]
	case tail[len(tail)-1].low == "says" || tail[len(tail)-1].low == "said":
		tail = tail[:len(tail)-1]
	default:
		return nil
	}
	if !speakerName(tail) {
		return nil
	}
	return speakerKey(tail)
}

// speechAt reports whether a speech verb starts at ws[i], after the
// subject ws[:i].
func speechAt(ws []token, i int) bool {
	w := ws[i].low
	plural, ok := statementVerbs[w]
	if !ok && i+1 < len(ws) && slices.Contains(statementPhrases[w], ws[i+1].low) {
		plural, ok = statementPhrasePlural[w], true
	}
	return ok && (!plural || strings.HasSuffix(ws[i-1].low, "s"))
}

// pluralAt reports whether the speech verb at ws[i] (see speechAt) is a
// plural form ("slam", "fire back").
func pluralAt(ws []token, i int) bool {
	if plural, ok := statementVerbs[ws[i].low]; ok {
		return plural
	}
	return statementPhrasePlural[ws[i].low]
}

// speakerName reports whether ws may name a speaker: one to four
// capitalised words, none a label.
func speakerName(ws []token) bool {
	if len(ws) == 0 || len(ws) > maxSpeakerWords {
		return false
	}
	for _, w := range ws {
		if !w.upper || speakerLabels[w.low] {
			return false
		}
	}
	return true
}

// possessiveAt reports whether the word ws[i] of title is written with a
// possessive 's: "Ardell's aides slam" is said by the aides.
func possessiveAt(title string, ws []token, i int) bool {
	at := strings.Index(title, ws[i].text)
	if at < 0 {
		return false
	}
	rest := title[at+len(ws[i].text):]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// speakerKey returns the lower-cased words of a speaker's name without
// titles of office, sorted; nil when only titles are left.
func speakerKey(ws []token) []string {
	var k []string
	for _, w := range ws {
		low := strings.TrimSuffix(w.low, ".")
		if speakerTitles[low] || low == "" {
			continue
		}
		k = append(k, low)
	}
	if len(k) == 0 {
		return nil
	}
	slices.Sort(k)
	return slices.Compact(k)
}

// sameSpeaker reports whether two speakers' keys share a word ("Ardell"
// and "Mayor Kiri Ardell").
func sameSpeaker(a, b []string) bool {
	for _, w := range a {
		if _, ok := slices.BinarySearch(b, w); ok {
			return true
		}
	}
	return false
}

// otherSpeaker reports whether p's head answers the statement e is
// titled by, of another speaker on another day (see Config.SpeakersApart):
// p is a dated straight-news piece whose title's speaker answers
// (headStatement); e's title is the straight-news title of a dated member
// that reports on another day a statement of a speaker who shares no word
// with p's; and no member of e reports a statement of p's speaker. Only
// the title's statement counts: a big event holds many speakers over its
// days (a hearing's texts the day before, the reactions after), and a
// statement is what an event is about only when it titles it. A head that
// only says something ("Ardell: ...", "Ardell says ...") may be the
// statement's own report on another outlet's day: a president's first
// word on a scandal his party's critics opened the day before was judged
// one event with them.
func (c *Clusterer) otherSpeaker(p *prepared, e *event) bool {
	if !c.cfg.SpeakersApart || !p.answer || !p.doc.HasTime || p.headline != News {
		return false
	}
	var titled *member
	for _, m := range e.members {
		if sameSpeaker(m.speaker, p.speaker) {
			return false
		}
		if m.id == e.titleArticle {
			titled = m
		}
	}
	return titled != nil && len(titled.speaker) > 0 && titled.headline == News && titled.dated && titled.eday != p.eday
}
