package story

import (
	"testing"
	"time"
)

// TestComingWeekday: written on a Friday, a weekday the sentence marks as
// still to come is not read as the last such day before publication;
// one it does not mark, or marks with "last", still is.
func TestComingWeekday(t *testing.T) {
	pub := time.Date(2031, 5, 16, 9, 0, 0, 0, time.UTC) // a Friday
	tue := dayOf(time.Date(2031, 5, 13, 0, 0, 0, 0, time.UTC))
	cases := []struct {
		lead string
		want []int32
	}{
		{"The mayor's memoir hits shops Tuesday.", nil},
		{"The council will vote on Tuesday.", nil},
		{"It'll reopen Tuesday, the port said.", nil},
		{"The vote is set for Tuesday.", nil},
		{"The council voted on Tuesday.", []int32{tue}},
		{"The memoir went on sale Tuesday.", []int32{tue}},
		{"It will be clear, he said last Tuesday.", []int32{tue}},
		{"The will was read in court, and on Tuesday the heirs met.", []int32{tue}},
	}
	for _, tc := range cases {
		got := mentionedDays(nil, tokenize(nil, tc.lead), pub)
		var days []int32
		for _, dc := range got {
			days = append(days, dc.Day)
		}
		if len(days) != len(tc.want) || len(days) > 0 && days[0] != tc.want[0] {
			t.Errorf("%q: days %v, want %v", tc.lead, days, tc.want)
		}
	}
}
