package story

// Commentary that seeds an event (Config.CommentarySeed): a column,
// editorial, explainer, question or first-person piece (see commentary)
// that the columns rule kept out of its event, or that came before any
// report, starts an event of its own. When the next day's reports of a
// happening join it, its publication day would start the event's
// publication span, and a report a day after them would find the event
// shut by MaxPubSpan and start a second event of the same happening (the
// DACA pair of the session 50 draw, SAMPLING.md). So the commentary at
// the head of an event, before its first member that is not commentary,
// leaves the publication span to the members from that one on, once there
// are dated ones among them; an event of commentary alone keeps its days.
// Commentary that joins after a report counts as any member does, and
// the event's first day for MaxSpan and the next-day margin are left as
// they are.

// newsSpan holds the publication-span starts (member.spanStart) of an
// event's dated members from its first member that is not commentary on,
// in the order members were added (see countNews).
type newsSpan struct {
	started bool          // a member that is not commentary was counted
	starts  map[int32]int // spanStart of the dated members counted since
}

// countNews counts member m, just added after the event's other members,
// in e.news. Members are only ever added at the end (add, absorb) or all
// counted again in order (rebuild, readEvent), so the commentary at the
// head of e.members is the commentary that seeded the event.
func (e *event) countNews(m *member) {
	if !e.news.started {
		if commentary(m.headline) {
			return
		}
		e.news.started = true
	}
	if !m.dated {
		return
	}
	if e.news.starts == nil {
		e.news.starts = map[int32]int{}
	}
	e.news.starts[m.spanStart()]++
}

// spanStart is the first day of e's publication span for MaxPubSpan:
// that of its members from the first that is not commentary on, when
// Config.CommentarySeed is on and some of them are dated, else e.pubStart.
func (c *Clusterer) spanStart(e *event) int32 {
	if c.cfg.CommentarySeed && len(e.news.starts) > 0 {
		return firstOf(e.news.starts)
	}
	return e.pubStart
}
