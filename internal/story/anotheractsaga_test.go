package story

import "testing"

// TestAnotherActSagaHead: in the invented harbour strike, an event whose
// title and lead hold only the saga's words (every other event of the
// storyline carries them) has nothing in its headline that sets its act
// apart. An article near the threshold with that very headline and other
// action kinds is not another act: it joins (before, the head's likeness
// counted as 0 and the event's own headline read as another act). The
// article's body shares the event's own words, so the specific-words check
// lets it through.
func TestAnotherActSagaHead(t *testing.T) {
	cfg := DefaultConfig()
	c := New(cfg, nil)
	ev, _ := strikeSaga(c)
	ev.cent[kindTitle].add(keysVec(kindTitle, "strike", "dockers", "harbour"), 1)
	ev.cent[kindLead].add(keysVec(kindLead, "strike", "dockers", "wages"), 1)

	p := &prepared{}
	p.hvecs[kindWords] = wordsVec("ferry", "vote", "quorum", "strike", "dockers")
	p.hvecs[kindTitle] = keysVec(kindTitle, "strike", "dockers", "harbour")
	p.hvecs[kindLead] = keysVec(kindLead, "strike", "dockers", "wages")
	r := scored{score: cfg.Threshold + cfg.SpecificMargin/2}
	r.has[kindActions], r.parts[kindActions] = true, cfg.SpecificActions/4

	if c.anotherAct(p, ev, &r) {
		t.Errorf("the event's own saga-only headline reads as another act")
	}
	if ok, _ := c.joins(p, ev, &r, cfg.Threshold); !ok {
		t.Errorf("an article with the event's saga-only headline does not join")
	}
	if _, told := weighedCosine(p.hvecs[kindTitle], &ev.cent[kindTitle], func(entry) float64 { return 0 }); told {
		t.Errorf("weighedCosine against a centroid that weighs nothing: told")
	}
}
