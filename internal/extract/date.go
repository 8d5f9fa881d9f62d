package extract

import (
	"strings"
	"time"
)

// zonedLayouts carry an explicit offset or zone.
var zonedLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04Z0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05.999999999 -0700",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon Jan 2 15:04:05 MST 2006",
	"Mon Jan 2 2006 15:04:05 GMT-0700",
}

// localLayouts have no zone: the time is kept as UTC wall-clock time and
// flagged as zoneless.
var localLayouts = []string{
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02",
	"20060102",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
}

// parseDate reads a machine-readable date as found in meta tags and
// JSON-LD. hasZone reports whether the text gave an offset or zone; zone
// abbreviations that Go cannot resolve (e.g. "EST" parsed with a zero
// offset) count as zoneless unless they are UTC/GMT.
func parseDate(s string) (t time.Time, hasZone, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false, false
	}
	for _, layout := range zonedLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			name, off := t.Zone()
			if off == 0 && name != "" && name != "UTC" && name != "GMT" && name != "Z" {
				// Unknown abbreviation: Go fabricated a zero offset.
				return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC), false, plausibleYear(t)
			}
			return t, true, plausibleYear(t)
		}
	}
	for _, layout := range localLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, false, plausibleYear(t)
		}
	}
	return time.Time{}, false, false
}

// plausibleYear rejects dates far outside the range of online news.
func plausibleYear(t time.Time) bool {
	return t.Year() >= 1990 && t.Year() <= 2100
}
