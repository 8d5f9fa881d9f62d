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
// measured, -1 otherwise. In a storyline too young for that weighing, a
// column joins unless its title and lead are both less than
// CommentaryHead like e's (r holds them; see youngCommentaryJoins).
func (c *Clusterer) commentaryJoins(p *prepared, e *event, r *scored) (ok bool, specific float64) {
	if c.cfg.CommentaryWords <= 0 || !commentary(p.headline) {
		return true, -1
	}
	if p.doc.HasTime && p.told && e.toldDays[p.eday] > 0 {
		return true, -1 // it reports the happening's day
	}
	sw, on := c.spreadCosine(p, e, kindWords, 1)
	if !on {
		return c.youngCommentaryJoins(p, r), -1
	}
	return sw >= c.cfg.CommentaryWords, sw
}

// youngCommentaryJoins is the decision of Config.CommentaryHead for a
// column (p's headline kind Opinion or Marked) that names no day of e's
// reports, in a storyline too young to weigh the saga's words out: it
// joins unless both its title and its lead are less than CommentaryHead
// like e's (the plain cosines r holds). A column on the happening shares
// its headline's words; one on the saga at large shares its names and
// words in the body only. Explainers, questions and first-person pieces
// are left alone: takeaways and guides of the happening belong to its
// event by the labelling conventions. True when either part was not
// measured (no title or no lead on one side).
func (c *Clusterer) youngCommentaryJoins(p *prepared, r *scored) bool {
	if p.headline != Opinion && p.headline != Marked {
		return true
	}
	if c.cfg.CommentaryHead <= 0 || !r.has[kindTitle] || !r.has[kindLead] {
		return true
	}
	return r.parts[kindTitle] >= c.cfg.CommentaryHead || r.parts[kindLead] >= c.cfg.CommentaryHead
}

// columnLine returns p's best candidate (serial bestSerial, score r)
// when p reached that event's need and only CommentaryHead kept it out (a
// column on a young storyline's saga, see youngCommentaryJoins), else
// nil. Such a column starts its own event but is still a piece of that
// saga: it threads the candidate's storyline (and saga) rather than one
// the storyline scorer picks.
func (c *Clusterer) columnLine(p *prepared, bestSerial int64, r *scored, threshold float64) *event {
	if bestSerial < 0 || c.cfg.CommentaryHead <= 0 {
		return nil
	}
	e := c.events[bestSerial]
	if r.score < c.need(p, e, r, threshold) {
		return nil
	}
	// commentaryJoins refuses with specific -1 only by CommentaryHead.
	if ok, sw := c.commentaryJoins(p, e, r); ok || sw >= 0 {
		return nil
	}
	return e
}
