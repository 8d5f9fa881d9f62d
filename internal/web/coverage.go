package web

import (
	"fmt"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
)

// coverage holds the timeline of a story's coverage, drawn on the server
// as inline SVG with a text alternative: the outlets' articles over time
// (who reported first, who followed). The coverage by lean is the outlet
// records' (storyPage.Lean, drawn as a leanBar).
type coverage struct {
	// Lanes are the outlets in order of their first article, each with a
	// tick per dated article on a scale of 0 (the first) to 1000 (the
	// last).
	Lanes rows[lane]
	// From and To label the ends of the scale.
	From, To string
	// Caption says in words who reported first and who followed.
	Caption string
}

// lane is one outlet's row of the timeline.
type lane struct {
	Outlet outletCol
	Ticks  []tick
	// First is true for the outlet that reported first.
	First bool
	// Label says the row in words: the outlet, its articles and when.
	Label string
}

// tick is one dated article on a lane.
type tick struct {
	X     int
	First bool
	Col   col
}

// lanesTop is how many outlets the timeline shows before the fold.
const lanesTop = 12

// newCoverage draws the timeline of a story page.
func newCoverage(p *storyPage) coverage {
	var cv coverage
	var first, last int64
	dated := false
	for _, c := range p.Cols {
		if c.Published.IsZero() {
			continue
		}
		u := c.Published.Unix()
		if !dated || u < first {
			first = u
		}
		if !dated || u > last {
			last = u
		}
		dated = true
	}
	after := map[string]string{}
	firstArt := map[string]bool{}
	for _, e := range p.Report.Timeline {
		after[e.Article] = e.After
		firstArt[e.Article] = e.First
	}
	type laneAt struct {
		lane
		at    int64
		dated bool
		after string
	}
	var lanes []laneAt
	for _, o := range p.Outlets {
		l := laneAt{lane: lane{Outlet: o}}
		var when []string
		for _, c := range o.Articles {
			if c.Published.IsZero() {
				continue
			}
			u := c.Published.Unix()
			x := 0
			if last > first {
				x = int(1000 * (u - first) / (last - first))
			}
			t := tick{X: x, First: firstArt[c.ID], Col: c}
			l.Ticks = append(l.Ticks, t)
			l.First = l.First || t.First
			if !l.dated || u < l.at {
				l.at, l.after = u, after[c.ID]
			}
			l.dated = true
			when = append(when, formatDate(c.Published))
		}
		l.Label = fmt.Sprintf("%s: %s", o.Name, plural(len(o.Articles), "article", "articles"))
		switch {
		case len(when) == 0:
			l.Label += ", undated"
		case len(when) <= 3:
			l.Label += ", " + strings.Join(when, "; ")
		default:
			l.Label += fmt.Sprintf(", from %s to %s", when[0], when[len(when)-1])
		}
		lanes = append(lanes, l)
	}
	sort.SliceStable(lanes, func(i, j int) bool {
		if lanes[i].dated != lanes[j].dated {
			return lanes[i].dated
		}
		return lanes[i].at < lanes[j].at
	})
	all := make([]lane, len(lanes))
	for i, l := range lanes {
		all[i] = l.lane
	}
	cv.Lanes = split(all, lanesTop, len(all))
	if !dated {
		cv.Caption = "None of the articles is dated."
		return cv
	}
	cv.From, cv.To = formatDate(dateOf(p, first)), formatDate(dateOf(p, last))
	var firsts, followers []string
	for _, l := range lanes {
		switch {
		case !l.dated:
		case l.First:
			firsts = append(firsts, l.Outlet.Name)
		default:
			followers = append(followers, fmt.Sprintf("%s (+%s)", l.Outlet.Name, l.after))
		}
	}
	cv.Caption = fmt.Sprintf("%s reported first, on %s", listWords(firsts), cv.From)
	if len(followers) > 0 {
		shown := followers[:min(4, len(followers))]
		cv.Caption += "; then " + strings.Join(shown, ", ")
		if more := len(followers) - len(shown); more > 0 {
			cv.Caption += fmt.Sprintf(" and %s, the last on %s", plural(more, "more outlet", "more outlets"), cv.To)
		}
	}
	cv.Caption += "."
	return cv
}

// dateOf returns the publication date of the article published at unix
// time u, as precisely as it is known.
func dateOf(p *storyPage, u int64) article.Date {
	for _, c := range p.Cols {
		if !c.Published.IsZero() && c.Published.Unix() == u {
			return c.Published
		}
	}
	return article.Date{}
}

// listWords joins words as a sentence does: "A", "A and B", "A, B and C".
func listWords(ws []string) string {
	switch len(ws) {
	case 0:
		return ""
	case 1:
		return ws[0]
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}
