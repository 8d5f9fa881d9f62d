package story

// commentary reports whether a headline kind marks a piece that comments
// on a saga rather than reports a happening: a column, an editorial, an
// explainer, a question or a first-person piece (see classifyHeadline),
// or a piece its outlet marks as a column or an analysis (Marked).
func commentary(h Headline) bool {
	return h == Opinion || h == Explainer || h == Question || h == FirstPerson || h == Marked
}

// commentaryJoins is the decision of Config.CommentaryWords for p, whose
// score already reaches what it needs to join e: a commentary that does
// not name a day the event's reports name joins only when its words are
// at least CommentaryWords like e's, each word weighed by how few of the
// storyline's other events carry it (spreadCosine, as the specific-words
// check), whatever its score. specific is that likeness when it was
// measured, -1 otherwise.
func (c *Clusterer) commentaryJoins(p *prepared, e *event) (ok bool, specific float64) {
	if c.cfg.CommentaryWords <= 0 || !commentary(p.headline) {
		return true, -1
	}
	if p.doc.HasTime && p.told && e.toldDays[p.eday] > 0 {
		return true, -1 // it reports the happening's day
	}
	sw, on := c.spreadCosine(p, e, kindWords, 1)
	if !on {
		return true, -1
	}
	return sw >= c.cfg.CommentaryWords, sw
}
