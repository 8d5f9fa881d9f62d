package story

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// urlMonthRe finds a year and month in a URL path: "/2019/05/" or
// "/2019/may/" (a path with a full date gives the article a date before it
// reaches the clusterer; see article.InferDate).
var urlMonthRe = regexp.MustCompile(`/((?:19|20)\d\d)/(0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:/|$)`)

// urlMonthSlack is how many days beyond the month an event may lie and
// still be the month's: an article at the turn of a month may be filed
// under either.
const urlMonthSlack = 3

// urlMonth returns the first day of the month that the path of an
// article's URL names, as weak evidence of when an undated article was
// published: enough to keep it out of events of other months and years,
// never to set an event's dates. ok is false when the path names none.
func urlMonth(rawURL string) (first time.Time, ok bool) {
	path := rawURL
	if i := strings.Index(path, "://"); i >= 0 {
		path = path[i+3:]
		j := strings.IndexByte(path, '/')
		if j < 0 {
			return time.Time{}, false
		}
		path = path[j:]
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	m := urlMonthRe.FindStringSubmatch(strings.ToLower(path))
	if m == nil {
		return time.Time{}, false
	}
	year, err := strconv.Atoi(m[1])
	if err != nil {
		return time.Time{}, false
	}
	month, err := strconv.Atoi(m[2])
	if err != nil {
		mo, known := monthOf[m[2]]
		if !known {
			return time.Time{}, false
		}
		month = int(mo)
	}
	return time.Date(year, time.Month(month), 1, 0, 0, 0, 0, time.UTC), true
}

// outsideMonth reports whether the dated span [first, last] of an event
// lies wholly outside the month that starts on month, with
// urlMonthSlack days of slack either side.
func outsideMonth(month, first, last time.Time) bool {
	slack := urlMonthSlack * 24 * time.Hour
	from, to := month.Add(-slack), month.AddDate(0, 1, 0).Add(slack)
	return last.Before(from) || !first.Before(to)
}

// urlMonths returns the months that the URLs of e's undated members name.
func (e *event) urlMonths() []time.Time {
	var out []time.Time
	for _, m := range e.members {
		if !m.dated && !m.pub.IsZero() {
			out = append(out, m.pub)
		}
	}
	return out
}

// monthsApart reports whether two sets of URL months are both known and
// no month of one is within a month of a month of the other: articles
// published months apart do not report one happening.
func monthsApart(a, b []time.Time) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if d := monthIndex(x) - monthIndex(y); d >= -1 && d <= 1 {
				return false
			}
		}
	}
	return true
}

// monthsOutside reports whether the URL months are known and the dated
// span [first, last] lies outside every one of them (see outsideMonth).
func monthsOutside(months []time.Time, first, last time.Time) bool {
	if len(months) == 0 {
		return false
	}
	for _, m := range months {
		if !outsideMonth(m, first, last) {
			return false
		}
	}
	return true
}

// monthIndex numbers months consecutively.
func monthIndex(t time.Time) int { return t.Year()*12 + int(t.Month()) - 1 }
