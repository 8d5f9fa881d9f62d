package nlp

import "strings"

// Clause is what one sentence's main clause states: who does it (the
// subject, the noun phrase before the verb), what is done (the verb) and
// to what (the object's first words). The zero Clause is a sentence whose
// main verb could not be told.
type Clause struct {
	// Sentence is the sentence's index in Analysis.Sentences.
	Sentence int
	// Subject is the subject phrase as written ("Mayor Ilse Varn"), an
	// apposition left out; Entity is the entity one of its mentions
	// names, -1 when it names none ("a judge", "the council").
	Subject string
	Entity  int
	// Verb is the main verb's norm ("fired", "said"); after an auxiliary
	// it is the verb the auxiliary goes with ("has resigned" gives
	// "resigned"). VerbStem is its stem.
	Verb     string
	VerbStem string
	// Particle is the adverb right after the verb that makes a phrasal
	// verb of it ("fired back", "doubled down", "lashed out"), or "".
	Particle string
	// Object is the object's content words, at most four, lower-cased.
	Object []string
	// Statement reports that the verb reports words (an attribution verb:
	// "said", "slammed", "warned"): the clause tells what the subject
	// said, not what happened.
	Statement bool
}

// Found reports whether the clause's verb was read.
func (c Clause) Found() bool { return c.Verb != "" }

