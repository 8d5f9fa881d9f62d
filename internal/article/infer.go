package article

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Where a date that the input did not give came from (Article.DateSource).
const (
	// DateFromURL: the date in the article's address ("/2019/05/07/").
	DateFromURL = "url"
	// DateFromText: a date line or dateline at the top of the text.
	DateFromText = "text"
)

// InferDate finds the publication day of an article whose input gave
// none: from its URL when the path holds a full date (/2019/05/07/,
// /2019-05-07/, /20190507/, or such a date in the slug), else from a date
// line at the top of its text ("Published May 7, 2019", a paragraph that
// is only a date, or a dateline "WASHINGTON, May 7, 2019 —"). A path with
// a year and month only, or a date that is not a real day of a plausible
// year, gives nothing. The day is returned with where it came from
// (DateFromURL or DateFromText), or the zero Date and "".
func InferDate(rawURL string, paragraphs []string) (Date, string) {
	if d, ok := dateInURL(rawURL); ok {
		return d, DateFromURL
	}
	for _, p := range paragraphs[:min(2, len(paragraphs))] {
		if d, ok := dateLine(p); ok {
			return d, DateFromText
		}
	}
	return Date{}, ""
}

var (
	urlYMD      = regexp.MustCompile(`/((?:19|20)\d\d)/(\d\d?)/(\d\d?)(?:/|$|[-_.])`)
	urlISO      = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?:$|[/_.-])`)
	urlCompact  = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d\d)(\d\d)(\d\d)(?:$|[/_.-])`)
	monthNames  = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	textDate    = `(` + monthNames + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{1,2}\s+` + monthNames + `,?\s+(?:19|20)\d\d)`
	datePrefix  = regexp.MustCompile(`(?i)^(?:(?:first\s+)?published|updated|posted|last\s+updated)(?:\s+on)?\s*:?\s*(?:[a-z]+day,?\s+)?` + textDate)
	dateOnly    = regexp.MustCompile(`(?i)^(?:[a-z]+day,?\s+)?` + textDate + `(?:[\s,]+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?\s*$`)
	dateline    = regexp.MustCompile(`(?i)^[A-Z][A-Za-z.' -]{1,40},\s+(?:[A-Za-z.]+,\s+)?` + textDate + `\s*(?:\(|—|–|-|:|/)`)
	ordinalTail = regexp.MustCompile(`(\d)(?:st|nd|rd|th)\b`)
)

// dateInURL reads a full date from the path of a URL.
func dateInURL(raw string) (Date, bool) {
	path := raw
	if i := strings.Index(path, "://"); i >= 0 {
		path = path[i+3:]
		if j := strings.IndexByte(path, '/'); j >= 0 {
			path = path[j:]
		} else {
			return Date{}, false
		}
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	for _, re := range []*regexp.Regexp{urlYMD, urlISO, urlCompact} {
		if m := re.FindStringSubmatch(path); m != nil {
			if d, ok := validDay(m[1], m[2], m[3]); ok {
				return d, true
			}
		}
	}
	return Date{}, false
}

// validDay builds the Date of year, month, day when it is a real day
// between 1995 and next year.
func validDay(y, m, d string) (Date, bool) {
	year, err1 := strconv.Atoi(y)
	month, err2 := strconv.Atoi(m)
	day, err3 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || err3 != nil || year < 1995 || year > time.Now().Year()+1 || month < 1 || month > 12 {
		return Date{}, false
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return Date{}, false
	}
	return Date{Time: t, Precision: Day}, true
}

// dateLine reads a publication date from a paragraph that is a date line.
func dateLine(p string) (Date, bool) {
	p = strings.TrimSpace(p)
	if len(p) > 400 {
		p = p[:400]
	}
	for _, re := range []*regexp.Regexp{datePrefix, dateOnly, dateline} {
		m := re.FindStringSubmatch(p)
		if m == nil {
			continue
		}
		if d, ok := parseTextDate(m[1]); ok {
			return d, true
		}
	}
	return Date{}, false
}

// parseTextDate parses "May 7, 2019", "Sept. 7 2019", "7 May 2019".
func parseTextDate(s string) (Date, bool) {
	s = ordinalTail.ReplaceAllString(s, "$1")
	s = strings.NewReplacer(".", "", ",", "").Replace(s)
	f := strings.Fields(s)
	if len(f) != 3 {
		return Date{}, false
	}
	if _, err := strconv.Atoi(f[0]); err == nil {
		f[0], f[1] = f[1], f[0] // day month year
	}
	month := strings.ToLower(f[0])
	if len(month) > 3 {
		month = month[:3]
	}
	m := strings.Index("janfebmaraprmayjunjulaugsepoctnovdec", month)
	if m < 0 || m%3 != 0 {
		return Date{}, false
	}
	return validDay(f[2], strconv.Itoa(m/3+1), f[1])
}
