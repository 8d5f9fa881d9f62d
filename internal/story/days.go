package story

// newDayFactor is the factor of Config.NewDayFactor for an article of whose
// publication day an event's representatives hold same, while other days
// hold cross: an article that would be the first of its day in the event,
// or join the few of its day, pays it.
func (cfg *Config) newDayFactor(same, cross int) float64 {
	if cfg.NewDayFactor <= 0 || cross == 0 || same >= cross {
		return 1
	}
	return cfg.NewDayFactor
}

// daysApartFactor is Config.NewDayFactor when the publication days of the
// dated members of a and b overlap by half or less (the share of a's
// members and of b's published on a day, the smaller of the two, summed
// over the days), else 1: two events of different days merge only on
// stronger evidence than two events of one day.
func (c *Clusterer) daysApartFactor(a, b *event) float64 {
	f := c.cfg.NewDayFactor
	if f <= 0 || f >= 1 {
		return 1
	}
	na, nb := datedCount(a), datedCount(b)
	if na == 0 || nb == 0 {
		return 1
	}
	var overlap float64
	seen := make(map[int32]bool, 4)
	for _, x := range a.members {
		if !x.dated || seen[x.pubDay] {
			continue
		}
		seen[x.pubDay] = true
		ca, cb := 0, 0
		for _, y := range a.members {
			if y.dated && y.pubDay == x.pubDay {
				ca++
			}
		}
		for _, y := range b.members {
			if y.dated && y.pubDay == x.pubDay {
				cb++
			}
		}
		overlap += min(float64(ca)/float64(na), float64(cb)/float64(nb))
	}
	if overlap > 0.5 {
		return 1
	}
	return f
}

// datedCount is the number of e's dated members.
func datedCount(e *event) int {
	n := 0
	for _, m := range e.members {
		if m.dated {
			n++
		}
	}
	return n
}
