package story

import (
	"context"
	"strings"
	"testing"
)

// groupStream adds docs to a Clusterer of cfg in batches of 500, draining
// after each, and returns each article's event and storyline.
func groupStream(t *testing.T, cfg Config, docs []Doc) (events, lines map[string]string) {
	t.Helper()
	c := New(cfg, nil)
	tr := NewTracker()
	for start := 0; start < len(docs); start += 500 {
		if err := c.AddAll(context.Background(), docs[start:min(start+500, len(docs))], 2, tr.Decide); err != nil {
			t.Fatal(err)
		}
		tr.Apply(c.Drain())
	}
	events, lines = map[string]string{}, map[string]string{}
	for _, d := range docs {
		events[d.ID], lines[d.ID] = tr.Event(d.ID), tr.Storyline(d.ID)
	}
	return events, lines
}

// partition returns, for each article, the first article of its group
// (groups by the ids of of): two runs group alike when their partitions
// are equal, whatever the ids they gave the groups.
func partition(docs []Doc, of map[string]string) map[string]string {
	first := map[string]string{}
	out := map[string]string{}
	for _, d := range docs {
		g := of[d.ID]
		if _, ok := first[g]; !ok {
			first[g] = d.ID
		}
		out[d.ID] = first[g]
	}
	return out
}

// TestStorylineSettingsMoveNoArticle: the event level reads the sagas
// (Config.Sagas), not the storylines, so threading storylines far more
// loosely or strictly changes the storylines of a synthetic stream but
// moves no article between events. Before the sagas were kept apart, the
// name and word spread of an event's storyline (spreadWeight) moved
// articles whenever the storylines changed.
func TestStorylineSettingsMoveNoArticle(t *testing.T) {
	docs := synthStream(11, 3000)
	base := DefaultConfig()
	// Without the rare-name joins: on this stream they join what the wide
	// lookup joins, and that case would test nothing.
	base.Storylines.RareNames = 0
	wantEvents, wantLines := groupStream(t, base, docs)
	for _, tc := range []struct {
		name string
		set  func(*StorylineConfig)
	}{
		{"loose", func(s *StorylineConfig) { s.Threshold, s.MergeThreshold, s.Names = 0.05, 0.08, 0 }},
		{"strict", func(s *StorylineConfig) { s.Threshold, s.MergeThreshold = 0.6, 0.9 }},
		{"wide lookup", func(s *StorylineConfig) { s.Candidates, s.QueryKeys, s.MergeThreshold = 40, 12, 0.3 }},
		{"rare names", func(s *StorylineConfig) { s.RareNames, s.RareFloor = 50, 0.1 }},
	} {
		cfg := base
		tc.set(&cfg.Storylines)
		events, lines := groupStream(t, cfg, docs)
		want, got := partition(docs, wantEvents), partition(docs, events)
		moved := 0
		for _, d := range docs {
			if got[d.ID] != want[d.ID] {
				moved++
			}
		}
		if moved > 0 {
			t.Errorf("%s storylines: %d of %d articles grouped into other events", tc.name, moved, len(docs))
		}
		wl, gl := partition(docs, wantLines), partition(docs, lines)
		differ := 0
		for _, d := range docs {
			if wl[d.ID] != gl[d.ID] {
				differ++
			}
		}
		if differ == 0 {
			t.Errorf("%s storylines: the storylines did not change; the test tests nothing", tc.name)
		}
	}
}

