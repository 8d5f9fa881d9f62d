package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/article"
)

// Days are the publication days of a report's articles, by article id
// ("2006-01-02"; an undated article has none). A time of day with its
// zone follows the day as an instant in UTC ("2006-01-02|2006-01-02T15:04:05Z"),
// so that Before can tell two articles of one day apart.
type Days map[string]string

// instantLayout is how Days writes an instant after the day: in UTC, so
// that two instants order as strings.
const instantLayout = "2006-01-02T15:04:05Z"

// Days returns the publication days of r's articles.
func (r *Report) Days() Days {
	d := make(Days, len(r.Articles))
	for _, a := range r.Articles {
		if !a.Published.IsZero() {
			v := a.Published.Time.Format("2006-01-02")
			if a.Published.Precision == article.Zoned {
				v += "|" + a.Published.Time.UTC().Format(instantLayout)
			}
			d[a.ID] = v
		}
	}
	return d
}

// dayInstant splits a value of Days into its day and its instant ("" when
// only the day is known).
func dayInstant(v string) (day, instant string) {
	day, instant, _ = strings.Cut(v, "|")
	return day, instant
}

// Before reports whether every article of ids was published before the
// first report of f (an article of f.ReportedBy): the outlet wrote before
// anyone reported the fact (a piece two days before the press conference
// the others report, or one of the same morning when both give the time
// of day with its zone), so it cannot be said to leave it out. By
// calendar days where a time is not known: most inputs date an article
// by its day, and a fact reported later the same day may have been known
// earlier. False when an article of ids, or every article reporting f,
// has no date.
func (d Days) Before(ids []string, f Fact) bool {
	if len(ids) == 0 {
		return false
	}
	first := ""
	for _, id := range f.ReportedBy {
		if v, ok := d[id]; ok {
			if day, _ := dayInstant(v); first == "" || day < first {
				first = day
			}
		}
	}
	if first == "" {
		return false
	}
	// The first instant of the first day, when every report of that day
	// gives its time.
	firstAt, timed := "", true
	for _, id := range f.ReportedBy {
		day, at := dayInstant(d[id])
		if day != first {
			continue
		}
		if at == "" {
			timed = false
			break
		}
		if firstAt == "" || at < firstAt {
			firstAt = at
		}
	}
	for _, id := range ids {
		v, ok := d[id]
		if !ok {
			return false
		}
		day, at := dayInstant(v)
		switch {
		case day < first:
		case day == first && timed && at != "" && at < firstAt:
		default:
			return false
		}
	}
	return true
}
