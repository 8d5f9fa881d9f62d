package compare

import (
	"fmt"

	"github.com/parallax-news/parallax/internal/article"
	"time"

	"github.com/parallax-news/parallax/internal/story"
)

// publishedOrder returns the indexes of docs in order of publication
// (undated articles keep their place, as story.PublishedOrder does).
func publishedOrder(docs []*doc) []int {
	sd := make([]story.Doc, len(docs))
	for i, d := range docs {
		sd[i] = storyDoc(d)
	}
	return story.PublishedOrder(sd)
}

// timeline lists the articles in order of publication, dated ones first.
func timeline(docs []*doc, order []int) []TimelineEntry {
	var dated, undated []TimelineEntry
	var first time.Time
	firstIdx := 0
	for _, k := range order {
		d := docs[k]
		e := TimelineEntry{Article: d.art.ID, Published: d.art.Published}
		if d.art.Published.IsZero() {
			undated = append(undated, e)
			continue
		}
		t := published(d)
		if len(dated) == 0 {
			first, firstIdx = t, len(undated)+len(dated)
		}
		switch {
		case t.Equal(first):
			e.First = true
		case dateOnly(d.art.Published) || dateOnly(docs[order[firstIdx]].art.Published):
			e.After = dayDelay(first, t)
		default:
			e.After = delay(t.Sub(first))
		}
		dated = append(dated, e)
	}
	return append(dated, undated...)
}

// delay formats a duration as days, hours and minutes ("1d 2h", "45m").
func delay(d time.Duration) string {
	m := int(d.Round(time.Minute) / time.Minute)
	days, hours, mins := m/(24*60), m/60%24, m%60
	switch {
	case days > 0 && hours > 0:
		return fmt.Sprintf("%dd %dh", days, hours)
	case days > 0:
		return fmt.Sprintf("%dd", days)
	case hours > 0 && mins > 0:
		return fmt.Sprintf("%dh %dm", hours, mins)
	case hours > 0:
		return fmt.Sprintf("%dh", hours)
	}
	return fmt.Sprintf("%dm", mins)
}

// dateOnly reports whether a date was given without a time of day.
func dateOnly(d article.Date) bool { return len(d.String()) == len("2006-01-02") }

// dayDelay counts calendar days between two times when one of them is
// only a date: "same day" or "1d".
func dayDelay(a, b time.Time) string {
	da := time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, time.UTC)
	db := time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC)
	if n := int(db.Sub(da).Hours() / 24); n > 0 {
		return fmt.Sprintf("%dd", n)
	}
	return "same day"
}
