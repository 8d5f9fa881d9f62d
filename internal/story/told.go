package story

// toldBonus is how much below the threshold the score of the dated
// article p may be to join e: Config.ToldBonus when its title or lead
// names a day (see eventDay) that a report of e names too, else 0.
func (c *Clusterer) toldBonus(p *prepared, e *event) float64 {
	if c.cfg.ToldBonus <= 0 || !p.doc.HasTime || !p.told || e.toldDays[p.eday] == 0 {
		return 0
	}
	return c.cfg.ToldBonus
}

// nextDayMargin is how much above the threshold the score r of the dated
// article p must be to join e when p is published after e's first day
// (see Config.NextDayMargin): 0 when its title or lead names a day a
// report of e names too, or when its figures are at least
// Config.NextDayNumbers like the event's.
func (c *Clusterer) nextDayMargin(p *prepared, e *event, r *scored) float64 {
	if c.cfg.NextDayMargin <= 0 || !p.doc.HasTime || !e.dated || p.pubDay <= e.firstDay {
		return 0
	}
	if p.told && e.toldDays[p.eday] > 0 {
		return 0
	}
	if c.cfg.NextDayNumbers > 0 && r.parts[kindNumbers] >= c.cfg.NextDayNumbers {
		return 0
	}
	return c.cfg.NextDayMargin
}
