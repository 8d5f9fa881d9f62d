package story

import "math"

// anotherAct reports whether p, near the threshold of e, tells another
// act of e's storyline (see Config.SpecificHead): its action kinds are
// less than SpecificActions like e's (r holds them) and its title and lead
// are both less than SpecificHead like e's once the storyline's words are
// weighed out. False when the storyline is too young to tell (see
// spreadWeight), when p has no action kinds to compare, and when e's own
// title or lead holds only words every other event of the storyline
// carries: then nothing in e's headline sets its act apart, and a
// headline's likeness to it says nothing (before, such a head counted as
// 0 alike, and even e's own headline read as another act).
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
	for _, k := range [...]kind{kindTitle, kindLead} {
		s, told := weighedCosine(p.hvecs[k], &e.cent[k], byKey)
		if !told || s >= c.cfg.SpecificHead {
			return false
		}
	}
	return true
}

// weighedCosine is the cosine of the hash-sorted vector v with the
// centroid cn, each key weighed by weight on both sides (0 when v is empty
// or weighs nothing). told is false when cn is empty or all its keys weigh
// 0: there is nothing to be alike to. anotherAct weighs title and lead
// keys with it, spreadCosine a kind's keys.
func weighedCosine(v vec, cn *centroid, weight func(entry) float64) (cos float64, told bool) {
	var cs, vs, d float64
	for _, en := range cn.e {
		w := en.w * weight(en)
		cs += w * w
	}
	if cs == 0 {
		return 0, false
	}
	for _, en := range v {
		gw := weight(en)
		w := en.w * gw
		vs += w * w
		if m := cn.find(en.h); m != 0 {
			d += m * gw * w
		}
	}
	if vs == 0 {
		return 0, true
	}
	return d / math.Sqrt(cs*vs), true
}
