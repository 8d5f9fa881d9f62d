package main

import (
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Happening is what one line of an article (its title or its lead's first
// sentence) says happened: the main act, who did it and to what. The zero
// Happening is a line whose main clause was not read.
type Happening struct {
	// Act is the main clause's verb, lemmatised (an irregular past is
	// mapped to its base, others stemmed by nlp: "signed", "signs" and
	// "signing" give "sign"), with its particle ("fire back"). After a
	// light verb with "to" ("moves to declare", "plans to sign") it is the
	// infinitive's verb and Light the light verb.
	Act   string
	Light string
	// Family is the kind of happening data/actions.txt of internal/story
	// gives the verb as written (or the light verb's infinitive), "" none.
	Family string
	// Agent is the subject's entity key, or "~" and the stem of the
	// subject's last word when it names no entity ("~council").
	Agent string
	// Objects are the entity keys named after the verb up to the clause's
	// end, and "~" with the stem of the head noun of the first noun phrase
	// after it ("~emergency" of "a national emergency"), if any.
	Objects []string
	// Reported says the line reports words ("X said Y"): Act and Objects
	// are read from the reported clause Y when it has a clause, else Act
	// is the reporting verb's lemma and Said is set.
	Reported bool
	Said     bool
}

// Found reports whether the line's act was read.
func (h Happening) Found() bool { return h.Act != "" }

// Reader reads happenings with nlp. It is safe for concurrent use once
// built (nlp.Analyzer is; the maps are never written after).
type Reader struct {
	an      *nlp.Analyzer
	nm      *nlp.Naming
	actions map[string]string
}

// NewReader returns a reader over the kinds of actions (word -> kind, as
// internal/story's data/actions.txt lists them).
func NewReader(actions map[string]string) (*Reader, error) {
	a, err := nlp.NewAnalyzer()
	if err != nil {
		return nil, err
	}
	return &Reader{an: a, nm: a.Naming(nlp.DefaultLang), actions: actions}, nil
}

// leadParagraphs and leadWords are what the story package reads as a lead:
// the first sentence of six words or more of the first four paragraphs.
const (
	leadParagraphs = 4
	leadWords      = 6
)

// Title reads the happening of a headline: the first of its sentences
// whose main clause reads an act, else the act titleVerb reads, else the
// happening of the part after a kicker's colon. A headline in Title Case
// is read in sentence case (see sentenceCase), so that its verb can be
// told. Cost: one nlp analysis of the title, two when it is in Title
// Case; with a kicker, those of the part after the colon and one of the
// kicker.
func (r *Reader) Title(title string) Happening {
	title = strings.TrimSpace(title)
	if title == "" {
		return Happening{}
	}
	if titleCase(title) {
		title = r.sentenceCase(title)
	}
	a := r.an.Analyze(nlp.Input{Paragraphs: []string{title}})
	if len(a.Sentences) == 0 {
		return Happening{}
	}
	for si := range a.Sentences {
		if h := r.clause(a, si); h.Found() {
			return h
		}
	}
	if h := r.titleVerb(a); h.Found() {
		return h
	}
	// A kicker before a colon ("Varn: the port will close"): the part
	// after it, its agent the kicker when it names none.
	if before, after, ok := strings.Cut(title, ": "); ok && strings.TrimSpace(after) != "" {
		h := r.Title(after)
		if h.Found() && (h.Agent == "" || pronounAgent[h.Agent]) {
			if e := r.an.Analyze(nlp.Input{Paragraphs: []string{before}}); len(e.Entities) > 0 {
				h.Agent = e.Entities[0].Key
			}
		}
		return h
	}
	return Happening{}
}

// pronounAgent are agents read from a pronoun subject.
var pronounAgent = setOf("~he", "~she", "~it", "~they", "~we", "~i", "~you")

// titleVerb reads a headline's act where nlp's MainClause reads none (it
// tells a present verb only after a capitalised word: "Velmar council
// passes harbour budget"): the word after a "to" that follows the subject
// ("Varn to quit the council"), else the first lower-case word after the
// first that is an irregular form, a word of a kind of happening in -s or
// -ed, or a form in -s followed by a word; the words before it are the
// subject.
func (r *Reader) titleVerb(a *nlp.Analysis) Happening {
	if len(a.Sentences) == 0 {
		return Happening{}
	}
	ts := a.Sentences[0].Tokens
	for i := 1; i+1 < len(ts); i++ {
		t, w := ts[i], ts[i].Norm
		if w == "to" && ts[i-1].Kind == nlp.KindWord && ts[i+1].Kind == nlp.KindWord && !ts[i+1].Stop && !isUpper(ts[i+1].Surface) {
			// "Varn to quit the council": a headline's future act.
			h := Happening{Agent: subjectKey(a, ts, i)}
			n := ts[i+1]
			r.fill(&h, a, 0, i+1, n.Norm, n.Stem, "")
			return h
		}
		if t.Kind != nlp.KindWord || isUpper(t.Surface) || t.Stop || determiners[w] || ts[i-1].Kind != nlp.KindWord {
			continue
		}
		_, irr := irregular[w]
		present := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3
		kind := r.actions[w] != "" && (present || strings.HasSuffix(w, "ed"))
		if !irr && !kind && !(present && ts[i+1].Kind != nlp.KindPunct) {
			continue
		}
		h := Happening{Agent: subjectKey(a, ts, i)}
		particle := ""
		if verbParticles[ts[i+1].Norm] {
			particle = ts[i+1].Norm
		}
		r.fill(&h, a, 0, i, w, t.Stem, particle)
		return h
	}
	return Happening{}
}

// subjectKey returns the agent of a headline whose verb is token i: the
// first entity named before it, else "~" and the stem of the word before.
func subjectKey(a *nlp.Analysis, ts []nlp.Token, i int) string {
	if e := entityBetween(a, ts[0].Start, ts[i-1].End); e != "" {
		return e
	}
	return "~" + nounStem(ts[i-1].Norm)
}

// entityBetween returns the key of the first entity named in paragraph 0
// between byte offsets lo and hi, "" none.
func entityBetween(a *nlp.Analysis, lo, hi int) string {
	best, at := "", hi
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Para == 0 && m.Start >= lo && m.End <= hi && m.Kind == nlp.MentionName && m.Start < at {
				best, at = e.Key, m.Start
			}
		}
	}
	return best
}

