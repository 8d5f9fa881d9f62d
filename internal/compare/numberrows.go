package compare

import (
	"math"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/nlp"
)

// The rows of the Numbers table (h/numrows41, issue 15). A row is one
// quantity with the value each outlet gives; two numbers share a row when
// they are one value (rowValue) or one quantity (sameQuantity). Read on
// 65 rows of ABP events, the rows that mixed quantities joined figures
// through a bound or a vague word ("less than 30%" took in a rival's
// 24.3%, "almost 10 million" a figure ten times larger, "millions" any
// count), through a range's low end alone ("227-205", "227 to 203"), or
// through a small value said of another year, or "the first time" of
// two other acts.

// rowValue reports whether two numbers of different articles give one
// value of one thing, so that they may share a row without being one
// quantity by sameQuantity: the same value (a range's both ends), or a
// bound, a rounding or a vague word that takes in the other value, close
// to it and said in the same frame (rowScope).
func rowValue(a, b numItem) bool {
	if !sameHigh(a, b) || otherNamedKinds(a, b) || fromApart(a, b) || subjectApart(a, b) {
		return false
	}
	// What one side counts is near the other's figure, as numberScore
	// asks of a pair: a chain of pairs must not join "two women" and
	// "the age of 2".
	// Equal figures whose counted nouns one participle follows count one
	// group (countedverbs.go).
	if (countsNoun(a) && b.thing == "" && !b.near[a.head] || countsNoun(b) && a.thing == "" && !a.near[b.head]) && !sameCountedVerb(a, b) {
		return false
	}
	va, vb := vague(a.n), vague(b.n)
	if (va || vb) && (a.thing == "" || a.thing != b.thing) {
		// "millions" says nothing of one quantity unless both count one
		// thing ("millions of dollars").
		return false
	}
	if va || vb {
		// "tens of thousands gathered for a rally" and "firms employ
		// 50,000": a vague word joins no figure of another act. The two
		// sentences tell one fact when they share words besides what
		// they count, more of them when their verbs differ
		// (h/numbers47).
		shared := sharedEventWords(a, b)
		if shared < 2 || otherVerbs(a, b) && shared < minSharedWords {
			return false
		}
	}
	if sameFigure(a.n, b.n) {
		if va || vb {
			return rowScope(a, b)
		}
		// A small whole figure recurs by chance: "two people involved"
		// and "one of two other people" share no row when neither says
		// what it counts (h/numbers55: read54 found unrelated "two"s in
		// one row on three pages).
		if smallApart(a, b) {
			return false
		}
		if a.n.Kind == nlp.NumOrdinal && (a.thing == "h:time" || b.thing == "h:time") {
			return false // "the first time" of two acts
		}
		// A small value said of another year is another quantity
		// ("two" of 2016, "two" of 2020); so is any value when both
		// sentences name years and none is shared ("53% in 2016",
		// "53.4 percent in 2018").
		if len(a.years) > 0 && len(b.years) > 0 && overlap(a.years, b.years) == 0 {
			return false
		}
		// The same value in two named places is two quantities ("40
		// people gathered in Sacramento", "in Chicago, 40 people
		// chanted"), whatever the verbs; so is one said of a separate
		// incident (h/rows69: "10 years" of "a separate trial in" one
		// state beside "10 years" on the charges "in Washington").
		if placeApart(a, b) || separateIncident(a) || separateIncident(b) {
			return false
		}
		return len(a.years)+len(b.years) == 0 || overlap(a.years, b.years) > 0 || specificValue(a.n)
	}
	if !sameValue(a, b) {
		return false
	}
	lo, hi := math.Min(a.n.Value, b.n.Value), math.Max(a.n.Value, b.n.Value)
	switch {
	case va || vb:
		// A vague word takes in its own order of magnitude: "dozens" 24
		// to 143, "hundreds" 200 to 999, "thousands" 2,000 to 999,999.
		v, other := a.n.Value, b.n.Value
		if va && vb {
			return false // "dozens" and "hundreds"
		}
		if vb {
			v, other = b.n.Value, a.n.Value
		}
		if other < 2*v || other >= vagueSpan(v) {
			return false
		}
	case a.n.Approx || b.n.Approx:
		// "about 4,000" is not 6,000.
		if hi > 1.25*lo {
			return false
		}
	default:
		// A bound takes in close values: "at least 20" and 23, not
		// "almost 10 million" and "as many as 100 million".
		if hi >= 1.5*lo && hi-lo > 2 {
			return false
		}
	}
	return rowScope(a, b)
}

