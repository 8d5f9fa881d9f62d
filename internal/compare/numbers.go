package compare

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Number matching. Two numbers of different articles give the same
// quantity only when they have the same kind and unit and count the same
// thing (see thingOf): numbers that count different things ("six
// villages", "12 dead") are never paired, whatever words they share.
// Within that, a pair scores one point per content word shared within
// numberWindow tokens of each, two when both name the same counted thing,
// one when they have the same value; minNumberScore points make a match.
// When only one of the two says what it counts, the other must have that
// word near it.
const (
	numberWindow   = 6
	minNumberScore = 2
	// numberCandidates is how many earlier numbers sharing a key a number
	// is tried with.
	numberCandidates = 32
	// unitPoint is the unit of percentage-point changes ("a quarter of a
	// percentage point", "25 basis points"); their Value is in points.
	unitPoint = "percentage point"
)

// countConcepts maps words that say what happened to the people counted
// to one concept, so that "12 dead", "14 people had died" and "the death
// toll" count the same thing. Words are lower-cased; prefixes end in "*".
var countConcepts = map[string][]string{
	"deaths":    {"die", "dies", "died", "dying", "dead", "death", "deaths", "kill", "kills", "killed", "killing", "fatalities", "fatality", "toll"},
	"injured":   {"injur*", "wounded", "wounding", "hurt"},
	"displaced": {"evacu*", "displac*", "flee", "flees", "fled", "fleeing", "homeless"},
	"missing":   {"missing"},
	"arrested":  {"arrest*", "detain*", "detention"},
	// "182 people were hospitalized with injuries" counts the
	// hospitalized, not the injured (h/numbers55: read54 found 168
	// injured and 182 hospitalized in one row).
	"hospitalized": {"hospitaliz*", "hospitalis*"},
}

// conceptWords and conceptPrefixes index countConcepts.
var conceptWords, conceptPrefixes = func() (map[string]string, map[string]string) {
	ws, ps := map[string]string{}, map[string]string{}
	for c, list := range countConcepts {
		for _, w := range list {
			if p, ok := strings.CutSuffix(w, "*"); ok {
				ps[p] = c
			} else {
				ws[w] = c
			}
		}
	}
	return ws, ps
}()

// concept returns the count concept of a lower-cased word, or "".
func concept(norm string) string {
	if c, ok := conceptWords[norm]; ok {
		return c
	}
	for p, c := range conceptPrefixes {
		if strings.HasPrefix(norm, p) {
			return c
		}
	}
	return ""
}

// genericCount are counted nouns that say nothing of what is counted:
// "14 people had died" counts deaths.
var genericCount = map[string]bool{"people": true, "persons": true, "person": true, "individuals": true, "others": true}

// measureNouns introduce what a number counts from its left: "the number
// of dead at 14", "the total of arrests rose to 30".
var measureNouns = map[string]bool{"number": true, "total": true, "tally": true, "count": true, "figure": true}

// leaveWords with "home" nearby mean displacement ("3,000 people have
// left their homes").
var leaveWords = map[string]bool{"left": true, "leave": true, "leaving": true, "abandoned": true}

// numItem is one quantity as one article gives it: one number, or several
// mentions of the same number in the article (title and body).
type numItem struct {
	doc int
	n   nlp.Number // the mention shown (a body one when there is one)
	// shownCounts are the counted words the row is labelled with
	// (rowCounts); n.Counts is read for pairing.
	shownCounts string
	// thing is what the number counts: "c:" and a concept, "h:" and the
	// stem of the counted noun, or "" when unknown.
	thing string
	// head is the stem of the counted noun or concept word, "" if none.
	head string
	// ctx are the sorted ids of the content stems near the number.
	ctx []int
	// near holds the lower-cased content words and stems near the number.
	near map[string]bool
	// ents are the sorted global ids of the entities of its sentence.
	ents []int
	// years are the years its sentence names; past is true when the
	// sentence places what it counts at another time ("last year",
	// "years earlier", "in 2019", "previous").
	years []int
	past  bool
	// lower and upper are true for a bound ("at least three", "more
	// than 40"; "fewer than ten", "nearly 300"): a value on its side
	// agrees with it.
	lower, upper bool
	// nearly is true for an upper bound said with "nearly" or "almost":
	// the writer puts the value just under the figure (nearBound).
	nearly bool
	// clauseProjected is true when the words of the figure's clause
	// before it hold a word of projection (see clauseProjected: "they
	// would do it to force a deal, the program that protects nearly
	// 700,000 immigrants" is not, the modal being another clause's).
	clauseProjected bool
	// running is true for a figure of a count still in progress ("with
	// 93 percent of precincts reporting", see runningCount).
	running bool
	// subject is the person the sentence speaks of before the number
	// (the last person mention, pronouns resolved, before it), -1 when
	// none; persons are the persons the sentence names.
	subject int
	persons []int
	// owner is the person named right beside an age ("Orvik, 44,", "his
	// 11-year-old son Brodie"), -1 when none (h/numbers57b);
	// agePredicate is true for an age said of the subject after a verb
	// of being ("he was a 32-year-old lawyer", see ageAfterBe).
	owner        int
	agePredicate bool
	// part is true for a number of a part ("two of those killed", "three
	// of the victims").
	part bool
	// breakdown is true for a part of a breakdown that took the whole's
	// counted noun (wholeNoun); parts are the stems that name its part
	// (partWords).
	breakdown bool
	parts     map[string]bool
	// day is the day the article was published ("" when unknown).
	day string
	// varies is true when its article counts the same thing again with
	// another value: in its sentence, a part of a breakdown ("four counts
	// of fraud, two counts of perjury", "the Harbour Party 30 seats to the
	// Dock Union's 24"); elsewhere, a thing that changes over the days,
	// places or sides the article tells ("the Dow fell 1,464 points on
	// Wednesday … 2,352 points"). Either way no one figure is the
	// quantity.
	varies bool
	// variesNear is true when one of those other values makes it vary
	// as roughApart reads it (otherValueVaries, h/numbers60): for a
	// counted noun ("h:") a close and definite value, for a concept
	// ("c:", a toll) any value.
	variesNear bool
	// projected is true when its sentence speaks of a poll or a
	// projection: an estimate of its source and its day.
	projected bool
	// world is true when its sentence speaks of the whole world.
	world bool
	// words are the content stems of its sentence, less the generic
	// counted nouns ("people").
	words map[string]bool
	// named are the capitalised words of the counted phrase n.Counts
	// (namedWords), nil when none.
	named map[string]bool
	// others are the values of the sentence's other figures of its kind
	// and unit; days the weekdays it names (see sentenceDays).
	others []float64
	days   uint8
	// rate is true for a figure per span of time ("158,000 jobs a
	// month"); label for a "1" that names something ("the 1 lines").
	rate, label bool
	// local is the region its sentence counts it in ("in Kessan
	// province, where 30 died", see localFigure); separate is true for
	// a figure of another incident ("in a separate strike"); verbs are
	// the stems of the verbs of its clause (see clauseVerbs); place the
	// stem of the named place its clause sets it in ("in Chicago, 40
	// people marched", see placeFigure).
	local    string
	place    string
	separate bool
	verbs    map[string]bool
	// negated is true for a figure whose clause is denied ("19 states
	// have chosen not to expand", see negatedFigure).
	negated bool
	// increment is true for a figure added to another ("another 15
	// officers", "an additional 25 inches"); incidentRef for a sentence
	// pointing back at an incident ("the attack", see incidentRef).
	increment, incidentRef bool
	// othersOf is true for a count of the others of a set ("10 other
	// senators", see othersCount).
	othersOf bool
	// credited is true for a figure its sentence credits to someone else's
	// reports ("media reports suggested", "according to", see
	// creditedFigure): the writer passes on another count.
	credited bool
	// asMany is true for a figure said "as many as" or "as much as" (an
	// upper bound bound() does not read; see asManyAs).
	asMany bool
	// source is who the sentence credits the figure to ("media
	// reports"), "" when none is named (creditSource).
	source string
	// from is the stem of the point a distance is measured from
	// (fromPoint), "" when none.
	from string
	// poll is true when its clause tells of a poll or a projection
	// (pollClause); docPersons are the persons its article names (shared
	// by the article's items), read for margins of votes (sameGap) and
	// nil for other figures.
	poll       bool
	docPersons map[int]bool
	// namedSubject is the global id of the name the figure is said of
	// (figureSubject), noSubject or nationSubject; subjectWord is the
	// word that tells that name apart (subjectNameWord).
	namedSubject int
	subjectWord  string
	// ceiling is the levy whose top rate the figure gives ("the tariff
	// of up to 32%", see levyCeiling), "" when none; ceilingAge says when
	// the rate holds, levyOn what the levy is on; ceilingVaries is true
	// when the article gives that levy another top rate (markCeilings).
	ceiling       string
	ceilingAge    int
	levyOn        map[string]bool
	ceilingVaries bool
	// measured is, for a count written as a measure ("a 60-vote
	// threshold", see measureWord), the noun it describes after a "~"
	// ("~threshold"; "~" alone when none), "" for any other figure.
	measured string
	// court is the concept of a sum a court or a settlement sets
	// (courtConcept: bail, a fine, a settlement), "" for other figures.
	court string
	// frameEnts are, for a sum of a money concept (moneyConcept), its
	// sentence's names less those the sentence credits what it tells
	// to (creditNames); nil for other figures.
	frameEnts []int
	// countedVerb is the stem of the participle right after the counted
	// noun ("85% of the drivers stopped by police": "stop"; see
	// countedVerb), "" when none.
	countedVerb string
	// fate is the participle that says what happened to the counted
	// ("were stabbed": "stabbed"; see countedFate), "" when none.
	fate string
}