// verbParticles are the adverbs of phrasal verbs (nlp's Clause.Particle).
var verbParticles = setOf("back", "down", "out", "up", "off", "in")

// Lead reads the happening of the first sentence of leadWords words or
// more in the first leadParagraphs paragraphs, a link line ("Read more:
// ...") skipped. Cost: one nlp analysis of those paragraphs, and one of
// the reported clause of a statement.
func (r *Reader) Lead(paras []string) Happening {
	h, _ := r.LeadSentence(paras)
	return h
}

// LeadSentence is Lead that also returns the sentence read (nil none).
func (r *Reader) LeadSentence(paras []string) (Happening, *nlp.Sentence) {
	if len(paras) > leadParagraphs {
		paras = paras[:leadParagraphs]
	}
	a := r.an.Analyze(nlp.Input{Paragraphs: paras})
	for si, s := range a.Sentences {
		words := 0
		for _, t := range s.Tokens {
			if t.Kind == nlp.KindWord {
				words++
			}
		}
		if words < leadWords || linkLine(s.Tokens) {
			continue
		}
		return r.clause(a, si), &a.Sentences[si]
	}
	return Happening{}, nil
}

// clause reads sentence si of a.
func (r *Reader) clause(a *nlp.Analysis, si int) Happening {
	c := r.nm.MainClause(a, si)
	if !c.Found() {
		return Happening{}
	}
	ts := a.Sentences[si].Tokens
	v := verbIndex(ts, c.Verb)
	h := Happening{Agent: agentOf(a, c)}
	if !c.Statement {
		var done bool
		if v, done = settleVerb(ts, v, &c, &h); done {
			h.Objects = objectsOf(a, si, v+1)
			return h
		}
	}
	if c.Statement {
		if inner, ok := r.reported(a, si, v); ok {
			inner.Reported = true
			return inner
		}
		// A reporting verb with a noun object ("declares a state of
		// emergency", "announces a deal") tells an act; one with no
		// object read tells only that words were said.
		r.fill(&h, a, si, v, c.Verb, c.VerbStem, c.Particle)
		h.Reported = true
		h.Said = !hasHead(h.Objects)
		return h
	}
	r.fill(&h, a, si, v, c.Verb, c.VerbStem, c.Particle)
	return h
}

