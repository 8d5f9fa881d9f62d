package story

// The time evidence of undated articles. An undated article has a time
// only when it was current news when it came (see Doc.Added): the day it
// was added. An event's time evidence is the publication days of its
// dated articles and the days its current undated articles were added;
// an undated article joins an event only when that evidence and its own
// fit within UndatedSpan days together, so it never stretches an event.
// An undated article with no time at all (an archive imported late) has
// nothing to fit: it joins only events of undated articles, and those
// stay small (UndatedMax) once the stream has dated articles, as no date
// tells a year-long saga from one happening. For the same reason such an
// event holds at most one article of each outlet: an outlet's two undated
// reports of a saga are far more often two of its days (a storm's landfall
// and its floods, a report proposed and then released) than two accounts
// of one happening, while two outlets' reports that read alike mostly
// tell one. Undated articles never set an event's dates (see
// event.extendTime).

// daySpan is a span of days; the zero value is empty.
type daySpan struct {
	lo, hi int32
	ok     bool
}

// with returns s widened to include day d.
func (s daySpan) with(d int32) daySpan {
	switch {
	case !s.ok:
		return daySpan{d, d, true}
	case d < s.lo:
		s.lo = d
	case d > s.hi:
		s.hi = d
	}
	return s
}

// union returns the span that covers s and o.
func (s daySpan) union(o daySpan) daySpan {
	if !o.ok {
		return s
	}
	return s.with(o.lo).with(o.hi)
}

// days is the length of s in days (0 when empty).
func (s daySpan) days() float64 {
	if !s.ok {
		return 0
	}
	return float64(s.hi - s.lo)
}

// evidence returns the span of e's time evidence: the publication days
// of its dated articles and the days its current undated articles were
// added (those resumed from a state that did not keep that day count for
// nothing).
func (e *event) evidence() daySpan {
	var s daySpan
	if e.dated {
		s = s.with(dayOf(e.first)).with(dayOf(e.last))
	}
	for _, m := range e.members {
		if !m.dated && m.current && m.pubDay != 0 {
			s = s.with(m.pubDay)
		}
	}
	return s
}

// allCurrent reports whether every undated member of e is current news.
func (e *event) allCurrent() bool {
	for _, m := range e.members {
		if !m.dated && !m.current {
			return false
		}
	}
	return true
}

// hasUndated reports whether e holds an undated article.
func (e *event) hasUndated() bool {
	for _, m := range e.members {
		if !m.dated {
			return true
		}
	}
	return false
}

// undatedJoins reports whether the undated article p may join e as far
// as time tells: a current article an event whose evidence it fits
// within UndatedSpan days; an article with no time (or any article, an
// event holding one) only an event of undated articles that is still
// smaller than UndatedMax and holds no article of its outlet.
func (c *Clusterer) undatedJoins(p *prepared, e *event) bool {
	if e.dated && (!p.current || e.spanDays() > c.cfg.UndatedSpan) {
		return false
	}
	if p.current && (e.dated || e.allCurrent()) {
		return e.evidence().with(p.pubDay).days() <= c.cfg.UndatedSpan
	}
	if !c.boundsUndated() {
		return true
	}
	return len(e.members) < c.cfg.UndatedMax && (p.doc.Outlet == "" || e.outlets[p.doc.Outlet] == 0)
}

// undatedMargin is what an undated article with no time needs above
// Threshold to join an event (and two events holding one above
// MergeThreshold to merge): UndatedMargin once the stream has a dated
// article, none in a stream with no date at all, where content is all
// there is to group by.
func (c *Clusterer) undatedMargin() float64 {
	if c.clock.IsZero() {
		return 0
	}
	return c.cfg.UndatedMargin
}

// boundsUndated reports whether events of undated articles with no time
// are held to UndatedMax: once the stream has a dated article. In a stream
// with no date at all (an undated archive on its own) content is all
// there is to group by, and events are bounded by content alone.
func (c *Clusterer) boundsUndated() bool {
	return c.cfg.UndatedMax > 0 && !c.clock.IsZero()
}

// datedJoinsUndated reports whether the dated article p may join e, an
// event of undated articles only: when every one was current news, added
// within UndatedSpan days of p's publication (p gives the event its time).
func (c *Clusterer) datedJoinsUndated(p *prepared, e *event) bool {
	return e.allCurrent() && e.evidence().with(p.pubDay).days() <= c.cfg.UndatedSpan
}

// undatedPairFits reports whether events a and b, one of which at least
// holds an undated article, may be one event as far as time tells: when
// both have time evidence (dated articles, or only current undated ones),
// it fits within UndatedSpan days together; when either is all undated
// with an article of no time, neither is dated and together they hold at
// most UndatedMax articles (when sized: a split's parts are not held to
// it) and no outlet twice.
func (c *Clusterer) undatedPairFits(a, b *event, sized bool) bool {
	if (a.dated || a.allCurrent()) && (b.dated || b.allCurrent()) {
		return a.evidence().union(b.evidence()).days() <= c.cfg.UndatedSpan
	}
	if a.dated || b.dated {
		return false
	}
	if !c.boundsUndated() {
		return true
	}
	return (!sized || len(a.members)+len(b.members) <= c.cfg.UndatedMax) && !sharesOutlet(a, b)
}

// sharesOutlet reports whether events a and b hold articles of one named
// outlet.
func sharesOutlet(a, b *event) bool {
	if len(b.outlets) < len(a.outlets) {
		a, b = b, a
	}
	for o, n := range a.outlets {
		if o != "" && n > 0 && b.outlets[o] > 0 {
			return true
		}
	}
	return false
}