// projectionWords mark a sentence whose figures are estimates or
// hypotheses: polls, surveys, projections, forecasts, conditions and the
// future ("if we can get 11 Republicans", "would need 60 votes").
var projectionWords = map[string]bool{"poll": true, "polls": true, "polling": true, "survey": true, "surveys": true,
	"projected": true, "projection": true, "projections": true, "forecast": true, "forecasts": true, "predict": true, "predicts": true, "exit": true,
	"if": true, "will": true, "would": true, "could": true, "might": true, "likely": true, "expected": true}

// worldWords give a figure the whole world as its scope: "killed 4,000
// worldwide" and "killed 22 in the U.S." count in different places.
var worldWords = map[string]bool{"worldwide": true, "global": true, "globally": true, "world": true, "world's": true}

// minSharedWords is how many content words besides what is counted the
// sentences of two different figures must share to give one quantity
// (one for a toll: deaths, injured…): two figures are one discrepancy
// only when their sentences tell one fact.
const minSharedWords = 3

// numberTokens returns the first and last token of n in s, or -1, -1.
func numberTokens(s nlp.Sentence, n nlp.Number) (int, int) {
	first, last := -1, -1
	for i, t := range s.Tokens {
		if s.Para == n.Para && t.Start >= n.Start && t.End <= n.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// clauseBreak reports whether t ends a clause for reading a number's
// context.
func clauseBreak(t nlp.Token) bool {
	return t.Kind == nlp.KindPunct && !isJoiner(t.Surface)
}

// pointUnit recognises "of a percentage point" and "basis points" after a
// number: it returns the value in percentage points and true.
func pointUnit(s nlp.Sentence, last int, n nlp.Number) (float64, bool) {
	var ws []string
	for i := last + 1; i < len(s.Tokens) && len(ws) < 2; i++ {
		t := s.Tokens[i]
		if t.Kind != nlp.KindWord {
			break
		}
		if len(ws) == 0 && (t.Norm == "of" || t.Norm == "a" || t.Norm == "an") {
			continue
		}
		ws = append(ws, t.Norm)
	}
	if len(ws) < 2 || ws[1] != "point" && ws[1] != "points" {
		return 0, false
	}
	switch {
	case ws[0] == "percentage" || ws[0] == "percent":
		return n.Value, true
	case ws[0] == "basis" && n.Kind == nlp.NumCount:
		return n.Value / 100, true
	}
	return 0, false
}

// thingOf says what number n (tokens first..last of s) counts: a concept
// named in its counted noun phrase ("people fled"); else what a measure
// noun on its left counts ("the number of dead at 14", "death toll rises
// to 12"); else the counted noun itself unless it is generic ("people");
// else a concept from the predicate on the right ("3,000 had been
// evacuated", "14 people had died"). It returns the thing key and the
// stem of the word that named it, or "", "" when unknown.
//
// A span of time counts no people: "three months after he died" is no
// toll, whatever death word follows it.
func thingOf(s nlp.Sentence, first, last int, n nlp.Number) (thing, head string) {
	thing, head, coordinated := thingRead(s, first, last, n)
	if (n.Kind == nlp.NumDuration || n.Kind == nlp.NumAge) && strings.HasPrefix(thing, "c:") {
		return "", ""
	}
	// A verb of the toll right before the number ("killed 49 people and
	// injured dozens") says what it counts when what follows names
	// another toll or, after "and", nothing.
	if thing == "" && coordinated || strings.HasPrefix(thing, "c:") {
		for i := first - 1; i >= 0; i-- {
			t := s.Tokens[i]
			if boundWords[t.Norm] {
				continue
			}
			// After "and" any form of the verb says it ("to kill 12
			// and injure dozens", "killing 12 people and").
			if c := concept(t.Norm); c != "" && t.Kind == nlp.KindWord && (coordinated || strings.HasSuffix(t.Norm, "ed")) && "c:"+c != thing {
				return "c:" + c, t.Stem
			}
			break
		}
	}
	return thing, head
}

// thingRead reads what a number counts (see thingOf), from its counted
// noun phrase, a measure noun on its left or the predicate on its right;
// coordinated reports that the counted noun is followed by "and" or "or",
// where the predicate is another one of the sentence's subject.
func thingRead(s nlp.Sentence, first, last int, n nlp.Number) (thing, head string, coordinated bool) {
	// The counted noun phrase: the tokens that spell n.Counts.
	var phrase []nlp.Token
	if n.Counts != "" {
		want := strings.Fields(strings.ToLower(n.Counts))
		for i := last + 1; i < len(s.Tokens) && len(phrase) < len(want); i++ {
			t := s.Tokens[i]
			if w := want[len(phrase)]; (t.Kind == nlp.KindWord || t.Kind == nlp.KindNumber) && (t.Norm == w || t.Norm == strings.TrimSuffix(w, "'s")) {
				phrase = append(phrase, t)
			} else if len(phrase) > 0 {
				break
			}
		}
	}
	for _, t := range phrase {
		if c := concept(t.Norm); c != "" {
			return "c:" + c, t.Stem, false
		}
	}
	// A measure noun on the left.
	for i := first - 1; i >= 0 && i >= first-8; i-- {
		t := s.Tokens[i]
		if clauseBreak(t) || t.Kind == nlp.KindNumber {
			break
		}
		if t.Norm == "toll" {
			if i > 0 {
				if c := concept(s.Tokens[i-1].Norm); c != "" {
					return "c:" + c, s.Tokens[i-1].Stem, false
				}
			}
			return "c:deaths", t.Stem, false
		}
		if measureNouns[t.Norm] && i+1 < first && s.Tokens[i+1].Norm == "of" {
			for j := i + 2; j < first; j++ {
				u := s.Tokens[j]
				if u.Kind != nlp.KindWord || u.Stop {
					continue
				}
				if c := concept(u.Norm); c != "" {
					return "c:" + c, u.Stem, false
				}
				if genericCount[u.Norm] {
					break
				}
				return "h:" + u.Stem, u.Stem, false
			}
		}
	}
	// The counted noun: the phrase's last word, or a generic noun ("people")
	// whose predicate may follow ("people attended").
	after := last
	for k, t := range phrase {
		if genericCount[t.Norm] {
			phrase = phrase[:k+1]
			break
		}
	}
	if len(phrase) > 0 {
		h := phrase[len(phrase)-1]
		if !genericCount[h.Norm] {
			stem := strings.TrimSuffix(h.Stem, "'s")
			return "h:" + stem, stem, false
		}
		for i := last + 1; i < len(s.Tokens); i++ {
			if s.Tokens[i].End == h.End {
				after = i
			}
		}
	}
	// The predicate on the right: its first two content words.
	seen, leave := 0, false
	for i := after + 1; i < len(s.Tokens) && seen < 4; i++ {
		t := s.Tokens[i]
		if clauseBreak(t) || t.Kind == nlp.KindNumber {
			break
		}
		// A verb after "and" right behind a counted noun is another
		// predicate of the sentence's subject ("shot four diners and
		// injured three more"), not what the figure counts.
		if seen == 0 && len(phrase) > 0 && (t.Norm == "and" || t.Norm == "or") {
			return "", "", true
		}
		if t.Kind != nlp.KindWord || t.Stop && !leaveWords[t.Norm] {
			continue
		}
		seen++
		if c := concept(t.Norm); c != "" && seen <= 2 {
			return "c:" + c, t.Stem, false
		}
		if leaveWords[t.Norm] && seen <= 2 {
			leave = true
		}
		if leave && (t.Norm == "home" || t.Norm == "homes") {
			return "c:displaced", t.Stem, false
		}
	}
	return "", "", false
}

// numberContext returns the content tokens within numberWindow tokens of
// tokens first..last of s.
func numberContext(s nlp.Sentence, first, last int) []nlp.Token {
	var out []nlp.Token
	for i := max(0, first-numberWindow); i < min(len(s.Tokens), last+numberWindow+1); i++ {
		if (i < first || i > last) && content(s.Tokens[i]) {
			out = append(out, s.Tokens[i])
		}
	}
	return out
}

// collectNumbers lists the quantities each doc gives (dates excluded),
// one item per quantity and article: mentions of one value of one thing
// in an article (a title repeated in the body) are merged.
func collectNumbers(docs []*doc) []numItem {
	stemID := map[string]int{}
	var out []numItem
	for _, d := range docs {
		start := len(out)
		bySentence := numbersBySentence(d.an)
		var persons map[int]bool // the persons d names, read at its first margin of votes
		for _, n := range d.an.Numbers {
			if n.Kind == nlp.NumDate || n.Sentence < 0 || n.Sentence >= len(d.an.Sentences) {
				continue
			}
			s := d.an.Sentences[n.Sentence]
			if d.posts[s.Para] {
				continue // a figure of an embedded post, not the outlet's
			}
			first, last := numberTokens(s, n)
			if first < 0 || n.Kind == nlp.NumDuration && timeAgo(s.Tokens, last) || superseded(s.Tokens, first, last) {
				continue
			}
			if citationFigure(s.Tokens, first, last) {
				continue // a court citation's volume or page (h/numbers57)
			}
			if notARow(s, first, last, n) || speechFigure(s, first, last, n) || hedgedShare(s, first, n) {
				continue // an ordinal, idiom, address, listicle count (h/numbers57b), a title or a place (h/numbers58b)
			}
			if c, ok := changedValue(s, first, last, n); ok {
				n = c // "from 35 to 21 percent": the new value (changerows.go)
				first, last = numberTokens(s, n)
			}
			// A part of a breakdown counts the whole's noun (h/numbers57);
			// the fact features (prep.go) read the number as before.
			whole, breakdown := wholeNoun(bySentence[n.Sentence], s, n, first)
			if breakdown {
				n.Counts = whole.Counts
			}
			if v, ok := pointUnit(s, last, n); ok {
				n.Kind, n.Unit, n.Value, n.Counts = nlp.NumPercent, unitPoint, v, ""
			}
			if roughArticle(s.Tokens, first) {
				n.Approx = true
			}
			// What money is spent "in" labels its row but does not pair
			// it: outlets name one sum's use in other words ("$1 million
			// in donations", "in campaign contributions"); so do the
			// counted nouns read past a word (labelOnly) (h/numbers56).
			pair := pairedAs(s.Tokens, last, n)
			it := numItem{doc: d.idx, n: n, near: map[string]bool{}, named: namedWords(pair.Counts)}
			it.thing, it.head = thingOf(s, first, last, pair)
			if breakdown {
				wf, wl := numberTokens(s, whole)
				it.thing, it.head = thingOf(s, wf, wl, whole) // what the whole counts
			}
			if g := voteGap(s, first, last, pair); g != "" {
				// A margin of votes, whatever noun or unit says it
				// (votegaps.go): "18,000-vote deficit" counts votes.
				it.thing, it.head, it.n.Unit = g, "vote", ""
				it.poll = pollClause(s, first, last)
				if persons == nil {
					persons = docPersonSet(d)
				}
				it.docPersons = persons
			}
			if noQuantity(s.Tokens, first, last, pair, it.thing) {
				continue
			}
			if n.Kind == nlp.NumCount && nonNounCounts[strings.ToLower(n.Counts)] {
				it.n.Counts = "" // pairs as read ("three apiece"), labels no row
			}
			it.shownCounts = rowCounts(s.Tokens, last, it.n.Counts) // the label only (h/numbers58b)
			if it.shownCounts == "" {
				it.shownCounts = changedThing(s.Tokens, first) // "cut the corporate rate from 35 to 21 percent"
			}
			if m := measureWord(it.n); m != "" {
				// "448-page" counts pages, as "448 pages" does (measurecounts.go).
				it.n.Unit, it.shownCounts, it.measured = "", measurePlural(m), measuredNoun(it.n.Counts)
				if !strings.HasPrefix(it.thing, "c:") {
					it.thing, it.head = "h:"+m, m
				}
			}
			for _, t := range numberContext(s, first, last) {
				id, ok := stemID[t.Stem]
				if !ok {
					id = len(stemID)
					stemID[t.Stem] = id
				}
				it.ctx = append(it.ctx, id)
				it.near[t.Stem], it.near[t.Norm] = true, true
			}
			it.ctx = sortedSet(it.ctx)
			it.ents, it.years, it.past = sentenceFrame(d, n.Sentence)
			if it.thing == "" {
				if c := moneyConcept(s, first, last, n); c != "" {
					it.thing, it.head = c, "loss"
					it.frameEnts = withoutIDs(it.ents, creditNames(d.mentions[n.Sentence], s))
				}
			}
			it.court = courtConcept(s, first, last, n) // bail, a fine, a settlement (courtsums.go)
			it.countedVerb = countedVerb(s, last, it.n.Counts)
			it.fate = countedFate(s, last, it.n.Counts)
			it.lower, it.upper = bound(s.Tokens, first)
			it.nearly, it.running = nearBound(s.Tokens, first), runningCount(s)
			it.clauseProjected = clauseProjected(s, first, last)
			it.subject, it.persons = personsOf(d, n.Sentence, s.Tokens[first].Start)
			it.owner = ageOwner(d, n)
			it.agePredicate = n.Kind == nlp.NumAge && ageAfterBe(s.Tokens, first)
			it.part = partOf(s.Tokens, first, last)
			if breakdown {
				it.breakdown, it.parts = true, partWords(s, last)
			}
			it.increment = first > 0 && (s.Tokens[first-1].Norm == "another" || s.Tokens[first-1].Norm == "additional")
			it.othersOf = othersCount(s.Tokens, last)
			it.day = d.art.Published.Time.Format("2006-01-02")
			if d.art.Published.Time.IsZero() {
				it.day = ""
			}
			it.others, it.days = otherFigures(d.an, n.Sentence, n), sentenceDays(s)
			it.rate, it.label = isRate(s.Tokens, last), isLabel(s.Tokens, first, last, n)
			it.local, it.separate, it.verbs = localFigure(s, first, last), separateFigure(s, first, last), clauseVerbs(s, first, last)
			it.place = placeFigure(d.mentions[n.Sentence], s, first, last)
			it.namedSubject, it.subjectWord = figureSubject(d.mentions[n.Sentence], it.persons, s, first, last)
			it.negated = negatedFigure(s, first, last)
			it.ceiling, it.ceilingAge, it.levyOn = levyCeiling(s, first, last, n)
			it.from = fromPoint(s, last, it.head)
			it.incidentRef = incidentRef(s)
			it.credited, it.asMany = creditedFigure(s, first), asManyAs(s.Tokens, first)
			if it.credited {
				it.source = creditSource(s, first, d.mentions[n.Sentence])
			} else {
				it.source = saidSource(d.mentions[n.Sentence], s, first, last) // "The FBI says" (h/numbers71), "..., the FBI said" (h/numbers72)
			}
			it.words = map[string]bool{}
			for _, t := range s.Tokens {
				if content(t) && !genericCount[t.Norm] {
					it.words[t.Stem] = true
				}
				it.projected = it.projected || projectionWords[t.Norm]
				it.world = it.world || worldWords[t.Norm]
			}
			if k := sameInDoc(out[start:], it); k >= 0 {
				out[start+k] = mergeMention(out[start+k], it)
				continue
			}
			out = append(out, it)
		}
		markVaries(out[start:])
		markCeilings(out[start:])
	}
	return out
}

// roughArticle reports whether a word of approximation stands before
// the article of a figure ("nearly a dozen", "about a hundred"): the
// figure is approximate, as "nearly 12" is (h/numbers54: read54 found
// "nearly a dozen episodes" in a row apart from "11 episodes").
func roughArticle(ts []nlp.Token, first int) bool {
	return first >= 2 && (ts[first-1].Norm == "a" || ts[first-1].Norm == "an") && roughWords[ts[first-2].Norm]
}

// roughWords make the figure after them approximate.
var roughWords = map[string]bool{"about": true, "around": true, "approximately": true, "roughly": true, "nearly": true, "almost": true, "some": true}

// noQuantity reports whether number n (tokens first..last) counts no
// thing a reader could check (session 53, h/noise53; read52 found such
// rows on ten of sixteen pages): a position with nothing it ranks
// ("first and foremost", "first reported by", "a third, Rep. Golden,
// voted"; not a place in a race, "finished third"), or "the two" standing for persons the text has just named
// ("the laughter between the two, and", "the two (Kavanaugh and Judge)").
func noQuantity(ts []nlp.Token, first, last int, n nlp.Number, thing string) bool {
	if labelNumber(ts, first) || listMarker(ts, first, last, n) {
		return true
	}
	if n.Counts != "" || thing != "" {
		return false
	}
	if n.Kind == nlp.NumCount && n.Unit == "" && (bareAge(ts, first, last, n) || modelNumber(ts, first, n)) {
		return true
	}
	if n.Kind == nlp.NumOrdinal {
		// A place in a race or a series keeps its row: "finished
		// third", "came in second", "its sixth, and most powerful,"
		// test, "tied for 12th".
		return first == 0 || !placeWords[ts[first-1].Norm]
	}
	if n.Kind != nlp.NumCount || n.Value < 2 || n.Value > 4 || first == 0 {
		return false
	}
	switch ts[first-1].Norm {
	case "the", "these", "those":
	default:
		return false
	}
	if last+1 >= len(ts) {
		return true
	}
	switch next := ts[last+1]; next.Kind {
	case nlp.KindWord:
		return backWords[next.Norm]
	case nlp.KindNumber:
		return false // "the two 40-minute meetings"
	}
	return true
}

// labelNumber reports whether the figure at tokens first..last is part of
// a name, not a count: after a label word written with its capital ("No.
// 10 Downing St", "Issue 3", "Question 1", "Proposition 64").
func labelNumber(ts []nlp.Token, first int) bool {
	return first > 0 && labelWords[ts[first-1].Surface]
}

// listMarker reports whether the figure at tokens first..last numbers an
// item of a list, "(2) official business" (h/numbers54: read54 found
// markers (1) to (5) as five rows of one page): a small whole number in
// digits alone between brackets, a word after them.
func listMarker(ts []nlp.Token, first, last int, n nlp.Number) bool {
	if first == 0 || last+2 >= len(ts) || ts[first-1].Surface != "(" || ts[last+1].Surface != ")" || ts[last+2].Kind != nlp.KindWord {
		return false
	}
	return first == last && n.Value >= 0 && n.Value <= 30 && strings.Trim(n.Text, "0123456789") == ""
}

// bareAge reports whether a figure that counts no noun is a person's age
// (h/numbers54: read54 found ages as counts on four pages): "At 49, he
// could serve", "Even at 49,", "at the age of eight", "the majority
// leader, 51, branded", "said Tilghman, 35." A count told between commas
// after a number ("229, 198") is left alone.
func bareAge(ts []nlp.Token, first, last int, n nlp.Number) bool {
	if first == 0 || n.Value < 1 || n.Value > 110 || n.Value != float64(int64(n.Value)) {
		return false
	}
	next := ""
	if last+1 < len(ts) {
		next = ts[last+1].Surface
	}
	prev := ts[first-1].Norm
	switch {
	case prev == "at":
		return next == ","
	case prev == "of":
		return first >= 2 && ts[first-2].Norm == "age"
	case prev == ",":
		return first >= 2 && ts[first-2].Kind == nlp.KindWord && (next == "," || next == "." || next == "")
	}
	return false
}

// modelNumber reports whether a figure that counts no noun is part of a
// name, a model or a version (h/numbers54: read54 found "Boeing's 777" as
// a count): right after a capitalised word that is not a function word,
// or after its possessive ("Guccifer 2.0", "the maker's 777 has"); a
// figure in digits alone ("Mueller's 448-page report" is a measure) with
// a decimal point or of 100 or more and not round ("Oregon's 74 will be
// divided" counts delegates, "Clinton 45" a poll's share).
func modelNumber(ts []nlp.Token, first int, n nlp.Number) bool {
	if strings.Trim(n.Text, "0123456789.") != "" {
		return false
	}
	if !strings.Contains(n.Text, ".") && (n.Value < 100 || math.Mod(n.Value, 10) == 0) {
		return false
	}
	k := first - 1
	if k >= 0 && (ts[k].Surface == "'s" || ts[k].Surface == "’s") {
		k--
	}
	if k < 0 {
		return false
	}
	w := strings.TrimSuffix(strings.TrimSuffix(ts[k].Surface, "'s"), "’s")
	if ts[k].Kind != nlp.KindWord || w == "" || ts[k].Stop || (k == 0 && k == first-1) {
		return false
	}
	r := []rune(w)
	return unicode.IsUpper(r[0]) && numberWords[strings.ToLower(w)] == "" && !numberWord(strings.ToLower(w))
}

// labelWords name the thing a figure after them labels.
var labelWords = map[string]bool{"No.": true, "Nos.": true, "Issue": true, "Proposition": true, "Prop.": true, "Measure": true,
	"Amendment": true, "Question": true, "Initiative": true, "Referendum": true}

// placeWords, before an ordinal with no noun, make it a place in a race
// or a series of the one named ("Rubio finished third", "its sixth").
var placeWords = map[string]bool{"finished": true, "finishing": true, "was": true, "at": true, "came": true, "placed": true, "running": true, "ran": true, "in": true,
	"distant": true, "close": true, "for": true, "its": true, "their": true, "his": true, "her": true}

// backWords may follow "the two" that stands for persons already named:
// a conjunction, a verb or a preposition, no counted noun.
var backWords = map[string]bool{"and": true, "or": true, "but": true, "who": true, "were": true, "are": true, "had": true,
	"have": true, "will": true, "would": true, "did": true, "do": true, "in": true, "at": true, "on": true, "to": true,
	"from": true, "with": true, "for": true, "as": true, "met": true, "spoke": true, "said": true, "agreed": true}

// agoWords, after a span of time, count it back or forward from the
// day of writing: "nine months ago", "two weeks earlier".
var agoWords = map[string]bool{"ago": true, "earlier": true, "later": true, "before": true, "hence": true}

// timeAgo reports whether the duration ending at token last says when
// ("nine months ago", "a year earlier") rather than how long: a point in
// time counted from the writer's own day, so two articles looking back by
// different spans state no quantity at odds (a judged wrong discrepancy of
// the ABP sample, h11top07).
func timeAgo(ts []nlp.Token, last int) bool {
	return last+1 < len(ts) && agoWords[ts[last+1].Norm]
}

// markVaries marks the numbers of one article that count a thing the
// article gives another value for.
func markVaries(items []numItem) {
	for i := range items {
		for j := range items {
			a, b := items[i], items[j]
			// Another time's figure ("in 2019 a shooting killed nine")
			// is another quantity, not a second value of this one.
			otherTime := a.past != b.past || len(a.years)+len(b.years) > 0 && overlap(a.years, b.years) == 0
			if a.breakdown && a.n.Sentence == b.n.Sentence {
				continue // a part of a breakdown is its own quantity; the whole varies
			}
			if i != j && a.thing != "" && a.thing == b.thing && a.n.Kind == b.n.Kind && a.n.Unit == b.n.Unit && !sameFigure(a.n, b.n) && !otherTime {
				items[i].varies = true
				items[i].variesNear = items[i].variesNear || otherValueVaries(a, b)
			}
		}
	}
}

// sameInDoc returns the index in items (numbers of one article) of the
// quantity that it repeats, or -1: same kind, unit and value, and the same
// thing, or no conflicting thing and a shared context word or a value too
// specific to be a coincidence.
func sameInDoc(items []numItem, it numItem) int {
	for k, o := range items {
		if o.n.Kind != it.n.Kind || o.n.Unit != it.n.Unit || o.n.Value != it.n.Value {
			continue
		}
		if o.n.Approx != it.n.Approx {
			// "over six topics" read as a bound and "six topics" plain:
			// one figure when the label is one (h/numbers58c).
			if sameLabelInDoc(o, it) {
				return k
			}
			continue
		}
		switch {
		case o.thing != "" && it.thing != "":
			if o.thing == it.thing {
				return k
			}
		case overlap(o.ctx, it.ctx) > 0 || specificValue(it.n):
			return k
		}
		if sameLabelInDoc(o, it) {
			return k // one figure told twice under one label (h/numbers58c)
		}
	}
	return -1
}

// specificValue reports whether a number is unlikely to recur by chance
// in one article: not a small whole number.
func specificValue(n nlp.Number) bool {
	v := n.Value
	return v != float64(int64(v)) || v > 31 || n.Kind == nlp.NumPercent || n.Kind == nlp.NumMoney
}

// mergeMention folds mention b into a; the body mention is shown, and
// of two body mentions the one that says what it counts: the item pairs
// by that counted thing, and a row showing the other sentence joined
// "three people" of one shooting to another article's three of another,
// told elsewhere in the first article (h/rows69).
func mergeMention(a, b numItem) numItem {
	if a.thing == "" && b.thing != "" && a.n.Para != nlp.TitlePara && b.n.Para != nlp.TitlePara {
		a, b = b, a
	}
	if a.thing == "" {
		a.thing, a.head = b.thing, b.head
	}
	if a.n.Para == nlp.TitlePara && b.n.Para != nlp.TitlePara {
		a.n, a.named, a.shownCounts = b.n, b.named, b.shownCounts
	}
	a.ctx = sortedSet(append(a.ctx, b.ctx...))
	for w := range b.near {
		a.near[w] = true
	}
	for w := range b.words {
		a.words[w] = true
	}
	a.others = append(a.others, b.others...)
	a.days |= b.days
	return a
}

// sortedSet sorts ids and drops repeats.
func sortedSet(ids []int) []int {
	sort.Ints(ids)
	out := ids[:0]
	for i, id := range ids {
		if i == 0 || id != ids[i-1] {
			out = append(out, id)
		}
	}
	return out
}

// overlap counts the ids two sorted sets share.
func overlap(a, b []int) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n, i, j = n+1, i+1, j+1
		}
	}
	return n
}

