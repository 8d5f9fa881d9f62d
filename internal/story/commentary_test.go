package story

import "testing"

// TestCommentaryWords: an event of an invented harbour strike (the ferry
// vote) sits in a storyline whose four other events all carry the
// saga's words. A column on the strike in general, well clear of every
// margin, does not join it; the same words under a news headline do (the
// check is for commentary only); a column that shares the vote's own
// words joins, and so does one that names the day the event's reports
// name; the check is off in a storyline too young to tell what is the
// saga's, and with CommentaryWords 0.
func TestCommentaryWords(t *testing.T) {
	cfg := DefaultConfig()
	if cfg.CommentaryWords <= 0 {
		t.Fatalf("CommentaryWords %.2f: the check is off by default", cfg.CommentaryWords)
	}
	c := New(cfg, nil)
	ev, l := strikeSaga(c)
	ev.toldDays = map[int32]int{100: 2}

	column := func(kind Headline, words ...string) *prepared {
		p := &prepared{headline: kind, pubDay: 101, eday: 101}
		p.doc.HasTime = true
		p.hvecs[kindWords] = wordsVec(words...)
		return p
	}
	sagaWords := []string{"strike", "dockers", "harbour", "wages", "picket"}
	clear := scored{score: cfg.Threshold + cfg.SpecificMargin + 0.2}

	for _, kind := range []Headline{Opinion, Explainer, Question, FirstPerson, Marked} {
		if ok, sw := c.joins(column(kind, sagaWords...), ev, &clear, cfg.Threshold); ok || sw != 0 {
			t.Errorf("%v on the saga joins the event (%v, words %.3f)", kind, ok, sw)
		}
	}
	if ok, _ := c.joins(column(News, sagaWords...), ev, &clear, cfg.Threshold); !ok {
		t.Errorf("a news headline with the saga's words, clear of the margins, does not join")
	}
	if ok, sw := c.joins(column(Opinion, "ferry", "vote", "quorum", "strike", "dockers"), ev, &clear, cfg.Threshold); !ok {
		t.Errorf("a column with the event's own words does not join (words %.3f)", sw)
	}
	told := column(Opinion, sagaWords...)
	told.told, told.eday = true, 100
	if ok, _ := c.joins(told, ev, &clear, cfg.Threshold); !ok {
		t.Errorf("a column naming the day the event's reports name does not join")
	}
	told.eday = 99
	if ok, _ := c.joins(told, ev, &clear, cfg.Threshold); ok {
		t.Errorf("a column naming a day no report of the event names joins")
	}
	below := scored{score: cfg.Threshold - 0.01}
	if ok, _ := c.joins(column(Opinion, "ferry", "vote", "quorum"), ev, &below, cfg.Threshold); ok {
		t.Errorf("a column below the threshold joins")
	}

	off := c.cfg
	off.CommentaryWords = 0
	c.cfg = off
	if ok, _ := c.joins(column(Opinion, sagaWords...), ev, &clear, cfg.Threshold); !ok {
		t.Errorf("CommentaryWords 0: a column clear of the margins does not join")
	}
	c.cfg = cfg

	l.events = l.events[:3]
	l.dfOK = false
	if ok, sw := c.joins(column(Opinion, sagaWords...), ev, &clear, cfg.Threshold); !ok || sw != -1 {
		t.Errorf("storyline of 2 other events: a column joins %v, words %.3f (NameSpreadFrom %d)", ok, sw, cfg.NameSpreadFrom)
	}
}
