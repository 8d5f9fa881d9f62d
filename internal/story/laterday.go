package story

// laterDayMargin is how much more than its other margins the dated
// article p needs to join e when it tells of a later happening of the
// saga (see Config.LaterDayMargin): p is published after e's first day,
// its title or lead names a day of its own (its publication day or
// after, not a preview), and every day e's reports name is earlier. The
// saga's next happening (the manhunt the day after an attack, the
// Senate's passage the day after the House vote) is told as that day's
// news; a later report of e's happening names e's day.
func (c *Clusterer) laterDayMargin(p *prepared, e *event) float64 {
	if c.cfg.LaterDayMargin <= 0 || !p.doc.HasTime || !e.dated || !p.told || p.ahead {
		return 0
	}
	if p.pubDay <= e.firstDay || p.eday < p.pubDay || len(e.toldDays) == 0 {
		return 0
	}
	for d := range e.toldDays {
		if d >= p.eday {
			return 0
		}
	}
	return c.cfg.LaterDayMargin
}
