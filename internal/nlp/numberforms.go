package nlp

import (
	"math"
	"strings"
)

// listMarker reports whether the numeral at k opens its sentence as an
// item marker of a list ("3) The plan…"): the writer's numbering, no
// quantity of anything.
func (r *numReader) listMarker(k int) bool {
	for j := r.a; j < k; j++ {
		if r.d.toks[j].Kind != KindPunct {
			return false
		}
	}
	c := r.tok(k + 1)
	if c == nil || c.Surface != ")" || c.Start != r.d.toks[k].End {
		return false
	}
	v, ok := parseNum(r.norm(k))
	return ok && v >= 1 && v <= 50 && v == math.Trunc(v) && !(k > r.a && r.norm(k-1) == "(")
}

// mixedFraction reads a fraction written after a whole number at end
// ("4 1/2 years"): the two are one quantity. It returns the fraction's
// value and the token after it.
func (r *numReader) mixedFraction(end int) (float64, int, bool) {
	n, s, d := r.tok(end), r.tok(end+1), r.tok(end+2)
	if n == nil || s == nil || d == nil || end+2 >= r.b || n.Kind != KindNumber || d.Kind != KindNumber || s.Surface != "/" ||
		n.End != s.Start || s.End != d.Start || n.Start == r.d.toks[end-1].End {
		return 0, end, false
	}
	a, oka := parseNum(n.Norm)
	b, okb := parseNum(d.Norm)
	if !oka || !okb || a < 1 || b < 2 || b > 16 || a >= b || a != math.Trunc(a) || b != math.Trunc(b) {
		return 0, end, false
	}
	return a / b, end + 3, true
}

// ageSaid reports whether the whole number v at k (ending at end) is a
// person's age by the way news writing gives one beside a name or a
// pronoun: "ages 40 and 44" (both), "Ana Ruiz, now 31,", "Ruiz is now
// 31", "and is 31 now", "Ana Ruiz (31)", "She was 31.", "who is only
// 31", "the ages of 18 and 22".
func (r *numReader) ageSaid(k, end int, v float64) bool {
	if v < 1 || v > 115 || v != math.Trunc(v) || end != k+1 {
		return false
	}
	name := func(i int) bool {
		p := r.tok(i)
		return p != nil && i >= r.a && p.Kind == KindWord && p.is(fCap) && !p.Stop && !r.d.l.stop[p.Norm] && r.d.l.months[p.Norm] == 0
	}
	stop := func(i int) bool { return i >= r.b || r.norm(i) == "." || r.norm(i) == "," || r.norm(i) == ";" }
	p1, p2 := r.norm(k-1), r.norm(k-2)
	switch {
	case p1 == "ages":
		return true
	case p1 == "and" && r.tok(k-2) != nil && r.tok(k-2).Kind == KindNumber && (r.norm(k-3) == "ages" || r.norm(k-3) == "aged"):
		return true
	case p1 == "now" && p2 == "," && name(k-3) && r.norm(end) == ",":
		return true
	case p1 == "now" && p2 == "is" && name(k-3) && stop(end):
		return true
	case p1 == "is" && r.norm(end) == "now" && stop(end+1):
		return true
	case p1 == "(" && name(k-2) && name(k-3) && r.d.l.firstNames[r.norm(k-3)] != 0 && r.norm(end) == ")" && !strings.Contains(r.norm(k), "."):
		return true // a given name and a surname before it: "Ana Ruiz (31)", not "Ohio (31)"
	case (p1 == "is" || p1 == "was") && (p2 == "he" || p2 == "she") && (end >= r.b || r.norm(end) == "." && end+1 >= r.b):
		return true
	case (p1 == "is" || p1 == "was") && p2 == "who" && (stop(end) || r.norm(end) == ","):
		return true // "Ana Ruiz, who is 31, said"
	case (p1 == "only" || p1 == "just" || p1 == "now") && (p2 == "is" || p2 == "was") && r.norm(k-3) == "who" && (stop(end) || r.norm(end) == ","):
		return true // "Ana Ruiz, who is only 31,"
	case p1 == "of" && p2 == "ages":
		return true // "between the ages of 18 and 22"
	case p1 == "and" && r.tok(k-2) != nil && r.tok(k-2).Kind == KindNumber && r.norm(k-3) == "of" && r.norm(k-4) == "ages":
		return true
	}
	return false
}

// namedOrdinal reports whether the ordinal in digits at k opens a name:
// a capitalised word of the body follows it ("the 5th Circuit", "the
// 82nd Airborne", "the 467th Combat Support Group"), which is no title a
// rank is told of ("the 45th President"). A headline capitalises its
// words, so its ordinals are read as ever.
func (r *numReader) namedOrdinal(k int) bool {
	t, nx := r.tok(k), r.tok(k+1)
	if t == nil || nx == nil || t.para == TitlePara || nx.Kind != KindWord || !nx.is(fCap) {
		return false
	}
	if (nx.Stop || r.d.l.stop[nx.Norm]) && !(nx.is(fUpper) && len(nx.Surface) > 1) {
		return false // "the 5th of May"; "the 5th US Circuit" is a name
	}
	return r.d.l.months[nx.Norm] == 0 && !rankTitles[nx.Norm]
}

// rankTitles are the capitalised nouns an ordinal ranks: "the 45th
// President", "its 50th Anniversary".
var rankTitles = map[string]bool{"president": true, "prime": true, "chancellor": true, "secretary": true, "anniversary": true,
	"birthday": true, "chief": true, "governor": true, "mayor": true, "speaker": true, "pope": true,
	"democratic": true, "republican": true, "gop": true, "democrat": true} // "the 5th Democratic debate"

// yearRangeEnd reports whether the two-digit numeral at k ends a span
// of years after a dash: "the 1954–94 period", "1998-99": no count.
func (r *numReader) yearRangeEnd(k int) bool {
	d := r.norm(k - 1)
	return len(r.norm(k)) == 2 && (d == "\u2013" || d == "-") && isYear(r.norm(k-2)) && r.monthNear(k) == 0 // "2013 – 30 March 2017" is a date
}