// sentenceFrame returns what sets the scene of sentence si of d: the
// global ids of its entities, the years it names, and whether it speaks of
// another time than the event's.
func sentenceFrame(d *doc, si int) (ents, years []int, past bool) {
	for _, m := range d.mentions[si] {
		ents = append(ents, m.entity)
	}
	ents = sortedSet(ents)
	for _, n := range d.an.Numbers {
		if n.Sentence == si && n.Kind == nlp.NumDate && n.Value >= 1000 && n.Value < 3000 && n.Value == float64(int(n.Value)) {
			years = append(years, int(n.Value))
		}
	}
	toks := d.an.Sentences[si].Tokens
	for i, t := range toks {
		switch t.Norm {
		case "earlier", "ago", "previous", "previously", "former", "prior", "since", "wake":
			past = true
		case "last":
			past = past || i+1 < len(toks) && (toks[i+1].Norm == "year" || toks[i+1].Norm == "month" || toks[i+1].Norm == "week" || toks[i+1].Norm == "decade")
		}
		if t.Kind == nlp.KindNumber && len(t.Norm) == 4 && (strings.HasPrefix(t.Norm, "19") || strings.HasPrefix(t.Norm, "20")) {
			if i > 0 && (toks[i-1].Norm == "in" || toks[i-1].Norm == "since" || toks[i-1].Norm == "of") {
				past = true
			}
		}
	}
	return ents, sortedSet(years), past
}

