package story

import "testing"

// resignDays is a saga over two days, written for the test: on Monday
// three outlets report that a port authority chief took free flights from
// a shipping magnate whose berths she allots; on Tuesday two report her
// resignation over them. The resignation reports name the chief, the
// magnate, the flights and the port, and score above Threshold against
// Monday's event; but they report another happening. Two events, one
// storyline.
var resignDays = []fixture{
	{"rs-a", "harbourgazette.example", "2037-05-04", "flights",
		"Port chief Ingrid Malmo took free flights from magnate Oskar Lind",
		"Ingrid Malmo, head of the Port Anselm authority, flew three times on jets owned by shipping magnate Oskar Lind last year, flight records published on Monday show. Lind's Nordlys Lines won two berth contracts from the authority in that time.\n\nMalmo's office said the flights were private and paid for by friends."},
	{"rs-b", "valmoracourier.example", "2037-05-04", "flights",
		"Records show Malmo flew on Lind jets as Nordlys won berths",
		"The Port Anselm authority chief Ingrid Malmo took three flights on private jets of the magnate Oskar Lind, records released on Monday show, while his Nordlys Lines won two berth contracts she oversaw.\n\nHer office called the trips private."},
	{"rs-c", "northwire.example", "2037-05-04", "flights",
		"Malmo's flights on magnate's jets revealed",
		"Flight records published on Monday show that Ingrid Malmo, who runs the Port Anselm authority, flew three times on jets belonging to Oskar Lind, whose Nordlys Lines was awarded two berth contracts.\n\nMalmo's office said friends paid for the private trips."},
	{"rs-d", "dailyledger.example", "2037-05-05", "resignation",
		"Malmo resigns; deputy Per Solvik named acting head",
		"The harbour board accepted the resignation of Ingrid Malmo on Tuesday and named her deputy Per Solvik acting head, pending an audit of every contract signed since 2035.\n\nMalmo, whose trips on jets of the magnate Oskar Lind came to light on Monday, wrote to the board that she had done nothing wrong and would clear her name. Nordlys Lines declined to comment."},
	{"rs-e", "coastpost.example", "2037-05-05", "resignation",
		"Solvik takes over after Malmo quits",
		"Per Solvik became acting head on Tuesday after Ingrid Malmo quit. The harbour board said Solvik would order an audit of the contracts.\n\nIn her resignation letter Malmo said she had done nothing wrong. Oskar Lind and Nordlys Lines declined to comment on the flights."},
}

// TestNewDayDevelopmentStartsItsEvent: Tuesday's resignation reports score
// above Threshold against Monday's event of the flights, and join it
// without Config.NewDayFactor; with it, the first of them starts an event
// of its own, the second joins that one, and the repair pass does not
// merge the two days back (the merge pays the factor too).
func TestNewDayDevelopmentStartsItsEvent(t *testing.T) {
	cfg := DefaultConfig()
	cfg.RepairEvery = 1
	_, tr, decs := run(t, cfg, docsOf(resignDays))
	checkEvents(t, tr, resignDays)
	if tr.Storyline("rs-d") != tr.Storyline("rs-a") || tr.Storyline("rs-a") == "" {
		t.Errorf("the resignation (%s) is not in the flights' storyline (%s)", tr.Storyline("rs-d"), tr.Storyline("rs-a"))
	}
	if !decs[3].New {
		t.Errorf("rs-d joined %s with score %v, want a new event", decs[3].Story, decs[3].Score)
	}
	off := cfg
	off.NewDayFactor, off.NextDayMargin = 0, 0 // the margin parts it too
	if _, tr, decs := run(t, off, docsOf(resignDays)); tr.Event("rs-d") != tr.Event("rs-a") {
		t.Errorf("without NewDayFactor rs-d (score %v) is in event %s, not the flights' %s: the fixture does not test the factor",
			decs[3].Score, tr.Event("rs-d"), tr.Event("rs-a"))
	}
}

