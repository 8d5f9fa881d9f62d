package story

import (
	"testing"
	"time"
)

func TestWeekdayTomorrow(t *testing.T) {
	pub := time.Date(2031, 5, 14, 9, 0, 0, 0, time.UTC) // a Wednesday
	d := func(s string) int32 { return dayOf(day(s)) }
	cases := []struct {
		title, lead string
		want        map[int32]int
	}{
		// Tomorrow's happening, named on its eve.
		{"Harbour board to vote on ferry fares Thursday", "", map[int32]int{d("2031-05-15"): 2}},
		{"", "Ahead of Thursday's runoff, Varga toured the docks.", map[int32]int{d("2031-05-15"): 1}},
		// "last" keeps the week before.
		{"", "The fares rose last Thursday.", map[int32]int{d("2031-05-08"): 1}},
		// Other weekdays are still the last such day.
		{"", "The board met on Monday and again on Wednesday.", map[int32]int{d("2031-05-12"): 1, d("2031-05-14"): 1}},
		{"", "The board will meet next Thursday.", map[int32]int{d("2031-05-15"): 1}},
		{"", "The ferry sank on Friday.", map[int32]int{d("2031-05-09"): 1}},
	}
	for _, tc := range cases {
		got := mentionedDays(tokenize(nil, tc.title), tokenize(nil, tc.lead), pub)
		m := map[int32]int{}
		for _, dc := range got {
			m[dc.Day] = dc.Count
		}
		if len(m) != len(tc.want) {
			t.Errorf("%q %q: days %v, want %v", tc.title, tc.lead, m, tc.want)
			continue
		}
		for k, v := range tc.want {
			if m[k] != v {
				t.Errorf("%q %q: days %v, want %v", tc.title, tc.lead, m, tc.want)
			}
		}
	}
}

// TestEveAndDayShareTheirDay: a preview on the eve that names the day and
// a report of the next day that names it too report on one day.
func TestEveAndDayShareTheirDay(t *testing.T) {
	eve := time.Date(2031, 5, 14, 0, 0, 0, 0, time.UTC)   // Wednesday
	after := time.Date(2031, 5, 15, 0, 0, 0, 0, time.UTC) // Thursday
	a, toldA := eventDay(mentionedDays(tokenize(nil, "Varga and Brandt face Thursday's harbour runoff"), nil, eve), dayOf(eve))
	b, toldB := eventDay(mentionedDays(tokenize(nil, "Varga wins Thursday's harbour runoff"), nil, after), dayOf(after))
	if !toldA || !toldB || a != b || a != dayOf(after) {
		t.Errorf("eve %d (%v), report %d (%v); want both %d", a, toldA, b, toldB, dayOf(after))
	}
}
