package compare

import (
	"math"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// What else a figure's sentence says about its scope. Two different
// figures are one quantity only when nothing in their sentences sets them
// apart: read on real reports, most "discrepancies" were two figures of
// one sentence paired crosswise ("Ukraine expels 13 Russians … Albania
// two"), two moments of a running count ("as of Tuesday", "as of
// Friday"), a rate against a total ("208,000 jobs a month") or a label
// read as a count ("the A, L and 1 lines").

// weekdays are the days a sentence may place what it counts on, one bit
// each.
var weekdays = map[string]uint8{"monday": 1, "tuesday": 2, "wednesday": 4, "thursday": 8, "friday": 16, "saturday": 32, "sunday": 64,
	"monday's": 1, "tuesday's": 2, "wednesday's": 4, "thursday's": 8, "friday's": 16, "saturday's": 32, "sunday's": 64}

// sentenceDays returns the weekdays sentence s names, one bit each.
func sentenceDays(s nlp.Sentence) uint8 {
	var days uint8
	for _, t := range s.Tokens {
		days |= weekdays[t.Norm]
	}
	return days
}

// otherFigures returns the values of the numbers of sentence si of an
// other than n itself, of n's kind and unit (dates and years are not
// figures).
func otherFigures(an *nlp.Analysis, si int, n nlp.Number) []float64 {
	var out []float64
	for _, m := range an.Numbers {
		if m.Sentence != si || m.Start == n.Start || m.Kind != n.Kind || m.Unit != n.Unit || m.Kind == nlp.NumDate {
			continue
		}
		out = append(out, m.Value)
	}
	return out
}

// givesValue reports whether one of values is v, to the precision either
// is written.
func givesValue(values []float64, v float64) bool {
	for _, x := range values {
		if roundedEqual(x, v) {
			return true
		}
	}
	return false
}

// rateUnits are the spans a rate is counted over ("a month", "per day").
var rateUnits = map[string]bool{"hour": true, "day": true, "week": true, "month": true, "quarter": true, "year": true,
	"hours": true, "days": true, "weeks": true, "months": true, "quarters": true, "years": true}

// isRate reports whether the number ending at token last is a rate: "per",
// "a", "each" or "every" and a span within the next four tokens ("158,000
// jobs a month", "$2 per hour").
func isRate(ts []nlp.Token, last int) bool {
	for i := last + 1; i < len(ts)-1 && i <= last+4; i++ {
		if clauseBreak(ts[i]) {
			return false
		}
		switch ts[i].Norm {
		case "per", "a", "an", "each", "every":
			if rateUnits[ts[i+1].Norm] {
				return true
			}
		}
	}
	return false
}

// isLabel reports whether a "1" written in figures is a name rather than
// a count: followed by a plural noun ("the A, L and 1 lines"), a one
// would be written "one line".
func isLabel(ts []nlp.Token, first, last int, n nlp.Number) bool {
	if n.Value != 1 || first != last || ts[first].Surface != "1" || last+1 >= len(ts) {
		return false
	}
	next := ts[last+1]
	return next.Kind == nlp.KindWord && !next.Stop && len(next.Norm) > 3 && strings.HasSuffix(next.Norm, "s") && !strings.HasSuffix(next.Norm, "ss")
}

// scopeApart reports whether what the sentences of two different figures
// say sets them apart: a figure the other side's sentence also gives (the
// two were paired crosswise: "13 Russian diplomats … two Russians"), other
// weekdays, a rate against a total, or a label.
func scopeApart(a, b numItem) bool {
	return givesValue(a.others, b.n.Value) || givesValue(b.others, a.n.Value) ||
		a.days != 0 && b.days != 0 && a.days&b.days == 0 ||
		a.rate != b.rate || a.label || b.label
}

// discrepant reports whether two figures of one quantity disagree: their
// values differ, they are not two moments of a growing toll, nothing in
// their sentences sets them apart (scopeApart), and a toll's sentences
// share a word besides the toll itself and the words of time — tolls of
// two attacks share nothing but "killed" or "that night", those of one
// attack name it alike ("the attack", "Paris").
func discrepant(a, b numItem) bool {
	if sameTally(a, b) {
		// Two counts of one vote differ when either end does
		// (sameValue reads a range's first end only).
		return tallyDiffers(a, b) && !scopeApart(a, b)
	}
	if sameCeiling(a, b) {
		// Two top rates of one levy: "up to" states the rate, no bound
		// of an uncertain count (ceilings.go).
		return !sameFigure(a.n, b.n) && !scopeApart(a, b)
	}
	if a.running || b.running || roundingApart(a.n.Value, b.n.Value) {
		return false // a tally at two moments; one figure rounded
	}
	if nearlyApart(a, b) {
		return !scopeApart(a, b) && !withinRounding(a, b) && !grows(a, b)
	}
	if roughApart(a, b) {
		return !scopeApart(a, b) && !withinRounding(a, b) && !grows(a, b)
	}
	if sameValue(a, b) || grows(a, b) || scopeApart(a, b) || farApart(a.n.Value, b.n.Value) || withinRounding(a, b) || namedElsewhere(a, b) {
		return false
	}
	return !strings.HasPrefix(a.thing, "c:") || sharedEventWords(a, b) > 0 || sameIncident(a, b)
}

// namedElsewhere reports whether one figure is set in a named place ("three
// officers in Baton Rouge", see placeFigure) and the other's counted
// phrase names its things with a word that is not that place ("five
// Dallas-area officers"): two incidents, whatever else the sentences
// share (read on every discrepancy of the events of two outlets or
// more, numbers-50-flags.tsv).
func namedElsewhere(a, b numItem) bool {
	for _, p := range [2][2]numItem{{a, b}, {b, a}} {
		x, y := p[0], p[1]
		if x.place == "" || len(x.named) > 0 || len(y.named) == 0 {
			continue
		}
		same := false
		for w := range y.named {
			for _, part := range strings.Split(w, "-") {
				same = same || part != "" && strings.HasPrefix(part, x.place)
			}
		}
		if !same {
			return true
		}
	}
	return false
}

// roundWords are the words that give a figure as a round number ("a
// dozen", "hundreds"): the writer rounds, and says nothing exact.
var roundWords = map[string]bool{"dozen": true, "dozens": true, "score": true, "scores": true, "hundred": true, "hundreds": true,
	"thousand": true, "thousands": true}

// withinRounding reports whether one of two figures is a round word and
// the other lies within its rounding, a sixth of it (at least one): "a
// dozen" injured against 11 is no discrepancy (read on every
// discrepancy of the events of two outlets or more, numbers-50-flags.tsv),
// "a thousand" against 600 still is.
func withinRounding(a, b numItem) bool {
	for _, p := range [2][2]numItem{{a, b}, {b, a}} {
		r, o := p[0], p[1]
		f := strings.Fields(strings.ToLower(r.n.Text))
		if len(f) == 0 || strings.ContainsAny(r.n.Text, "0123456789") || !roundWords[f[len(f)-1]] {
			continue
		}
		if math.Abs(r.n.Value-o.n.Value) <= math.Max(1, r.n.Value/6) {
			return true
		}
	}
	return false
}

// sameIncident reports whether two tolls whose sentences share no event
// word still count one incident (h/numbers50): one outlet names the
// event ("a gunman … on the strip"), the other refers back to it ("the
// attack left 58 dead"). Both must be told of the article's own time (no
// year, nothing earlier, no separate incident, no region, no part, no
// increment) and be close: within two, or a tenth of the larger. Tolls
// of another incident come with a time or a place of their own. One
// sentence must point back at the incident with "the" or "this" ("the
// attack", "this shooting"): "killed that night" may be another night.
func sameIncident(a, b numItem) bool {
	if !a.incidentRef && !b.incidentRef {
		return false
	}
	for _, it := range [2]numItem{a, b} {
		if it.past || len(it.years) > 0 || it.separate || it.local != "" || it.part || it.increment {
			return false
		}
	}
	lo, hi := math.Min(a.n.Value, b.n.Value), math.Max(a.n.Value, b.n.Value)
	return hi-lo <= 2 || hi-lo <= hi/10
}

// farApart reports whether two figures are too far apart to be one
// quantity misreported: more than twice the other and more than two
// apart. Read on real reports, figures that far apart counted different
// things ("1,404,000 votes" and "232 electoral votes", "six shots" and "two
// shots in the car"); outlets that disagree on one quantity give close
// figures (263 and 270 dead, 139 and 136 passengers, three and two
// children). A crowd counted 10,000 by the police and 100,000 by its
// organisers is missed: attributed estimates are another finding.
func farApart(x, y float64) bool {
	lo, hi := math.Min(x, y), math.Max(x, y)
	return hi-lo > 2 && hi > 2*lo
}

// mixedQuantity reports whether a group of figures holds two quantities:
// one member's sentence also gives another member's different figure
// ("three officers in Baton Rouge … five in Dallas", next to "five Dallas
// officers"), so the figures were paired crosswise.
func mixedQuantity(items []numItem, g []int) bool {
	for _, x := range g {
		for _, y := range g {
			if x != y && !sameFigure(items[x].n, items[y].n) && givesValue(items[x].others, items[y].n.Value) {
				return true
			}
		}
	}
	return false
}

// The clause of a figure says more of its scope (h/numbers41, read on
// every discrepancy of 3,571 ABP events of two outlets or more): a toll
// of one province is not the nation's ("in Kessan province, where 30
// died"), a figure of "a separate strike" is not the attack's,
// and two counts of one noun said with other verbs ("identified three
// suspects", "searching for two suspects"; "questioning four
// divers", "three divers held abroad") count two sets.

// clauseOf returns the first and last token of the clause that holds
// tokens first..last of s: up to the punctuation on either side.
func clauseOf(s nlp.Sentence, first, last int) (lo, hi int) {
	return clauseSpan(s, first, last, clauseBreak)
}

// regionNouns name a part of a country a figure may be counted in.
var regionNouns = map[string]bool{"province": true, "provinces": true, "county": true, "counties": true, "district": true, "districts": true,
	"region": true, "regions": true, "prefecture": true, "municipality": true, "village": true, "villages": true, "town": true, "towns": true,
	"neighborhood": true, "neighbourhood": true, "state": true, "island": true}

// localFigure returns the stem of the region the figure at tokens
// first..last of s is counted in, when its sentence names one: in a
// "where" clause after a region, or a clause joined to it ("in Kessan
// province, where 30 died, …, and 12 are missing"), or with "in" and a
// region after it in its clause ("30 died in Kessan province", "in the
// province of Kessan"). It returns "" when none,
// the region noun's stem when the name is not told.
func localFigure(s nlp.Sentence, first, last int) string {
	ts := s.Tokens
	for i := first - 1; i >= 0 && i >= first-15; i-- {
		if ts[i].Norm != "where" {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			if regionNouns[ts[j].Norm] {
				return regionName(ts, j)
			}
		}
		break
	}
	_, hi := clauseOf(s, first, last)
	for i := last + 1; i <= hi; i++ {
		if ts[i].Norm != "in" {
			continue
		}
		for j := i + 1; j <= hi && j <= i+3; j++ {
			if regionNouns[ts[j].Norm] {
				return regionName(ts, j)
			}
		}
	}
	return ""
}

// regionName returns the stem of the name of the region whose noun is
// token j: the capitalised word before it ("Kessan province") or after
// its "of" ("the province of Kessan"), else the noun's stem.
func regionName(ts []nlp.Token, j int) string {
	if j > 0 && ts[j-1].Kind == nlp.KindWord && ts[j-1].Surface != ts[j-1].Norm && !ts[j-1].Stop {
		return ts[j-1].Stem
	}
	if j+2 < len(ts) && ts[j+1].Norm == "of" && ts[j+2].Kind == nlp.KindWord && ts[j+2].Surface != ts[j+2].Norm {
		return ts[j+2].Stem
	}
	return ts[j].Stem
}

// localApart reports whether the region of one figure sets it apart
// from the other: a region's figure against a figure whose sentence does
// not name that region, or the figures of two regions.
func localApart(a, b numItem) bool {
	switch {
	case a.local == b.local:
		return false
	case a.local != "" && b.local != "":
		return true
	case a.local != "":
		return !b.words[a.local]
	default:
		return !a.words[b.local]
	}
}

// separateWords in a figure's clause set what it counts apart from the
// story's event ("in a separate raid, two guards were hurt").
var separateWords = map[string]bool{"separate": true, "separately": true, "unrelated": true}

// separateFigure reports whether the clause of the figure at tokens
// first..last of s tells of another incident.
func separateFigure(s nlp.Sentence, first, last int) bool {
	lo, hi := clauseOf(s, first, last)
	for i := lo; i <= hi; i++ {
		if separateWords[s.Tokens[i].Norm] {
			return true
		}
	}
	return false
}

// notVerbs are words ending in -ed or -ing that are no verbs of a
// figure's clause.
var notVerbs = map[string]bool{"during": true, "morning": true, "evening": true, "building": true, "buildings": true, "something": true,
	"nothing": true, "anything": true, "everything": true, "according": true, "including": true, "following": true, "hundred": true,
	"united": true, "ceiling": true, "spring": true, "string": true, "thing": true, "things": true, "king": true, "wing": true,
	"bring": true, "meeting": true, "hearing": true, "briefing": true, "funding": true, "ring": true, "sibling": true, "siblings": true}

// strongParticiples are participles of verbs that do not end in -ed.
var strongParticiples = map[string]bool{"stuck": true, "held": true, "found": true, "taken": true, "kept": true, "caught": true,
	"shot": true, "hit": true, "left": true, "seen": true, "sent": true, "brought": true, "told": true, "given": true,
	"sought": true, "hurt": true, "struck": true, "won": true, "lost": true, "gave": true, "took": true, "saw": true}

// clauseVerbs returns the stems of the verbs of the clause of the figure
// at tokens first..last of s, the figure's own words aside: words in -ed
// or -ing and strong participles ("identified", "searching", "stuck").
func clauseVerbs(s nlp.Sentence, first, last int) map[string]bool {
	lo, hi := clauseOf(s, first, last)
	out := map[string]bool{}
	for i := lo; i <= hi; i++ {
		t := s.Tokens[i]
		if i >= first && i <= last || t.Kind != nlp.KindWord || t.Stop || notVerbs[t.Norm] || concept(t.Norm) != "" {
			continue
		}
		if strongParticiples[t.Norm] || len(t.Norm) > 4 && (strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "ing")) {
			out[t.Stem] = true
		}
	}
	return out
}