// leadOpeners open a phrase before a sentence's subject, closed by a
// comma ("On Friday, ...", "After the vote, ...", "In a statement, ...").
var leadOpeners = setOfWords("on", "in", "at", "after", "before", "as", "when", "while", "amid", "despite",
	"during", "following", "with", "without", "since", "for", "from", "by", "under", "earlier", "later", "last",
	"late", "early", "hours", "days", "weeks", "speaking", "meanwhile", "now", "still", "yet", "but", "and", "so",
	"however", "instead", "today", "tonight", "yesterday", "if", "although", "though", "once", "until", "within",
	"across", "just", "less", "more", "nearly", "almost", "about", "over", "minutes", "moments", "this", "that",
	"according", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// verbGroupAux are the auxiliaries and modals of a verb group ("has
// resigned", "will vote", "was fired").
var verbGroupAux = setOfWords("is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "will",
	"would", "could", "can", "may", "might", "should", "must", "shall", "did", "does", "do", "won't", "wouldn't",
	"can't", "didn't", "doesn't", "isn't", "wasn't", "hasn't", "haven't", "couldn't", "won’t", "didn’t", "doesn’t",
	"isn’t", "wasn’t", "hasn’t", "haven’t", "couldn’t", "wouldn’t", "can’t")

// verbGroupFillers stand between an auxiliary and its verb ("has not yet
// said", "will also vote").
var verbGroupFillers = setOfWords("not", "also", "yet", "already", "still", "just", "never", "now", "reportedly",
	"allegedly", "apparently", "again", "be", "been", "being", "finally", "formally", "officially", "quickly", "soon",
	"repeatedly", "publicly", "privately", "narrowly", "overwhelmingly", "effectively", "abruptly")

// pastVerbs are common irregular past forms, which no ending tells.
var pastVerbs = setOfWords("took", "gave", "made", "won", "lost", "met", "left", "told", "said", "came", "went",
	"ran", "sent", "held", "began", "became", "broke", "brought", "fell", "found", "got", "kept", "knew",
	"let", "put", "quit", "saw", "set", "shot", "spoke", "stood", "struck", "thought", "threw", "wrote", "sought",
	"fought", "paid", "sold", "spent", "drew", "chose", "rose", "swore", "shut", "cut", "beat", "hit", "read",
	"heard", "built", "bought", "caught", "taught", "meant", "felt", "fled", "forgave", "forgot", "froze", "hung",
	"laid", "lay", "slid", "stole", "swept", "tore", "upheld", "withdrew", "wore", "overturned", "overtook")

// notVerbsEnding are words whose ending reads as a verb's and which are
// not verbs in a subject ("officials", "embattled", "news").
var notVerbsEnding = setOfWords("news", "officials", "members", "lawmakers", "democrats", "republicans",
	"states", "united", "embattled", "so-called", "former", "vs", "plus", "its", "this", "has", "was", "his",
	"hers", "theirs", "ours", "yours", "us", "bus", "gas", "less", "unless", "across", "always", "perhaps",
	"politics", "economics", "sources", "leaders", "voters", "critics", "analysts", "experts", "supporters",
	"protesters", "residents", "police", "rights", "affairs", "services", "forces", "troops", "reports",
	"years", "days", "weeks", "months", "hours", "times", "series", "species", "aides", "allies", "activists",
	"advocates", "prosecutors", "investigators", "authorities", "students", "workers", "women", "children",
	"people", "parents", "families", "americans", "candidates", "senators", "governors", "leaders'",
	"conservatives", "liberals", "progressives", "moderates", "members'", "unnamed", "disgraced", "beleaguered",
	"besieged", "troubled", "mixed", "red", "bed", "shed", "seed", "speed", "feed", "need", "weed", "creed",
	"greed", "breed", "steed", "hundred", "kindred", "sacred", "naked", "wicked", "crooked", "rugged", "ragged",
	"jagged", "learned", "aged", "beloved", "blessed", "cursed", "wretched", "dogged", "legged", "crowded",
	"talented", "gifted", "skilled", "unarmed", "masked")

// maxSubjectWords is the most words read before a main verb.
const maxSubjectWords = 24

// MainClause reads the main clause of sentence si of an: an opening
// phrase before a comma ("On Friday, ...") and a dateline ("VELMAR —")
// are skipped, an apposition between commas after the subject ("Varn,
// the harbour master, was ...") and a relative clause ("Varn, who ...,")
// are left out of it, as is a relative clause without commas ("The
// councillor who slammed the fees resigned" reads "resigned"; no verb
// after the relative clause's own reads no clause), and the verb is the
// first word after the subject
// that an auxiliary, an attribution verb, a past ending or a present
// ending after a capitalised name tells as a verb. It reads one sentence
// alone: a pronoun subject names no entity ("He said" gives Entity -1).
func (n *Naming) MainClause(an *Analysis, si int) Clause {
	c := Clause{Sentence: si, Entity: -1}
	if si < 0 || si >= len(an.Sentences) {
		return c
	}
	ts := an.Sentences[si].Tokens
	if q, ok := n.reportedIn(an, si); ok {
		return q
	}
	start := n.clauseStart(ts)
	subj := []int{}
	v := -1
	// rel holds the words of a relative clause written without commas
	// ("The councillor who slammed the fees resigned"), from its verb on
	// (relVerb); inRel reports that one is open.
	var rel []int
	inRel, relVerb := false, false
	for i := start; i < len(ts) && i-start <= maxSubjectWords; i++ {
		t := ts[i]
		if t.Kind == KindPunct {
			if t.Surface == "," && len(subj) > 0 {
				// An apposition or relative clause after the subject:
				// skip to its closing comma.
				if j := closingComma(ts, i+1); j > 0 {
					i = j
					continue
				}
			}
			if t.Surface == "(" {
				for i < len(ts) && ts[i].Surface != ")" {
					i++
				}
				continue
			}
			if t.Surface == "'s" || t.Surface == "’s" || t.Surface == "'" || t.Surface == "’" {
				continue
			}
			if t.Surface == "." && len(subj) > 0 && subj[len(subj)-1] == i-1 && n.l.abbr[ts[i-1].Norm] == abbrTitle {
				// A title's full stop ("Gov. Ardell") is inside the
				// subject.
				continue
			}
			if len(subj) > 0 {
				break
			}
			continue
		}
		if len(subj) > 0 && !inRel && relativePronouns[t.Norm] {
			inRel = true
			continue
		}
		if inRel {
			// The relative clause's own verb and what follows it are not
			// the subject's: the main verb is the next verb after them.
			switch {
			case !relVerb && n.verbAt(ts, i, subj):
				relVerb = true
				for i+1 < len(ts) && verbGroupAux[ts[i].Norm] && ts[i+1].Kind == KindWord && (verbGroupFillers[ts[i+1].Norm] || verbGroupAux[ts[i+1].Norm] || adverbLike(ts[i+1])) {
					i++
				}
				if verbGroupAux[ts[i].Norm] && i+1 < len(ts) {
					i++ // "who has fought": the auxiliary's verb
				}
				rel = append(rel, i)
			case relVerb && !adverbLike(t) && n.verbAt(ts, i, rel):
				v = i
			case relVerb:
				rel = append(rel, i)
			}
			if v >= 0 {
				break
			}
			continue
		}
		if len(subj) > 0 && adverbLike(t) {
			continue // "Varn flatly denied", "officials unequivocally rejected"
		}
		if len(subj) > 0 && n.verbAt(ts, i, subj) {
			v = i
			break
		}
		subj = append(subj, i)
	}
	if v < 0 || len(subj) == 0 {
		return c
	}
	// An auxiliary's verb is the next word after its fillers.
	verb := v
	if verbGroupAux[ts[v].Norm] {
		j := v + 1
		for j < len(ts) && ts[j].Kind == KindWord && (verbGroupFillers[ts[j].Norm] || verbGroupAux[ts[j].Norm]) {
			j++
		}
		if j < len(ts) && ts[j].Kind == KindWord && !n.l.stop[ts[j].Norm] {
			verb = j
		} else if j-1 > v {
			verb = j - 1
		}
	}
	parts := make([]string, 0, len(subj))
	for _, k := range subj {
		parts = append(parts, ts[k].Surface)
	}
	c.Subject = strings.Join(parts, " ")
	c.Entity = entityIn(an, an.Sentences[si], ts[subj[0]].Start, ts[subj[len(subj)-1]].End)
	c.Verb, c.VerbStem = ts[verb].Norm, ts[verb].Stem
	c.Statement = n.l.verbs[ts[verb].Norm]
	if verb+1 < len(ts) && verbParticles[ts[verb+1].Norm] {
		c.Particle = ts[verb+1].Norm
	}
	for j := verb + 1; j < len(ts) && len(c.Object) < 4; j++ {
		t := ts[j]
		if t.Kind == KindPunct && t.Surface != "'s" && t.Surface != "’s" {
			break
		}
		if t.Kind == KindWord && !n.l.stop[t.Norm] && !verbGroupFillers[t.Norm] {
			c.Object = append(c.Object, t.Norm)
		}
	}
	return c
}

// verbAt reports whether token i, after the subject words subj, is the
// main clause's verb (or its auxiliary).
func (n *Naming) verbAt(ts []Token, i int, subj []int) bool {
	t := ts[i]
	if t.Kind != KindWord {
		return false
	}
	w := t.Norm
	if isUpperStart(t.Surface) {
		return false
	}
	prev := ts[subj[len(subj)-1]]
	if determinerLike[prev.Norm] {
		return false // "the embattled", "a proposed"
	}
	switch {
	case verbGroupAux[w], n.l.verbs[w] && !notVerbsEnding[w], pastVerbs[w]:
		return true
	case notVerbsEnding[w] || n.l.stop[w]:
		return false
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		return true
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3:
		// A present verb after a name ("Ardell signs", "Senate votes"),
		// not a plural noun before its own verb ("Court justices said").
		if i+1 < len(ts) && ts[i+1].Kind == KindWord && (verbGroupAux[ts[i+1].Norm] || n.l.verbs[ts[i+1].Norm] || strings.HasSuffix(ts[i+1].Norm, "ed") || ts[i+1].Norm == "and") {
			return false
		}
		return isUpperStart(prev.Surface)
	}
	return false
}

// relativePronouns open a relative clause after a subject ("the
// councillor who ...").
var relativePronouns = setOfWords("who", "whom", "whose", "which")

// verbParticles are the adverbs of phrasal verbs (see Clause.Particle).
var verbParticles = setOfWords("back", "down", "out", "up", "off", "in")

// determinerLike open a noun phrase: a word after them is no verb.
var determinerLike = setOfWords("a", "an", "the", "his", "her", "their", "its", "our", "this", "that", "these",
	"those", "newly", "recently", "once", "twice", "of", "to", "for", "on", "in", "at", "by", "with", "from")

// clauseStart returns the index where a sentence's subject may start: after
// a dateline ("VELMAR (Wire) —") or an opening phrase closed by a comma
// (not a later comma when a verb follows a name before it).
func (n *Naming) clauseStart(ts []Token) int {
	start := 0
	for i := 0; i < len(ts) && i < 10; i++ {
		s := ts[i].Surface
		if ts[i].Kind == KindPunct && (s == "—" || s == "–" || s == "--" || s == "-" && i > 0 && datelineEnd(ts[i-1])) {
			start = i + 1
			break
		}
	}
	if start < len(ts) && (leadOpeners[ts[start].Norm] || strings.HasSuffix(ts[start].Norm, "ing") && len(ts[start].Norm) > 5) {
		for i := start + 1; i < len(ts) && i-start <= 20; i++ {
			if ts[i].Kind == KindPunct && ts[i].Surface == "," {
				return i + 1
			}
			if !subordinators[ts[start].Norm] && n.verbAfterName(ts, i) {
				// "On Sunday Mayor Varn slammed the plan, calling it
				// ...": a phrase opening with a preposition holds no
				// verb after a name, so no comma closed it.
				return start
			}
		}
	}
	return start
}

// subordinators are the lead openers that may open a clause of their
// own, whose verb stands before the comma closing it ("After Varn
// slammed the plan, the board voted").
var subordinators = setOfWords("after", "before", "as", "when", "while", "since", "if", "although", "though",
	"once", "until")

// verbAfterName reports whether token i is a verb right after a
// capitalised word: an auxiliary, an attribution verb, an irregular past
// or a past ending ("Varn slammed", "Varn has").
func (n *Naming) verbAfterName(ts []Token, i int) bool {
	t := ts[i]
	if i == 0 || t.Kind != KindWord || isUpperStart(t.Surface) || ts[i-1].Kind != KindWord || !isUpperStart(ts[i-1].Surface) {
		return false
	}
	w := t.Norm
	return verbGroupAux[w] || pastVerbs[w] || n.l.verbs[w] && !notVerbsEnding[w] ||
		strings.HasSuffix(w, "ed") && len(w) > 4 && !notVerbsEnding[w]
}

// closingComma returns the index of the comma that closes an apposition
// or relative clause opened right before token i, or -1 when none closes
// within 14 tokens or the phrase holds a verb of its own before a stop
// (then the comma ended the subject: "Varn, Lund and Ostrova said").
func closingComma(ts []Token, i int) int {
	if i >= len(ts) || ts[i].Kind != KindWord {
		return -1
	}
	if isUpperStart(ts[i].Surface) && ts[i].Norm != "who" {
		return -1 // a list of names: "Varn, Lund and Ostrova"
	}
	for j := i; j < len(ts) && j-i <= 14; j++ {
		if ts[j].Kind == KindPunct {
			if ts[j].Surface == "," {
				return j
			}
			if ts[j].Surface != "'s" && ts[j].Surface != "’s" && ts[j].Surface != "-" {
				return -1
			}
		}
	}
	return -1
}

// isUpperStart reports whether a word opens with a capital.
func isUpperStart(s string) bool {
	for _, r := range s {
		return r >= 'A' && r <= 'Z'
	}
	return false
}

// entityIn returns the entity with a mention inside sentence s between
// byte offsets lo and hi of its paragraph: the first person in text
// order, else the first entity; -1 when none.
func entityIn(an *Analysis, s Sentence, lo, hi int) int {
	best, at, person := -1, hi, false
	for _, e := range an.Entities {
		p := e.Type == Person
		for _, m := range e.Mentions {
			if m.Para != s.Para || m.Start < lo || m.End > hi {
				continue
			}
			// A person in the subject is who acts, before a place or a
			// body named ahead of them ("Velmar Gov. Kiri Ardell").
			if best < 0 || p && !person || p == person && m.Start < at {
				best, at, person = e.ID, m.Start, p
			}
		}
	}
	return best
}

// adverbLike reports whether a lower-case word is an adverb in -ly
// ("flatly", "unequivocally"), which stands in a verb group.
func adverbLike(t Token) bool {
	return t.Kind == KindWord && !isUpperStart(t.Surface) && len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ly") && !lyNouns[t.Norm]
}

// reportedIn reads a sentence whose main clause reports words: one that
// opens with a quotation attributed to a speaker ("\u201cWe will
// appeal,\u201d Varn said") or closes with a reporting clause after a
// comma ("The port will close, two harbour officials said Friday"). Its
// subject is the speaker, its verb the reporting verb, and it is a
// statement.
func (n *Naming) reportedIn(an *Analysis, si int) (Clause, bool) {
	s := an.Sentences[si]
	ts := s.Tokens
	for _, q := range an.Quotes {
		if q.FirstSentence != si || q.Speaker == nil || q.Verb == "" || len(q.Parts) == 0 || len(ts) == 0 {
			continue
		}
		if q.Parts[0].Para != s.Para || q.Parts[0].Start > ts[0].End+1 {
			continue // the quotation does not open the sentence
		}
		c := Clause{Sentence: si, Entity: q.Speaker.Entity, Subject: q.Speaker.Mention, Verb: strings.ToLower(q.Verb), Statement: true}
		c.VerbStem = c.Verb
		for _, t := range ts {
			if t.Norm == c.Verb {
				c.VerbStem = t.Stem
				break
			}
		}
		return c, true
	}
	// ", two officials said (on) Friday." closing the sentence.
	last := len(ts) - 1
	for last >= 0 && ts[last].Kind == KindPunct {
		last--
	}
	for v := last; v > 0 && last-v <= 4; v-- {
		if !n.l.verbs[ts[v].Norm] || isUpperStart(ts[v].Surface) {
			continue
		}
		c := v - 1
		for c >= 0 && v-c <= 7 && ts[c].Kind == KindWord {
			c--
		}
		if c < 1 || c == v-1 || ts[c].Surface != "," {
			continue
		}
		parts := []string{}
		for k := c + 1; k < v; k++ {
			parts = append(parts, ts[k].Surface)
		}
		cl := Clause{Sentence: si, Subject: strings.Join(parts, " "), Verb: ts[v].Norm, VerbStem: ts[v].Stem, Statement: true}
		cl.Entity = entityIn(an, s, ts[c+1].Start, ts[v-1].End)
		return cl, true
	}
	return Clause{}, false
}

// datelineEnd reports whether a token may end a dateline before a hyphen
// ("VELMAR (Wire) - ...", "VELMAR - ..."): a closing parenthesis or a word
// in capitals.
func datelineEnd(t Token) bool {
	if t.Surface == ")" {
		return true
	}
	return t.Kind == KindWord && len(t.Surface) > 1 && strings.ToUpper(t.Surface) == t.Surface
}
