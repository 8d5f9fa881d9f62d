package story

import (
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
