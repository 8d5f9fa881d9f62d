package story

// commentary reports whether a headline kind marks a piece that comments
// on a saga rather than reports a happening: a column, an editorial, an
// explainer, a question or a first-person piece (see classifyHeadline),
// or a piece its outlet marks as a column or an analysis (Marked).
func commentary(h Headline) bool {
	return h == Opinion || h == Explainer || h == Question || h == FirstPerson || h == Marked
}

// commentaryJoins is the decision of Config.CommentaryWords for p, whose
// score already reaches what it needs to join e: a commentary (or a
// report joining an event of saga columns, read as a column: see
// checkedKind) that does not name a day the event's reports name joins
// only when its words are at least CommentaryWords like e's, each word
// weighed by how few of the storyline's other events carry it
// (spreadCosine, as the specific-words check), whatever its score.
// specific is that likeness when it was measured, -1 otherwise. In a
// storyline too young for that weighing, a column joins unless its title
// and lead are both less than CommentaryHead like e's (r holds them; see
// youngCommentaryJoins).
func (c *Clusterer) commentaryJoins(p *prepared, e *event, r *scored) (ok bool, specific float64) {
	if c.cfg.CommentaryWords <= 0 {
		return true, -1
	}
	h := c.checkedKind(p, e) // after the cheap test: it may walk e's members
	if !commentary(h) {
		return true, -1
	}
	if p.doc.HasTime && p.told && e.toldDays[p.eday] > 0 {
		return true, -1 // it reports the happening's day
	}
	sw, on := c.spreadCosine(p, e, kindWords, 1)
	if !on {
		return c.youngCommentaryJoins(h, r), -1
	}
	return sw >= c.cfg.CommentaryWords, sw
}

// checkedKind is the headline kind the column checks read for p joining
// e: p's own, or Opinion when p is no commentary and e holds only saga
// columns (see sagaColumns, Config.SagaColumns): a report joins such an
// event only as a column on its saga would.
func (c *Clusterer) checkedKind(p *prepared, e *event) Headline {
	if c.cfg.SagaColumns && !commentary(p.headline) && sagaColumns(e) {
		return Opinion
	}
	return p.headline
}

// sagaColumns reports whether every member of e is a column (headline
// kind Opinion or Marked, or styled by its voice) whose title and lead
// report no happening: none tells an act of the act lexicon (actsOf)
// and none names a day (told). A column whose head tells what happened
// or when ("Ostrova Wins the Runoff", "Thursday's vote was a warning")
// reports that happening as its event's reports do; one that tells
// neither comments on the saga, and the event it started is no
// happening's for a report to join on the saga's words. Cost: a walk of
// e's members that stops at the first one that is no saga column, paid
// (with CommentaryWords on) for each article of the stream that is no
// commentary and scores its best candidate e at its need (joins; again
// in columnLine when it did not join); for a commentary checkedKind does
// not call it.
func sagaColumns(e *event) bool {
	if len(e.members) == 0 {
		return false
	}
	for _, m := range e.members {
		if m.headline != Opinion && m.headline != Marked && !m.styled {
			return false
		}
		if m.acts != 0 || m.told {
			return false
		}
	}
	return true
}

// youngCommentaryJoins is the decision of Config.CommentaryHead for a
// column (headline kind h Opinion or Marked) that names no day of e's
// reports, in a storyline too young to weigh the saga's words out: it
// joins unless both its title and its lead are less than CommentaryHead
// like e's (the plain cosines r holds). A column on the happening shares
// its headline's words; one on the saga at large shares its names and
// words in the body only. Explainers, questions and first-person pieces
// are left alone: takeaways and guides of the happening belong to its
// event by the labelling conventions. True when either part was not
// measured (no title or no lead on one side).
func (c *Clusterer) youngCommentaryJoins(h Headline, r *scored) bool {
	if h != Opinion && h != Marked {
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
// nil. Such a column (or a report kept out of an event of saga columns,
// see checkedKind) starts its own event but is still a piece of that
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