// genericThings are counted nouns that do not say what is counted well
// enough for two different figures to be one quantity ("eight times" and
// "five times" are two acts, not one).
var genericThings = map[string]bool{"h:time": true, "h:thing": true, "h:way": true, "h:other": true, "h:one": true, "h:year": true, "h:day": true,
	// An article's own list ("Three key questions", "five takeaways"):
	// no quantity of the event.
	"h:question": true, "h:takeaway": true, "h:reason": true, "h:lesson": true, "h:fact": true, "h:moment": true,
	"h:point": true, "h:tip": true, "h:sign": true, "h:highlight": true,
	// Returns in at the time of writing ("with 37 percent of precincts
	// reporting"): a count that changes by the hour.
	"h:precinct": true,
	// A speed ("gusts of 107 miles per hour", "125 mph winds") is
	// measured at a moment and a place: two reports of a storm give two
	// moments, not two accounts of one figure.
	"h:hour": true, "h:mph": true}

// sameQuantity reports whether two numbers of different articles that
// give different values are nonetheless one quantity, so that the
// difference is a discrepancy: the same concept or counted thing, not an
// age, the same subject (their sentences' names overlap when both have
// some), the same time (no other years, no "last year" on one side only),
// and, for a counted noun rather than a concept such as deaths, a word of
// context in common besides the noun.
func sameQuantity(a, b numItem) bool {
	if a.n.Kind == nlp.NumAge || b.n.Kind == nlp.NumAge || a.n.Kind == nlp.NumOrdinal || b.n.Kind == nlp.NumOrdinal {
		return false
	}
	if a.thing == "" || a.thing != b.thing || genericThings[a.thing] {
		return false
	}
	if isGap(a.thing) {
		return sameGap(a, b) // one side's lead is the other's deficit
	}
	if isMoneyConcept(a.thing) {
		return sameMoneyConcept(a, b) // one sum said in other words
	}
	if otherNamedKinds(a, b) || subjectApart(a, b) || measureApart(a, b) {
		return false
	}
	if len(a.ents) > 0 && len(b.ents) > 0 && overlap(a.ents, b.ents) == 0 {
		return false
	}
	// The same subject: figures said of two persons ("he needs 80
	// percent", "she needs 33 percent") are two quantities.
	if a.subject >= 0 && b.subject >= 0 && a.subject != b.subject {
		return false
	}
	// A part ("two of those killed") is not the whole.
	if a.part || b.part {
		return false
	}
	// A counted thing whose sentence speaks of a person before it on one
	// side only ("Trump's two nominees", "five Republican nominees") is
	// another thing.
	if !strings.HasPrefix(a.thing, "c:") && (a.subject >= 0) != (b.subject >= 0) {
		return false
	}
	// A counted thing said of a named person on one side only is another
	// thing, or another time ("In the Clinton impeachment vote, five
	// Democrats split", "three Democrats defected"); an event's toll is
	// not.
	if !strings.HasPrefix(a.thing, "c:") && (len(a.persons) == 0) != (len(b.persons) == 0) {
		return false
	}
	if a.past != b.past || len(a.years)+len(b.years) > 0 && overlap(a.years, b.years) == 0 {
		return false
	}
	// A region's figure is not the whole's; a separate incident's is
	// not the event's; a distance from one point is not one from
	// another.
	if localApart(a, b) || a.separate || b.separate || fromApart(a, b) {
		return false
	}
	// A figure of what is not done is another set than one of what is
	// ("19 states chose not to expand", "the 31 states that expanded").
	if a.negated != b.negated {
		return false
	}
	// A counted thing said with other verbs is another set of it
	// ("identified three suspects", "searching for two suspects"); a
	// toll's concept is its verb.
	if !strings.HasPrefix(a.thing, "c:") && otherVerbs(a, b) {
		return false
	}
	need := minSharedWords
	if strings.HasPrefix(a.thing, "c:") {
		need = 0 // the toll of the event: one per story
	}
	if a.varies || b.varies || a.projected || b.projected || a.world != b.world || sharedWords(a, b) < need {
		return false
	}
	if strings.HasPrefix(a.thing, "c:") {
		return true // deaths, injured, displaced…: the event's toll
	}
	// A word near both besides the counted noun, in any form ("swimmers"
	// is the noun "swimmer").
	for w := range a.near {
		if b.near[w] && w != a.head && !strings.HasPrefix(a.thing, "h:"+w) && (a.head == "" || !strings.HasPrefix(w, a.head)) {
			return true
		}
	}
	return false
}

