package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// This file reads figures that are no quantity
// (court citations), words that are no counted noun ("three apiece", "24
// split to the winners"), and the parts of a breakdown whose noun stands
// with the whole before them ("42 delegates ... — 15 to the statewide
// winner and 24 to the districts").

// reporterWords are the abbreviations of law reports that stand between a
// volume and a page number ("347 U.S. 483", "130 S.Ct. 3020", "12 F.3d
// 45"); "U.S." is also the country, so it marks a citation only before a
// page number or "at" (citationFigure).
var reporterWords = map[string]bool{"U.S.": true, "S.Ct": true, "S.Ct.": true, "S. Ct.": true, "F.2d": true, "F.3d": true, "F.4th": true,
	"L.Ed": true, "L.Ed.": true, "L.Ed.2d": true, "U.S.C.": true, "U.S.C": true}

// reporterAt reports whether the token at i is a law report's
// abbreviation: one of reporterWords, "U.S." only before a number or
// "at", or "F" "." "Supp".
func reporterAt(ts []nlp.Token, i int) bool {
	if i < 0 || i >= len(ts) {
		return false
	}
	switch s := ts[i].Surface; {
	case s == "U.S.":
		return i+1 < len(ts) && (ts[i+1].Kind == nlp.KindNumber || ts[i+1].Norm == "at")
	case reporterWords[s]:
		return true
	case s == "F":
		return i+2 < len(ts) && ts[i+1].Surface == "." && ts[i+2].Norm == "supp"
	}
	return false
}

// citationFigure reports whether the figure at tokens first..last is part
// of a court citation, not a quantity (read56 found volumes of the U.S.
// Reports as rows labelled "U.S."): a volume before a report's
// abbreviation, a page after it ("U.S. 483", "U.S. at 612"), or a pinpoint
// page after such a page and a comma ("570, 628–29").
func citationFigure(ts []nlp.Token, first, last int) bool {
	if reporterAt(ts, last+1) {
		return true
	}
	page := func(i int) bool { // token i is a number right after a report
		if i < 0 || ts[i].Kind != nlp.KindNumber {
			return false
		}
		if i >= 1 && reporterAt(ts, i-1) {
			return true
		}
		return i >= 2 && ts[i-1].Norm == "at" && reporterAt(ts, i-2)
	}
	if page(first) {
		return true
	}
	return first >= 2 && ts[first-1].Surface == "," && page(first-2)
}

// nonNounCounts are words the reader may take for a counted noun that
// count nothing: an adverb or a verb right after the figure ("three
// apiece", "24 split to the winners", "200,000 live in the state").
var nonNounCounts = map[string]bool{"apiece": true, "each": true, "split": true, "live": true, "lived": true, "going": true, "wrong": true}

// countsNothing reports whether number n says no counted noun: a plain
// count with no unit and no counted phrase, or one that is a word of
// nonNounCounts.
func countsNothing(n nlp.Number) bool {
	return n.Kind == nlp.NumCount && n.Unit == "" && (n.Counts == "" || nonNounCounts[strings.ToLower(n.Counts)])
}

// breakdownWords open the parts of a whole just counted: "42 delegates —
// 15 to the winner and 24 to the districts", "86 delegates: 57 ... and
// 29 ...".
var breakdownWords = map[string]bool{"—": true, "–": true, ":": true}

// partOpeners may stand right before a part of a breakdown ("— 15 to the
// winner and then 24 to the districts"); a figure after a verb is the
// object of another act ("– the month the sector had shaved 22,000").
var partOpeners = map[string]bool{"—": true, "–": true, ":": true, ",": true, "and": true, "then": true, "plus": true, "with": true}