// settleVerb corrects the verb MainClause read at token v of ts (c, its
// clause): an adverb in -ly after an auxiliary ("is personally taking")
// gives way to the next word; a count after "has" ("has three
// passports") is possession, h.Act "have"; a complement after a form of
// "be" ("is different") is a copula, h.Act "be". It returns the verb's
// index, and done when the clause needs no more reading (h.Act is then
// set, or "" for a count after any other verb: no act read).
// A particle "in" before a determiner, a number or a name is a
// preposition ("killed in an attack") and is dropped.
func settleVerb(ts []nlp.Token, v int, c *nlp.Clause, h *Happening) (int, bool) {
	if v <= 0 {
		return v, false
	}
	for v+1 < len(ts) && adverbLike(ts[v]) && ts[v+1].Kind == nlp.KindWord && !ts[v+1].Stop {
		v++
		c.Verb, c.VerbStem, c.Particle = ts[v].Norm, ts[v].Stem, ""
		if v+1 < len(ts) && verbParticles[ts[v+1].Norm] {
			c.Particle = ts[v+1].Norm
		}
	}
	switch {
	case countWord(ts[v]):
		if haveForms[ts[v-1].Norm] {
			h.Act = "have"
			return v, true
		}
		h.Act = ""
		return v, true
	case copulaBefore(ts, v):
		h.Act = "be"
		return v - 1, true
	}
	if c.Particle == "in" && v+2 < len(ts) && (determiners[ts[v+2].Norm] || ts[v+2].Kind == nlp.KindNumber || isUpper(ts[v+2].Surface)) {
		c.Particle = ""
	}
	return v, false
}

// haveForms are the forms of "have" before a count of things held.
var haveForms = setOf("has", "have", "had")

// beForms are the forms of "be" before a copula's complement.
var beForms = setOf("is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s")

// copulaBefore reports whether the verb MainClause read at token v is the
// complement of a form of "be" before it ("is different", "was ready"):
// no participle in -ed or -ing, no irregular form.
func copulaBefore(ts []nlp.Token, v int) bool {
	w := ts[v].Norm
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "en") {
		return false
	}
	if _, irr := irregular[w]; irr {
		return false
	}
	for k := v - 1; k >= 0 && v-k <= 3; k-- {
		if beForms[ts[k].Norm] {
			return true
		}
		if !(adverbLike(ts[k]) || ts[k].Norm == "not" || ts[k].Norm == "also" || ts[k].Norm == "still") {
			return false
		}
	}
	return false
}

// countWord reports whether a token is a number or a number word.
func countWord(t nlp.Token) bool {
	return t.Kind == nlp.KindNumber || numberWords[t.Norm]
}

// numberWords are the counts written as words.
var numberWords = setOf("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million",
	"millions", "dozen", "dozens", "several", "many", "few")

// adverbLike reports whether a lower-case word is an adverb in -ly.
func adverbLike(t nlp.Token) bool {
	return t.Kind == nlp.KindWord && !isUpper(t.Surface) && len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ly") &&
		!lyNouns[t.Norm]
}

// lyNouns end in -ly and are no adverbs.
var lyNouns = setOf("family", "rally", "ally", "assembly", "supply", "reply", "italy", "july", "monopoly", "anomaly",
	"apply", "fly", "bully", "belly", "jelly", "tally", "folly", "holly", "rely", "comply", "imply", "multiply")

// fill sets the act, family and objects of h from the verb at token v of
// sentence si (verb its norm, stem its stem, particle its particle).
func (r *Reader) fill(h *Happening, a *nlp.Analysis, si, v int, verb, stem, particle string) {
	ts := a.Sentences[si].Tokens
	h.Act = lemma(verb, stem)
	h.Family = r.actions[verb]
	after := v + 1
	if particle != "" {
		h.Act += " " + particle
		after++
	}
	if v >= 0 && after+1 < len(ts) && ts[after].Norm == "to" && lightVerbs[h.Act] {
		w := ts[after+1]
		if w.Kind == nlp.KindWord && !w.Stop && !isUpper(w.Surface) {
			h.Light = h.Act
			h.Act = lemma(w.Norm, w.Stem)
			h.Family = r.actions[w.Norm]
			after += 2
		}
	}
	if v < 0 {
		return
	}
	h.Objects = objectsOf(a, si, after)
}