// otherVerbs reports whether two figures' clauses both have verbs and
// neither's verbs are words of the other's sentence: they tell two acts
// on what they count ("questioning four divers", "three divers held
// abroad"). A verb the other sentence has in another form or clause
// ("allowed in 32 ports", "34 ports allow it") is one act.
func otherVerbs(a, b numItem) bool {
	if len(a.verbs) == 0 || len(b.verbs) == 0 {
		return false
	}
	return !anyIn(a.verbs, b.words) || !anyIn(b.verbs, a.words)
}

// anyIn reports whether one of the keys of vs is in ws.
func anyIn(vs, ws map[string]bool) bool {
	for v := range vs {
		if ws[v] {
			return true
		}
	}
	return false
}

// tollTimeWords are words of a toll's sentences that tell when, not what:
// two tolls that share only "night" or "Wednesday" are not one toll.
var tollTimeWords = map[string]bool{"night": true, "day": true, "morning": true, "evening": true, "afternoon": true, "week": true,
	"weekend": true, "today": true, "yesterday": true, "tonight": true, "hour": true, "month": true, "year": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// sharedEventWords counts the words the sentences of a and b share
// besides what they count and the words of time.
func sharedEventWords(a, b numItem) int {
	n := 0
	for w := range a.words {
		if b.words[w] && w != a.head && w != b.head && concept(w) == "" && !tollTimeWords[w] {
			n++
		}
	}
	return n
}

// placeFigure returns the stem of the named place the clause of the
// figure at tokens first..last of s sets it in, "" when none: "in" and a
// place after the figure in its clause ("40 people gathered at City Hall
// in Sacramento") or before it ("In Chicago, about 40 people marched",
// "on the square in Sorn, thousands gathered"), the
// opening phrase of the sentence counting as the figure's clause. ms are
// the sentence's entity mentions.
func placeFigure(ms []mention, s nlp.Sentence, first, last int) string {
	ts := s.Tokens
	lo, hi := clauseOf(s, first, last)
	if lo > 0 && ts[lo-1].Norm == "," {
		// the opening phrase before the first comma, when it is the
		// clause right before the figure's
		open := true
		for i := 0; i < lo-1; i++ {
			if ts[i].Kind == nlp.KindPunct && ts[i].Norm != "." && ts[i].Norm != "'" {
				open = false
				break
			}
		}
		if open {
			lo = 0
		}
	}
	for i := lo; i <= hi; i++ {
		if i >= first && i <= last || ts[i].Norm != "in" {
			continue
		}
		j := i + 1
		if j <= hi && ts[j].Norm == "the" {
			j++
		}
		if j > hi {
			continue
		}
		for _, m := range ms {
			if m.place && m.start == ts[j].Start {
				return ts[j].Stem
			}
		}
	}
	return ""
}

// placeApart reports whether two figures are set in two named places,
// each sentence leaving out the other's: "40 people in Sacramento" and
// "40 people in Chicago" are two crowds.
func placeApart(a, b numItem) bool {
	return a.place != "" && b.place != "" && a.place != b.place && !a.words[b.place] && !b.words[a.place]
}

// incidentNouns name an incident a toll is counted in.
var incidentNouns = map[string]bool{"attack": true, "shooting": true, "massacre": true, "rampage": true, "bombing": true,
	"blast": true, "explosion": true, "crash": true, "collision": true, "derailment": true, "earthquake": true, "quake": true,
	"storm": true, "hurricane": true, "typhoon": true, "tornado": true, "flood": true, "floods": true, "fire": true, "wildfire": true,
	"stampede": true, "collapse": true, "ambush": true, "assault": true, "strike": true, "airstrike": true, "raid": true}

// incidentRef reports whether sentence s points back at an incident:
// "the" or "this" and, next or one word later, an incident noun ("the
// attack", "the Sunday shooting").
func incidentRef(s nlp.Sentence) bool {
	ts := s.Tokens
	for i, t := range ts {
		if t.Norm != "the" && t.Norm != "this" {
			continue
		}
		for j := i + 1; j < len(ts) && j <= i+2; j++ {
			if incidentNouns[ts[j].Norm] {
				return true
			}
			if ts[j].Kind != nlp.KindWord {
				break
			}
		}
	}
	return false
}

// Discrepancies of one row (session 56, h/numbers56b, issue 15). read56
// found no row of sixteen pages marked, while one row held "nearly
// 800,000" young immigrants against "nearly 700,000": two upper bounds
// always agreed (sameValue). "Nearly" and "almost" put a value just
// under the figure, so two such figures, or one and an exact figure,
// whose spans do not meet are at odds. Rounding is no discrepancy
// (49.9 against 49.8 percent; 120,000 against 122,000), nor two moments
// of a count in progress (34 percent with three quarters of the vote
// counted, 35 percent with 92 percent of precincts reporting).

// nearWords put a figure just under the value said ("nearly 300").
var nearWords = map[string]bool{"nearly": true, "almost": true}

// nearBound reports whether the number starting at token first is said
// with "nearly" or "almost" ("nearly 800,000", "almost a dozen").
func nearBound(ts []nlp.Token, first int) bool {
	if first > 0 && (ts[first-1].Norm == "a" || ts[first-1].Norm == "an") {
		first--
	}
	return first > 0 && nearWords[ts[first-1].Norm]
}

// nearShare is how far under its figure a "nearly" figure may lie: a
// tenth.
const nearShare = 0.9

// figureSpan returns the values a figure allows: a bound's side, a "nearly"
// figure's tenth under it, an exact figure itself; ok is false for an
// approximate or vague figure, which allows any close value.
func figureSpan(it numItem) (lo, hi float64, ok bool) {
	v := it.n.Value
	switch {
	case it.nearly: // the parser reads "nearly" as approximate too
		return nearShare * v, v, true
	case it.n.Approx:
		return 0, 0, false
	case it.lower:
		return v, math.Inf(1), true
	case it.upper:
		return 0, v, true
	}
	return v, v, true
}

// nearlyApart reports whether two figures of one counted thing, one of
// them said with "nearly" or "almost", allow no common value ("nearly
// 800,000" against "nearly 700,000" or "690,000"). Both must say what
// they count, the same thing, in one frame (rowScope): the row is then
// one quantity told two ways.
func nearlyApart(a, b numItem) bool {
	if !a.nearly && !b.nearly || a.thing == "" || a.thing != b.thing || genericThings[a.thing] || a.n.High != nil || b.n.High != nil {
		return false
	}
	if a.varies || b.varies || a.clauseProjected || b.clauseProjected || !rowScope(a, b) {
		return false
	}
	alo, ahi, aok := figureSpan(a)
	blo, bhi, bok := figureSpan(b)
	if !aok || !bok {
		return false
	}
	return ahi < blo && !roundedEqual(ahi, blo) || bhi < alo && !roundedEqual(bhi, alo)
}

// clauseProjected reports whether the clause of the figure at tokens
// first..last of s has a word of projection (projectionWords) before
// the figure ("would need 60 votes"); words after it tell of what is
// counted ("immigrants … that he said he would end").
func clauseProjected(s nlp.Sentence, first, last int) bool {
	lo, _ := clauseOf(s, first, last)
	for _, t := range s.Tokens[lo:first] {
		if projectionWords[t.Norm] {
			return true
		}
	}
	return false
}

// roundingApart reports whether two values differ only by rounding: by
// less than one percent of the larger (49.9 and 49.8), or the one with
// at least two significant figures being the other rounded to its last
// such figure (120,000 and 122,000; not 100 and 140, nor 270 and 263).
func roundingApart(x, y float64) bool {
	lo, hi := math.Min(x, y), math.Max(x, y)
	if lo <= 0 || x == y {
		return false
	}
	if hi-lo < hi/100 {
		return true
	}
	for _, p := range [2][2]float64{{x, y}, {y, x}} {
		r, o := p[0], p[1]
		if r != math.Trunc(r) || r < 10 {
			continue
		}
		unit := 1.0
		for math.Mod(r, unit*10) == 0 {
			unit *= 10
		}
		if unit == 1 || r/unit < 10 {
			continue // no trailing zero, or one significant figure
		}
		if math.Round(o/unit)*unit == r {
			return true
		}
	}
	return false
}

// runningWords mark a sentence telling a count in progress: "with 93
// percent of precincts reporting". "Counted" and "reported" are not
// among them: a toll is "counted" and "reported" too.
var runningWords = map[string]bool{"reporting": true, "precincts": true}

// runningCount reports whether sentence s tells a count in progress: a
// word of returns, or a clock time ("at 11:15 pm").
func runningCount(s nlp.Sentence) bool {
	for i, t := range s.Tokens {
		if runningWords[t.Norm] {
			return true
		}
		if (t.Norm == "pm" || t.Norm == "p.m" || t.Norm == "p.m." || t.Norm == "am" || t.Norm == "a.m." || t.Norm == "et") && i > 0 && strings.ContainsAny(s.Tokens[i-1].Surface, "0123456789") {
			return true
		}
	}
	return false
}