// numberScore scores a pair of numbers of different articles; 0 when they
// cannot be one quantity.
func numberScore(a, b numItem) int {
	if tallyEnd(a, b) || tallyEnd(b, a) {
		return overlap(a.ctx, b.ctx) + 2 // a tally's larger side told alone (tallyends.go)
	}
	if sameCourtSum(a, b) {
		return overlap(a.ctx, b.ctx) + 3 // one bail, fine or settlement in two nouns (courtsums.go)
	}
	if a.n.Kind != b.n.Kind || a.n.Unit != b.n.Unit || a.n.Kind == nlp.NumAge || smallSetsApart(a, b) || othersApart(a, b) || countedApart(a, b) {
		return 0
	}
	if sameTally(a, b) || sameExactTally(a, b) {
		// One vote told with other counts ("6-3", "7-2"): what each
		// counts is the vote, whatever noun follows.
		return overlap(a.ctx, b.ctx) + 2
	}
	if breakdownPair(a, b) {
		return overlap(a.ctx, b.ctx) + 3 // one part of a whole (h/numbers57)
	}
	if specificSum(a, b) {
		return overlap(a.ctx, b.ctx) + 3 // one sum said to pay for other words (h/numbers60)
	}
	if sameCeiling(a, b) {
		return overlap(a.ctx, b.ctx) + 3 // one levy's top rate (h/numbers70)
	}
	if (a.breakdown || b.breakdown) && !rowValue(a, b) {
		return 0 // a part is no other figure of its noun
	}
	if !rowValue(a, b) && !sameQuantity(a, b) {
		return 0
	}
	sc := overlap(a.ctx, b.ctx)
	switch {
	case a.thing != "" && b.thing != "":
		if a.thing != b.thing {
			return 0
		}
		sc += 2
	case sameCountedVerb(a, b):
		// one group named by two nouns (countedverbs.go)
	case countsNoun(a) && !b.near[a.head], countsNoun(b) && !a.near[b.head]:
		return 0
	}
	if a.n.Value == b.n.Value {
		sc++
	}
	return sc
}

