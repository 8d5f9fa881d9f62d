package story

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"time"
)

// probe is an event's centroids as unit vectors, to compare it with
// another event or its storyline.
type probe struct {
	vecs  [numKinds]vec // strongest first
	hvecs [numKinds]vec // the same, sorted by hash
}

// probeOfEvent returns the probe of an event's centroids. The strongest
// keys are selected in a copy on the stack (a centroid holds at most
// centKeep+centSlack keys after an add), so that only the probe's own
// vectors are allocated: one array per kind, strongest first then by hash.
func probeOfEvent(e *event) probe {
	var pr probe
	var tmp [centKeep + centSlack]entry
	for k := range e.cent {
		src := e.cent[k].e
		var work []entry
		if len(src) <= len(tmp) {
			work = tmp[:len(src)]
			copy(work, src)
		} else {
			work = slices.Clone(src)
		}
		top := strongestN(work, keepOf[k])
		m := len(top)
		block := make([]entry, 2*m)
		v, h := block[:m:m], block[m:]
		copy(v, top)
		normalize(v)
		copy(h, v)
		sortByHash(h)
		pr.vecs[k], pr.hvecs[k] = v, h
	}
	return pr
}

// weights returns cfg's content weights by kind.
func (cfg *Config) weights() [numKinds]float64 {
	w := cfg.Weights
	return [numKinds]float64{w.Words, w.Entities, w.Numbers, w.Title, w.Actions, w.Lead, w.Phrases, w.Quotes}
}

// contentSim is the weighted mean of the cosines of two sets of hash-sorted
// unit vectors, over the kinds both have.
func contentSim(w *[numKinds]float64, a, b *[numKinds]vec) float64 {
	m, ok := contentMean(w, a, b)
	if !ok {
		return 0
	}
	return min(1, m+w[kindQuotes]*dot(a[kindQuotes], b[kindQuotes]))
}

// contentMean is the weighted mean of the cosines of a and b over the
// kinds both have, shared quotations left out; ok is false when they have
// no kind in common.
func contentMean(w *[numKinds]float64, a, b *[numKinds]vec) (mean float64, ok bool) {
	var sum, wsum float64
	for k := range a {
		if k == int(kindQuotes) || len(a[k]) == 0 || len(b[k]) == 0 {
			continue
		}
		sum += w[k] * dot(a[k], b[k])
		wsum += w[k]
	}
	if wsum == 0 {
		return 0, false
	}
	return sum / wsum, true
}

// topMean returns the mean of the n largest values of xs (all of them
// when there are fewer).
func topMean(xs []float64, n int) float64 {
	if len(xs) == 0 {
		return 0
	}
	// Summed largest first, as always: the same sum to the last bit.
	slices.Sort(xs)
	n = min(n, len(xs))
	var s float64
	for i := len(xs) - 1; i >= len(xs)-n; i-- {
		s += xs[i]
	}
	return s / float64(n)
}

// scored is the score of an article (or event) against one event.
type scored struct {
	score   float64
	cent    float64 // content similarity with the centroid
	link    float64 // mean similarity with the closest members
	parts   [numKinds]float64
	has     [numKinds]bool
	time    float64
	years   float64
	head    float64
	cross   float64 // the factor of Config.CrossMin or Config.NewDayFactor
	members bool
	// noNames reports that the names part fell below Config.NamesMin:
	// the score is 0.
	noNames bool
}

// scoreArticle compares the prepared article p with event e.
func (c *Clusterer) scoreArticle(p *prepared, e *event) scored {
	var r scored
	r.time = c.timeFactor(p, e)
	if r.time == 0 {
		return r
	}
	var sum, wsum float64
	for k := range e.cent {
		if len(p.vecs[k]) == 0 || e.cent[k].norm == 0 {
			continue
		}
		r.has[k] = true
		r.parts[k] = e.cent[k].cosine(p.hvecs[k])
		if kind(k) == kindQuotes {
			continue
		}
		sum += c.w[k] * r.parts[k]
		wsum += c.w[k]
	}
	if r.parts[kindNames] > 0 && c.cfg.NameSpread > 0 {
		if ns, ok := c.namesSpecific(p, e); ok {
			sum += c.w[kindNames] * (ns - r.parts[kindNames])
			r.parts[kindNames] = ns
		}
	}
	if wsum > 0 {
		r.cent = min(1, sum/wsum+c.w[kindQuotes]*r.parts[kindQuotes])
	}
	reps := e.representatives()
	sims := c.sims[:0]
	var cross float64 // the similarities with members published on other days
	nCross, nSame := 0, 0
	for _, m := range reps {
		s := contentSim(&c.w, &p.mv, &m.hv)
		sims = append(sims, s)
		if p.doc.HasTime && m.dated {
			if m.pubDay != p.pubDay {
				cross += s
				nCross++
			} else {
				nSame++
			}
		}
	}
	c.sims = sims
	r.link, r.members = topMean(sims, max(c.cfg.Links, 1)), true
	r.cross = 1
	if nCross > 0 && nSame > 0 {
		r.cross = c.cfg.crossFactor(cross / float64(nCross))
	}
	if max(r.parts[kindLead], r.parts[kindTitle]) < c.cfg.NewDayHead {
		r.cross = min(r.cross, c.cfg.newDayFactor(nSame, nCross))
	}
	// Years the texts mention tell events apart only where dates cannot:
	// between dated reports they are background ("as in 2016...").
	r.years = 1
	if (!p.doc.HasTime || !e.dated) && yearsConflict(p.years, e.years) {
		r.years = c.cfg.YearConflict
	}
	r.head = c.cfg.headFactor(r.parts[kindLead], r.parts[kindTitle], r.has[kindLead] || r.has[kindTitle])
	if r.has[kindNames] && r.parts[kindNames] < c.cfg.NamesMin {
		r.noNames = true
		return r // no participant in common (see Config.NamesMin)
	}
	r.score = ((1-c.cfg.Linkage)*r.cent + c.cfg.Linkage*r.link) * r.time * r.years * r.head * r.cross
	return r
}

