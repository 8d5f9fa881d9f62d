package story

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// throwaway (session 47 study): STRAY_SHED=minSize,maxEarly,headMax
var shedMin, shedMaxEarly, shedHead = func() (int, int, float64) {
	f := strings.Split(os.Getenv("STRAY_SHED"), ",")
	if len(f) != 3 {
		return 0, 0, 0
	}
	a, _ := strconv.Atoi(f[0])
	b, _ := strconv.Atoi(f[1])
	h, _ := strconv.ParseFloat(f[2], 64)
	return a, b, h
}()

func (c *Clusterer) tryShedEarly(e *event) *event {
	early, rest, head, ok := shedOf(e.members)
	if !ok {
		return nil
	}
	if os.Getenv("STRAY_SHED_LOG") != "" {
		ids := []string{}
		for _, m := range early {
			ids = append(ids, m.id)
		}
		fmt.Fprintf(os.Stderr, "SHED %s n=%d early=%s head=%.3f\n", e.id, len(e.members), strings.Join(ids, ","), head)
	}
	return c.split(e, rest, early, head)
}

// shedsUnion reports whether the union of a and b would shed its early members.
func shedsUnion(a, b *event) bool {
	if shedMin <= 0 || len(a.members)+len(b.members) < shedMin {
		return false
	}
	early, _, _, ok := shedOf(append(append([]*member(nil), a.members...), b.members...))
	if !ok {
		return false
	}
	in := map[*member]bool{}
	for _, m := range early {
		in[m] = true
	}
	for _, side := range []*event{a, b} {
		all := true
		for _, m := range side.members {
			if !in[m] {
				all = false
				break
			}
		}
		if all {
			return true // the shed part would merge back
		}
	}
	return false
}

func shedOf(members []*member) (early, rest []*member, head float64, ok bool) {
	if shedMin <= 0 || len(members) < shedMin {
		return nil, nil, 0, false
	}
	days := map[int32]int{}
	for _, m := range members {
		if m.dated {
			days[m.pubDay]++
		}
	}
	if len(days) < 2 {
		return nil, nil, 0, false
	}
	core := medianDay(days)
	for _, m := range members {
		if m.dated && !m.ahead && m.pubDay < core {
			early = append(early, m)
		} else {
			rest = append(rest, m)
		}
	}
	if len(early) == 0 || len(early) > shedMaxEarly || len(early)*4 > len(members) {
		return nil, nil, 0, false
	}
	a, b := &event{members: early}, &event{members: rest}
	a.rebuild()
	b.rebuild()
	pa := a.probe()
	head = max(b.cent[kindLead].cosine(pa.hvecs[kindLead]), b.cent[kindTitle].cosine(pa.hvecs[kindTitle]))
	return early, rest, head, head < shedHead
}

// throwaway: STRAY_NDH=minSize,head
var ndhMin, ndhHead = func() (int, float64) {
	f := strings.Split(os.Getenv("STRAY_NDH"), ",")
	if len(f) != 2 {
		return 0, 0
	}
	a, _ := strconv.Atoi(f[0])
	h, _ := strconv.ParseFloat(f[1], 64)
	return a, h
}()
