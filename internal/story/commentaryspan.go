package story

// Commentary and an event's time (Config.CommentaryTime): a column,
// editorial, explainer, question or first-person piece (see commentary)
// is written around a happening, often a day or two before or after its
// reports, so like an undated article it does not define when its event
// happened. The event's first day (MaxSpan) and its publication span
// (MaxPubSpan) count only its other dated members, while it has any;
// an event of commentary alone keeps all its members' days.

// newsTime holds the days of an event's dated members that are not
// commentary (see count): the days they report on, the days their
// publication spans start on (member.spanStart) and their publication
// days.
type newsTime struct {
	days, starts, pubs map[int32]int
}

// countNews adds (n = 1) or removes (n = -1) dated member m's days to the
// event's news days when m is not commentary.
func (e *event) countNews(m *member, n int) {
	if !m.dated || commentary(m.headline) {
		return
	}
	if e.news.days == nil {
		e.news.days, e.news.starts, e.news.pubs = map[int32]int{}, map[int32]int{}, map[int32]int{}
	}
	bump(e.news.days, m.eday, n)
	bump(e.news.starts, m.spanStart(), n)
	bump(e.news.pubs, m.pubDay, n)
}

// bump adds n to h[d], deleting the day when its count falls to zero.
func bump(h map[int32]int, d int32, n int) {
	h[d] += n
	if h[d] <= 0 {
		delete(h, d)
	}
}

// lastOf returns the latest day of a histogram.
func lastOf(days map[int32]int) int32 {
	last, ok := int32(0), false
	for d := range days {
		if !ok || d > last {
			last, ok = d, true
		}
	}
	return last
}

// timeFirstDay is the event's first day for MaxSpan: that of its members
// other than commentary when CommentaryTime is on and it has such dated
// members, else e.firstDay.
func (c *Clusterer) timeFirstDay(e *event) int32 {
	if c.cfg.CommentaryTime && len(e.news.days) > 0 {
		return firstOf(e.news.days)
	}
	return e.firstDay
}

// pubSpan is the first and last day of the event's publication span for
// MaxPubSpan, counted as timeFirstDay counts.
func (c *Clusterer) pubSpan(e *event) (first, last int32) {
	if c.cfg.CommentaryTime && len(e.news.starts) > 0 {
		return firstOf(e.news.starts), lastOf(e.news.pubs)
	}
	return e.pubStart, dayOf(e.last)
}
