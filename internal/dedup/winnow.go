package dedup

import "slices"

// winnow selects fingerprints from a sequence of shingle hashes (Schleimer,
// Wilkerson and Aiken, 2003): in every window of w consecutive hashes the
// smallest (the rightmost on ties) is kept. Any run of w shared shingles thus
// yields a shared fingerprint. The result is sorted and free of repeats.
func winnow(sh []uint64, w int) []uint64 {
	if len(sh) == 0 {
		return nil
	}
	if w < 1 {
		w = 1
	}
	if len(sh) <= w {
		return []uint64{slices.Min(sh)}
	}
	out := make([]uint64, 0, 2*len(sh)/(w+1)+1)
	last := -1
	for start := 0; start+w <= len(sh); start++ {
		best := start
		if last >= start {
			// the previous minimum is still in the window: compare with the
			// one new hash only.
			best = last
			if sh[start+w-1] <= sh[best] {
				best = start + w - 1
			}
		} else {
			for i := start + 1; i < start+w; i++ {
				if sh[i] <= sh[best] {
					best = i
				}
			}
		}
		if best != last {
			out = append(out, sh[best])
			last = best
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