// numberPairs returns the matching pairs of items of different articles.
// Candidates share a kind and unit, and a thing, a value or a context
// word. In a long posting list each item is tried only with the
// numberCandidates items before it (a chain of pairs is enough to join them
// into one quantity), so pairing stays near-linear in the number of
// articles.
func numberPairs(items []numItem) []numPair {
	// A key: kind and unit, then a value, a thing, a levy's ceiling or a
	// context stem.
	type numKey struct {
		kind, unit string
		what       byte // 'v', 't', 'l', 'c', 'm' or 'e'
		value      float64
		thing      string
		ctx        int
	}
	post := map[numKey][]int32{}
	for i, it := range items {
		k := numKey{kind: string(it.n.Kind), unit: it.n.Unit}
		kv := k
		kv.what, kv.value = 'v', it.n.Value
		post[kv] = append(post[kv], int32(i))
		if it.thing != "" {
			kt := k
			kt.what, kt.thing = 't', it.thing
			post[kt] = append(post[kt], int32(i))
		}
		if it.ceiling != "" {
			kl := k
			kl.what, kl.thing = 'l', it.ceiling
			post[kl] = append(post[kl], int32(i))
		}
		if it.court != "" {
			km := k
			km.what, km.thing = 'm', it.court // one bail, fine or settlement (courtsums.go)
			post[km] = append(post[km], int32(i))
		}
		for _, te := range tallyEndKeys(it) {
			// a tally and its larger side told alone (tallyends.go)
			ke := numKey{kind: string(te.kind), what: 'e', value: te.value}
			post[ke] = append(post[ke], int32(i))
		}
		for _, c := range it.ctx {
			kc := k
			kc.what, kc.ctx = 'c', c
			post[kc] = append(post[kc], int32(i))
		}
	}
	var cand [][2]int32
	for _, is := range post {
		for y, j := range is {
			for _, i := range is[max(0, y-numberCandidates):y] {
				if items[i].doc != items[j].doc {
					cand = append(cand, [2]int32{i, j})
				}
			}
		}
	}
	sort.Slice(cand, func(x, y int) bool {
		if cand[x][0] != cand[y][0] {
			return cand[x][0] < cand[y][0]
		}
		return cand[x][1] < cand[y][1]
	})
	var out []numPair
	for x, c := range cand {
		if x > 0 && c == cand[x-1] {
			continue
		}
		i, j := int(c[0]), int(c[1])
		if sc := numberScore(items[i], items[j]); sc >= minNumberScore {
			out = append(out, numPair{i, j, sc})
		}
	}
	sort.Slice(out, func(x, y int) bool {
		if out[x].sc != out[y].sc {
			return out[x].sc > out[y].sc
		}
		if out[x].a != out[y].a {
			return out[x].a < out[y].a
		}
		return out[x].b < out[y].b
	})
	return out
}