// wholeNoun returns the whole whose counted noun number n (a plain count
// at tokens first..last of sentence s, whose numbers are nums) takes, counted before it in
// its sentence, when n is a part of a breakdown of that whole: the
// figure stands right after a dash, a comma or a joining word
// (partOpeners), the nearest earlier figure that counts a noun is a plain
// count larger than n, a dash or a colon stands between the two, and every figure between
// is itself a plain count smaller than the whole (the breakdown's earlier
// parts). It returns false otherwise. Read56 found "15 to the statewide
// winner" after "42 delegates ... —" in no row, and "24 split to the
// winners" labelled "split".
func wholeNoun(nums []nlp.Number, s nlp.Sentence, n nlp.Number, first int) (nlp.Number, bool) {
	if !countsNothing(n) || n.Value < 2 || first == 0 || !partOpeners[s.Tokens[first-1].Norm] {
		return nlp.Number{}, false
	}
	var whole *nlp.Number
	wholeLast := -1
	for k := len(nums) - 1; k >= 0; k-- {
		m := nums[k]
		if m.Sentence != n.Sentence || m.Para != n.Para || m.Start >= n.Start || m.Kind == nlp.NumDate {
			continue
		}
		mf, ml := numberTokens(s, m)
		if mf < 0 || ml >= first {
			continue
		}
		if countsNothing(m) {
			if whole == nil {
				continue // an earlier part; the whole lies further back
			}
			break
		}
		if whole == nil || ml > wholeLast {
			mm := m
			whole, wholeLast = &mm, ml
		}
	}
	if whole == nil || whole.Kind != nlp.NumCount || whole.Unit != "" || whole.Value <= n.Value || whole.Approx {
		return nlp.Number{}, false
	}
	// The counted noun of the whole must be a plural noun phrase of words
	// ("delegates", "pledged delegates"), no figure of its own.
	counts := whole.Counts
	if counts == "" || !strings.HasSuffix(counts, "s") || strings.ContainsAny(counts, "0123456789") || nonNounCounts[strings.ToLower(counts)] {
		return nlp.Number{}, false
	}
	// Every figure between the whole and n is a part smaller than the
	// whole, and a dash or colon opens the breakdown.
	opened := false
	for i := wholeLast + 1; i < first; i++ {
		t := s.Tokens[i]
		if breakdownWords[t.Surface] {
			opened = true
		}
		if t.Surface == "." || t.Surface == ";" || t.Surface == "?" {
			return nlp.Number{}, false
		}
	}
	if !opened {
		return nlp.Number{}, false
	}
	for _, m := range nums {
		if m.Sentence != n.Sentence || m.Para != n.Para || m.Start <= whole.Start || m.Start >= n.Start || m.Kind == nlp.NumDate {
			continue
		}
		if !countsNothing(m) || m.Value >= whole.Value {
			return nlp.Number{}, false
		}
	}
	return *whole, true
}

// partWords returns the content stems of the words that say which part
// of a breakdown the figure ending at token last of s counts: the words
// after it up to the next punctuation, figure or joining word ("15 to
// the statewide winner and …" gives statewide, winner).
func partWords(s nlp.Sentence, last int) map[string]bool {
	ws := map[string]bool{}
	for i := last + 1; i < len(s.Tokens); i++ {
		t := s.Tokens[i]
		if t.Kind == nlp.KindNumber || clauseBreak(t) || t.Norm == "and" || t.Norm == "then" || t.Norm == "plus" || t.Norm == "while" {
			break
		}
		if content(t) && !genericCount[t.Norm] {
			ws[t.Stem] = true
		}
	}
	return ws
}

// breakdownPair reports whether two figures of different articles, one
// of them a part of a breakdown (wholeNoun), count one part: the same
// counted thing, kind and unit, and every word that names the part
// (partWords, two at least) in the other's sentence, which counts no part
// of its own ("15 to the statewide winner" after "42 delegates —", and
// "The statewide winner gets 18 delegates"). Read56 found the two in no
// row: the part's sentence counts the whole and the other parts too
// (varies), and the two sentences share only the part's words.
func breakdownPair(a, b numItem) bool {
	if !a.breakdown && !b.breakdown || a.thing == "" || a.thing != b.thing || a.n.Kind != b.n.Kind || a.n.Unit != b.n.Unit {
		return false
	}
	for _, p := range [2][2]numItem{{a, b}, {b, a}} {
		x, y := p[0], p[1]
		if !x.breakdown {
			continue
		}
		if len(x.parts) < 2 || y.part || x.clauseProjected || y.clauseProjected {
			return false
		}
		for w := range x.parts {
			if !y.words[w] {
				return false
			}
		}
		if y.breakdown {
			continue // both parts: each must name the other's part
		}
		return true
	}
	return true
}

// joinable reports whether two figures of different articles may share a
// row: one value (rowValue), one quantity (sameQuantity), one tally or
// one sum (specificSum);
// a part of a breakdown only with its value or the same part
// (breakdownPair).
func joinable(a, b numItem) bool {
	if smallSetsApart(a, b) {
		return false // two sets of one noun (smallsets.go)
	}
	if a.breakdown || b.breakdown {
		return breakdownPair(a, b) || rowValue(a, b)
	}
	return rowValue(a, b) || sameQuantity(a, b) || sameTally(a, b) || sameExactTally(a, b) || specificSum(a, b) || sameCeiling(a, b) ||
		tallyEnd(a, b) || tallyEnd(b, a) || sameCourtSum(a, b)
}

// numbersBySentence returns the numbers of an by sentence, each sentence's
// in the order of an.Numbers: a figure's neighbours without a scan of the
// whole article for each figure (review57c: wholeNoun did, quadratic in a
// long article's figures).
func numbersBySentence(an *nlp.Analysis) [][]nlp.Number {
	out := make([][]nlp.Number, len(an.Sentences))
	for _, m := range an.Numbers {
		if m.Sentence >= 0 && m.Sentence < len(out) {
			out[m.Sentence] = append(out[m.Sentence], m)
		}
	}
	return out
}
