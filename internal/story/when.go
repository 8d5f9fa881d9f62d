package story

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// monthOf maps month names and their abbreviations to their number.
var monthOf = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// monthAbbrev are the month abbreviations written with a point ("Jan. 6"),
// after which the day is not joined to the month.
var monthAbbrev = setOf("jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec")

// weekdayOf maps weekday names to their number.
var weekdayOf = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// Days mentioned further than this from the publication date are not
// about the happening the article reports but background, and are left out.
const (
	daysBefore = 10
	daysAfter  = 1
)

// dayOf returns the day number of t (days since 1970-01-01, UTC).
func dayOf(t time.Time) int32 {
	return int32(t.UTC().Unix() / 86400)
}

// dayTime returns the start of day d in UTC.
func dayTime(d int32) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// mentionedDays resolves the dates of the title and lead against the
// publication time pub: "May 7" and "7 May" (with or without a year; a
// missing year is the one nearest to pub), weekdays ("on Tuesday": the
// last such day on or before pub; "next Tuesday": the one after), and
// "yesterday", "today", "tonight", "last night". The weekday of the day
// after pub is left out unless "last" or "next" says which one it is:
// written on a Monday, "Tuesday" is mostly the coming day (a vote set for
// it), and read as six days back it put a preview and the reports of one
// happening six days apart (see internal/eval/eventeval/SAMPLING.md,
// "Why look-alike same-event pairs stay apart").
func mentionedDays(title, lead []token, pub time.Time) []DayCount {
	pubDay := dayOf(pub)
	counts := map[int32]int{}
	add := func(d int32, n int) {
		if d >= pubDay-daysBefore && d <= pubDay+daysAfter {
			counts[d] += n
		}
	}
	scan := func(toks []token, weight int) {
		for i, t := range toks {
			if t.digit {
				continue
			}
			w := t.low
			switch w {
			case "yesterday":
				add(pubDay-1, weight)
				continue
			case "today", "tonight":
				add(pubDay, weight)
				continue
			case "night":
				if i > 0 && toks[i-1].low == "last" {
					add(pubDay-1, weight)
				}
				continue
			}
			if !t.upper {
				continue
			}
			if wd, ok := weekdayOf[w]; ok {
				back := (int(pub.UTC().Weekday()) - int(wd) + 7) % 7
				d := pubDay - int32(back)
				if back == 6 && (i == 0 || (toks[i-1].low != "last" && toks[i-1].low != "next")) {
					// Tomorrow's weekday: mostly what is coming (a vote
					// set for it), seldom six days ago; not a day the
					// article reports on.
					continue
				}
				if i > 0 && toks[i-1].low == "next" {
					d += 7
					if back == 0 {
						d = pubDay + 7
					}
				}
				add(d, weight)
				continue
			}
			m, ok := monthOf[w]
			if !ok {
				continue
			}
			// Month then day ("May 7, 2019"), or day then month ("7 May").
			if i+1 < len(toks) && toks[i+1].digit && (toks[i+1].joined || monthAbbrev[w]) {
				if day, ok := dayNumber(toks[i+1].text); ok {
					year := 0
					if i+2 < len(toks) && toks[i+2].digit {
						year, _ = yearOf(toks[i+2].text)
					}
					if d, ok := resolveDate(pub, year, m, day); ok {
						add(d, weight)
					}
					continue
				}
			}
			if i > 0 && toks[i-1].digit && toks[i].joined {
				if day, ok := dayNumber(toks[i-1].text); ok {
					year := 0
					if i+1 < len(toks) && toks[i+1].digit {
						year, _ = yearOf(toks[i+1].text)
					}
					if d, ok := resolveDate(pub, year, m, day); ok {
						add(d, weight)
					}
				}
			}
		}
	}
	scan(title, 2)
	scan(lead, 1)
	if len(counts) == 0 {
		return nil
	}
	out := make([]DayCount, 0, len(counts))
	for d, n := range counts {
		out = append(out, DayCount{Day: d, Count: n})
	}
	slices.SortFunc(out, func(a, b DayCount) int { return int(a.Day - b.Day) })
	return out
}

// dayNumber reads a day of the month: "7", "07", "7th", "21st".
func dayNumber(s string) (int, bool) {
	s = strings.TrimRight(strings.ToLower(s), "stndrh")
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

// resolveDate returns the day of month m, day day in year (0: the year
// that puts the date nearest to pub).
func resolveDate(pub time.Time, year int, m time.Month, day int) (int32, bool) {
	pub = pub.UTC()
	if year == 0 {
		best, found := int32(0), false
		for _, y := range []int{pub.Year() - 1, pub.Year(), pub.Year() + 1} {
			t := time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
			if t.Day() != day {
				continue
			}
			d := dayOf(t)
			if !found || abs32(d-dayOf(pub)) < abs32(best-dayOf(pub)) {
				best, found = d, true
			}
		}
		return best, found
	}
	t := time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return 0, false
	}
	return dayOf(t), true
}

func abs32(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}

// eventDay returns the day an article reports on: the day its title and
// lead mention most (ties: the latest), else its publication day; told
// reports that the text named it.
func eventDay(days []DayCount, pubDay int32) (day int32, told bool) {
	best, n := pubDay, 0
	for _, dc := range days {
		if dc.Count >= n {
			best, n = dc.Day, dc.Count
		}
	}
	return best, n > 0
}

// namesNextDay reports whether the title or lead names the day after pub:
// "tomorrow", or the weekday of the day after pub without "last" before
// it ("the report comes out Thursday", written on a Wednesday).
func namesNextDay(title, lead []token, pub time.Time) bool {
	next := (pub.UTC().Weekday() + 1) % 7
	for _, toks := range [][]token{title, lead} {
		for i, t := range toks {
			if t.low == "tomorrow" {
				return true
			}
			if wd, ok := weekdayOf[t.low]; ok && t.upper && wd == next && (i == 0 || !pastBefore(toks[i-1].low)) {
				return true
			}
		}
	}
	return false
}

// pastBefore reports whether w, the word before a weekday, says the day
// is past: "last Thursday", "said Thursday", "early Thursday" (a late
// report dated the evening before in UTC), "announced Thursday".
func pastBefore(w string) bool {
	switch w {
	case "last", "said", "told", "met", "spoke", "was", "were", "early", "late", "overnight", "made", "gave", "took", "held", "came", "went", "left", "found", "sent", "wrote":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed")
}

// titleLooksAhead reports whether a title looks ahead to a happening:
// "will", "ahead of", "before", "set to", "expected to", "poised to".
func titleLooksAhead(title []token) bool {
	for i, t := range title {
		switch t.low {
		case "will", "before":
			return true
		case "ahead":
			if i+1 < len(title) && title[i+1].low == "of" {
				return true
			}
		case "set", "expected", "poised":
			if i+1 < len(title) && title[i+1].low == "to" {
				return true
			}
		}
	}
	return false
}

// previewOf reports whether an article with features f is a preview of a
// happening still to come: its title or lead looks ahead (see Features.Ahead).
// Explainers, questions and opinions are no such sign by their kind
// alone: as many are written after the happening ("how the ouster
// unfolded") as before it, and counting them let an event stretch over
// two happenings (measured in SAMPLING.md).
func previewOf(f Features) bool {
	return f.Ahead
}
