package story

import (
	"cmp"
	"slices"
	"testing"
)

// namesVec returns a hash-sorted unit vector of the names keys, each of
// weight 1.
func namesVec(keys ...string) vec { return keysVec(kindNames, keys...) }

// wordsVec returns a hash-sorted unit vector of the words keys, each of
// weight 1.
func wordsVec(keys ...string) vec { return keysVec(kindWords, keys...) }

// keysVec returns a hash-sorted unit vector of keys of one kind, each of
// weight 1.
func keysVec(k kind, keys ...string) vec {
	v := make(vec, 0, len(keys))
	for _, key := range keys {
		v = append(v, entry{h: hashKey(k, key), key: key, w: 1})
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
	ev, l := sagaStoryline(c, kindNames, []string{"ferry act", "senator brandvik"}, saga)

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

// TestSpecificWords: an event of an invented harbour strike sits in a
// storyline whose four other events all carry the saga's words. An
// article near the threshold that shares only those words (a column on
// the strike in general) does not join; one that shares the words of the
// event's own happening (the ferry vote) does, and so does the saga-only
// article when its score is SpecificMargin clear of what it needs, or
// when the storyline is too young to tell what is the saga's.
func TestSpecificWords(t *testing.T) {
	cfg := DefaultConfig()
	c := New(cfg, nil)
	ev, l := strikeSaga(c)

	sagaOnly := &prepared{}
	sagaOnly.hvecs[kindWords] = wordsVec("strike", "dockers", "harbour", "wages", "picket")
	specific := &prepared{}
	specific.hvecs[kindWords] = wordsVec("ferry", "vote", "quorum", "strike", "dockers")

	if sw, ok := c.spreadCosine(sagaOnly, ev, kindWords, 1); !ok || sw != 0 {
		t.Errorf("saga-only words: %.3f (on %v), want 0: every other event carries them", sw, ok)
	}
	if sw, ok := c.spreadCosine(specific, ev, kindWords, 1); !ok || sw < cfg.SpecificWords {
		t.Errorf("the event's own words: %.3f (on %v), want at least %.2f", sw, ok, cfg.SpecificWords)
	}

	near := scored{score: cfg.Threshold + cfg.SpecificMargin/2}
	if ok, sw := c.joins(sagaOnly, ev, &near, cfg.Threshold); ok || sw != 0 {
		t.Errorf("saga-only article near the threshold joins (%v, specific %.3f)", ok, sw)
	}
	if ok, _ := c.joins(specific, ev, &near, cfg.Threshold); !ok {
		t.Errorf("article with the event's own words near the threshold does not join")
	}
	clear := scored{score: cfg.Threshold + cfg.SpecificMargin + 0.01}
	if ok, sw := c.joins(sagaOnly, ev, &clear, cfg.Threshold); !ok || sw != -1 {
		t.Errorf("saga-only article clear of the margin: joins %v, specific %.3f", ok, sw)
	}
	below := scored{score: cfg.Threshold - 0.01}
	if ok, _ := c.joins(specific, ev, &below, cfg.Threshold); ok {
		t.Errorf("article below the threshold joins")
	}

	l.events = l.events[:3]
	l.dfOK = false
	if ok, sw := c.joins(sagaOnly, ev, &near, cfg.Threshold); !ok || sw != -1 {
		t.Errorf("storyline of 2 other events: saga-only article joins %v, specific %.3f (NameSpreadFrom %d)", ok, sw, cfg.NameSpreadFrom)
	}
}

// strikeSaga puts into c's storyline 1 an event of an invented harbour
// strike (the ferry vote) whose words are the saga's and its own, beside
// four other events that carry only the saga's words (sagaStoryline).
func strikeSaga(c *Clusterer) (*event, *storyline) {
	return sagaStoryline(c, kindWords, []string{"ferry", "vote", "ballot", "quorum"},
		[]string{"strike", "dockers", "harbour", "wages"})
}

// sagaStoryline puts into c's storyline 1, which is also its saga 1 (the
// thread the event level reads), an event (serial 10) whose keys of kind
// k (names or words) are own and saga, and four other events whose keys
// are saga only, and returns the event and the storyline.
func sagaStoryline(c *Clusterer, k kind, own, saga []string) (*event, *storyline) {
	profileOf := func(serial int64, v vec) *profile {
		p := &profile{serial: serial}
		if k == kindWords {
			p.words = v
		} else {
			p.names = v
		}
		return p
	}
	ev := &event{serial: 10, storyline: 1, saga: 1}
	evKeys := keysVec(k, append(own, saga...)...)
	ev.cent[k].add(evKeys, 1)
	l := &storyline{serial: 1, id: "l1"}
	l.events = append(l.events, profileOf(10, evKeys))
	for i := range 4 {
		l.events = append(l.events, profileOf(int64(20+i), keysVec(k, saga...)))
	}
	c.lines.lines[1] = l
	c.sagas.lines[1] = l
	return ev, l
}
