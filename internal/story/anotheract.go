package story

import "math"

// anotherAct reports whether p, near the threshold of e, tells another
// act of e's storyline (see Config.SpecificHead): its action kinds are
// less than SpecificActions like e's (r holds them) and its title and lead
// are both less than SpecificHead like e's once the storyline's words are
// weighed out. False when the storyline is too young to tell (see
// spreadWeight) or p has no action kinds to compare.
func (c *Clusterer) anotherAct(p *prepared, e *event, r *scored) bool {
	if c.cfg.SpecificHead <= 0 || !r.has[kindActions] || r.parts[kindActions] >= c.cfg.SpecificActions {
		return false
	}
	g, ok := c.spreadWeight(e, kindWords, 1)
	if !ok {
		return false
	}
	// Title and lead keys are words hashed in their own kinds: weigh each
	// by its words key, as the storyline's profiles keep words.
	byKey := func(en entry) float64 { return g(hashKey(kindWords, en.key)) }
	return headSpread(p.hvecs[kindTitle], &e.cent[kindTitle], byKey) < c.cfg.SpecificHead &&
		headSpread(p.hvecs[kindLead], &e.cent[kindLead], byKey) < c.cfg.SpecificHead
}

// headSpread is the cosine of the hash-sorted vector v with the centroid
// cn, each key weighed by weight on both sides (0 when either side is
// empty).
func headSpread(v vec, cn *centroid, weight func(entry) float64) float64 {
	var cs, vs, d float64
	for _, en := range cn.e {
		w := en.w * weight(en)
		cs += w * w
	}
	for _, en := range v {
		gw := weight(en)
		w := en.w * gw
		vs += w * w
		if m := cn.find(en.h); m != 0 {
			d += m * gw * w
		}
	}
	if cs == 0 || vs == 0 {
		return 0
	}
	return d / math.Sqrt(cs*vs)
}