// shareDoc reports whether two groups' article sets (see quantities)
// share an article.
func shareDoc(a, b map[int]bool) bool {
	for d := range b {
		if a[d] {
			return true
		}
	}
	return false
}

// mergeGroups moves the numbers of group gb into group ga (see
// quantities) and empties gb.
func mergeGroups(items []numItem, groups [][]int, groupOf []int, docsOf []map[int]bool, ga, gb int) {
	for _, m := range groups[gb] {
		groupOf[m] = ga
		docsOf[ga][items[m].doc] = true
	}
	groups[ga] = append(groups[ga], groups[gb]...)
	groups[gb], docsOf[gb] = nil, nil
}

// numPair is a matching pair of numbers (indexes into the items).
type numPair struct{ a, b, sc int }

// quantities groups the numbers of docs into quantities, and returns
// the figures that a quantity holds with another article's (see
// pairedFigures).
func quantities(docs []*doc) ([]Quantity, rowFigures) {
	items := collectNumbers(docs)
	groupOf := make([]int, len(items))
	groups := make([][]int, len(items))
	docsOf := make([]map[int]bool, len(items))
	for i := range items {
		groupOf[i], groups[i], docsOf[i] = i, []int{i}, map[int]bool{items[i].doc: true}
	}
	// Pairs merge best first; a group never holds two numbers of one
	// article.
	for _, p := range numberPairs(items) {
		ga, gb := groupOf[p.a], groupOf[p.b]
		if ga == gb {
			continue
		}
		if len(groups[ga]) < len(groups[gb]) {
			ga, gb = gb, ga
		}
		clash := shareDoc(docsOf[ga], docsOf[gb])
		// Every pair of different values across the two groups must be
		// one quantity: a chain of agreeing pairs does not make a
		// discrepancy.
		for _, x := range groups[ga] {
			for _, y := range groups[gb] {
				if !clash && !joinable(items[x], items[y]) {
					clash = true
				}
			}
		}
		if clash {
			continue
		}
		mergeGroups(items, groups, groupOf, docsOf, ga, gb)
	}
	joinAges(items, groups, groupOf, docsOf)
	joinAgeRows(items, groups, groupOf, docsOf, mainPersons(docs))
	dropConversions(docs, items, groups, groupOf)
	var gs [][]int
	for _, g := range groups {
		if len(g) > 0 {
			sort.Ints(g)
			gs = append(gs, g)
		}
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i][0] < gs[j][0] })
	out := make([]Quantity, 0, len(gs))
	atOdds := make([]bool, len(gs))
	for k, g := range gs {
		out = append(out, describeQuantity(docs, items, g))
		atOdds[k] = out[k].Discrepancy
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].ReportedBy) > len(out[j].ReportedBy) })
	return out, pairedFigures(items, gs, atOdds)
}

// partWhole writes what a number of a part counts as the reader reads
// it: "three of the four articles" counts "of four articles", not "four
// articles", which would label the figure three as a count of four.
func partWhole(counts string, part bool) string {
	first, _, _ := strings.Cut(counts, " ")
	if w := strings.ToLower(first); part && (numberWord(w) || numberWords[w] != "") {
		return "of " + counts
	}
	return counts
}

// describeQuantity writes one quantity for the report.
func describeQuantity(docs []*doc, items []numItem, g []int) Quantity {
	first := items[g[0]].n
	q := Quantity{Kind: string(first.Kind), Unit: first.Unit}
	for _, m := range g {
		if c, ok := strings.CutPrefix(items[m].thing, "c:"); ok {
			q.What = c
			break
		}
		if c, ok := strings.CutPrefix(items[m].thing, "m:"); ok {
			q.What = c
			break
		}
	}
	if l := tallyRowLabel(items, g); l != "" {
		q.What = l
	}
	if l := ceilingLabel(items, g); l != "" {
		q.What = l
	}
	age := first.Kind == nlp.NumAge
	if age {
		// An age counts no deaths nor a noun it describes ("left
		// 18-year-old Orvik dead", "29-year-old Dana Lind"): it is
		// the age of whom it is said of, when known.
		q.What = ageLabel(docs, items, g)
	}
	for _, m := range g {
		it := items[m]
		if q.What == "" && !age && !timeCounts(it.shownCounts) {
			q.What = partWhole(it.shownCounts, it.part)
		}
		// A group holds one number per article.
		id := docs[it.doc].art.ID
		q.ReportedBy = append(q.ReportedBy, id)
		q.Values = append(q.Values, NumberUse{Article: id, Text: it.n.Text, Value: it.n.Value, Approx: it.n.Approx,
			Sentence: sentenceText(docs[it.doc].an, it.n.Sentence)})
	}
	// Outlets disagree when two exact values differ, unless both are
	// lower bounds ("at least two", "at least three"). Two articles of one
	// outlet are no outlets at odds (an outlet's count of weeks later,
	// h/numbers41).
	for i, x := range g {
		for _, y := range g[i+1:] {
			if discrepant(items[x], items[y]) && docs[items[x].doc].art.Outlet != docs[items[y].doc].art.Outlet {
				q.Discrepancy = true
			}
		}
	}
	q.Discrepancy = q.Discrepancy && !mixedQuantity(items, g)
	if q.Discrepancy {
		// A figure at odds that its writer credits to others is shown
		// with whom it is credited to (h/numbers58).
		for k, m := range g {
			q.Values[k].Source = items[m].source
		}
	}
	return q
}

// grows reports whether two figures of an event's toll come from
// articles published on different days: two moments of a count that
// grows ("29 deaths as of Wednesday", "38 deaths" a day later), not a
// discrepancy; so do two margins of votes (votegaps.go) while the count
// goes on.
func grows(a, b numItem) bool {
	return (strings.HasPrefix(a.thing, "c:") || isGap(a.thing)) && a.day != "" && b.day != "" && a.day != b.day
}