// reported reads the clause a statement reports: the words after the
// reporting verb at token v ("said (on Friday) (that) the port will
// close"), or, when the verb closes the sentence after a comma ("The port
// will close, officials said"), the words before that comma.
func (r *Reader) reported(a *nlp.Analysis, si, v int) (Happening, bool) {
	s := a.Sentences[si]
	ts := s.Tokens
	if v < 0 {
		return Happening{}, false
	}
	para := s.Para
	var text string
	if comma := lastCommaBefore(ts, v); comma > 0 && v-comma <= 8 {
		text = paragraphSlice(a, para, ts[0].Start, ts[comma].Start)
	} else {
		k := v + 1
		for k < len(ts) && (skipAfterSaid[ts[k].Norm] || ts[k].Kind == nlp.KindPunct && ts[k].Surface == ",") {
			k++
		}
		if k >= len(ts) {
			return Happening{}, false
		}
		text = paragraphSlice(a, para, ts[k].Start, ts[len(ts)-1].End)
	}
	text = strings.TrimSpace(strings.Trim(text, "\"“”‘’"))
	if text == "" {
		return Happening{}, false
	}
	in := r.an.Analyze(nlp.Input{Paragraphs: []string{text}})
	if len(in.Sentences) == 0 {
		return Happening{}, false
	}
	c := r.nm.MainClause(in, 0)
	if !c.Found() || c.Statement {
		return Happening{}, false
	}
	h := Happening{Agent: agentOf(in, c)}
	its := in.Sentences[0].Tokens
	iv, done := settleVerb(its, verbIndex(its, c.Verb), &c, &h)
	if done {
		h.Objects = objectsOf(in, 0, iv+1)
		return h, true
	}
	r.fill(&h, in, 0, iv, c.Verb, c.VerbStem, c.Particle)
	return h, true
}

// paragraphSlice returns bytes [lo, hi) of paragraph para of the analysed
// input, rebuilt from the sentences' text and offsets.
func paragraphSlice(a *nlp.Analysis, para, lo, hi int) string {
	for _, s := range a.Sentences {
		if s.Para != para || lo < s.Start || hi > s.End {
			continue
		}
		return s.Text[lo-s.Start : hi-s.Start]
	}
	return ""
}

// lastCommaBefore returns the index of the last comma before token v, -1
// none.
func lastCommaBefore(ts []nlp.Token, v int) int {
	for k := v - 1; k > 0; k-- {
		if ts[k].Kind == nlp.KindPunct && ts[k].Surface == "," {
			return k
		}
	}
	return -1
}

// skipAfterSaid are the words between a reporting verb and what it
// reports ("said on Friday that", "announced Tuesday").
var skipAfterSaid = setOf("that", "on", "in", "a", "statement", "late", "early", "earlier", "today", "tonight",
	"yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
	"afternoon", "evening", "night", "it", "was", "is", "had", "has")

// verbIndex returns the index of the token whose norm is verb (the first
// after a word), -1 none.
func verbIndex(ts []nlp.Token, verb string) int {
	for i, t := range ts {
		if i > 0 && t.Norm == verb {
			return i
		}
	}
	return -1
}

// agentOf returns the clause's agent key (see Happening.Agent).
func agentOf(a *nlp.Analysis, c nlp.Clause) string {
	if c.Entity >= 0 && c.Entity < len(a.Entities) {
		return a.Entities[c.Entity].Key
	}
	f := strings.Fields(strings.ToLower(c.Subject))
	for len(f) > 0 && (f[len(f)-1] == "'s" || f[len(f)-1] == "’s") {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return ""
	}
	return "~" + nounStem(f[len(f)-1])
}

// objectsOf returns the entity keys mentioned in sentence si from token
// from to the clause's end (the first full stop, semicolon, colon or
// comma, at most 16 tokens on) and the head noun of the first noun
// phrase there.
func objectsOf(a *nlp.Analysis, si, from int) []string {
	s := a.Sentences[si]
	ts := s.Tokens
	end := from
	for end < len(ts) && end-from < 16 {
		t := ts[end]
		if t.Kind == nlp.KindPunct && (t.Surface == "." || t.Surface == ";" || t.Surface == ":" || t.Surface == ",") {
			break
		}
		end++
	}
	if from >= end {
		return nil
	}
	lo, hi := ts[from].Start, ts[end-1].End
	var out []string
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Para == s.Para && m.Start >= lo && m.End <= hi && m.Kind == nlp.MentionName {
				if !slices.Contains(out, e.Key) {
					out = append(out, e.Key)
				}
				break
			}
		}
	}
	if ts[from].Norm == "to" && from+2 < end {
		from += 2 // "votes to confirm Varn": the infinitive's object
	}
	if head := headNoun(ts[from:end]); head != "" {
		out = append(out, "~"+head)
	}
	return out
}

