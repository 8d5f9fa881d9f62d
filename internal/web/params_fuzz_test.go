package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/paging"
)

// FuzzStoryQuery feeds arbitrary query strings to the parsing of the
// stories filters (the page and GET /api/v1/stories). Whatever it accepts
// is within bounds, and the page's own links (the filter at another
// offset) parse back to the same filter; whatever it refuses gets a
// message naming the parameter.
func FuzzStoryQuery(f *testing.F) {
	for _, s := range []string{
		"", "sort=covered", "sort=newest&offset=30", "sort=sideways", "limit=0", "limit=-3", "limit=500", "limit=501",
		"offset=-1", "offset=1073741825", "since=2026-01-07&until=2026-02-01", "since=yesterday", "until=2026-13-45",
		"outlet=Harbour+Gazette&entity=Vell&q=night+shift", "q=%22unclosed", "q=" + strings.Repeat("a+", 300),
		"limit=1e3", "limit=%2B5", "offset=0x10", "%zz", "q=%00%FF", "outlet=%E2%80%AE", "limit=5&limit=-1", ";;&&==",
	} {
		f.Add(s)
	}
	names := []string{"sort", "outlet", "entity", "q", "since", "until", "limit", "offset"}
	f.Fuzz(func(t *testing.T, raw string) {
		r := &http.Request{Method: http.MethodGet, URL: &url.URL{Path: "/", RawQuery: raw}}
		q, fl, err := storyQuery(r, pageSize)
		if err != nil {
			named := false
			for _, n := range names {
				named = named || strings.HasPrefix(err.Error(), n+": ")
			}
			if !named {
				t.Fatalf("storyQuery(%q): message %q names no parameter", raw, err)
			}
			return
		}
		switch {
		case q.Limit < 1 || q.Limit > webRule.Max:
			t.Fatalf("storyQuery(%q): limit %d", raw, q.Limit)
		case q.Offset < 0 || q.Offset > paging.MaxOffset || fl.Offset != q.Offset:
			t.Fatalf("storyQuery(%q): offset %d (form %d)", raw, q.Offset, fl.Offset)
		case len(q.Outlet) > maxQuery || len(q.Entity) > maxQuery || len(q.Text) > maxQuery:
			t.Fatalf("storyQuery(%q): a filter over %d bytes", raw, maxQuery)
		case fl.Sort != "" && fl.Sort != "covered", q.Covered != (fl.Sort == "covered"):
			t.Fatalf("storyQuery(%q): sort %q, covered %v", raw, fl.Sort, q.Covered)
		}
		for _, d := range []time.Time{q.Since, q.Until} {
			if !d.IsZero() && (d.Location() != time.UTC || d.Hour()+d.Minute()+d.Second()+d.Nanosecond() != 0) {
				t.Fatalf("storyQuery(%q): day %v is not a UTC midnight", raw, d)
			}
		}
		// The page's next and previous links keep the filter.
		for _, off := range []int{0, q.Offset, q.Offset + q.Limit} {
			if off > paging.MaxOffset {
				continue // the page offers no link past the last offset
			}
			link := fl.with(off)
			r2 := &http.Request{Method: http.MethodGet, URL: &url.URL{Path: "/", RawQuery: strings.TrimPrefix(link, "?")}}
			q2, fl2, err := storyQuery(r2, q.Limit)
			if err != nil {
				t.Fatalf("storyQuery(%q): its link %q does not parse: %v", raw, link, err)
			}
			want := q
			want.Offset = off
			if q2.Outlet != want.Outlet || q2.Entity != want.Entity || q2.Text != want.Text || q2.Covered != want.Covered ||
				!q2.Since.Equal(want.Since) || !q2.Until.Equal(want.Until) || q2.Offset != off || fl2.Sort != fl.Sort {
				t.Fatalf("storyQuery(%q): link %q parses to %+v, want %+v", raw, link, q2, want)
			}
		}
	})
}
