package story

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// TestDailyTopicDoesNotChain feeds sixty days of daily council reports
// that share a topic's vocabulary but each report another meeting: no
// story may keep absorbing them for weeks.
func TestDailyTopicDoesNotChain(t *testing.T) {
	start := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	items := []string{"bus fares", "library hours", "road repairs", "school meals", "park lighting", "waste collection"}
	c := New(DefaultConfig(), NewTextExtractor())
	first := map[string]time.Time{}
	last := map[string]time.Time{}
	for day := 0; day < 60; day++ {
		at := start.Add(time.Duration(day) * 24 * time.Hour)
		item := items[day%len(items)]
		for o, outlet := range []string{"Harbour Gazette", "Valmora Courier"} {
			d := Doc{
				ID:        fmt.Sprintf("d%02d-%d", day, o),
				Outlet:    outlet,
				Title:     fmt.Sprintf("Valmora council debates %s", item),
				Published: at.Add(time.Duration(o) * time.Hour),
				HasTime:   true,
				Paragraphs: []string{
					fmt.Sprintf("The Valmora city council met on day %d to debate %s, with Mayor Ilse Varga chairing the session.", day+1, item),
					fmt.Sprintf("Councillors from the Harbour Party and the Civic League argued over the budget for %s.", item),
					"The council will meet again next week, the mayor's office said.",
				},
			}
			s := c.Resolve(c.Add(d).Story)
			if _, ok := first[s]; !ok {
				first[s] = d.Published
			}
			last[s] = d.Published
		}
	}
	for s := range first {
		if span := last[c.Resolve(s)].Sub(first[s]); span > 14*24*time.Hour {
			t.Errorf("story %s spans %v of daily coverage", s, span)
		}
	}
}

// TestEventSpanBounded: once an event's reports have moved on to its
// second day, a report of the third day pays the cost of another day
// (MaxSpan 1), although it is only a day from the event's core; with a
// wider MaxSpan it would not, and daily coverage would chain. With the
// bound on publication days (MaxPubSpan 1 from PubSpanFrom 2) the report
// two days after the first does not join at all.
func TestEventSpanBounded(t *testing.T) {
	docs := docsOf(fixtures[:3]) // the quake on 4 March, aftershocks on the 5th
	for i, outlet := range []string{"ridgeherald.example", "portanselm.example"} {
		docs = append(docs, Doc{ID: fmt.Sprintf("q1-day2-%d", i), Outlet: outlet, Published: day("2031-03-05").Add(time.Duration(i+1) * time.Hour), HasTime: true,
			Title: "Velmora aftershocks: governor Brandvik asks for tents",
			Paragraphs: []string{"Aftershocks shook Velmora on Wednesday, a day after the magnitude 6.4 earthquake that killed 12 people, and governor Ilse Brandvik asked for tents and blankets.",
				"The Meridian Seismic Institute counted more than 40 aftershocks."}})
	}
	third := Doc{ID: "q1-day3", Outlet: "northwire.example", Published: day("2031-03-06"), HasTime: true,
		Title: "Velmora aftershocks ease as governor Brandvik visits",
		Paragraphs: []string{"Aftershocks eased in Velmora, two days after the magnitude 6.4 earthquake that killed 12 people, as governor Ilse Brandvik visited the town.",
			"The Meridian Seismic Institute counted more than 50 aftershocks."}}
	timeOf := func(cfg Config) float64 {
		_, _, decs := run(t, cfg, append(slices.Clone(docs), third))
		return decs[len(decs)-1].Parts["time"]
	}
	// The bound on publication days (MaxPubSpan) would keep the third
	// day's report out of the event altogether; this is MaxSpan's test.
	base := DefaultConfig()
	base.MaxPubSpan = 0
	wide := base
	wide.MaxSpan = 3
	if narrow, wide := timeOf(base), timeOf(wide); !(narrow < 1) || wide != 1 {
		t.Errorf("time factor of the third day's report: %.3f (MaxSpan %v), %.3f (MaxSpan 3); want below 1, and 1", narrow, base.MaxSpan, wide)
	}
	if bounded := timeOf(DefaultConfig()); bounded != 0 {
		t.Errorf("time factor of the third day's report with MaxPubSpan %v from %d articles: %.3f, want 0", DefaultConfig().MaxPubSpan, DefaultConfig().PubSpanFrom, bounded)
	}
}

