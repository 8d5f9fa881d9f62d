package story

import "testing"

// TestCommentaryPeers: an event made of one column on an invented
// harbour strike takes a second column only when its score clears the
// threshold by Config.CommentaryPeers; a report at the same score joins
// it, and so does a column once a report sits in the event. With
// CommentaryPeers 0 the column joins at the threshold.
func TestCommentaryPeers(t *testing.T) {
	cfg := DefaultConfig()
	if cfg.CommentaryPeers <= 0 {
		t.Fatalf("CommentaryPeers %.2f: the rule is off by default", cfg.CommentaryPeers)
	}
	c := New(cfg, nil)
	ev := &event{serial: 10}
	ev.members = []*member{{id: "col-1", headline: Opinion}}
	piece := func(kind Headline) *prepared {
		p := &prepared{headline: kind}
		p.doc.HasTime = true
		return p
	}
	near := scored{score: cfg.Threshold + cfg.CommentaryPeers/2}
	clear := scored{score: cfg.Threshold + cfg.CommentaryPeers + 0.01}

	for _, kind := range []Headline{Opinion, Explainer, Question, FirstPerson} {
		if ok, _ := c.joins(piece(kind), ev, &near, cfg.Threshold); ok {
			t.Errorf("%v joins an event of one column at %.3f", kind, near.score)
		}
		if ok, _ := c.joins(piece(kind), ev, &clear, cfg.Threshold); !ok {
			t.Errorf("%v does not join an event of one column at %.3f", kind, clear.score)
		}
	}
	if ok, _ := c.joins(piece(News), ev, &near, cfg.Threshold); !ok {
		t.Errorf("a report does not join an event of one column at %.3f", near.score)
	}
	ev.members = append(ev.members, &member{id: "rep-1", headline: News})
	if ok, _ := c.joins(piece(Opinion), ev, &near, cfg.Threshold); !ok {
		t.Errorf("a column does not join an event holding a report at %.3f", near.score)
	}

	ev.members = ev.members[:1]
	c.cfg.CommentaryPeers = 0
	if ok, _ := c.joins(piece(Opinion), ev, &near, cfg.Threshold); !ok {
		t.Errorf("CommentaryPeers 0: a column does not join an event of one column at %.3f", near.score)
	}
}
