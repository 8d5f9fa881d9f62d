package article

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// FuzzParseDate feeds arbitrary text to ParseDate. Whatever it accepts must
// be a known date whose canonical form (String) reads back as itself, with
// the same precision and the same instant, through ParseDate and through
// JSON; a zoned date's offset must be a real one; what it refuses must be
// refused with a message quoting the input, and the empty string is the
// unknown date.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2026-01-07", "2026-01-06T22:30:55", "2026-01-06 22:30:55", "2026-01-06T22:30:55+01:00",
		"2026-01-06T22:30:55Z", "2026-01-06T22:30:55.123-05:00", "2026-01-06T22:30:55.123456789Z",
		"Tue, 06 Jan 2026 22:30:55 +0000", "Tue, 06 Jan 2026 22:30:55 EST", "Tuesday, 06-Jan-26 22:30:55 GMT",
		"January 6, 2026", "Jan. 6, 2026", "6 January 2026", "Monday, January 5, 2026", "January 6, 2026 3:04 PM",
		"20260107", "2026/01/07", "2026-01-06T22:30+05:30", "2026-01-06 22:30:55 -0700 MST", "2026-01-06T22:30:55+0100",
		"0000-01-01", "9999-12-31T23:59:59-23:59", "2026-01-06T22:30:55+24:00", "2026-02-30", "next Tuesday", "", "  ",
		"2026-01-07+01:00", "2026-01-07T", "2026-01-07T22", "2026-01-07T22Z", "2026-01-07T22:30+25:00", "6 Jan 2026 15:04", ":",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		// Skipping the layouts with a time of day for a text without a
		// colon reads it as trying every layout does (a zone with a
		// colon and no clock, a bare "T", an hour without minutes).
		if want, wantErr := parseDateEveryLayout(s); !sameDate(d, err, want, wantErr) {
			t.Errorf("ParseDate(%q) = %v, %v; every layout gives %v, %v", s, d, err, want, wantErr)
		}
		if err != nil {
			if !d.IsZero() {
				t.Errorf("ParseDate(%q) failed (%v) but gave %v", s, err, d)
			}
			if !strings.Contains(err.Error(), "date") {
				t.Errorf("ParseDate(%q): error %q does not say what failed", s, err)
			}
			return
		}
		if strings.TrimSpace(s) == "" {
			if !d.IsZero() {
				t.Errorf("ParseDate(%q) = %v, want the unknown date", s, d)
			}
			return
		}
		if d.IsZero() || d.Precision > Zoned {
			t.Fatalf("ParseDate(%q) accepted it with precision %d", s, d.Precision)
		}
		if d.Precision == Zoned {
			if _, off := d.Time.Zone(); off <= -24*3600 || off >= 24*3600 || off%60 != 0 {
				t.Errorf("ParseDate(%q): offset %d s is not a UTC offset", s, off)
			}
		}
		canon := d.String()
		again, err := ParseDate(canon)
		if err != nil {
			t.Fatalf("ParseDate(%q) = %q, which does not parse again: %v", s, canon, err)
		}
		if again.String() != canon || again.Precision != d.Precision {
			t.Errorf("ParseDate(%q) = %q (%d), read back as %q (%d)", s, canon, d.Precision, again.String(), again.Precision)
		}
		if !again.Time.Equal(d.Time.Truncate(time.Second)) && d.Precision != Day {
			t.Errorf("ParseDate(%q): %v read back as the instant %v", s, d.Time, again.Time)
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("marshal %v: %v", d, err)
		}
		var fromJSON Date
		if err := json.Unmarshal(b, &fromJSON); err != nil || fromJSON.String() != canon || fromJSON.Precision != d.Precision {
			t.Errorf("ParseDate(%q) = %s in JSON, read back as %q (%d), %v", s, b, fromJSON.String(), fromJSON.Precision, err)
		}
	})
}
