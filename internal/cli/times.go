package cli

import (
	"time"

	"github.com/parallax-news/parallax/internal/article"
)

// Times for a person are shown in one zone, UTC, named, as the web UI
// shows them, so that a listing in order of publication reads in order
// whatever zones the outlets wrote their times in.

// published formats a publication date as precisely as it is known: a
// time with a zone in UTC ("2026-01-07 03:30 UTC"), a time whose zone the
// source did not give as written ("2026-01-06 22:30"), a day as a day,
// and "-" when unknown.
func published(d article.Date) string {
	switch d.Precision {
	case article.Day:
		return d.Time.Format("2006-01-02")
	case article.Local:
		return d.Time.Format("2006-01-02 15:04")
	case article.Zoned:
		return utcTime(d.Time)
	}
	return "-"
}

// utcTime formats an instant to the minute in UTC, naming the zone; "-"
// when unset.
func utcTime(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04") + " UTC"
}

// publishedAt is published with, for a time given in another zone, the
// time as the source wrote it: "2026-01-07 03:30 UTC (2026-01-06 22:30
// -05:00 at the source)"; "" when unknown.
func publishedAt(d article.Date) string {
	if d.IsZero() {
		return ""
	}
	s := published(d)
	if _, off := d.Time.Zone(); d.Precision == article.Zoned && off != 0 {
		s += " (" + d.Time.Format("2006-01-02 15:04 -07:00") + " at the source)"
	}
	if d.Precision == article.Local {
		s += " (zone not given)"
	}
	return s
}
