package compare

import (
	"math"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Figures another article writes in another form (issue 15). An only-in
// fact's own figures are those whose value no other article gives
// (numberFeature), but a figure is often written another way there: a
// poll's share as one side of a pair ("85 percent" of one party against
// "by 85-13 percent"), a sum rounded ("$80 billion" against "roughly $78
// billion"), or the same sum in another scale whose parsed value differs
// in its last binary digit ("$8.2 billion" and "$8,200 million"). Each
// was listed as a figure only one article gives, and a sentence claimed
// on them as a fact or details only its article has (fresh44's wrong
// only-adds: Newsmax's 85, 65 and 72 percent, which Fox gives as pairs;
// the food-stamp cost of 78 and 80 billion, two partly right only-adds
// claims). See figureOtherwise.

// roughShare is how far apart, as a share of the larger, a rough figure
// and another article's figure may lie to be one figure rounded. A tenth
// (roughGap, a writer's rounding) let "roughly $30,000" of a subsidy's
// income bound be the $32,319 of a poverty line, and a twentieth let a
// lead of 38 points be another state's "about 40 points" (the census of
// session 61); "roughly $78 billion" and "$80 billion" lie 2.5 percent
// apart, "almost $9 trillion" and "$8.8 trillion" 2.2.
const roughShare = 0.04

// sameFigureValue reports whether two parsed values are one figure: equal
// to about twelve significant digits. nlp reads a scaled figure as the
// decimal written ("$8.2 billion" and "$8,200 million" are both 8.2e9);
// the margin is for values derived by arithmetic (a share as a fraction,
// a poll pair's figures).
func sameFigureValue(x, y float64) bool {
	return x == y || math.Abs(x-y) <= 1e-9*math.Max(math.Abs(x), math.Abs(y))
}

// pollPair returns the two shares, as fractions, that range number m of d
// gives when it is a pair of poll figures rather than a range: its first
// figure larger than its second ("by 85-13 percent", "65 to 30"), both
// between 0 and 100, and written with "percent" or beside another share
// in its sentence ("… 85-13 percent, independents 65-25"). A range runs
// upwards ("10 to 15 percent"), and a figure's change runs from one to
// the other ("lowering the rate from 35 percent to 21 percent", which
// nlp reads as a range too): neither is a pair.
func pollPair(d *doc, m nlp.Number) (float64, float64, bool) {
	if m.Kind != nlp.NumRange || m.High == nil || !(m.Value > *m.High) || *m.High < 0 {
		return 0, 0, false
	}
	if s, first := figureAt(d, m); first > 0 && s.Tokens[first-1].Norm == "from" {
		return 0, 0, false
	}
	lo, hi := m.Value, *m.High
	switch {
	case m.Unit == "percent":
		if lo > 1 {
			return 0, 0, false
		}
	case m.Unit == "" && lo <= 100 && percentSentence(d, m):
		lo, hi = lo/100, hi/100
	default:
		return 0, 0, false
	}
	return lo, hi, true
}

// changeLead is how many tokens before a range's first figure "from" may
// stand for the range to be a change: "from a five-year peak of 2.9% to
// 2.6%" names what the first figure was between the two.
const changeLead = 6

// shareChange reports whether range number m of d, a range of
// percentages, is a share's change from one value to the other: "from"
// stands among the changeLead tokens before its first figure, with no
// punctuation between ("cutting the yearly rise from a five-year peak of
// 2.9% to 2.6%", "from 35 percent to 21 percent"). nlp reads such a
// change as a range, and a descending one (pollPair) as a poll's pair;
// its two figures are both shares the article gives: a sentence of
// another article that gives both, as where a share was expected or
// stood and where it came in ("pay, forecast to rise 2.9%, came in at
// 2.6%"), does not give them alone (sharedShare). One end alone is
// often another share of the same value ("Just 35% said they would
// invest it" beside a tax rate cut "from 35 percent to 21 percent", the
// census of session 68).
func shareChange(d *doc, m nlp.Number) bool {
	if m.Kind != nlp.NumRange || m.Unit != "percent" || m.High == nil {
		return false
	}
	s, first := figureAt(d, m)
	for i := first - 1; i >= 0 && i >= first-changeLead; i-- {
		switch t := s.Tokens[i]; {
		case t.Kind == nlp.KindPunct:
			return false
		case t.Norm == "from":
			return true
		}
	}
	return false
}

// givesShare reports whether sentence k of d gives share v as a
// percentage.
func givesShare(d *doc, k int, v float64) bool {
	for _, o := range d.an.Numbers {
		if o.Sentence == k && o.Kind == nlp.NumPercent && sameFigureValue(o.Value, v) {
			return true
		}
	}
	return false
}

// percentSentence reports whether the sentence of number m of d gives a
// share: another percentage or a pair written with "percent".
func percentSentence(d *doc, m nlp.Number) bool {
	for _, o := range d.an.Numbers {
		if o.Sentence == m.Sentence && (o.Kind == nlp.NumPercent || o.Kind == nlp.NumRange && o.Unit == "percent") {
			return true
		}
	}
	return false
}

// shareAt is a share an article gives, as a fraction, with its
// sentence, and whether it is one figure of a poll pair (pollPair); a
// percentage's own number is num.
type shareAt struct {
	v    float64
	sent int
	pair bool
	num  nlp.Number
	// change marks an end of a share's change (shareChange); other is
	// its other end.
	change bool
	other  float64
}

// sharesOf returns, for each article of a, the shares it gives: its
// percentages and both figures of its poll pairs. Made on the first call.
func (a *allSeen) sharesOf() [][]shareAt {
	if a.shares != nil || len(a.docs) == 0 {
		return a.shares
	}
	a.shares = make([][]shareAt, len(a.docs))
	for j, o := range a.docs {
		sh := []shareAt{}
		for _, m := range o.an.Numbers {
			switch lo, hi, ok := pollPair(o, m); {
			case m.Kind == nlp.NumPercent:
				sh = append(sh, shareAt{v: m.Value, sent: m.Sentence, num: m})
			case shareChange(o, m):
				// Both ends of a change are shares the article gives.
				sh = append(sh, shareAt{v: m.Value, sent: m.Sentence, num: m, change: true, other: *m.High},
					shareAt{v: *m.High, sent: m.Sentence, num: m, change: true, other: m.Value})
			case ok:
				sh = append(sh, shareAt{v: lo, sent: m.Sentence, pair: true, num: m}, shareAt{v: hi, sent: m.Sentence, pair: true, num: m})
			}
		}
		a.shares[j] = sh
	}
	return a.shares
}

// minPairShared is the fewest content words (stems; the words of a share
// and the names of people and places aside) that a sentence with a poll
// pair must share with a sentence giving one of its figures as a
// percentage for the two to be one figure. Polls give many shares, and a
// value met in a pair of another group or poll ("58%-36%" of one state's
// independents against "36 percent" of another state's Democrats; Trump
// at 43 percent in an average against "Trump … in Florida, 43-22
// percent" of one poll) is another figure: the candidates and states
// named on both sides do not make it one. One share's group is told in
// words on both sides ("Dock Party members, 85 percent, want the levy
// gone" and "Dock Party members would scrap the levy, 85-13").
const minPairShared = 2

// shareStems are the words of a share, not counted as shared.
var shareStems = map[string]bool{"percent": true, "percentag": true, "point": true, "poll": true, "%": true}

// pairStems returns the content stems of sentence k of d, the words of a
// share and those of the names of people and places aside.
func pairStems(d *doc, k int) map[string]bool {
	if k < 0 || k >= len(d.an.Sentences) {
		return nil
	}
	s := d.an.Sentences[k]
	var names []nlp.Span
	for _, e := range d.an.Entities {
		if e.Type != nlp.Person && e.Type != nlp.Place {
			continue
		}
		for _, m := range e.Mentions {
			if m.Sentence == k {
				names = append(names, m.Span)
			}
		}
	}
	out := map[string]bool{}
	for _, t := range s.Tokens {
		if t.Kind != nlp.KindWord || t.Stop || shareStems[strings.ToLower(t.Stem)] {
			continue
		}
		named := false
		for _, n := range names {
			named = named || n.Para == s.Para && t.Start >= n.Start && t.End <= n.End
		}
		if !named {
			out[strings.ToLower(t.Stem)] = true
		}
	}
	return out
}

// sharedShare reports whether an article other than seen's own gives
// percentage n of d as a percentage of the same measure
// (measuredApart), or as one figure of a poll pair in a sentence that
// shares minPairShared content words with n's sentence.
func sharedShare(d *doc, n nlp.Number, seen thingsSeen) bool {
	k, v := n.Sentence, n.Value
	var stems map[string]bool
	for j, sh := range seen.all.sharesOf() {
		if j == seen.self {
			continue
		}
		for _, x := range sh {
			if !sameFigureValue(x.v, v) {
				continue
			}
			if x.change && !givesShare(d, k, x.other) {
				continue // one end of another article's change
			}
			if !x.pair {
				if !measuredApart(d, n, seen.all.docs[j], x.num) {
					return true
				}
				continue
			}
			if stems == nil {
				stems = pairStems(d, k)
			}
			shared := 0
			for w := range pairStems(seen.all.docs[j], x.sent) {
				if stems[w] {
					shared++
				}
			}
			if shared >= minPairShared {
				return true
			}
		}
	}
	return false
}

// pairGiven reports whether an article other than seen's own gives both
// shares lo and hi in one sentence, as percentages or as a pair.
func pairGiven(seen thingsSeen, lo, hi float64) bool {
	for j, sh := range seen.all.sharesOf() {
		if j == seen.self {
			continue
		}
		for _, x := range sh {
			if !sameFigureValue(x.v, lo) {
				continue
			}
			for _, y := range sh {
				if y.sent == x.sent && sameFigureValue(y.v, hi) {
					return true
				}
			}
		}
	}
	return false
}

// figureOtherwise reports whether another article than seen's own gives
// figure n of d, whose value none gives as it is read (numberFeature), in
// another written form:
//
//   - the same value but for the last digits of its reading ("$8.2
//     billion" and "$8,200 million");
//   - a percentage that the other gives as one figure of a poll pair
//     ("85 percent" of one party and "by 85-13 percent") in a sentence
//     of the same group (sharedShare), or a pair (pollPair) both of
//     whose figures one sentence of the other gives (pairGiven);
//   - a sum or a count of which one side's figure is rough ("roughly $78
//     billion", "about 1,000 jobs") and the other's, within roughShare of
//     it, rounds to the rounder one's figures (roughlySame).
func figureOtherwise(d *doc, n nlp.Number, seen thingsSeen) bool {
	if len(seen.all.docs) == 0 {
		return false
	}
	if n.Kind == nlp.NumPercent && sharedShare(d, n, seen) {
		return true
	}
	if lo, hi, ok := pollPair(d, n); ok && pairGiven(seen, lo, hi) {
		return true
	}
	for j, o := range seen.all.docs {
		if j == seen.self {
			continue
		}
		for _, m := range o.an.Numbers {
			if m.Kind != n.Kind {
				continue
			}
			if n.Kind != nlp.NumDuration && sameFigureValue(m.Value, n.Value) && sameHighs(m, n) && !measuredApart(d, n, o, m) {
				return true
			}
			if roughlySame(d, n, o, m) {
				return true
			}
		}
	}
	return false
}

// sameHighs reports whether two figures end alike: both single, or both
// ranges whose upper ends are one value.
func sameHighs(a, b nlp.Number) bool {
	if a.High == nil || b.High == nil {
		return a.High == nil && b.High == nil
	}
	return sameFigureValue(*a.High, *b.High)
}

// roughlySame reports whether figure n of d and figure m of o are one sum
// or count rounded: both sums in one currency, or counts of one thing
// (the same counted word), neither a range nor a vague word
// ("thousands") nor a lower bound ("more than 80"), at least one given
// roughly ("about", "roughly", "some", "nearly": see roughlyGiven), within
// roughShare of the larger, and the one with more significant figures,
// rounded to as many as the other has, is the other ("roughly $78
// billion" and "$80 billion"; "about 1,000 jobs" and "1,040 jobs").
func roughlySame(d *doc, n nlp.Number, o *doc, m nlp.Number) bool {
	if n.Kind != m.Kind || n.Kind != nlp.NumMoney && n.Kind != nlp.NumCount || n.High != nil || m.High != nil {
		return false
	}
	a, b := math.Abs(n.Value), math.Abs(m.Value)
	if a == 0 || b == 0 || math.Abs(a-b) > roughShare*math.Max(a, b) {
		return false
	}
	if n.Kind == nlp.NumMoney && n.Unit != m.Unit {
		return false
	}
	if c := countedWord(n.Counts); n.Kind == nlp.NumCount && (c == "" || c != countedWord(m.Counts)) {
		return false
	}
	if vague(n) || vague(m) || !roughlyGiven(d, n) && !roughlyGiven(o, m) {
		return false
	}
	if lower, _ := figureBound(d, n); lower {
		return false
	}
	if lower, _ := figureBound(o, m); lower {
		return false
	}
	fa, fb := significantFigures(a), significantFigures(b)
	if fa > fb {
		return sameFigureValue(roundFigures(a, fb), b)
	}
	return sameFigureValue(roundFigures(b, fa), a)
}

// countedWord is the head of what a count counts, lower case without a
// plural s ("jobs" and "Jobs" give "job"), or "".
func countedWord(counts string) string {
	f := strings.Fields(strings.ToLower(counts))
	if len(f) == 0 {
		return ""
	}
	return strings.TrimSuffix(f[len(f)-1], "s")
}

// roughlyGiven reports whether figure n of d is given roughly: nlp reads
// it so (Approx), or a word of roughWords stands just before it ("roughly
// $78 billion", which nlp reads as exact) or before its article ("about
// a thousand").
func roughlyGiven(d *doc, n nlp.Number) bool {
	if n.Approx {
		return true
	}
	s, first := figureAt(d, n)
	return first > 0 && roughWords[s.Tokens[first-1].Norm] || first > 0 && roughArticle(s.Tokens, first)
}

// figureBound reports whether figure n of d is a lower or an upper bound
// (bound: "more than", "at least", "nearly").
func figureBound(d *doc, n nlp.Number) (lower, upper bool) {
	s, first := figureAt(d, n)
	if first < 0 {
		return false, false
	}
	return bound(s.Tokens, first)
}

// figureAt returns the sentence of figure n of d and the index of its
// first token there (-1 when none).
func figureAt(d *doc, n nlp.Number) (nlp.Sentence, int) {
	if n.Sentence < 0 || n.Sentence >= len(d.an.Sentences) {
		return nlp.Sentence{}, -1
	}
	s := d.an.Sentences[n.Sentence]
	first, _ := numberTokens(s, n)
	return s, first
}

// roundFigures returns x rounded to k significant figures.
func roundFigures(x float64, k int) float64 {
	if x == 0 || k <= 0 {
		return x
	}
	p := math.Pow(10, float64(k-1)-math.Floor(math.Log10(math.Abs(x))))
	return math.Round(x*p) / p
}