// TestResumeStateBeforeSagas: a state saved before the sagas were kept
// apart (format 5) is read with its storylines as the sagas too, so a run
// resumed from it makes the decisions of a run that never stopped; the
// current format keeps the sagas apart through a round trip.
func TestResumeStateBeforeSagas(t *testing.T) {
	docs := synthStream(13, 1200)
	run := func(stop func(*Clusterer) *Clusterer) (map[string]string, map[string]string, *Clusterer) {
		c := New(DefaultConfig(), nil)
		tr := NewTracker()
		for i, start := 0, 0; start < len(docs); i, start = i+1, start+400 {
			if err := c.AddAll(context.Background(), docs[start:min(start+400, len(docs))], 2, tr.Decide); err != nil {
				t.Fatal(err)
			}
			tr.Apply(c.Drain())
			if i == 1 {
				c = stop(c)
			}
		}
		events, lines := map[string]string{}, map[string]string{}
		for _, d := range docs {
			events[d.ID], lines[d.ID] = tr.Event(d.ID), tr.Storyline(d.ID)
		}
		return events, lines, c
	}
	var resumed *Clusterer
	through := func(v byte) func(*Clusterer) *Clusterer {
		return func(c *Clusterer) *Clusterer {
			b, err := c.marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			r, err := Resume(b, nil)
			if err != nil {
				t.Fatalf("format %d: %v", v, err)
			}
			if b2, err := r.marshal(v); err != nil || string(b2) != string(b) {
				t.Errorf("format %d: the state does not survive a round trip (%v)", v, err)
			}
			resumed = r
			return r
		}
	}
	wantEvents, wantLines, _ := run(func(c *Clusterer) *Clusterer { return c })
	for _, v := range []byte{stateV5, stateMagic[len(stateMagic)-1]} {
		events, lines, _ := run(through(v))
		for _, d := range docs {
			if events[d.ID] != wantEvents[d.ID] || lines[d.ID] != wantLines[d.ID] {
				t.Errorf("format %d: %s in event %s storyline %s, want %s %s", v, d.ID, events[d.ID], lines[d.ID], wantEvents[d.ID], wantLines[d.ID])
				break
			}
		}
		sagas := resumed.sagaThreads()
		if len(sagas.lines) == 0 || len(sagas.lines) != len(resumed.lines.lines) {
			t.Errorf("format %d: %d sagas resumed beside %d storylines", v, len(sagas.lines), len(resumed.lines.lines))
		}
		for _, e := range resumed.events {
			if saga, _ := sagas.slot(e); *saga == 0 {
				t.Errorf("format %d: event %s resumed without a saga", v, e.id)
				break
			}
		}
	}
}

// TestSagasSharedWhenSettingsEqual: when the sagas are threaded by the
// storylines' settings (the defaults), the two threadings would be one
// event for event, so only the storylines are kept, and the state saved
// is the one a Clusterer keeping both writes (its sagas a copy of the
// storylines); settings apart keep both threadings.
func TestSagasSharedWhenSettingsEqual(t *testing.T) {
	docs := synthStream(11, 1500)
	feed := func(cfg Config) *Clusterer {
		c := New(cfg, nil)
		if err := c.AddAll(context.Background(), docs, 2, func(Decision) {}); err != nil {
			t.Fatal(err)
		}
		c.Repair()
		return c
	}
	equal := DefaultConfig()
	equal.Storylines = equal.Sagas
	c := feed(equal)
	// A Clusterer made to keep both threadings, as before they were
	// shared, writes the same state byte for byte.
	both := New(equal, nil)
	both.threaded = []*storylines{&both.lines, &both.sagas}
	if err := both.AddAll(context.Background(), docs, 2, func(Decision) {}); err != nil {
		t.Fatal(err)
	}
	both.Repair()
	if len(both.sagas.lines) == 0 {
		t.Fatalf("both kept: no sagas")
	}
	bb, err := both.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.sagas.lines) + len(c.sagas.dormant); n != 0 {
		t.Errorf("equal settings: %d sagas kept beside %d storylines", n, len(c.lines.lines))
	}
	if len(c.lines.lines) == 0 {
		t.Fatalf("no storylines: the test tests nothing")
	}
	b, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != string(bb) {
		t.Errorf("equal settings: the state differs from one of a Clusterer keeping both threadings (%d and %d bytes)", len(b), len(bb))
	}
	r, err := Resume(b, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(r.sagas.lines) + len(r.sagas.dormant); n != 0 {
		t.Errorf("equal settings resumed: %d sagas kept", n)
	}
	if b2, err := r.MarshalBinary(); err != nil || string(b2) != string(b) {
		t.Errorf("equal settings: the state does not survive a round trip (%v)", err)
	}
	apart := equal
	apart.Storylines.Threshold = 0.6
	if c := feed(apart); len(c.sagas.lines) == 0 {
		t.Errorf("settings apart: no sagas kept")
	}
	if c := feed(DefaultConfig()); len(c.sagas.lines) == 0 {
		t.Errorf("default settings (storylines merged apart from the sagas): no sagas kept")
	}
}

// TestReadLinesNamesThreading: an error in the saved threads says which
// threading holds it, the storylines or the sagas.
func TestReadLinesNamesThreading(t *testing.T) {
	var ls storylines
	ls.init()
	// Two entries of one serial: written twice, read as a fault.
	ls.lines[1] = &storyline{serial: 7, id: "l7"}
	ls.lines[2] = &storyline{serial: 7, id: "l7b"}
	w := &enc{}
	writeLines(w, &ls, stateMagic[len(stateMagic)-1])
	for _, what := range []string{"storyline", "saga"} {
		var into storylines
		into.init()
		err := readLines(&dec{b: w.b}, &into, stateMagic[len(stateMagic)-1], what)
		if err == nil || !strings.Contains(err.Error(), what+" serial 7 twice") {
			t.Errorf("%s: error %v, want it named", what, err)
		}
	}
}
