package article

import (
	"strings"
	"testing"
	"time"
)

// parseDateEveryLayout is ParseDate as it was before it skipped the
// layouts with a time of day for a text without a colon (every layout in
// order), reporting whether the text was read.
func parseDateEveryLayout(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, true
	}
	for _, l := range layouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		prec := l.prec
		if prec == Zoned {
			name, off := t.Zone()
			if off <= -24*3600 || off >= 24*3600 {
				return Date{}, false
			}
			if off == 0 && name != "" && name != "UTC" && name != "GMT" && name != "Z" {
				prec = Local
			}
		}
		return Date{Time: t, Precision: prec}, true
	}
	return Date{}, false
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
		want, ok := parseDateEveryLayout(s)
		gotZone, gotOff := got.Time.Zone()
		wantZone, wantOff := want.Time.Zone()
		if !got.Time.Equal(want.Time) || got.Precision != want.Precision || gotZone != wantZone || gotOff != wantOff || (err == nil) != ok {
			t.Errorf("ParseDate(%q) = %v, %v; every layout gives %v, %v", s, got, err, want, ok)
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
