package dedup

import "slices"

// passage is a stretch that two texts share: tiles in the same order in
// both, separated by gaps of at most Config.MaxGap words on either side.
type passage struct {
	aLo, aHi, bLo, bHi int // token ranges [lo, hi)
	matched            int // words matched one to one
	gaps               []gap
}

// gap is an unmatched stretch inside a passage: words of a replaced by words
// of b. One side is empty for a pure insertion or deletion.
type gap struct{ aLo, aHi, bLo, bHi int }

// passages joins tiles into passages, walking them in b order. Small gaps
// between tiles are aligned word by word (longest common subsequence) so
// that single shared words inside an edited stretch still count.
func passages(a, b []uint32, tiles []tile, maxGap int) []passage {
	ts := slices.Clone(tiles)
	slices.SortFunc(ts, func(x, y tile) int { return x.B - y.B })
	var out []passage
	for _, t := range ts {
		if n := len(out); n > 0 {
			p := &out[n-1]
			ga, gb := t.A-p.aHi, t.B-p.bHi
			if ga >= 0 && ga <= maxGap && gb >= 0 && gb <= maxGap {
				p.matched += alignGap(a[p.aHi:t.A], b[p.bHi:t.B], p.aHi, p.bHi, &p.gaps)
				p.aHi, p.bHi = t.A+t.N, t.B+t.N
				p.matched += t.N
				continue
			}
		}
		out = append(out, passage{aLo: t.A, aHi: t.A + t.N, bLo: t.B, bHi: t.B + t.N, matched: t.N})
	}
	return out
}

// alignGap aligns two short stretches by longest common subsequence, appends
// the unmatched stretches to gaps (offsets added) and returns the number of
// words matched.
func alignGap(a, b []uint32, offA, offB int, gaps *[]gap) int {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	// lcs[i][j] is the LCS length of a[i:] and b[j:].
	w := len(b) + 1
	lcs := make([]int, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	matched := 0
	i, j := 0, 0
	gi, gj := 0, 0 // start of the current unmatched stretch
	flush := func() {
		if gi < i || gj < j {
			*gaps = append(*gaps, gap{aLo: offA + gi, aHi: offA + i, bLo: offB + gj, bHi: offB + j})
		}
	}
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			flush()
			matched++
			i++
			j++
			gi, gj = i, j
		case lcs[(i+1)*w+j] >= lcs[i*w+j+1]:
			i++
		default:
			j++
		}
	}
	i, j = len(a), len(b)
	flush()
	return matched
}
