package article

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Precision says how much of a Date the input gave.
type Precision uint8

// Precisions, from none to a full time with its zone.
const (
	Unknown Precision = iota // no date
	Day                      // a calendar day, no time
	Local                    // a time of day without a zone
	Zoned                    // a time of day with its offset from UTC
)

// Date is a publication time that remembers how precise its input was, so
// that "2026-01-07" is not presented as midnight UTC and a time without a
// zone is not given one. The zero Date is unknown.
type Date struct {
	Time      time.Time
	Precision Precision
}

// layouts are tried in order by ParseDate; each maps to the precision it
// yields when it matches.
var layouts = []struct {
	layout string
	prec   Precision
}{
	{time.RFC3339Nano, Zoned},
	{"2006-01-02T15:04:05Z0700", Zoned},
	{"2006-01-02T15:04Z07:00", Zoned},
	{"2006-01-02 15:04:05Z07:00", Zoned},
	{"2006-01-02 15:04:05 -0700", Zoned},
	{"2006-01-02 15:04:05 -0700 MST", Zoned},
	{time.RFC1123Z, Zoned},
	{time.RFC1123, Zoned},
	{"Mon, 2 Jan 2006 15:04:05 -0700", Zoned},
	{"Mon, 2 Jan 2006 15:04:05 MST", Zoned},
	{time.RFC850, Zoned},
	{"2006-01-02T15:04:05.999999999", Local},
	{"2006-01-02T15:04:05", Local},
	{"2006-01-02T15:04", Local},
	{"2006-01-02 15:04:05.999999999", Local},
	{"2006-01-02 15:04:05", Local},
	{"2006-01-02 15:04", Local},
	{"2006-01-02", Day},
	{"2006/01/02", Day},
	{"20060102", Day},
	{"January 2, 2006", Day},
	{"Jan 2, 2006", Day},
	{"Jan. 2, 2006", Day},
	{"2 January 2006", Day},
	{"2 Jan 2006", Day},
	{"Monday, January 2, 2006", Day},
	{"Monday, 2 January 2006", Day},
	{"January 2, 2006 15:04", Local},
	{"January 2, 2006 3:04 PM", Local},
	{"2 January 2006 15:04", Local},
}

// clocked marks the layouts with a time of day ("15:04" or "3:04"): the
// colon between hour and minute is a literal of the layout, so they cannot
// match a text without a colon. ParseDate skips them for such a text (a
// stored day, "2026-01-07", was tried against seventeen of them first, each
// failure allocating its error), which changes no result.
var clocked = func() []bool {
	c := make([]bool, len(layouts))
	for i, l := range layouts {
		c[i] = strings.Contains(l.layout, "15:04") || strings.Contains(l.layout, "3:04")
	}
	return c
}()

// ParseDate reads a date or time in the common forms of news metadata
// (RFC 3339, ISO 8601 with or without zone, RFC 1123, "January 2, 2006",
// "2 January 2006"). An empty string gives the zero Date and no error.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	colon := strings.IndexByte(s, ':') >= 0
	for i := range layouts {
		if clocked[i] && !colon {
			continue // time.Parse would fail, with an error made for nothing
		}
		if d, ok, err := parseLayout(i, s); ok {
			return d, err
		}
	}
	return Date{}, fmt.Errorf("unrecognised date %q", s)
}

// parseLayout reads s with layouts[i]: ok is false when s does not match
// it; err is set when it matches with an offset from UTC out of range.
func parseLayout(i int, s string) (d Date, ok bool, err error) {
	t, err := time.Parse(layouts[i].layout, s)
	if err != nil {
		return Date{}, false, nil
	}
	prec := layouts[i].prec
	if prec == Zoned {
		name, off := t.Zone()
		if off <= -24*3600 || off >= 24*3600 {
			return Date{}, true, fmt.Errorf("date %q: offset from UTC out of range", s)
		}
		// An abbreviation Go does not know ("EST") parses with a zero
		// offset: the time is right, its zone is not known.
		if off == 0 && name != "" && name != "UTC" && name != "GMT" && name != "Z" {
			prec = Local
		}
	}
	return Date{Time: t, Precision: prec}, true, nil
}

// DateOf returns a Date for t with a zone.
func DateOf(t time.Time) Date {
	return Date{Time: t, Precision: Zoned}
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Precision == Unknown }

// String formats the date as precisely as it is known: "2006-01-02",
// "2006-01-02T15:04:05" or RFC 3339; "" when unknown.
func (d Date) String() string {
	switch d.Precision {
	case Day:
		return d.Time.Format("2006-01-02")
	case Local:
		return d.Time.Format("2006-01-02T15:04:05")
	case Zoned:
		return d.Time.Format(time.RFC3339)
	}
	return ""
}

// Unix returns seconds since the epoch for ordering, reading a date without
// a zone as UTC; 0 when unknown.
func (d Date) Unix() int64 {
	if d.IsZero() {
		return 0
	}
	return d.Time.Unix()
}

// MarshalJSON writes the date as String does, or null when unknown.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads what MarshalJSON writes, and any form ParseDate
// accepts.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("date: %w", err)
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