// separateIncident reports whether a figure's clause tells of another
// incident ("in a separate trial"): "separate" is a word of its clause
// and not of what it counts ("20 separate phone lines" are lines).
func separateIncident(it numItem) bool {
	return it.separate && !strings.Contains(strings.ToLower(it.n.Counts), "separate")
}

// smallApart reports whether two figures of one small whole value
// (under ten) may be two quantities met by chance: neither says what it
// counts and their sentences share fewer than minSharedWords words (one
// quote told by two outlets shares more). When one says what it counts,
// the other must have its noun near (above).
func smallApart(a, b numItem) bool {
	if a.n.Value >= 10 || a.n.Value != math.Trunc(a.n.Value) || a.n.Kind != nlp.NumCount || a.n.Approx || b.n.Approx {
		return false
	}
	return a.thing == "" && b.thing == "" && sharedWords(a, b) < minSharedWords
}

// vague reports whether a number is a word of magnitude without a figure
// ("millions", "dozens", "hundreds"); "about three weeks" is a figure.
func vague(n nlp.Number) bool {
	if !n.Approx || strings.ContainsAny(n.Text, "0123456789") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(n.Text)) {
		if magnitudeWords[strings.TrimSuffix(w, "s")] && strings.HasSuffix(w, "s") {
			return true
		}
	}
	return false
}

// magnitudeWords are the words whose plural is a vague magnitude.
var magnitudeWords = map[string]bool{"dozen": true, "score": true, "hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true}

// vagueSpan is the end of the span a vague word of value v takes in.
func vagueSpan(v float64) float64 {
	switch {
	case v < 100:
		return 12 * v // dozens, scores
	case v < 1000:
		return 10 * v // hundreds
	}
	return 1000 * v
}

// sameHigh reports whether two ranges end alike (a range against a single
// figure is left to the values).
func sameHigh(a, b numItem) bool {
	if a.n.High == nil || b.n.High == nil {
		return true
	}
	return roundedEqual(pointsValue(a.n.Kind, a.n.Unit, *a.n.High), pointsValue(b.n.Kind, b.n.Unit, *b.n.High))
}

// rowScope reports whether the frames of two figures allow one quantity:
// the checks of sameQuantity that do not ask for shared words. The same
// person spoken of when both speak of one, a part or an increment
// ("another 15 officers") on both sides or neither, and one frame
// (rowFrame).
func rowScope(a, b numItem) bool {
	if a.subject >= 0 && b.subject >= 0 && a.subject != b.subject {
		return false
	}
	return a.part == b.part && a.increment == b.increment && rowFrame(a, b)
}

// rowFrame reports whether the sentences of two figures set them in one
// frame: the same counted thing when both say one, the same time and
// region, no separate incident. Entities are not asked for: outlets name
// one train "Amtrak" and "Amtrak Train 91" (139 and 136 passengers).
func rowFrame(a, b numItem) bool {
	if a.thing != "" && b.thing != "" && a.thing != b.thing || otherNamedKinds(a, b) {
		return false
	}
	if a.past != b.past || len(a.years)+len(b.years) > 0 && overlap(a.years, b.years) == 0 {
		return false
	}
	return !localApart(a, b) && !placeApart(a, b) && !a.separate && !b.separate
}

// otherNamedKinds reports whether the counted phrases of two figures name
// their things with capitalised words and share none: "two Turkish
// officials" and "two Iraqi intelligence officials" count different
// officials (a row of fresh20's reading joined them), "57 Canadian
// citizens" and "63 Canadians" are not told apart here.
func otherNamedKinds(a, b numItem) bool {
	if a.n.Kind == nlp.NumOrdinal || b.n.Kind == nlp.NumOrdinal {
		return false // "second GOP debate", "second Republican debate": one position
	}
	if len(a.named) == 0 || len(b.named) == 0 {
		return false
	}
	for w := range a.named {
		if b.named[w] {
			return false
		}
	}
	return true
}

// namedWords returns the lower-cased capitalised words of a counted
// phrase ("Turkish officials": turkish).
func namedWords(counts string) map[string]bool {
	var out map[string]bool
	for _, w := range strings.Fields(counts) {
		w = strings.Trim(w, ".,;:'’\"“”()")
		if w == "" || !unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		w = strings.ToLower(w)
		if a, ok := partyNames[w]; ok {
			w = a
		}
		if len(w) > 3 {
			w = strings.TrimSuffix(w, "s") // "Yazidis", "Yazidi people"
		}
		out[w] = true
	}
	return out
}

// partyNames folds the names of one party ("16 GOP senators", "Sixteen
// Republican senators").
var partyNames = map[string]string{"gop": "republican", "republicans": "republican", "democratic": "democrat", "democrats": "democrat", "dems": "democrat"}
