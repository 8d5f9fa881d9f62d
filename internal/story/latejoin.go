package story

// lateReports is the most articles an event may hold to merge with a
// larger one on the score its articles would need to join it (see
// lateJoinNeed).
const lateReports = 2

// lateJoinNeed returns the score a and b need to be merged when the
// smaller is one or two straight reports and the larger an event of more
// reports that shares their participants (NamesMin): the score those
// reports would need to join it as articles (Threshold, plus
// UndatedMargin when one is undated and was not current news), rather
// than MergeThreshold. Such reports started an event of their own
// because the event they belong to had not formed yet when they came
// (its other reports came later, or were split off another event); had
// they come after them, they would have joined on that score.
// Commentary and explainers (see Headline) are about a topic more than
// they report its happening: an event holding one keeps to
// MergeThreshold, as do two events of one report each. ok is false when
// the rule does not apply.
func (c *Clusterer) lateJoinNeed(a, b *event) (need float64, ok bool) {
	few, more := a, b
	if len(few.members) > len(more.members) {
		few, more = b, a
	}
	if len(few.members) > lateReports || len(more.members) <= len(few.members) || len(more.members) < 2 {
		return 0, false
	}
	need = c.cfg.Threshold
	for _, m := range few.members {
		if m.headline != News {
			return 0, false
		}
		if len(m.hv[kindNames]) > 0 && more.cent[kindNames].norm > 0 && more.cent[kindNames].cosine(m.hv[kindNames]) < c.cfg.NamesMin {
			return 0, false
		}
		if !m.dated && !m.current {
			need = c.cfg.Threshold + c.cfg.UndatedMargin
		}
	}
	return need, true
}
