package story

import (
	"cmp"
	"slices"
	"testing"
)

// namesVec returns a hash-sorted unit vector of the names keys, each of
// weight 1.
func namesVec(keys ...string) vec {
	v := make(vec, 0, len(keys))
	for _, k := range keys {
		v = append(v, entry{h: hashKey(kindNames, k), key: k, w: 1})
	}
	normalize(v)
	slices.SortFunc(v, func(a, b entry) int { return cmp.Compare(a.h, b.h) })
	return v
}

// TestNamesSpecific: in a storyline whose other events all name the
// saga's cast (an invented harbour strike), an article that shares only
// that cast with one event weighs less on names than one that shares the
// event's own names (a ferry law), and the rule stays off in a storyline
// of too few events.
func TestNamesSpecific(t *testing.T) {
	cfg := DefaultConfig()
	c := New(cfg, nil)
	saga := []string{"port anselm", "dockers union", "velmora"}
	ev := &event{serial: 10, storyline: 1}
	own := namesVec(append([]string{"ferry act", "senator brandvik"}, saga...)...)
	ev.cent[kindNames].add(own, 1)
	l := &storyline{serial: 1, id: "l1"}
	l.events = append(l.events, &profile{serial: 10, names: own})
	for i := range 4 {
		l.events = append(l.events, &profile{serial: int64(20 + i), names: namesVec(saga...)})
	}
	c.lines.lines[1] = l

	sagaOnly := &prepared{}
	sagaOnly.hvecs[kindNames] = namesVec("port anselm", "dockers union", "velmora")
	specific := &prepared{}
	specific.hvecs[kindNames] = namesVec("ferry act", "senator brandvik", "velmora")

	plainSaga := ev.cent[kindNames].cosine(sagaOnly.hvecs[kindNames])
	plainSpec := ev.cent[kindNames].cosine(specific.hvecs[kindNames])
	gotSaga, ok1 := c.namesSpecific(sagaOnly, ev)
	gotSpec, ok2 := c.namesSpecific(specific, ev)
	if !ok1 || !ok2 {
		t.Fatalf("rule off in a storyline of 4 other events")
	}
	if gotSaga >= plainSaga {
		t.Errorf("saga-only names: %.3f, want below the plain cosine %.3f", gotSaga, plainSaga)
	}
	if gotSpec <= plainSpec {
		t.Errorf("event's own names: %.3f, want above the plain cosine %.3f", gotSpec, plainSpec)
	}
	if gotSaga >= gotSpec {
		t.Errorf("saga-only %.3f not below specific %.3f", gotSaga, gotSpec)
	}

	l.events = l.events[:2]
	l.dfOK = false
	if _, ok := c.namesSpecific(sagaOnly, ev); ok {
		t.Errorf("rule on with 1 other event (NameSpreadFrom %d)", cfg.NameSpreadFrom)
	}
}
