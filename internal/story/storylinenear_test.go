package story

import (
	"math"
	"testing"
	"time"
)

// nearProfile returns the dated profile of event serial on day core with
// the made-up names and words given, each weighing alike.
func nearProfile(serial int64, core int32, names, words []string) *profile {
	unit := func(k kind, keys []string) vec {
		var v vec
		for _, key := range keys {
			v = append(v, entry{h: hashKey(k, key), key: key, w: 1 / math.Sqrt(float64(len(keys)))})
		}
		return byHash(v)
	}
	return &profile{serial: serial, id: "e" + string(rune('a'+serial)), names: unit(kindNames, names), words: unit(kindWords, words),
		dated: true, core: core, articles: 1}
}

// nearLines returns a Clusterer at day 20,000 whose storylines hold the
// thread of an invented harbour fire (three events) and a young storyline
// of one piece on the fire's inquiry that names only the harbour master
// and shares two of the thread's words: it missed the thread.
func nearLines(t *testing.T) (*Clusterer, *storyline, *storyline) {
	t.Helper()
	c := New(DefaultConfig(), nil)
	c.at = dayTime(20000)
	ls := &c.lines
	fire := []string{"fire", "harbour", "crew", "blaze", "tanker"}
	thread := ls.newLine("fire")
	for i := range 3 {
		thread.events = append(thread.events, nearProfile(int64(i+1), 19998+int32(i), []string{"marisol venn", "tobiah krell"}, fire))
	}
	young := ls.newLine("inquiry")
	young.events = []*profile{nearProfile(9, 20000, []string{"edda vorn"},
		[]string{"inquiry", "harbour", "fire", "master", "pump"})}
	cfg := ls.conf(c)
	if sc := ls.score(cfg, young.events[0], thread); sc >= cfg.Threshold {
		t.Fatalf("the inquiry piece scores %.3f against the fire, the threshold %.2f: the test tests nothing", sc, cfg.Threshold)
	}
	return c, thread, young
}

// grow adds to the thread an event on the inquiry that names the harbour
// master beside the ship: the piece now scores over the threshold.
func grow(c *Clusterer, thread *storyline) {
	thread.events = append(thread.events, nearProfile(4, 20001, []string{"marisol venn", "edda vorn"},
		[]string{"inquiry", "harbour", "fire", "master", "pump"}))
	c.lines.changedLine(c, thread)
}

// TestNearLooks: a storyline begun by a piece that just missed a thread
// merges into it at a repair after the thread changed so that the piece
// now scores the threshold against it, recorded as a merge so that its id
// resolves to the thread. It is not looked at when neither changed, nor
// once its record is past or it holds more than rareLineEvents events.
func TestNearLooks(t *testing.T) {
	c, thread, young := nearLines(t)
	ls, cfg := &c.lines, &c.cfg.Storylines
	young.near, young.nearUntil = thread.id, c.at.AddDate(0, 0, nearDays)
	pending := []*storyline{young}

	ls.nearLooks(c, cfg, pending, map[int64]bool{thread.serial: true})
	if ls.lines[young.serial] == nil || young.near != thread.id {
		t.Fatal("the piece merged (or lost its record) while it still scored under the threshold")
	}
	grow(c, thread)
	ls.nearLooks(c, cfg, pending, map[int64]bool{})
	if ls.lines[young.serial] == nil {
		t.Fatal("the piece merged at a repair where neither storyline changed")
	}
	ls.nearLooks(c, cfg, pending, map[int64]bool{thread.serial: true})
	if ls.lines[young.serial] != nil {
		t.Fatal("the piece did not merge into the thread that changed to fit it")
	}
	if got := ls.resolve(young.id); got != thread {
		t.Errorf("the piece's storyline id resolves to %v, want the thread", got)
	}
	if n := len(ls.merges); n != 1 || ls.merges[0].From != young.id || ls.merges[0].Into != thread.id {
		t.Errorf("merges = %+v, want one of the piece's storyline into the thread", ls.merges)
	}
	if _, p := thread.find(9); p == nil {
		t.Error("the thread does not hold the piece's event")
	}

	for _, tc := range []struct {
		what  string
		setup func(c *Clusterer, young *storyline)
	}{
		{"past its record", func(c *Clusterer, young *storyline) { c.at = young.nearUntil.Add(time.Hour) }},
		{"a thread of its own", func(c *Clusterer, young *storyline) {
			for i := range rareLineEvents {
				young.events = append(young.events, nearProfile(int64(10+i), 20000, []string{"edda vorn"}, []string{"inquiry", "pump"}))
			}
		}},
	} {
		c, thread, young := nearLines(t)
		young.near, young.nearUntil = thread.id, c.at.AddDate(0, 0, nearDays)
		grow(c, thread)
		tc.setup(c, young)
		c.lines.nearLooks(c, &c.cfg.Storylines, []*storyline{young}, map[int64]bool{thread.serial: true, young.serial: true})
		if c.lines.lines[young.serial] == nil {
			t.Errorf("%s: the piece merged", tc.what)
		}
		if young.near != "" {
			t.Errorf("%s: the record was kept", tc.what)
		}
	}
}

// TestNearMissRecords: a new storyline records the one its first event
// missed only when the score fell within NearMiss under the threshold,
// the other is active and NearMiss is on.
func TestNearMissRecords(t *testing.T) {
	c, thread, young := nearLines(t)
	ls := &c.lines
	cfg := c.cfg.Storylines
	off := cfg
	off.NearMiss = 0
	for _, tc := range []struct {
		what string
		cfg  *StorylineConfig
		sc   float64
		want bool
	}{
		{"just under", &cfg, cfg.Threshold - cfg.NearMiss/2, true},
		{"far under", &cfg, cfg.Threshold - 2*cfg.NearMiss, false},
		{"over (it would have joined)", &cfg, cfg.Threshold, false},
		{"NearMiss off", &off, cfg.Threshold - cfg.NearMiss/2, false},
	} {
		young.near = ""
		ls.nearMiss(tc.cfg, young, thread, tc.sc, c.at)
		if got := young.near == thread.id; got != tc.want {
			t.Errorf("%s: recorded %v, want %v", tc.what, got, tc.want)
		}
	}
	young.near = ""
	ls.drop(thread)
	ls.dormant[thread.serial] = thread
	ls.nearMiss(&cfg, young, thread, cfg.Threshold-cfg.NearMiss/2, c.at)
	if young.near != "" {
		t.Error("a dormant storyline was recorded as missed")
	}
}

// TestNearMissResumes: a storyline's record of the one it missed is part
// of the saved state.
func TestNearMissResumes(t *testing.T) {
	c, thread, young := nearLines(t)
	young.near, young.nearUntil = thread.id, c.at.AddDate(0, 0, nearDays)
	r := resumed(t, c)
	got := r.lines.lines[young.serial]
	if got == nil || got.near != thread.id || !got.nearUntil.Equal(young.nearUntil) {
		t.Errorf("resumed storyline %+v, want near %s until %v", got, thread.id, young.nearUntil)
	}
}
