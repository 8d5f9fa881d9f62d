package story

import "testing"

// TestAnotherActYoungStoryline: anotherAct itself tells nothing while
// the storyline has fewer than NameSpreadFrom other events
// (TestAnotherAct's young case stops at spreadCosine in joins before
// anotherAct is asked).
func TestAnotherActYoungStoryline(t *testing.T) {
	cfg := DefaultConfig()
	c := New(cfg, nil)
	ev, l := strikeSaga(c)
	ev.cent[kindTitle].add(keysVec(kindTitle, "ferry", "vote", "strike", "dockers"), 1)
	ev.cent[kindLead].add(keysVec(kindLead, "ferry", "vote", "quorum", "harbour"), 1)
	p := &prepared{}
	p.hvecs[kindTitle] = keysVec(kindTitle, "picket", "pay")
	p.hvecs[kindLead] = keysVec(kindLead, "picket", "pay", "night")
	r := scored{score: cfg.Threshold}
	r.has[kindActions], r.parts[kindActions] = true, cfg.SpecificActions/4
	if !c.anotherAct(p, ev, &r) {
		t.Fatalf("a headline of another act in a storyline of 4 other events is no other act")
	}
	l.events = l.events[:cfg.NameSpreadFrom]
	l.dfOK = false
	if c.anotherAct(p, ev, &r) {
		t.Errorf("storyline of %d other events: anotherAct tells another act", cfg.NameSpreadFrom-1)
	}
}