// namesSpecific is the cosine of p's names with e's, each name weighed
// down by the share of the other events of e's storyline that carry it
// (see Config.NameSpread); ok is false when the storyline has fewer than
// NameSpreadFrom other events.
func (c *Clusterer) namesSpecific(p *prepared, e *event) (float64, bool) {
	return c.spreadCosine(p, e, kindNames, c.cfg.NameSpread)
}

// spreadCosine is the cosine of p's keys of kind k (names or words) with
// e's centroid of that kind, each key weighed by 1 - spread × the share
// of the other events of e's storyline whose profiles carry it, on both
// sides; ok is false when the storyline has fewer than NameSpreadFrom
// other events. With spread 1, a key every other event carries counts
// for nothing: what is left is what sets e apart from its storyline.
func (c *Clusterer) spreadCosine(p *prepared, e *event, k kind, spread float64) (float64, bool) {
	g, ok := c.spreadWeight(e, k, spread)
	if !ok {
		return 0, false
	}
	cos, _ := weighedCosine(p.hvecs[k], &e.cent[k], func(en entry) float64 { return g(en.h) })
	return cos, true
}

// spreadWeight returns the weight of a key of kind k (names or words,
// by hash) in e's storyline: 1 - spread × the share of the storyline's
// other events whose profiles carry it; ok is false when the storyline
// has fewer than NameSpreadFrom other events. The storyline read is e's
// saga (see Clusterer.sagaThreads), threaded by Config.Sagas, not the one
// reported: threading storylines otherwise moves no article.
func (c *Clusterer) spreadWeight(e *event, k kind, spread float64) (g func(h uint64) float64, ok bool) {
	l := c.sagaThreads().lineOf(e)
	if l == nil {
		return nil, false
	}
	_, own := l.find(e.serial)
	others := len(l.events)
	if own != nil {
		others--
	}
	if others < c.cfg.NameSpreadFrom || others <= 0 {
		return nil, false
	}
	df := l.spread(k)
	return func(h uint64) float64 {
		n := df[h]
		if own != nil && n > 0 && hasKey(own.keys(k), h) {
			n--
		}
		return 1 - spread*float64(n)/float64(others)
	}, true
}

// hasKey reports whether the hash-sorted vector v holds key h.
func hasKey(v vec, h uint64) bool {
	_, ok := slices.BinarySearchFunc(v, h, func(e entry, h uint64) int { return cmp.Compare(e.h, h) })
	return ok
}

// crossFactor is the factor of an article whose mean similarity with an
// event's members published on other days is sim (see Config.CrossMin).
func (cfg *Config) crossFactor(sim float64) float64 {
	if cfg.CrossMin <= 0 || sim >= cfg.CrossMin {
		return 1
	}
	return cfg.CrossFactor
}

// headFactor is the factor of the headline gate (see Config.HeadGate) for
// the lead and title similarities; 1 when neither side could be compared.
func (cfg *Config) headFactor(lead, title float64, has bool) float64 {
	h := max(lead, title)
	if !has || cfg.HeadGate <= 0 || h >= cfg.HeadGate {
		return 1
	}
	return cfg.HeadFloor + (1-cfg.HeadFloor)*h/cfg.HeadGate
}

// decay is the time factor of a gap in days (see Config.TimeSlack).
func (cfg *Config) decay(gap float64) float64 {
	if gap <= cfg.TimeSlack {
		return 1
	}
	if cfg.TimeScale <= 0 {
		return cfg.TimeStep
	}
	return cfg.TimeStep * math.Exp(-max(0, gap-cfg.TimeSlack-1)/cfg.TimeScale)
}

