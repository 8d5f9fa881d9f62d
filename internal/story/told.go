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
