package story

import (
	"slices"
	"testing"
	"time"
)

func TestURLMonth(t *testing.T) {
	for _, tc := range []struct {
		url  string
		want string // YYYY-MM, "" for none
	}{
		{"https://weekly.example/news/2031/03/velmora-quake-relief", "2031-03"},
		{"https://weekly.example/news/2031/3/velmora-quake-relief", "2031-03"},
		{"http://ledger.example/politics/2032/nov/gulls-coach", "2032-11"},
		{"https://ledger.example/politics/2032/Sept/", "2032-09"},
		{"https://ledger.example/2032/11", "2032-11"},
		{"https://ledger.example/story/velmora-2031-quake", ""},
		{"https://ledger.example/2031/13/x", ""},
		{"https://ledger.example/2031/031/x", ""},
		{"https://ledger.example/archives/velmora?from=/2031/03/", ""},
		{"https://2031.example", ""},
		{"", ""},
	} {
		m, ok := urlMonth(tc.url)
		got := ""
		if ok {
			got = m.Format("2006-01")
		}
		if got != tc.want {
			t.Errorf("urlMonth(%q) = %q, want %q", tc.url, got, tc.want)
		}
	}
}

// TestUndatedURLMonth: a current undated article whose address names a
// month joins an event of that month, never one of another month, and
// never gives the event its dates.
func TestUndatedURLMonth(t *testing.T) {
	quake := docsOf(fixtures[:3])
	undated := fixtures[1].doc()
	undated.ID, undated.HasTime, undated.Published = "undated-velmora", false, time.Time{}
	undated.Added = day("2031-03-05")
	for _, tc := range []struct {
		url  string
		join bool
	}{
		{"https://weekly.example/world/2031/03/velmora-quake", true},
		{"https://weekly.example/world/2031/02/velmora-quake", false}, // 4 March: beyond February's slack
		{"https://weekly.example/world/2031/04/velmora-quake", false},
		{"https://weekly.example/world/2029/03/velmora-quake", false},
		{"https://weekly.example/world/velmora-quake", true},
	} {
		d := undated
		d.URL = tc.url
		c, tr, _ := run(t, DefaultConfig(), append(slices.Clone(quake), d))
		if joined := tr.Event(d.ID) == tr.Event("q1-a"); joined != tc.join {
			t.Errorf("%s: joined the March quake %v, want %v", tc.url, joined, tc.join)
		}
		if s, _ := c.Story(tr.Event("q1-a")); !s.First.Equal(day("2031-03-04")) || !s.Last.Equal(day("2031-03-05")) {
			t.Errorf("%s: event span %v..%v", tc.url, s.First, s.Last)
		}
	}
}

// TestUndatedURLMonthsApart: two undated reports whose addresses name
// months more than a month apart are never one event; in one month or
// adjacent ones they may be.
func TestUndatedURLMonthsApart(t *testing.T) {
	score := func(urlA, urlB string) float64 {
		a, b := fixtures[3].doc(), fixtures[4].doc()
		a.HasTime, a.Published, a.URL = false, time.Time{}, urlA
		b.HasTime, b.Published, b.URL = false, time.Time{}, urlB
		c := New(DefaultConfig(), nil)
		c.Add(a)
		return c.Add(b).Score
	}
	for _, tc := range []struct {
		a, b string
		join bool
	}{
		{"https://a.example/2033/09/karsk", "https://b.example/2033/09/karsk-mayor", true},
		{"https://a.example/2033/09/karsk", "https://b.example/2033/10/karsk-mayor", true},
		{"https://a.example/2033/09/karsk", "https://b.example/karsk-mayor", true},
		{"https://a.example/2033/09/karsk", "https://b.example/2033/11/karsk-mayor", false},
		{"https://a.example/2033/09/karsk", "https://b.example/2035/09/karsk-mayor", false},
	} {
		if s := score(tc.a, tc.b); (s >= DefaultConfig().Threshold) != tc.join {
			t.Errorf("%s and %s: score %.3f, want joined %v", tc.a, tc.b, s, tc.join)
		}
	}
}