// timeFactor compares when the article reports on with the event's core
// day. An undated article joins only an event whose time evidence it fits
// (see undatedJoins).
func (c *Clusterer) timeFactor(p *prepared, e *event) float64 {
	switch {
	case !p.doc.HasTime:
		if !c.undatedJoins(p, e) {
			return 0
		}
		if !p.month.IsZero() {
			// Its address names a month: not an event of another one.
			own := []time.Time{p.month}
			if e.dated && outsideMonth(p.month, e.first, e.last) || monthsApart(own, e.urlMonths()) {
				return 0
			}
		}
		return c.cfg.UndatedFactor
	case !e.dated:
		// A dated article may give a time only to undated articles that
		// were current news when they came, and published in its month
		// when their addresses say.
		if !c.datedJoinsUndated(p, e) || monthsOutside(e.urlMonths(), p.doc.Published, p.doc.Published) {
			return 0
		}
		return c.cfg.UndatedFactor
	}
	start := p.pubDay
	if p.ahead {
		start++
	}
	if c.cfg.pubSpanOver(len(e.members)+1, min(start, e.pubStart), max(p.pubDay, e.pubEnd)) {
		return 0
	}
	gap := dayGap(p.eday, p.pubDay, e.core, c.cfg.NewsCycle)
	if p.told && len(e.toldDays) > 0 {
		gap = max(gap, c.cfg.toldGap(p.eday, e.toldCore))
	}
	if over := float64(p.eday-e.firstDay) - c.cfg.MaxSpan; c.cfg.MaxSpan > 0 && over > 0 {
		gap = max(gap, over+c.cfg.TimeSlack)
	}
	return c.cfg.decay(gap)
}

// pubSpanOver reports whether an event of n articles published from day
// first to day last breaks MaxPubSpan (see PubSpanFrom). A preview's span
// starts the day after its publication (see member.spanStart).
func (cfg *Config) pubSpanOver(n int, first, last int32) bool {
	return cfg.MaxPubSpan > 0 && n >= cfg.PubSpanFrom && float64(last-first) > cfg.MaxPubSpan
}

// toldGap is the gap between two days that texts name: a report that
// says it happened on Tuesday is not of Monday's vote, even when both
// were published the same day, so a difference of one day already costs
// as much as a gap just beyond TimeSlack.
func (cfg *Config) toldGap(a, b int32) float64 {
	d := float64(abs32(a - b))
	if d <= cfg.ToldSlack {
		return 0
	}
	return d - cfg.ToldSlack + cfg.TimeSlack
}

// dayGap is how far, in days, an article that reports on day eday and was
// published on day pub is from an event whose core day is core: the gap
// between the days reported on, and the lateness of the publication beyond
// the news cycle.
func dayGap(eday, pub, core int32, cycle float64) float64 {
	gap := float64(abs32(eday - core))
	switch late := float64(pub - core); {
	case late > cycle:
		gap = max(gap, late-cycle)
	case late < 0:
		gap = max(gap, -late)
	}
	return gap
}

// pairScore compares the two parts of an event that a split would make:
// their centroids both ways (the lower counts), their closest members,
// and their days. Unlike a merge's score (pairScoreAbove) it does not
// count UndatedMax: the parts are one event already, and how many
// undated articles it holds tells nothing of whether they report one
// happening (see undatedPairFits).
func (c *Clusterer) pairScore(a, b *event) float64 { return c.pairScoreOf(a, b, 0, false) }

// linkHeadroom is how far above the centroid similarity the members'
// similarity is taken to reach at most, to skip comparing the members of
// events that cannot score need.
const linkHeadroom = 0.3

// pairScoreAbove compares two events for a merge as pairScore does, with
// UndatedMax bounding the undated events they would make together, and
// returns early with a lower bound when the score cannot reach need.
func (c *Clusterer) pairScoreAbove(a, b *event, need float64) float64 {
	return c.pairScoreOf(a, b, need, true)
}