// headNoun returns the stem of the last word of the first run of content
// words in ts (after determiners, numbers and adverbs in -ly), stopped by
// a stop word, a preposition or punctuation; "" when ts opens with a
// preposition or "to".
func headNoun(ts []nlp.Token) string {
	i := 0
	for i < len(ts) && (determiners[ts[i].Norm] || ts[i].Kind == nlp.KindNumber || strings.HasSuffix(ts[i].Norm, "ly") && len(ts[i].Norm) > 4) {
		i++
	}
	last := ""
	for ; i < len(ts); i++ {
		t := ts[i]
		if t.Surface == "'s" || t.Surface == "’s" {
			last = "" // a possessive starts the phrase again
			continue
		}
		if t.Kind != nlp.KindWord || t.Stop || determiners[t.Norm] {
			break
		}
		if ofNouns[t.Norm] && i+1 < len(ts) && ts[i+1].Norm == "of" {
			// "a state of emergency", "a round of sanctions": the head
			// is the noun after "of".
			i++
			last = ""
			continue
		}
		last = t.Norm
	}
	if last == "" {
		return ""
	}
	return nounStem(last)
}

// ofNouns are the nouns whose "of" phrase names what they count or hold.
var ofNouns = setOf("state", "round", "series", "set", "wave", "string", "pair", "host", "number", "lot", "couple",
	"slew", "raft", "batch", "spate", "flurry", "package", "declaration", "kind", "type", "piece")

// hasHead reports whether objects hold a head noun ("~...").
func hasHead(objects []string) bool {
	for _, o := range objects {
		if strings.HasPrefix(o, "~") {
			return true
		}
	}
	return false
}