// TestProtestNightsAreEvents: three nights of protests after one shooting
// share their people, place and words; each night (with the next
// morning's report of it) is one event, and the first and third nights
// are never one, however the second bridges them. No event holds reports
// published further apart than MaxPubSpan days. The town is small, so the
// bound holds here from the first article (PubSpanFrom 0); by default it
// holds for events of PubSpanFrom articles or more.
func TestProtestNightsAreEvents(t *testing.T) {
	cfg := DefaultConfig()
	cfg.PubSpanFrom = 0
	c, tr, _ := run(t, cfg, docsOf(protestNights))
	for _, a := range protestNights {
		for _, b := range protestNights {
			if a.id < b.id && a.event == b.event && tr.Event(a.id) != tr.Event(b.id) {
				t.Errorf("%s and %s report one night but are in events %s and %s", a.id, b.id, tr.Event(a.id), tr.Event(b.id))
			}
		}
	}
	if tr.Event("pn1-a") == tr.Event("pn3-a") {
		t.Errorf("the first and third nights are one event %s", tr.Event("pn1-a"))
	}
	for _, s := range c.Active() {
		if span := s.Last.Sub(s.First).Hours() / 24; span > cfg.MaxPubSpan {
			t.Errorf("event %s (%q) spans %.0f days of publication, more than %v", s.ID, s.Title, span, cfg.MaxPubSpan)
		}
	}
	if tr.Storyline("pn1-a") != tr.Storyline("pn3-a") || tr.Storyline("pn1-a") == "" {
		t.Errorf("the nights are not one storyline: %s, %s", tr.Storyline("pn1-a"), tr.Storyline("pn3-a"))
	}
}

// TestNextDayDevelopmentStaysApart: a minister's meetings with a cartel
// envoy (reported on Monday) and his recusal from the inquiry (on
// Tuesday) share the minister, the envoy, the cartel and the opposition
// leader. The recusal reports that are mostly about the recusal (rc-e,
// rc-f) are unlike Monday's reports, though like each other and like the
// recusal report that retells the meetings (rc-d): they start an event of
// their own, in the meetings' storyline, instead of joining through their
// likeness to rc-d (see Config.CrossMin); without that gate they join
// the meetings' event. rc-d, which retells Monday at length, is the
// limit: it still joins Monday's event.
func TestNextDayDevelopmentStaysApart(t *testing.T) {
	_, tr, _ := run(t, DefaultConfig(), docsOf(recusalDays))
	meeting := tr.Event("rc-a")
	for _, id := range []string{"rc-b", "rc-c"} {
		if tr.Event(id) != meeting {
			t.Errorf("%s reports Monday's meetings but is in event %s, not %s", id, tr.Event(id), meeting)
		}
	}
	if tr.Event("rc-e") == meeting || tr.Event("rc-f") == meeting {
		t.Errorf("the recusal reports rc-e (%s) and rc-f (%s) joined the meetings' event %s", tr.Event("rc-e"), tr.Event("rc-f"), meeting)
	}
	if tr.Event("rc-e") != tr.Event("rc-f") {
		t.Errorf("the recusal reports rc-e and rc-f are in events %s and %s", tr.Event("rc-e"), tr.Event("rc-f"))
	}
	if tr.Storyline("rc-e") != tr.Storyline("rc-a") || tr.Storyline("rc-a") == "" {
		t.Errorf("the recusal (%s) is not in the meetings' storyline (%s)", tr.Storyline("rc-e"), tr.Storyline("rc-a"))
	}
	off := DefaultConfig()
	off.CrossMin, off.NewDayFactor = 0, 0 // NewDayFactor alone keeps them apart too
	if _, tr, _ := run(t, off, docsOf(recusalDays)); tr.Event("rc-e") != tr.Event("rc-a") || tr.Event("rc-f") != tr.Event("rc-a") {
		t.Errorf("without CrossMin and NewDayFactor the recusal reports are in events %s and %s, not the meetings' %s: the fixture does not test the gate",
			tr.Event("rc-e"), tr.Event("rc-f"), tr.Event("rc-a"))
	}
}
