package story

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

// throwaway (session 47 study): STRAY_MOVE=minSize,margin[,log]
var moveMin, moveMargin, moveLog = func() (int, float64, bool) {
	f := strings.Split(os.Getenv("STRAY_MOVE"), ",")
	if len(f) < 2 {
		return 0, 0, false
	}
	a, _ := strconv.Atoi(f[0])
	h, _ := strconv.ParseFloat(f[1], 64)
	return a, h, len(f) > 2
}()

// tryMoveOut moves out of e (of moveMin or more articles) each member that
// is more like another active event of at least 3 articles, which holds
// members of its publication day, than like the rest of e, by moveMargin.
// It returns whether a member moved.
func (c *Clusterer) tryMoveOut(e *event) bool {
	if moveMin <= 0 || len(e.members) < moveMin {
		return false
	}
	moved := false
	for i := 0; i < len(e.members) && len(e.members) >= moveMin; i++ {
		m := e.members[i]
		if !m.dated {
			continue
		}
		rest := &event{}
		for j, x := range e.members {
			if j != i {
				rest.members = append(rest.members, x)
			}
		}
		rest.rebuild()
		own := contentSim(&c.w, &m.hv, &rest.probe().hvecs)
		ws := append(vec(nil), m.hv[kindWords]...)
		ns := append(vec(nil), m.hv[kindNames]...)
		sort.Slice(ws, func(a, b int) bool { return ws[a].w > ws[b].w })
		sort.Slice(ns, func(a, b int) bool { return ns[a].w > ns[b].w })
		var q []entry
		q = append(q, ws[:min(queryTerms, len(ws))]...)
		q = append(q, ns[:min(queryNames, len(ns))]...)
		best, bestSerial := 0.0, int64(-1)
		for _, serial := range c.index.candidates(q, mergeCandidates, e.serial) {
			o := c.events[serial]
			if o == nil || len(o.members) < 3 || c.idle(o) {
				continue
			}
			sameDay := false
			for _, x := range o.members {
				if x.dated && x.pubDay == m.pubDay {
					sameDay = true
					break
				}
			}
			if !sameDay {
				continue
			}
			if s := contentSim(&c.w, &m.hv, &o.probe().hvecs); s > best {
				best, bestSerial = s, serial
			}
		}
		if moveLog && bestSerial >= 0 && best > own-0.15 {
			fmt.Fprintf(os.Stderr, "NEAR %s from=%s n=%d own=%.3f to=%s m=%d other=%.3f\n", m.id, e.id, len(e.members), own, c.events[bestSerial].id, len(c.events[bestSerial].members), best)
		}
		if bestSerial < 0 || best < own+moveMargin {
			continue
		}
		o := c.events[bestSerial]
		if moveLog {
			fmt.Fprintf(os.Stderr, "MOVE %s from=%s n=%d own=%.3f to=%s m=%d other=%.3f\n", m.id, e.id, len(e.members), own, o.id, len(o.members), best)
		}
		keep := append(append([]*member(nil), e.members[:i]...), e.members[i+1:]...)
		n := c.split(e, keep, []*member{m}, own)
		c.merge(n, o, best)
		moved = true
		i--
	}
	return moved
}
