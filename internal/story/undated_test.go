package story

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// undatedReports returns n undated reports of the Karsk quake (the
// fixtures q2-*, again and again from other outlets), added on added.
func undatedReports(n int, added time.Time) []Doc {
	base := docsOf(fixtures[3:6])
	out := make([]Doc, n)
	for i := range out {
		d := base[i%len(base)]
		d.ID = fmt.Sprintf("karsk-%d", i)
		d.Outlet = fmt.Sprintf("outlet%d.example", i)
		d.HasTime, d.Published, d.Added = false, time.Time{}, added
		out[i] = d
	}
	return out
}

// filler is a dated report of nothing the fixtures report, published on
// day: it moves the clock.
func filler(id, day string) Doc {
	return fixture{id: id, outlet: "valleytimes.example", date: day, title: "Osren ferry timetable changes for the summer",
		body: "The Osren ferry will sail twice an hour from June, the harbour board said.\n\nTickets bought before May stay valid."}.doc()
}

// sizes returns the number of articles of every event in tr that holds
// one of ids.
func sizes(tr *Tracker, ids []string) map[string]int {
	out := map[string]int{}
	for _, id := range ids {
		out[tr.Event(id)]++
	}
	return out
}

func ids(docs []Doc) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.ID
	}
	return out
}

// TestUndatedArchiveEventsStaySmall: in a dated stream, undated articles
// with no time (an archive imported long after) that all look alike form
// events of at most UndatedMax articles, never one event of the whole
// saga, and set no time. A stream with no date at all is grouped by
// content alone.
func TestUndatedArchiveEventsStaySmall(t *testing.T) {
	reports := undatedReports(10, day("2040-01-01"))
	dated := append([]Doc{filler("ferry", "2035-05-01")}, reports...)

	// The three fixtures alike enough to join with no margin: the bound
	// is what keeps their events small.
	unbounded := DefaultConfig()
	unbounded.UndatedMax, unbounded.UndatedMargin = 0, 0
	_, tr, _ := run(t, unbounded, dated)
	if got := sizes(tr, ids(reports)); len(got) != 1 {
		t.Fatalf("without a bound the ten reports are in %d events, want 1: the test shows nothing", len(got))
	}

	cfg := DefaultConfig()
	cfg.UndatedMargin = 0
	c, tr, _ := run(t, cfg, dated)
	got := sizes(tr, ids(reports))
	for ev, n := range got {
		if n > cfg.UndatedMax {
			t.Errorf("event %s holds %d undated articles with no time, want at most %d", ev, n, cfg.UndatedMax)
		}
		if s, ok := c.Story(ev); ok && (!s.First.IsZero() || !s.Day.IsZero()) {
			t.Errorf("event %s of undated articles has a time: %v..%v", ev, s.First, s.Last)
		}
	}
	if len(got) > 10/2 {
		t.Errorf("ten alike reports in %d events: they should still find each other in small events", len(got))
	}

	// No date anywhere: content alone groups them.
	_, tr, _ = run(t, cfg, reports)
	if got := sizes(tr, ids(reports)); len(got) != 1 {
		t.Errorf("in a stream with no date, ten alike reports are in %d events, want 1", len(got))
	}
}

// TestUndatedCurrentFitsEvidence: an undated article that was current news
// joins a dated event only when the day it was added fits the event's
// days within UndatedSpan; it never stretches the event.
func TestUndatedCurrentFitsEvidence(t *testing.T) {
	quake := docsOf(fixtures[:3]) // Velmora, 2031-03-04 and 05
	report := fixtures[1].doc()
	report.ID, report.HasTime, report.Published = "undated-velmora", false, time.Time{}
	for _, tc := range []struct {
		added string
		join  bool
	}{
		{"2031-03-06", true},
		{"2031-03-07", true},
		{"2031-03-08", false}, // four days after the event's first article
		{"2031-03-11", false},
	} {
		d := report
		d.Added = day(tc.added)
		// The clock reaches the day it is added, so it is current news.
		docs := append(slices.Clone(quake), filler("ferry", tc.added), d)
		c, tr, decs := run(t, DefaultConfig(), docs)
		if joined := tr.Event(d.ID) == tr.Event("q1-a"); joined != tc.join {
			t.Errorf("added %s: joined %v, want %v (%+v)", tc.added, joined, tc.join, decs[len(decs)-1])
		}
		if s, _ := c.Story(tr.Event("q1-a")); !s.First.Equal(day("2031-03-04")) || !s.Last.Equal(day("2031-03-05")) {
			t.Errorf("added %s: the event spans %v..%v", tc.added, s.First, s.Last)
		}
	}
}

// TestUndatedCurrentDoNotChain: undated reports that were each current
// news when added, day after day, do not chain into one event: the days
// they were added must fit within UndatedSpan.
func TestUndatedCurrentDoNotChain(t *testing.T) {
	var docs []Doc
	var reports []string
	for i, d := range undatedReports(6, time.Time{}) {
		added := day("2035-05-01").AddDate(0, 0, 2*i)
		d.Added = added
		docs = append(docs, filler(fmt.Sprintf("ferry-%d", i), added.Format("2006-01-02")), d)
		reports = append(reports, d.ID)
	}
	cfg := DefaultConfig()
	_, tr, _ := run(t, cfg, docs)
	first := map[string]time.Time{}
	last := map[string]time.Time{}
	for _, d := range docs {
		if d.HasTime {
			continue
		}
		ev := tr.Event(d.ID)
		if f, ok := first[ev]; !ok || d.Added.Before(f) {
			first[ev] = d.Added
		}
		if d.Added.After(last[ev]) {
			last[ev] = d.Added
		}
	}
	for ev := range first {
		if span := last[ev].Sub(first[ev]).Hours() / 24; span > cfg.UndatedSpan {
			t.Errorf("event %s holds undated reports added %.0f days apart", ev, span)
		}
	}
	if n := len(sizes(tr, reports)); n == len(reports) {
		t.Error("no two undated reports added two days apart were joined")
	}
}