// nounStem trims a plural's ending.
func nounStem(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// lemma returns the base of a verb form: an irregular form's base, else
// the nlp stem.
func lemma(norm, stem string) string {
	if b, ok := irregular[norm]; ok {
		return b
	}
	if stem == "" {
		return norm
	}
	return stem
}

// irregular maps irregular verb forms (and says, does, has) to a base the
// nlp stem of the regular forms shares.
var irregular = map[string]string{
	"said": "say", "says": "say", "took": "take", "takes": "take", "taken": "take", "gave": "give", "gives": "give",
	"given": "give", "made": "make", "makes": "make", "won": "win", "wins": "win", "lost": "lose", "loses": "lose",
	"met": "meet", "meets": "meet", "left": "leave", "leaves": "leave", "told": "tell", "tells": "tell", "came": "come",
	"comes": "come", "went": "go", "goes": "go", "gone": "go", "ran": "run", "runs": "run", "sent": "send",
	"sends": "send", "held": "hold", "holds": "hold", "began": "begin", "begins": "begin", "begun": "begin",
	"became": "become", "becomes": "become", "broke": "break", "breaks": "break", "broken": "break",
	"brought": "bring", "brings": "bring", "fell": "fall", "falls": "fall", "fallen": "fall", "found": "find",
	"finds": "find", "got": "get", "gets": "get", "kept": "keep", "keeps": "keep", "knew": "know", "knows": "know",
	"let": "let", "lets": "let", "put": "put", "puts": "put", "quit": "quit", "quits": "quit", "saw": "see",
	"sees": "see", "seen": "see", "set": "set", "sets": "set", "shot": "shoot", "shoots": "shoot", "spoke": "speak",
	"speaks": "speak", "stood": "stand", "stands": "stand", "struck": "strike", "strikes": "strike",
	"thought": "think", "threw": "throw", "throws": "throw", "wrote": "write", "writes": "write", "written": "write",
	"sought": "seek", "seeks": "seek", "fought": "fight", "fights": "fight", "paid": "pay", "pays": "pay",
	"sold": "sell", "sells": "sell", "spent": "spend", "spends": "spend", "drew": "draw", "draws": "draw",
	"chose": "choose", "chooses": "choose", "rose": "rise", "rises": "rise", "swore": "swear", "swears": "swear",
	"sworn": "swear", "shut": "shut", "shuts": "shut", "cut": "cut", "cuts": "cut", "beat": "beat", "beats": "beat",
	"hit": "hit", "hits": "hit", "heard": "hear", "hears": "hear", "built": "build", "builds": "build",
	"bought": "buy", "buys": "buy", "caught": "catch", "catches": "catch", "meant": "mean", "felt": "feel",
	"fled": "flee", "flees": "flee", "led": "lead", "leads": "lead", "slid": "slide", "slides": "slide",
	"withdrew": "withdraw", "withdraws": "withdraw", "upheld": "uphold", "upholds": "uphold", "froze": "freeze",
	"freezes": "freeze", "forgave": "forgive", "stole": "steal", "swept": "sweep", "sweeps": "sweep", "tore": "tear",
	"overtook": "overtake", "did": "do", "does": "do", "has": "have", "had": "have", "is": "be", "was": "be",
	"are": "be", "were": "be", "dies": "die", "died": "die", "lies": "lie", "lied": "lie", "ties": "tie", "tied": "tie",
}

// lightVerbs are the (lemmatised) verbs whose "to" infinitive tells the
// act ("moves to declare", "plans to sign", "votes to impeach" is the
// vote, so not listed).
var lightVerbs = setOf("move", "plan", "vow", "seek", "want", "tri", "try", "aim", "agre", "threaten", "push",
	"prepar", "hope", "expect", "decid", "pledg", "promis", "refus", "fail", "begin", "start", "continu", "be",
	"have", "set", "poi", "urg", "ask", "call", "intend", "offer", "propos", "claim", "appear", "seem")

// determiners open a noun phrase before its head.
var determiners = setOf("a", "an", "the", "his", "her", "their", "its", "our", "this", "that", "these", "those",
	"new", "another", "some", "any", "no", "two", "three", "first", "second", "final", "last", "more", "most")

// linkMarks open a link line (internal/story's linkLine, in short).
var linkMarks = [][]string{{"read", "more"}, {"read", "also"}, {"see", "also"}, {"related"}, {"recommended"},
	{"click", "here"}, {"watch"}}

// linkLine reports whether a sentence opens with a link mark.
func linkLine(ts []nlp.Token) bool {
	var words []string
	for _, t := range ts {
		if t.Kind == nlp.KindWord {
			words = append(words, t.Norm)
			if len(words) == 2 {
				break
			}
		}
	}
	for _, m := range linkMarks {
		if len(words) >= len(m) && slices.Equal(words[:len(m)], m) {
			return true
		}
	}
	return false
}

// titleCase reports whether most of a title's words of four letters or
// more open with a capital.
func titleCase(title string) bool {
	up, n := 0, 0
	for _, w := range strings.Fields(title) {
		if len(w) < 4 {
			continue
		}
		n++
		if isUpper(w) {
			up++
		}
	}
	return n >= 2 && up*4 >= n*3
}

// sentenceCase lower-cases each word of a Title Case title but its first
// word, words in capitals and words inside a name the analysis finds; a
// verb form (an irregular form, a word of a kind of happening in -s or
// -ed) is lower-cased even inside a name ("Varn Takes ...").
func (r *Reader) sentenceCase(title string) string {
	a := r.an.Analyze(nlp.Input{Paragraphs: []string{title}})
	named := make([]bool, len(title))
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Para != 0 || m.Kind != nlp.MentionName {
				continue
			}
			for k := m.Start; k < m.End && k < len(named); k++ {
				named[k] = true
			}
		}
	}
	b := []byte(title)
	first := true
	for _, s := range a.Sentences {
		for _, t := range s.Tokens {
			if t.Kind != nlp.KindWord {
				continue
			}
			verbForm := r.actions[t.Norm] != "" && (strings.HasSuffix(t.Norm, "s") || strings.HasSuffix(t.Norm, "ed"))
			if _, irr := irregular[t.Norm]; irr {
				verbForm = true
			}
			if first || named[t.Start] && !verbForm || strings.ToUpper(t.Surface) == t.Surface && len(t.Surface) > 1 {
				first = false
				continue
			}
			if t.Start < len(b) && b[t.Start] >= 'A' && b[t.Start] <= 'Z' {
				b[t.Start] += 'a' - 'A'
			}
		}
	}
	return string(b)
}

// isUpper reports whether s opens with an ASCII capital.
func isUpper(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// setOf returns the set of words ws.
func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