// TestNewDayReportOfTheSameHappeningJoins: a report published the day
// after the flights came out, whose headline retells them (rs-y) but
// whose text is mostly new detail, scores above Threshold yet below
// Threshold/NewDayFactor: it joins because its headline is at least
// NewDayHead like the event's, and starts an event of its own without
// that exemption.
func TestNewDayReportOfTheSameHappeningJoins(t *testing.T) {
	late := append([]fixture(nil), resignDays[:3]...)
	late = append(late, fixture{"rs-y", "dailyledger.example", "2037-05-05", "flights",
		"Port chief Ingrid Malmo took flights on magnate Oskar Lind's jets",
		"Two harbour councillors asked for a hearing on Tuesday after records showed Malmo flew on Lind's private jets. Councillor Britt Olsen said the board had never been told about any trip.\n\nThe union of dock pilots said it would raise the matter at its spring congress."})
	_, tr, decs := run(t, DefaultConfig(), docsOf(late))
	checkEvents(t, tr, late)
	noHead := DefaultConfig()
	noHead.NewDayHead = 2 // no headline is that alike
	if _, tr, d2 := run(t, noHead, docsOf(late)); tr.Event("rs-y") == tr.Event("rs-a") {
		t.Errorf("without the headline exemption rs-y (score %v, %v with it) still joins: the fixture does not test the exemption", d2[3].Score, decs[3].Score)
	}
}

// TestDaysApartFactor: two events pay NewDayFactor to merge when the
// publication days of their dated members overlap by half or less.
func TestDaysApartFactor(t *testing.T) {
	c := New(DefaultConfig(), nil)
	ev := func(days ...int32) *event {
		e := &event{}
		for _, d := range days {
			e.members = append(e.members, &member{dated: d != 0, pubDay: d})
		}
		return e
	}
	f := DefaultConfig().NewDayFactor
	for _, tc := range []struct {
		a, b *event
		want float64
	}{
		{ev(10, 10), ev(11, 11, 11), f},     // different days
		{ev(10, 10, 11, 11), ev(11, 11), f}, // half of one on the other's day
		{ev(10, 11, 11), ev(11, 11), 1},     // two thirds
		{ev(10, 10), ev(10, 11), f},         // half
		{ev(10, 10, 10), ev(10, 10, 11), 1}, // two thirds
		{ev(0, 0), ev(11), 1},               // no dated member
	} {
		if got := c.daysApartFactor(tc.a, tc.b); got != tc.want {
			t.Errorf("daysApartFactor(%v, %v) = %v, want %v", daysOfMembers(tc.a), daysOfMembers(tc.b), got, tc.want)
		}
	}
	off := DefaultConfig()
	off.NewDayFactor, off.NextDayMargin = 0, 0 // the margin parts it too
	if got := New(off, nil).daysApartFactor(ev(10), ev(11)); got != 1 {
		t.Errorf("with NewDayFactor 0 the factor is %v, want 1", got)
	}
}

// TestNewDayFactorOfAnArticle: an article pays NewDayFactor when the
// event's representatives of its day are fewer than those of other days.
func TestNewDayFactorOfAnArticle(t *testing.T) {
	cfg := DefaultConfig()
	for _, tc := range []struct {
		same, cross int
		want        float64
	}{
		{0, 3, cfg.NewDayFactor}, {1, 3, cfg.NewDayFactor}, {3, 3, 1}, {4, 1, 1}, {0, 0, 1}, {2, 0, 1},
	} {
		if got := cfg.newDayFactor(tc.same, tc.cross); got != tc.want {
			t.Errorf("newDayFactor(%d same, %d other days) = %v, want %v", tc.same, tc.cross, got, tc.want)
		}
	}
}

func daysOfMembers(e *event) []int32 {
	var out []int32
	for _, m := range e.members {
		out = append(out, m.pubDay)
	}
	return out
}
