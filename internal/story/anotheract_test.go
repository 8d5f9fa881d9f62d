package story

import "testing"

// TestAnotherAct: an event of an invented harbour strike (the ferry vote)
// sits in a storyline whose four other events carry the saga's words. An
// article near the threshold whose body shares the event's own words but
// whose title and lead name only the saga (a picket on the docks) and
// whose action kinds differ tells another act: it does not join. It joins
// when its action kinds are the event's, when its headline names the
// event's act, when its score is SpecificMargin clear, when the check is
// off, and when the storyline is too young to tell.
func TestAnotherAct(t *testing.T) {
	cfg := DefaultConfig()
	c := New(cfg, nil)
	ev, l := strikeSaga(c)
	ev.cent[kindTitle].add(keysVec(kindTitle, "ferry", "vote", "strike", "dockers"), 1)
	ev.cent[kindLead].add(keysVec(kindLead, "ferry", "vote", "quorum", "harbour"), 1)

	article := func(title, lead []string) *prepared {
		p := &prepared{}
		p.hvecs[kindWords] = wordsVec("ferry", "vote", "quorum", "strike", "dockers")
		p.hvecs[kindTitle] = keysVec(kindTitle, title...)
		p.hvecs[kindLead] = keysVec(kindLead, lead...)
		return p
	}
	picket := article([]string{"strike", "dockers", "picket"}, []string{"strike", "harbour", "wages", "picket"})
	vote := article([]string{"ferry", "vote", "dockers"}, []string{"strike", "harbour", "wages"})
	near := func(actions float64) scored {
		r := scored{score: cfg.Threshold + cfg.SpecificMargin/2}
		r.has[kindActions], r.parts[kindActions] = true, actions
		return r
	}
	otherActs, sameActs := near(cfg.SpecificActions/4), near(cfg.SpecificActions+0.1)

	if ok, _ := c.joins(picket, ev, &otherActs, cfg.Threshold); ok {
		t.Errorf("another act near the threshold joins")
	}
	if ok, _ := c.joins(picket, ev, &sameActs, cfg.Threshold); !ok {
		t.Errorf("saga headline with the event's action kinds does not join")
	}
	if ok, _ := c.joins(vote, ev, &otherActs, cfg.Threshold); !ok {
		t.Errorf("headline naming the event's act does not join")
	}
	clear := otherActs
	clear.score = cfg.Threshold + cfg.SpecificMargin + 0.01
	if ok, _ := c.joins(picket, ev, &clear, cfg.Threshold); !ok {
		t.Errorf("another act clear of the margin does not join")
	}
	noActs := scored{score: otherActs.score}
	if ok, _ := c.joins(picket, ev, &noActs, cfg.Threshold); !ok {
		t.Errorf("article without action kinds does not join")
	}

	off := New(func() Config { k := cfg; k.SpecificHead = 0; return k }(), nil)
	offEv, _ := strikeSaga(off)
	offEv.cent = ev.cent
	if ok, _ := off.joins(picket, offEv, &otherActs, cfg.Threshold); !ok {
		t.Errorf("SpecificHead 0: another act does not join")
	}

	l.events = l.events[:3]
	l.dfOK = false
	if ok, _ := c.joins(picket, ev, &otherActs, cfg.Threshold); !ok {
		t.Errorf("storyline of 2 other events: another act does not join (NameSpreadFrom %d)", cfg.NameSpreadFrom)
	}
}

// TestWeighedCosine: the weighed cosine is that of the weighed vectors, 0
// when the article's side is empty (told stays true: see
// TestAnotherActSagaHead for an empty centroid).
func TestWeighedCosine(t *testing.T) {
	var cn centroid
	cn.add(keysVec(kindTitle, "ferry", "vote"), 1)
	one := func(entry) float64 { return 1 }
	cases := []struct {
		name string
		v    vec
		w    func(entry) float64
		want float64
	}{
		{"same keys", keysVec(kindTitle, "ferry", "vote"), one, 1},
		{"no key shared", keysVec(kindTitle, "picket"), one, 0},
		{"empty", nil, one, 0},
		{"shared key weighed out", keysVec(kindTitle, "vote", "picket"), func(e entry) float64 {
			if e.key == "vote" {
				return 0
			}
			return 1
		}, 0},
	}
	for _, tc := range cases {
		if got, told := weighedCosine(tc.v, &cn, tc.w); !told || got < tc.want-1e-9 || got > tc.want+1e-9 {
			t.Errorf("%s: %.4f, want %.4f", tc.name, got, tc.want)
		}
	}
}