// sameValue reports whether two numbers agree: the same value, one the
// other rounded ("67 percent", "two-thirds"), or one of them vague
// ("thousands").
func sameValue(a, b numItem) bool {
	if sameFigure(a.n, b.n) || a.n.Approx || b.n.Approx {
		return true
	}
	// Two bounds on one side never disagree; a value within a bound
	// agrees with it ("at least 8" and "nine", "more than 40" and 45).
	return a.lower && b.lower || a.upper && b.upper ||
		a.lower && b.n.Value >= a.n.Value || b.lower && a.n.Value >= b.n.Value ||
		a.upper && b.n.Value <= a.n.Value || b.upper && a.n.Value <= b.n.Value
}

// lowerBounds and upperBounds are the words before a number that make it
// a bound, nearest word last.
var lowerBounds = [][]string{{"at", "least"}, {"more", "than"}, {"over"}, {"upwards", "of"}, {"greater", "than"}, {"above"}, {"exceeding"}}
var upperBounds = [][]string{{"less", "than"}, {"fewer", "than"}, {"under"}, {"up", "to"}, {"at", "most"}, {"nearly"}, {"almost"}, {"below"}}

// bound reports whether the number starting at token first is a lower or
// an upper bound; an article between does not count ("nearly a dozen").
func bound(ts []nlp.Token, first int) (lower, upper bool) {
	if first > 0 && (ts[first-1].Norm == "a" || ts[first-1].Norm == "an") {
		first-- // "nearly a dozen", "more than a hundred"
	}
	match := func(ws []string) bool {
		if first < len(ws) {
			return false
		}
		for i, w := range ws {
			if ts[first-len(ws)+i].Norm != w {
				return false
			}
		}
		return true
	}
	for _, ws := range lowerBounds {
		lower = lower || match(ws)
	}
	for _, ws := range upperBounds {
		upper = upper || match(ws)
	}
	return lower, upper
}

// boundWords may stand between a verb and its number ("killed at least
// 12", "injured about 30").
var boundWords = map[string]bool{"at": true, "least": true, "more": true, "than": true, "about": true, "nearly": true,
	"some": true, "over": true, "almost": true, "approximately": true, "roughly": true, "around": true, "up": true, "to": true}

// smallNumberWords name a part taken of a group ("four of the 16", "most
// of the").
var smallNumberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "dozens": true, "hundreds": true,
	"most": true, "some": true, "all": true, "many": true, "half": true, "none": true, "few": true, "several": true}

// partOf reports whether the number from token first to last counts a
// part of a group named after it ("two of those killed", "three of the
// victims", "one of them"), the group a part is taken from ("four of the
// 16 senators who voted"), or an increment ("five more were killed").
func partOf(ts []nlp.Token, first, last int) bool {
	for i := first - 1; i >= 0 && i >= first-3; i-- {
		if ts[i].Norm == "of" {
			if i > 0 && (ts[i-1].Kind == nlp.KindNumber || smallNumberWords[ts[i-1].Norm]) {
				return true
			}
			break
		}
		if ts[i].Norm != "the" {
			break
		}
	}
	if last+1 < len(ts) {
		switch ts[last+1].Norm {
		case "more", "additional", "further", "other", "others", "fewer", "less":
			return true // "five more people were killed", "50,000 fewer jobs": an increment, not the total
		}
	}
	if last+3 < len(ts) && ts[last+1].Norm == "out" && ts[last+2].Norm == "of" {
		last++ // "seven out of eleven races" (h/numbers56)
	}
	if last+2 >= len(ts) || ts[last+1].Norm != "of" {
		return false
	}
	if k := ts[last+2]; k.Kind == nlp.KindNumber || smallNumberWords[k.Norm] {
		return true // "seven out of eleven races", "65 out of 3,979"
	}
	switch ts[last+2].Norm {
	case "those", "the", "them", "these", "whom", "which", "its", "their", "his", "her":
		return true
	}
	return false
}

// personsOf returns the person d's sentence si speaks of before byte
// offset at of its paragraph (its last person mention there, pronouns
// resolved; -1 when none) and the persons the sentence names, as global
// entity ids.
func personsOf(d *doc, si, at int) (subject int, persons []int) {
	subject = -1
	last := -1
	for _, e := range d.an.Entities {
		if e.Type != nlp.Person {
			continue
		}
		for _, m := range e.Mentions {
			if m.Sentence != si {
				continue
			}
			if m.Kind != nlp.MentionPronoun {
				persons = append(persons, d.global[e.ID])
			}
			if m.End <= at && m.Start > last {
				subject, last = d.global[e.ID], m.Start
			}
		}
	}
	return subject, sortedSet(persons)
}

// roundedEqual reports whether x and y are one value written to different
// precision: they differ by less than half a unit of the last place of
// the one with fewer decimals (at most three). Zero is no rounding of
// any other value: "zero percent of the vote in" is not 24.3 percent
// (h/numbers47).
func roundedEqual(x, y float64) bool {
	if x == y {
		return true
	}
	if x == 0 || y == 0 {
		return false
	}
	unit := 1.0
	for d := 0; d < 3; d++ {
		if x*unit == math.Trunc(x*unit) || y*unit == math.Trunc(y*unit) {
			break
		}
		unit *= 10
	}
	return math.Abs(x-y)*unit < 0.5
}

// sharedWords counts the content stems the sentences of a and b share
// besides what they count.
func sharedWords(a, b numItem) int {
	n := 0
	for w := range a.words {
		if b.words[w] && w != a.head && w != b.head && concept(w) == "" {
			n++
		}
	}
	return n
}

// pairedAs is the number n (its figure ending at token last) as rows
// pair it: without its counted phrase when that phrase only labels the
// row (moneyIn, labelOnly).
func pairedAs(ts []nlp.Token, last int, n nlp.Number) nlp.Number {
	if moneyIn(ts, last, n) || labelOnly(ts, last) {
		n.Counts = ""
	}
	return n
}

// moneyIn reports whether a sum's counted phrase is what it is spent or
// counted in ("$40 million in road repairs"): the word after the figure
// is "in".
func moneyIn(ts []nlp.Token, last int, n nlp.Number) bool {
	return n.Kind == nlp.NumMoney && n.Counts != "" && last+1 < len(ts) && ts[last+1].Norm == "in"
}

// labelOnly reports whether the counted phrase after the figure ending at
// token last was read past a word that stands before it (h/numbers56:
// "three other officers", "four more years", "dozens of her colleagues",
// "nine of the 12 jurors", "seven out of eleven races", "1,200 randomly
// chosen voters"). Such a phrase labels the row; rows are paired as
// before it was read, so that "50 other reporters" and "50 other hard
// passes" of one report stay one row.
func labelOnly(ts []nlp.Token, last int) bool {
	at := func(i int) nlp.Token {
		if i < len(ts) {
			return ts[i]
		}
		return nlp.Token{}
	}
	w := at(last + 1).Norm
	switch {
	case w == "other" || w == "more":
		return true
	case w == "out" && at(last+2).Norm == "of":
		return true
	case w == "of":
		d := at(last + 2)
		switch d.Norm {
		case "those", "these", "his", "her", "our", "your", "my":
			return true
		case "the":
			return at(last+3).Kind == nlp.KindNumber
		}
		return d.Kind == nlp.KindNumber
	case w == "most" || w == "very" || w == "such" || len(w) > 4 && strings.HasSuffix(w, "ly"):
		return true
	}
	return false
}