// TestUndatedArchiveOneReportPerOutlet: with no date to tell them apart,
// one outlet's undated reports of a saga are kept in separate events, while
// other outlets' alike reports still join them.
func TestUndatedArchiveOneReportPerOutlet(t *testing.T) {
	reports := undatedReports(5, day("2040-01-01"))
	for i := range 3 {
		reports[i].Outlet = "samepaper.example"
	}
	stream := append([]Doc{filler("ferry", "2035-05-01")}, reports...)
	_, tr, _ := run(t, DefaultConfig(), stream)
	events := map[string]map[string]int{}
	for _, d := range reports {
		ev := tr.Event(d.ID)
		if events[ev] == nil {
			events[ev] = map[string]int{}
		}
		events[ev][d.Outlet]++
	}
	joined := false
	for ev, outlets := range events {
		if outlets["samepaper.example"] > 1 {
			t.Errorf("event %s holds %d undated reports of one outlet, want at most 1", ev, outlets["samepaper.example"])
		}
		if len(outlets) > 1 {
			joined = true
		}
	}
	if !joined {
		t.Error("no undated report of another outlet joined an alike one")
	}
}

func TestUndatedPairFits(t *testing.T) {
	cfg := DefaultConfig()
	c := New(cfg, nil)
	c.clock = day("2031-03-05") // a dated stream: archives are bounded
	d1, d5 := dayOf(day("2031-03-01")), dayOf(day("2031-03-05"))
	dated := func(from, to string) *event {
		return &event{dated: true, first: day(from), last: day(to), members: []*member{{dated: true}}}
	}
	current := func(days ...int32) *event {
		e := &event{}
		for _, d := range days {
			e.members = append(e.members, &member{current: true, pubDay: d})
		}
		return e
	}
	archive := func(n int) *event {
		e := &event{}
		for range n {
			e.members = append(e.members, &member{})
		}
		return e
	}
	archiveOf := func(outlets ...string) *event {
		e := &event{outlets: map[string]int{}}
		for _, o := range outlets {
			e.members = append(e.members, &member{outlet: o})
			e.outlets[o]++
		}
		return e
	}
	for _, tc := range []struct {
		name string
		a, b *event
		want bool
	}{
		{"current undated added the event's day", dated("2031-03-01", "2031-03-02"), current(d1), true},
		{"current undated added four days after", dated("2031-03-01", "2031-03-01"), current(d5), false},
		{"two current undated events a few days apart", current(d1), current(d1 + 3), true},
		{"two current undated events that would span four days", current(d1, d1+2), current(d5), false},
		{"two small archives", archive(2), archive(2), true},
		{"two archives over the bound", archive(3), archive(2), false},
		{"an archive and a dated event", archive(1), dated("2031-03-01", "2031-03-01"), false},
		{"an archive and a current undated event", archive(1), current(d1), true},
		{"two archives of other outlets", archiveOf("a.example"), archiveOf("b.example", "c.example"), true},
		{"two archives holding one outlet", archiveOf("a.example"), archiveOf("b.example", "a.example"), false},
		{"two archives of unnamed outlets", archiveOf(""), archiveOf(""), true},
	} {
		if got := c.undatedPairFits(tc.a, tc.b, true); got != tc.want {
			t.Errorf("%s: fits %v, want %v", tc.name, got, tc.want)
		}
		if got := c.undatedPairFits(tc.b, tc.a, true); got != tc.want {
			t.Errorf("%s (swapped): fits %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestUndatedEventNotSplitForItsSize: undated reports with no time that
// came before the stream had any date are grouped by content alone, into
// one event larger than UndatedMax. When a dated article later gives the
// stream a clock, the repair's split check must not read the bound as a
// sign that the event holds two happenings: the bound keeps undated
// events from growing, it tells nothing of what their parts report.
func TestUndatedEventNotSplitForItsSize(t *testing.T) {
	reports := undatedReports(10, time.Time{})
	docs := append(slices.Clone(reports), filler("ferry", "2035-05-01"))
	_, tr, _ := run(t, DefaultConfig(), docs)
	if got := sizes(tr, ids(reports)); len(got) != 1 {
		t.Errorf("ten alike undated reports end in %d events (%v), want 1", len(got), got)
	}

	// The split check still parts what the bound does not cover: the same
	// reports with the bound off end in one event too.
	unbounded := DefaultConfig()
	unbounded.UndatedMax = 0
	_, tr, _ = run(t, unbounded, docs)
	if got := sizes(tr, ids(reports)); len(got) != 1 {
		t.Fatalf("without a bound the ten reports are in %d events, want 1: the test shows nothing", len(got))
	}
}
