package compare

import (
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
)

// dated sets each article's publication day (YYYY-MM-DD, in order).
func dated(arts []*article.Article, days ...string) []*article.Article {
	for i, d := range days {
		tm, err := time.Parse("2006-01-02", d)
		if err != nil {
			panic(err)
		}
		arts[i].Published = article.Date{Time: tm, Precision: article.Day}
	}
	return arts
}

// TestDayGroupsActsOfTwoDays: a governor's posts of Saturday and her
// posts of Sunday, both defending one plan, are two happenings: the
// Saturday line leaves the group of the two Sunday lines (1 March 2031 is
// a Saturday).
func TestDayGroupsActsOfTwoDays(t *testing.T) {
	r := run(t, dated(mkArticles(
		"Dorn attacks ferry board\nGovernor Ilse Dorn on Saturday defended her harbour plan for the Ostra islands and attacked the ferry board in a series of morning posts.",
		"Dorn calls critics ingrates\nGovernor Ilse Dorn on Sunday defended her harbour plan for the Ostra islands and called the critics of the ferry board ingrates.",
		"Dorn hits back at critics\nGovernor Ilse Dorn defended her harbour plan for the Ostra islands and called the critics of the ferry board ingrates in new posts.",
	), "2031-03-01", "2031-03-02", "2031-03-02"))
	gs := factGroupsWith(r, "harbour plan")
	if len(gs) == 0 {
		t.Fatalf("no group of the harbour plan: %v", r.Facts)
	}
	for _, g := range gs {
		if strings.Contains(g, "on Saturday") && strings.Contains(g, "on Sunday") {
			t.Errorf("Saturday's and Sunday's posts are one fact group: %s", g)
		}
	}
	if len(factGroupsWith(r, "on Sunday")) != 1 {
		t.Errorf("the two Sunday lines are no group: %v", gs)
	}
}

// TestDayGroupsOneDay: one act told by its weekday and by "yesterday",
// and a day of saying beside an act's day, stay one fact group.
func TestDayGroupsOneDay(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
	}{
		{"weekday and yesterday", "Governor Ilse Dorn on Saturday defended her harbour plan for the Ostra islands and attacked the ferry board in a series of morning posts.",
			"Governor Ilse Dorn yesterday defended her harbour plan for the Ostra islands and attacked the ferry board in a series of morning posts."},
		{"a day of saying", "Governor Ilse Dorn on Saturday defended her harbour plan for the Ostra islands and attacked the ferry board in a series of morning posts.",
			"Governor Ilse Dorn defended her harbour plan for the Ostra islands and attacked the ferry board in a series of morning posts, her office said Sunday."},
		{"a plan for another day", "Governor Ilse Dorn on Saturday defended her harbour plan for the Ostra islands and attacked the ferry board in a series of morning posts.",
			"Governor Ilse Dorn will defend her harbour plan for the Ostra islands and attack the ferry board on Monday in a series of morning posts."},
	} {
		r := run(t, dated(mkArticles("Dorn and the ferry board\n"+tc.a, "Dorn and the ferry board\n"+tc.b), "2031-03-01", "2031-03-02"))
		if len(factGroupsWith(r, "harbour plan")) != 1 {
			t.Errorf("%s: the two lines are no fact group: %v", tc.name, r.Facts)
		}
	}
}

// TestDayGroupsYesterday: "yesterday" in a report of Monday 3 March 2031
// is Sunday, another day than the Saturday line's: the two lines are no
// fact group.
func TestDayGroupsYesterday(t *testing.T) {
	r := run(t, dated(mkArticles(
		"Dorn and the ferry board\nGovernor Ilse Dorn on Saturday defended her harbour plan for the Ostra islands and attacked the ferry board in a series of morning posts.",
		"Dorn and the ferry board\nGovernor Ilse Dorn yesterday defended her harbour plan for the Ostra islands and attacked the ferry board in a series of morning posts.",
	), "2031-03-01", "2031-03-03"))
	if gs := factGroupsWith(r, "harbour plan"); len(gs) != 0 {
		t.Errorf("Saturday's and Sunday's lines are one fact group: %v", gs)
	}
}
