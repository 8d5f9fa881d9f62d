package story

// PairParts is how two articles compare part by part, as the clusterer
// would compare an article with an event of the other alone: a reading
// aid for studies of the score (internal/eval/eventeval/pairfeat), not
// used by the clustering.
type PairParts struct {
	// Parts are the cosines of each content part (partNames order:
	// words, entities, numbers, title, actions, lead, phrases, quotes);
	// Has says whether both articles have the part.
	Parts [numKinds]float64
	Has   [numKinds]bool
	// Content is the weighted mean of the parts with the configured
	// weights (contentSim), Head the factor of the headline gate.
	Content, Head float64
	// Dated says both are dated; PubGap is then the gap between their
	// publication days and DayGap between the days they report on, Told
	// whether each names that day.
	Dated          bool
	PubGap, DayGap int
	Told           [2]bool
	// Headlines are the kinds of the two titles.
	Headlines [2]Headline
}

// PartNames are the names of PairParts.Parts, in order.
func PartNames() [numKinds]string { return partNames }

// ComparePair prepares a and b with the clusterer's current document
// frequencies and compares them.
func (c *Clusterer) ComparePair(a, b Doc) PairParts {
	var bufs [2]prepBuf
	var ps [2]prepared
	for i, d := range []Doc{a, b} {
		f := c.x.Extract(d)
		_, fh := hashes(f)
		ps[i] = prepare(d, f, fh, c.df, &bufs[i])
	}
	var r PairParts
	for k := range r.Parts {
		if len(ps[0].hvecs[k]) == 0 || len(ps[1].hvecs[k]) == 0 {
			continue
		}
		r.Has[k] = true
		r.Parts[k] = dot(ps[0].hvecs[k], ps[1].hvecs[k])
	}
	r.Content = contentSim(&c.w, &ps[0].hvecs, &ps[1].hvecs)
	r.Head = c.cfg.headFactor(r.Parts[kindLead], r.Parts[kindTitle], r.Has[kindLead] || r.Has[kindTitle])
	r.Headlines = [2]Headline{ps[0].headline, ps[1].headline}
	if a.HasTime && b.HasTime {
		r.Dated = true
		r.PubGap = int(abs32(ps[0].pubDay - ps[1].pubDay))
		r.DayGap = int(abs32(ps[0].eday - ps[1].eday))
		r.Told = [2]bool{ps[0].told, ps[1].told}
	}
	return r
}
