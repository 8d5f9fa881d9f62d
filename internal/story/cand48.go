package story

import (
	"math"
	"os"
	"strconv"
	"strings"
)

// Throw-away trial of session 48: where the storyline is too young, the
// other candidate events that score at least candMin against the article
// stand in for the storyline's other events.
var cand48 = func() (on bool, min float64, from int) {
	v := os.Getenv("EV48_CAND")
	if v == "" {
		return false, 0, 0
	}
	f := strings.Split(v, ",")
	min, _ = strconv.ParseFloat(f[0], 64)
	from, _ = strconv.Atoi(f[1])
	return true, min, from
}

type candScore struct {
	serial int64
	score  float64
}

// candSpreadCosine is spreadCosine with the other candidates as the saga.
func (c *Clusterer) candSpreadCosine(p *prepared, e *event, cands []candScore) (float64, bool) {
	on, min, from := cand48()
	if !on {
		return 0, false
	}
	df := map[uint64]int32{}
	others := 0
	for _, cs := range cands {
		if cs.serial == e.serial || cs.score < min {
			continue
		}
		o := c.events[cs.serial]
		if o == nil {
			continue
		}
		others++
		src := append(vec(nil), o.cent[kindWords].e...)
		for _, en := range strongestN(src, profileKeep) {
			df[en.h]++
		}
	}
	if others < from {
		return 0, false
	}
	g := func(h uint64) float64 { return 1 - float64(df[h])/float64(others) }
	cn := &e.cent[kindWords]
	var cs, vs, d float64
	for _, en := range cn.e {
		w := en.w * g(en.h)
		cs += w * w
	}
	for _, en := range p.hvecs[kindWords] {
		gw := g(en.h)
		w := en.w * gw
		vs += w * w
		if m := cn.find(en.h); m != 0 {
			d += m * gw * w
		}
	}
	if cs == 0 || vs == 0 {
		return 0, true
	}
	return d / math.Sqrt(cs*vs), true
}
