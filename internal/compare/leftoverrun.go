package compare

// maxLeftoverRun is the longest run of words an edit may leave behind
// (see dropLeftoverRun); maxLeftoverGap the most words between the run
// and its copy.
const (
	maxLeftoverRun = 3
	maxLeftoverGap = 2
)

// dropLeftoverRun drops one copy of a run of two or three words that ks
// gives twice with one or two words between ("may have a possibly have
// a grave effect") where other gives it once with the same words around
// it ("may have a possibly grave effect"): the leftover of an edit in
// one paper's copy, a slip of the keyboard that adds no word the speaker
// said. It drops the copy whose removal makes the words around it a run
// of other, and only when other does not give the same stretch (the
// run, the words between, the run again); a run said again by the
// speaker, which other keeps too, stays. It reports whether it dropped
// any.
func dropLeftoverRun(ks []string, gap []bool, other []string) ([]string, []bool, bool) {
	for i := range ks {
		for m := maxLeftoverRun; m >= 2; m-- {
			for d := 1; d <= maxLeftoverGap; d++ {
				j := i + m + d // where the copy starts
				if j+m > len(ks) || !equal(ks[i:i+m], ks[j:j+m]) || gapIn(gap, i, j+m-1) {
					continue
				}
				if containsRun(other, ks[i:j+m]) {
					continue // the other version gives it twice too
				}
				// The copy goes: the words before it and the word after
				// it must be a run of other.
				if j+m < len(ks) && containsRun(other, joinRuns(ks[i:j], ks[j+m:j+m+1])) {
					return cutRun(ks, gap, j, j+m)
				}
				// The first goes: the word before it and the words up
				// to the copy's end must be a run of other.
				if i > 0 && containsRun(other, joinRuns(ks[i-1:i], ks[i+m:j+m])) {
					return cutRun(ks, gap, i, i+m)
				}
			}
		}
	}
	return ks, gap, false
}

// joinRuns returns a new slice of a's words followed by b's.
func joinRuns(a, b []string) []string {
	return append(append(make([]string, 0, len(a)+len(b)), a...), b...)
}

// cutRun returns ks and gap without the words from lo up to hi, in new
// slices, and true.
func cutRun(ks []string, gap []bool, lo, hi int) ([]string, []bool, bool) {
	out := joinRuns(ks[:lo], ks[hi:])
	og := append(append(make([]bool, 0, len(out)), gap[:lo]...), gap[hi:]...)
	return out, og, true
}
