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
// 31", "and is 31 now", "Ana Ruiz (31)", "She was 31."
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
	}
	return false
}
