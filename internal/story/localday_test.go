package story

import (
	"maps"
	"testing"
	"time"
)

// TestLocalDay: an evening piece published with the publisher's offset
// from UTC reports the days of the publisher's clock, not the next UTC
// day's: "today" and a weekday read from its own date (invented text).
func TestLocalDay(t *testing.T) {
	// 22:30 on Tuesday 3 March 2026 at UTC-5 is 03:30 on Wednesday in UTC.
	pub := time.Date(2026, 3, 4, 3, 30, 0, 0, time.UTC)
	tuesday := dayOf(time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC))
	x := NewTextExtractor()
	for _, tc := range []struct {
		title  string
		offset int
		want   int32
	}{
		{"Velmar council doubles the harbour tax today", -5 * 3600, tuesday},
		{"Velmar council doubles the harbour tax on Tuesday", -5 * 3600, tuesday},
		{"Velmar council doubles the harbour tax today", 0, tuesday + 1},
	} {
		d := Doc{ID: "a", Title: tc.title, Paragraphs: []string{"The Velmar council voted to double the harbour tax from next year."},
			Published: pub, HasTime: true, Offset: tc.offset}
		if got := dayOf(d.localTime()); tc.offset != 0 && got != tuesday {
			t.Errorf("%q offset %d: publication day %d, want %d", tc.title, tc.offset, got, tuesday)
		}
		f := x.Extract(d)
		got, _ := eventDay(f.Days, dayOf(d.localTime()))
		if got != tc.want {
			t.Errorf("%q offset %d: reports on day %d, want %d (days %v)", tc.title, tc.offset, got, tc.want, f.Days)
		}
	}
}

// TestPubSpanOnLocalDays: the publication span an event is held to
// (MaxPubSpan) ends on its members' publication days as their
// publishers' clocks read them, as it starts: an evening report of the
// quake's second day from a publisher five hours behind UTC, the next
// UTC day, does not stretch the event to a third day and hold out
// another report of the second day (invented fixtures).
func TestPubSpanOnLocalDays(t *testing.T) {
	docs := docsOf(fixtures[:3]) // the quake on 4 March, aftershocks on the 5th
	docs = append(docs, Doc{ID: "q1-day2-evening", Outlet: "ridgeherald.example",
		Published: day("2031-03-06").Add(3*time.Hour + 30*time.Minute), HasTime: true, Offset: -5 * 3600,
		Title: "Velmora aftershocks: governor Brandvik asks for tents",
		Paragraphs: []string{"Aftershocks shook Velmora on Wednesday, a day after the magnitude 6.4 earthquake that killed 12 people, and governor Ilse Brandvik asked for tents and blankets.",
			"The Meridian Seismic Institute counted more than 40 aftershocks."}})
	late := Doc{ID: "q1-day2-late", Outlet: "portanselm.example", Published: day("2031-03-05").Add(20 * time.Hour), HasTime: true,
		Title: "Velmora aftershocks go on as governor Brandvik asks for tents",
		Paragraphs: []string{"Aftershocks went on in Velmora on Wednesday, a day after the magnitude 6.4 earthquake that killed 12 people, and governor Ilse Brandvik asked for tents.",
			"The Meridian Seismic Institute counted more than 45 aftershocks."}}
	_, _, decs := run(t, DefaultConfig(), append(docs, late))
	if tf := decs[len(decs)-1].Parts["time"]; tf == 0 {
		t.Errorf("time factor of a second-day report after a second-day evening report at UTC-5: 0 (publication span over), want above 0")
	}
}

// TestLocalPubDaysSurviveResume: a saved state keeps its members'
// publication days as their publishers' clocks read them (the offset
// itself is not saved), so a resumed event's publication span is the
// one it had.
func TestLocalPubDaysSurviveResume(t *testing.T) {
	docs := docsOf(fixtures[:3])
	docs = append(docs, Doc{ID: "q1-day2-evening", Outlet: "ridgeherald.example",
		Published: day("2031-03-06").Add(3*time.Hour + 30*time.Minute), HasTime: true, Offset: -5 * 3600,
		Title:      "Velmora aftershocks: governor Brandvik asks for tents",
		Paragraphs: []string{"Aftershocks shook Velmora on Wednesday, a day after the magnitude 6.4 earthquake that killed 12 people, and governor Ilse Brandvik asked for tents and blankets."}})
	c := New(DefaultConfig(), nil)
	for _, d := range docs {
		c.Add(d)
	}
	spans := func(c *Clusterer) map[string][2]int32 {
		out := map[string][2]int32{}
		for _, e := range c.events {
			out[e.id] = [2]int32{e.pubStart, e.pubEnd}
		}
		return out
	}
	r := resumed(t, c)
	before, after := spans(c), spans(r)
	if len(before) == 0 || !maps.Equal(before, after) {
		t.Errorf("publication spans before a resume %v, after %v", before, after)
	}
	for id, s := range before {
		if s[1] >= dayOf(day("2031-03-06")) {
			t.Errorf("event %s: publication span ends on the UTC day of an evening piece at UTC-5", id)
		}
	}
}
