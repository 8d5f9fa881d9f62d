package story

import (
	"testing"
	"time"
)

func TestNamesNextDay(t *testing.T) {
	pub := time.Date(2031, 5, 14, 9, 0, 0, 0, time.UTC) // a Wednesday
	cases := []struct {
		title, lead string
		want        bool
	}{
		{"Dam inquiry report due Thursday", "", true},
		{"", "The inquiry into the Velmora dam will publish its report on Thursday.", true},
		{"", "Tomorrow the inquiry publishes its findings.", true},
		{"", "The inquiry published its report last Thursday.", false},
		{"", "The inquiry published its report on Tuesday.", false},
		{"", "The inquiry published its report today.", false},
		{"", "A thursday of rain.", false}, // not a name
		{"", "The inquiry's chair said Thursday that the dam was sound.", false},
		{"", "The dam gave way early Thursday.", false}, // a late report, dated the evening before
		{"", "The chair announced Thursday that the report was done.", false},
	}
	for _, tc := range cases {
		if got := namesNextDay(tokenize(nil, tc.title), tokenize(nil, tc.lead), pub); got != tc.want {
			t.Errorf("%q %q: %v, want %v", tc.title, tc.lead, got, tc.want)
		}
	}
}

func TestTitleLooksAhead(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Inquiry will publish Velmora dam report", true},
		{"Harbour board braces ahead of dam report", true},
		{"Dam engineers met inquiry staff before release of report", true},
		{"Inquiry set to name dam builders", true},
		{"Velmora dam report blames builders", false},
		{"Governor says dam report is ahead", false},
	} {
		if got := titleLooksAhead(tokenize(nil, tc.title)); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.title, got, tc.want)
		}
	}
}

func TestPreviewOf(t *testing.T) {
	for _, tc := range []struct {
		f    Features
		want bool
	}{
		{Features{Headline: News}, false},
		{Features{Headline: News, Ahead: true}, true},
		{Features{Headline: Explainer}, false}, // as often written after the happening
		{Features{Headline: Question}, false},
		{Features{Headline: Opinion}, false},
		{Features{Headline: Explainer, Ahead: true}, true},
	} {
		if got := previewOf(tc.f); got != tc.want {
			t.Errorf("%+v: %v, want %v", tc.f, got, tc.want)
		}
	}
}

// TestPreviewsDoNotAnchorPubSpan: the previews of an inquiry's report (day
// 0), the reports of its release (day 1) and the next day's reports (day
// 2) are within MaxPubSpan once the previews count from the day after
// their publication; a straight report of day 0 still holds day 2 out.
func TestPreviewsDoNotAnchorPubSpan(t *testing.T) {
	cfg := DefaultConfig()
	const d0 = 20000
	at := func(d int32) time.Time { return dayTime(d).Add(10 * time.Hour) }
	mk := func(d int32, ahead bool) *member {
		return &member{pub: at(d), pubDay: d, eday: d, dated: true, ahead: ahead}
	}
	e := &event{}
	for _, m := range []*member{mk(d0, true), mk(d0, true), mk(d0+1, false), mk(d0+1, false)} {
		e.add(m, at(d0+1), 1)
	}
	if e.pubStart != d0+1 {
		t.Fatalf("publication span of previews and reports starts on day %d, want %d", e.pubStart-d0, 1)
	}
	if cfg.pubSpanOver(len(e.members)+1, min(d0+2, e.pubStart), max(d0+2, e.pubEnd)) {
		t.Errorf("a day-2 report breaks MaxPubSpan of an event whose day 0 holds only previews")
	}
	e.add(mk(d0, false), at(d0+1), 2)
	if e.pubStart != d0 || !cfg.pubSpanOver(len(e.members)+1, min(d0+2, e.pubStart), max(d0+2, e.pubEnd)) {
		t.Errorf("with a straight day-0 report the span starts on day %d and a day-2 report fits it", e.pubStart-d0)
	}
	// Taking the report out again (as a split does) restores the start.
	e.members = e.members[:len(e.members)-1]
	e.rebuild()
	if e.pubStart != d0+1 {
		t.Errorf("after rebuild the span starts on day %d, want 1", e.pubStart-d0)
	}
}

// TestPreviewSurvivesResume: a preview member keeps its mark through a
// saved state (it rides in the headline kind's number, see aheadBit).
func TestPreviewSurvivesResume(t *testing.T) {
	c := New(DefaultConfig(), nil)
	pub := time.Date(2031, 5, 14, 9, 0, 0, 0, time.UTC) // a Wednesday
	c.Add(Doc{ID: "pv", Outlet: "ridgeherald.example", Published: pub, HasTime: true, Title: "Velmora dam inquiry report due Thursday",
		Paragraphs: []string{"The inquiry into the Velmora dam publishes its report on Thursday, its chair Ilse Brandvik said."}})
	c.Add(Doc{ID: "rp", Outlet: "portanselm.example", Published: pub.Add(24 * time.Hour), HasTime: true, Title: "Velmora dam inquiry blames builders",
		Paragraphs: []string{"The inquiry into the Velmora dam blamed its builders in a report published on Thursday."}})
	r := resumed(t, c)
	got := map[string]bool{}
	for _, e := range r.events {
		for _, m := range e.members {
			got[m.id] = m.ahead
		}
	}
	if !got["pv"] || got["rp"] {
		t.Errorf("after resume: preview %v, report %v; want true, false", got["pv"], got["rp"])
	}
}
