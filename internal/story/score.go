package story

import (
	"math"
	"sort"
	"time"
)

// probe is what is compared with a story: an article, or another story in
// the repair pass.
type probe struct {
	vecs        [numKinds]vec // strongest first
	hvecs       [numKinds]vec // the same, sorted by hash
	years       []int
	dated       bool
	first, last time.Time
}

// probeOf returns the probe of a prepared article.
func probeOf(p prepared) probe {
	pr := probe{vecs: p.vecs, years: p.years, dated: p.doc.HasTime, first: p.doc.Published, last: p.doc.Published}
	for k := range pr.vecs {
		pr.hvecs[k] = byHash(pr.vecs[k])
	}
	return pr
}

// probeOfStory returns the probe of a story's centroids.
func probeOfStory(s *storyState) probe {
	pr := probe{dated: s.dated, first: s.first, last: s.last}
	for k := range s.cent {
		pr.vecs[k] = s.cent[k].unit(docKeep)
		pr.hvecs[k] = byHash(pr.vecs[k])
	}
	for y := range s.years {
		pr.years = append(pr.years, y)
	}
	sort.Ints(pr.years)
	return pr
}

// scored is the score of a probe against one story.
type scored struct {
	score float64
	parts [numKinds]float64
	has   [numKinds]bool
	time  float64
	years float64
}

// score compares pr with story s under cfg.
func score(cfg *Config, pr probe, s *storyState) scored {
	w := [numKinds]float64{cfg.Weights.Words, cfg.Weights.Entities, cfg.Weights.Numbers, cfg.Weights.Title}
	var r scored
	var sum, wsum float64
	for k := range s.cent {
		if len(pr.vecs[k]) == 0 || s.cent[k].norm == 0 {
			continue
		}
		r.has[k] = true
		r.parts[k] = s.cent[k].cosine(pr.hvecs[k])
		sum += w[k] * r.parts[k]
		wsum += w[k]
	}
	if wsum > 0 {
		sum /= wsum
	}
	r.time = timeFactor(cfg, pr, s)
	r.years = 1
	if yearsConflict(pr.years, s.years) {
		r.years = cfg.YearConflict
	}
	r.score = sum * r.time * r.years
	return r
}

// timeFactor decays with the gap between the probe's dates and the story's
// span; it is UndatedFactor when either side is undated.
func timeFactor(cfg *Config, pr probe, s *storyState) float64 {
	if !pr.dated || !s.dated {
		return cfg.UndatedFactor
	}
	var gap time.Duration
	switch {
	case pr.first.After(s.last):
		gap = pr.first.Sub(s.last)
	case pr.last.Before(s.first):
		gap = s.first.Sub(pr.last)
	}
	gap -= cfg.TimeSlack
	f := 1.0
	if gap > 0 && cfg.TimeScale > 0 {
		f = cfg.TimeFloor + (1-cfg.TimeFloor)*math.Exp(-float64(gap)/float64(cfg.TimeScale))
	}
	// Coverage of one event is bunched near its start: past MaxSpan from
	// the story's first article the factor decays without a floor, so a
	// topic covered every day does not chain into one endless story.
	if age := pr.first.Sub(s.first) - cfg.MaxSpan - cfg.TimeSlack; cfg.MaxSpan > 0 && cfg.TimeScale > 0 && age > 0 {
		f = min(f, math.Exp(-float64(age)/float64(cfg.TimeScale)))
	}
	return f
}

// yearsConflict reports whether both sides mention years and share none.
func yearsConflict(probeYears []int, storyYears map[int]int) bool {
	if len(probeYears) == 0 || len(storyYears) == 0 {
		return false
	}
	for _, y := range probeYears {
		if storyYears[y] > 0 {
			return false
		}
	}
	return true
}

// sharedTop returns the n shared words and names that contributed most to
// the similarity of pr with s.
func sharedTop(pr probe, s *storyState, n int) []string {
	type contrib struct {
		key string
		v   float64
	}
	var cs []contrib
	for _, k := range []kind{kindWords, kindNames} {
		c := &s.cent[k]
		if c.norm == 0 {
			continue
		}
		for _, e := range pr.vecs[k] {
			if m := c.find(e.h); m != 0 {
				cs = append(cs, contrib{e.key, e.w * m / c.norm})
			}
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].v != cs[j].v {
			return cs[i].v > cs[j].v
		}
		return cs[i].key < cs[j].key
	})
	var out []string
	seen := map[string]bool{}
	for _, c := range cs {
		if len(out) == n {
			break
		}
		if !seen[c.key] {
			seen[c.key] = true
			out = append(out, c.key)
		}
	}
	return out
}

// partsMap returns r as the Parts map of a Decision.
func (r scored) partsMap() map[string]float64 {
	m := map[string]float64{"time": r.time, "years": r.years}
	for k, name := range partNames {
		if r.has[k] {
			m[name] = round4(r.parts[k])
		}
	}
	return m
}

// round4 rounds to four decimals so that explanations stay readable.
func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }
