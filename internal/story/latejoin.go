package story

// lateJoinNeed returns the score a and b need to be merged when one is a
// single straight report and the other an event of several reports that
// shares its participants (NamesMin): the score that report would need to
// join the event as an article (Threshold, plus UndatedMargin when it is
// undated and was not current news), rather than MergeThreshold. The
// report started an event of its own because the event it belongs to had
// not formed yet when it came (its other reports came later, or were
// split off another event); had it come after them, it would have joined
// on that score. Commentary and explainers (see Headline) are about a
// topic more than they report its happening: they keep to
// MergeThreshold, as do two single reports. ok is false when the rule
// does not apply.
func (c *Clusterer) lateJoinNeed(a, b *event) (need float64, ok bool) {
	one, other := a, b
	if len(one.members) != 1 {
		one, other = b, a
	}
	if len(one.members) != 1 || len(other.members) < 2 {
		return 0, false
	}
	m := one.members[0]
	if m.headline != News {
		return 0, false
	}
	if len(m.hv[kindNames]) > 0 && other.cent[kindNames].norm > 0 && other.cent[kindNames].cosine(m.hv[kindNames]) < c.cfg.NamesMin {
		return 0, false
	}
	need = c.cfg.Threshold
	if !m.dated && !m.current {
		need += c.cfg.UndatedMargin
	}
	return need, true
}
