package story

import "testing"

// TestCommentaryHead: the harbour strike's ferry vote sits in a storyline
// of two other events, too young to weigh the saga's words out, so
// CommentaryWords cannot tell a column on the strike at large from one
// on the vote. A column (Opinion, Marked) clear of every margin whose title and lead are
// both under CommentaryHead like the event's does not join; one whose
// title (or lead) shares the vote's headline joins; an explainer
// (takeaways of the vote belong to it) or a question, a news headline, a
// column naming the day the event's reports name, a piece whose title
// or lead was not measured, and every piece with CommentaryHead 0 join
// as before.
func TestCommentaryHead(t *testing.T) {
	cfg := DefaultConfig()
	if cfg.CommentaryHead <= 0 {
		t.Fatalf("CommentaryHead %.2f: the check is off by default", cfg.CommentaryHead)
	}
	c := New(cfg, nil)
	ev, l := strikeSaga(c)
	l.events = l.events[:3]
	ev.toldDays = map[int32]int{100: 2}

	piece := func(kind Headline) *prepared {
		p := &prepared{headline: kind, pubDay: 101, eday: 101}
		p.doc.HasTime = true
		p.hvecs[kindWords] = wordsVec("strike", "dockers", "harbour", "wages", "picket")
		return p
	}
	clear := func(title, lead float64) *scored {
		r := &scored{score: cfg.Threshold + cfg.SpecificMargin + 0.2}
		r.has[kindTitle], r.has[kindLead] = true, true
		r.parts[kindTitle], r.parts[kindLead] = title, lead
		return r
	}
	low := cfg.CommentaryHead / 2
	for _, tc := range []struct {
		name  string
		p     *prepared
		r     *scored
		joins bool
	}{
		{"a column with title and lead unlike the event's", piece(Opinion), clear(low, low), false},
		{"a marked analysis with title and lead unlike the event's", piece(Marked), clear(0, low), false},
		{"takeaways with title and lead unlike the event's", piece(Explainer), clear(0, low), true},
		{"a question with title and lead unlike the event's", piece(Question), clear(low, low), true},
		{"a column whose title is like the event's", piece(Opinion), clear(cfg.CommentaryHead, low), true},
		{"a column whose lead is like the event's", piece(Marked), clear(low, cfg.CommentaryHead+0.1), true},
		{"a news headline unlike the event's", piece(News), clear(low, low), true},
		{"a column with no lead measured", piece(Opinion), &scored{score: cfg.Threshold + 0.3}, true},
	} {
		if ok, _ := c.joins(tc.p, ev, tc.r, cfg.Threshold); ok != tc.joins {
			t.Errorf("%s: joins %v, want %v", tc.name, ok, tc.joins)
		}
	}
	told := piece(Opinion)
	told.told, told.eday = true, 100
	if ok, _ := c.joins(told, ev, clear(low, low), cfg.Threshold); !ok {
		t.Errorf("a column naming the day the event's reports name does not join")
	}
	off := cfg
	off.CommentaryHead = 0
	c.cfg = off
	if ok, _ := c.joins(piece(Opinion), ev, clear(low, low), cfg.Threshold); !ok {
		t.Errorf("CommentaryHead 0: a column clear of the margins does not join")
	}
}

// TestColumnLine: a column kept out of the ferry vote's event by
// CommentaryHead alone still threads the vote's storyline (columnLine
// names it, placeIn attaches its new event there); a news piece, a column
// below the event's need, a column that joins and one CommentaryWords
// keeps out of an older storyline name none.
func TestColumnLine(t *testing.T) {
	cfg := DefaultConfig()
	c := New(cfg, nil)
	ev, l := strikeSaga(c)
	l.events = l.events[:3]
	c.events[ev.serial] = ev
	piece := func(kind Headline) *prepared {
		p := &prepared{headline: kind, pubDay: 101, eday: 101}
		p.doc.HasTime = true
		p.hvecs[kindWords] = wordsVec("strike", "dockers", "harbour", "wages", "picket")
		p.vecs[kindWords] = p.hvecs[kindWords]
		return p
	}
	scoredAt := func(score, head float64) *scored {
		r := &scored{score: score}
		r.has[kindTitle], r.has[kindLead] = true, true
		r.parts[kindTitle], r.parts[kindLead] = head, head
		return r
	}
	high, low := cfg.Threshold+0.2, cfg.CommentaryHead/2
	for _, tc := range []struct {
		name string
		p    *prepared
		r    *scored
		want *event
	}{
		{"a column on the saga", piece(Opinion), scoredAt(high, low), ev},
		{"a news piece", piece(News), scoredAt(high, low), nil},
		{"a column below the need", piece(Opinion), scoredAt(cfg.Threshold-0.05, low), nil},
		{"a column that joins", piece(Opinion), scoredAt(high, cfg.CommentaryHead), nil},
	} {
		if got := c.columnLine(tc.p, ev.serial, tc.r, cfg.Threshold); got != tc.want {
			t.Errorf("%s: columnLine %v, want %v", tc.name, got, tc.want)
		}
	}
	if got := c.columnLine(piece(Opinion), -1, scoredAt(high, low), cfg.Threshold); got != nil {
		t.Errorf("no candidate: columnLine %v, want nil", got)
	}
	// In a storyline old enough to weigh the saga out, CommentaryWords
	// keeps the saga's column out (its words measured): no line named.
	old := New(cfg, nil)
	oev, _ := strikeSaga(old)
	old.events[oev.serial] = oev
	if got := old.columnLine(piece(Opinion), oev.serial, scoredAt(high, low), cfg.Threshold); got != nil {
		t.Errorf("a column kept out by CommentaryWords: columnLine %v, want nil", got)
	}
	col := c.newEvent("column")
	n := len(l.events)
	if !c.lines.placeIn(c, col, piece(Opinion), ev) || col.storyline != l.serial || len(l.events) != n+1 {
		t.Errorf("placeIn: the column's event is on storyline %d (%d events), want %d (%d)", col.storyline, len(l.events), l.serial, n+1)
	}
	if c.lines.placeIn(c, c.newEvent("other"), piece(Opinion), &event{storyline: 999}) {
		t.Errorf("placeIn on a storyline no longer held reports true")
	}
}
