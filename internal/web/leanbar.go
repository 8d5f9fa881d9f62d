package web

import (
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/internal/outlet"
)

// leanBar is a coverage by lean drawn as a bar of 100 units: one segment
// per side, as wide as that side's share of the rated outlets, or one
// grey segment when no outlet is rated.
type leanBar struct {
	Segments []leanSegment
	// Label reads the bar aloud: "2 left, 1 center, 7 right outlets; 3
	// unrated".
	Label string
	outlet.Coverage
}

// leanSegment is one side's part of a leanBar.
type leanSegment struct {
	Side    string
	X, W    int
	Outlets int
}

// newLeanBar lays out a coverage as a bar.
func newLeanBar(c outlet.Coverage) leanBar {
	b := leanBar{Coverage: c}
	rated := c.Rated()
	x := 0
	for i, s := range outlet.Sides {
		n := c.Of(s).Outlets
		if n == 0 || rated == 0 {
			continue
		}
		w := (n*100 + rated/2) / rated
		if i == len(outlet.Sides)-1 || x+w > 100 {
			w = 100 - x
		}
		b.Segments = append(b.Segments, leanSegment{Side: string(s), X: x, W: w, Outlets: n})
		x += w
	}
	if len(b.Segments) > 0 {
		last := &b.Segments[len(b.Segments)-1]
		last.W = 100 - last.X
	} else {
		b.Segments = []leanSegment{{Side: string(outlet.Unrated), W: 100}}
	}
	var parts []string
	for _, s := range outlet.Sides {
		parts = append(parts, fmt.Sprintf("%d %s", c.Of(s).Outlets, s))
	}
	b.Label = strings.Join(parts, ", ") + " outlets"
	if n := c.Unrated.Outlets; n > 0 {
		b.Label += fmt.Sprintf("; %d unrated", n)
	}
	return b
}
