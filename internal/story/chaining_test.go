package story

import (
	"fmt"
	"testing"
	"time"
)

// TestDailyTopicDoesNotChain feeds sixty days of daily council reports
// that share a topic's vocabulary but each report another meeting: no
// story may keep absorbing them for weeks.
func TestDailyTopicDoesNotChain(t *testing.T) {
	start := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	items := []string{"bus fares", "library hours", "road repairs", "school meals", "park lighting", "waste collection"}
	c := New(DefaultConfig(), NewTextExtractor())
	first := map[string]time.Time{}
	last := map[string]time.Time{}
	for day := 0; day < 60; day++ {
		at := start.Add(time.Duration(day) * 24 * time.Hour)
		item := items[day%len(items)]
		for o, outlet := range []string{"Harbour Gazette", "Valmora Courier"} {
			d := Doc{
				ID:        fmt.Sprintf("d%02d-%d", day, o),
				Outlet:    outlet,
				Title:     fmt.Sprintf("Valmora council debates %s", item),
				Published: at.Add(time.Duration(o) * time.Hour),
				HasTime:   true,
				Paragraphs: []string{
					fmt.Sprintf("The Valmora city council met on day %d to debate %s, with Mayor Ilse Varga chairing the session.", day+1, item),
					fmt.Sprintf("Councillors from the Harbour Party and the Civic League argued over the budget for %s.", item),
					"The council will meet again next week, the mayor's office said.",
				},
			}
			s := c.Resolve(c.Add(d).Story)
			if _, ok := first[s]; !ok {
				first[s] = d.Published
			}
			last[s] = d.Published
		}
	}
	for s := range first {
		if span := last[c.Resolve(s)].Sub(first[s]); span > 14*24*time.Hour {
			t.Errorf("story %s spans %v of daily coverage", s, span)
		}
	}
}
