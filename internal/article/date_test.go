package article

import (
	"fmt"
	"strings"
	"testing"
)

// parseDateEveryLayout is ParseDate as it was before it skipped the
// layouts with a time of day for a text without a colon: every layout in
// order.
func parseDateEveryLayout(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	for i := range layouts {
		if d, ok, err := parseLayout(i, s); ok {
			return d, err
		}
	}
	return Date{}, fmt.Errorf("unrecognised date %q", s)
}

// sameDate reports whether two results of reading a date are the same:
// the instant, its zone's name and offset, the precision and the error.
func sameDate(d1 Date, err1 error, d2 Date, err2 error) bool {
	z1, o1 := d1.Time.Zone()
	z2, o2 := d2.Time.Zone()
	return d1.Time.Equal(d2.Time) && d1.Precision == d2.Precision && z1 == z2 && o1 == o2 &&
		(err1 == nil) == (err2 == nil) && (err1 == nil || err1.Error() == err2.Error())
}

// TestParseDateSkipsClockLayouts checks that ParseDate reads every form as
// trying every layout does, and that a day, the form the store keeps for
// most articles, parses without allocating (the seventeen layouts with a
// time of day, tried first, each allocated an error).
func TestParseDateSkipsClockLayouts(t *testing.T) {
	for _, s := range []string{
		"2026-01-07", "2026/01/07", "20260107", "January 6, 2026", "Jan. 6, 2026", "6 Jan 2026", "Monday, 5 January 2026",
		"2026-01-06T22:30:55", "2026-01-06 22:30", "2026-01-06T22:30:55+01:00", "2026-01-06T22:30:55Z",
		"Tue, 06 Jan 2026 22:30:55 EST", "Tuesday, 06-Jan-26 22:30:55 GMT", "January 6, 2026 3:04 PM", "6 January 2026 15:04",
		"2026-02-30", "2026-01-07T", "next Tuesday", "  2026-01-07  ", "2026-01-06T22:30:55+24:00",
	} {
		got, err := ParseDate(s)
		want, wantErr := parseDateEveryLayout(s)
		if !sameDate(got, err, want, wantErr) {
			t.Errorf("ParseDate(%q) = %v, %v; every layout gives %v, %v", s, got, err, want, wantErr)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = ParseDate("2026-01-07") }); n != 0 {
		t.Errorf("ParseDate of a day made %v allocations, want 0", n)
	}
}

// BenchmarkParseDate reads the forms the store keeps: a day (most ABP
// articles), a zoned time and a time without a zone.
func BenchmarkParseDate(b *testing.B) {
	for _, s := range []string{"2026-01-07", "2026-01-06T22:30:55Z", "2026-01-06T22:30:55"} {
		b.Run(s, func(b *testing.B) {
			for b.Loop() {
				if _, err := ParseDate(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