// pairScoreOf is pairScoreAbove, with UndatedMax counted when sized.
func (c *Clusterer) pairScoreOf(a, b *event, need float64, sized bool) float64 {
	t := c.pairTime(a, b, sized)
	if t == 0 {
		return 0
	}
	pa, pb := a.probe(), b.probe()
	cent := min(c.centSim(pa, b), c.centSim(pb, a))
	hasHead := len(pa.vecs[kindLead])+len(pa.vecs[kindTitle]) > 0 && b.cent[kindLead].norm+b.cent[kindTitle].norm > 0
	t *= c.cfg.headFactor(b.cent[kindLead].cosine(pa.hvecs[kindLead]), b.cent[kindTitle].cosine(pa.hvecs[kindTitle]), hasHead)
	if ((1-c.cfg.Linkage)*cent+c.cfg.Linkage*min(1, cent+linkHeadroom))*t < need {
		return ((1 - c.cfg.Linkage) * cent) * t // cannot reach need: skip the members
	}
	var sims []float64
	for _, x := range a.representatives() {
		for _, y := range b.representatives() {
			sims = append(sims, contentSim(&c.w, &x.hv, &y.hv))
		}
	}
	link := topMean(sims, max(c.cfg.Links, 1))
	years := 1.0
	if (!a.dated || !b.dated) && yearsConflict(yearsOf(a.years), b.years) {
		years = c.cfg.YearConflict
	}
	return ((1-c.cfg.Linkage)*cent + c.cfg.Linkage*link) * t * years
}

// centSim compares a probe with an event's centroids.
func (c *Clusterer) centSim(pr *probe, e *event) float64 {
	var sum, wsum, quotes float64
	for k := range e.cent {
		if len(pr.vecs[k]) == 0 || e.cent[k].norm == 0 {
			continue
		}
		sim := e.cent[k].cosine(pr.hvecs[k])
		if kind(k) == kindQuotes {
			quotes = sim
			continue
		}
		sum += c.w[k] * sim
		wsum += c.w[k]
	}
	if wsum == 0 {
		return 0
	}
	return min(1, sum/wsum+c.w[kindQuotes]*quotes)
}

// pairTime is the time factor of two events, with UndatedMax counted
// when sized (see undatedPairFits).
func (c *Clusterer) pairTime(a, b *event, sized bool) float64 {
	if (a.hasUndated() || b.hasUndated()) && !c.undatedPairFits(a, b, sized) {
		return 0
	}
	switch {
	case a.dated && b.dated:
		if (a.hasUndated() || b.hasUndated()) && spanOf(a, b) > c.cfg.UndatedSpan {
			return 0
		}
		if c.cfg.pubSpanOver(len(a.members)+len(b.members), min(a.pubStart, b.pubStart), max(a.pubEnd, b.pubEnd)) {
			return 0
		}
		gap := float64(abs32(a.core - b.core))
		if len(a.toldDays) > 0 && len(b.toldDays) > 0 {
			gap = max(gap, c.cfg.toldGap(a.toldCore, b.toldCore))
		}
		if over := float64(max(a.core, b.core)-min(a.firstDay, b.firstDay)) - c.cfg.MaxSpan; c.cfg.MaxSpan > 0 && over > 0 {
			gap = max(gap, over+c.cfg.TimeSlack)
		}
		return c.cfg.decay(gap)
	case a.dated && (a.spanDays() > c.cfg.UndatedSpan || !b.allCurrent()),
		b.dated && (b.spanDays() > c.cfg.UndatedSpan || !a.allCurrent()):
		return 0
	}
	// The months that undated articles' addresses name (see urlMonth).
	am, bm := a.urlMonths(), b.urlMonths()
	switch {
	case monthsApart(am, bm),
		a.dated && monthsOutside(bm, a.first, a.last),
		b.dated && monthsOutside(am, b.first, b.last):
		return 0
	}
	return c.cfg.UndatedFactor
}

// spanOf is the span in days of the dated articles of a and b together.
func spanOf(a, b *event) float64 {
	first, last := a.first, a.last
	if b.first.Before(first) {
		first = b.first
	}
	if b.last.After(last) {
		last = b.last
	}
	return last.Sub(first).Hours() / 24
}

// yearsOf returns the keys of a years histogram.
func yearsOf(m map[int]int) []int {
	out := make([]int, 0, len(m))
	for y := range m {
		out = append(out, y)
	}
	sort.Ints(out)
	return out
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
// the similarity of p with e.
func sharedTop(p *prepared, e *event, n int) []string {
	type contrib struct {
		key string
		v   float64
	}
	var cs []contrib
	for _, k := range []kind{kindWords, kindNames} {
		cn := &e.cent[k]
		if cn.norm == 0 {
			continue
		}
		for _, en := range p.vecs[k] {
			if m := cn.find(en.h); m != 0 {
				cs = append(cs, contrib{en.key, en.w * m / cn.norm})
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
	m := map[string]float64{"time": round4(r.time), "years": r.years, "head": round4(r.head)}
	if r.members && r.cross != 1 {
		m["cross"] = r.cross
	}
	for k, name := range partNames {
		if r.has[k] {
			m[name] = round4(r.parts[k])
		}
	}
	if r.members {
		m["members"] = round4(r.link)
	}
	if r.noNames {
		m["names_min"] = 0
	}
	return m
}

// round4 rounds to four decimals so that explanations stay readable.
func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }
