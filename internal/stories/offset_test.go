package stories

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestDocCarriesTheOffset: a publication time given with an offset from
// UTC hands the clusterer that offset, so it reads the publisher's day;
// a UTC time, a time without a zone or a plain day hands none.
func TestDocCarriesTheOffset(t *testing.T) {
	for _, tc := range []struct {
		date string
		want int
	}{
		{"2026-03-03T22:30:00-05:00", -5 * 3600},
		{"Tue, 03 Mar 2026 22:30:00 -0500", -5 * 3600},
		{"2026-03-04T03:30:00Z", 0},
		{"2026-03-03T22:30:00", 0},
		{"2026-03-03", 0},
	} {
		pub, err := article.ParseDate(tc.date)
		if err != nil {
			t.Fatal(err)
		}
		a := article.Article{ID: "a", Title: "Sorn senate passes ferry ban", Published: pub}
		d := Doc(&a)
		if d.Offset != tc.want || !d.HasTime {
			t.Errorf("%q: offset %d (dated %v), want %d", tc.date, d.Offset, d.HasTime, tc.want)
		}
		if !d.Published.Equal(pub.Time) {
			t.Errorf("%q: published %v, want the instant %v", tc.date, d.Published, pub.Time)
		}
	}
}
