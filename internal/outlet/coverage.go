package outlet

import (
	"fmt"
	"math"
	"sort"
)

// Member is one article of a set whose coverage is measured (an event, a
// storyline, any list of articles): its outlet and section, and when it
// was published (Unix seconds, 0 when undated).
type Member struct {
	Article   string `json:"article"`
	Outlet    string `json:"outlet,omitempty"`
	Section   string `json:"section,omitempty"`
	Published int64  `json:"-"`
}

// Count is how many outlets and articles fall on one side.
type Count struct {
	Outlets  int `json:"outlets"`
	Articles int `json:"articles"`
}

// Coverage is how a set of articles spreads over the spectrum: the
// outlets and articles on each side, and those with no lean known. An
// outlet whose sections lean differently counts once on each side its
// articles are on. Articles with no outlet count as unrated articles,
// not as outlets.
type Coverage struct {
	Left    Count `json:"left"`
	Center  Count `json:"center"`
	Right   Count `json:"right"`
	Unrated Count `json:"unrated"`
	// Outlets and Articles count the whole set.
	Outlets  int `json:"outlets"`
	Articles int `json:"articles"`
	// UnratedShare is the share of the articles with no lean known.
	UnratedShare float64 `json:"unrated_share"`
}

// Cover measures the coverage of a set of articles by the lean of their
// outlets.
func Cover(members []Member, leans *Leans) Coverage {
	var c Coverage
	type pair struct {
		outlet string
		side   Side
	}
	seen := map[pair]bool{}
	outlets := map[string]bool{}
	for _, m := range members {
		c.Articles++
		side := leans.Side(m.Outlet, m.Section)
		cnt := c.count(side)
		cnt.Articles++
		if m.Outlet == "" {
			continue
		}
		outlets[m.Outlet] = true
		if p := (pair{m.Outlet, side}); !seen[p] {
			seen[p] = true
			cnt.Outlets++
		}
	}
	c.Outlets = len(outlets)
	if c.Articles > 0 {
		c.UnratedShare = round3(float64(c.Unrated.Articles) / float64(c.Articles))
	}
	return c
}

func (c *Coverage) count(s Side) *Count {
	switch s {
	case Left:
		return &c.Left
	case Center:
		return &c.Center
	case Right:
		return &c.Right
	}
	return &c.Unrated
}

// Of returns the count of one side.
func (c Coverage) Of(s Side) Count { return *c.count(s) }

// Rated counts the rated outlets (an outlet on two sides counts twice).
func (c Coverage) Rated() int { return c.Left.Outlets + c.Center.Outlets + c.Right.Outlets }

// Share is the share of the rated outlets on one side; 0 with none rated.
func (c Coverage) Share(s Side) float64 {
	r := c.Rated()
	if r == 0 || s == Unrated {
		return 0
	}
	return float64(c.Of(s).Outlets) / float64(r)
}

// Rule sets when coverage is a blindspot: at least MinOutlets rated
// outlets, and at least MinShare of them on one side (left or right).
type Rule struct {
	MinOutlets int
	MinShare   float64
}

// DefaultRule: at least 5 rated outlets, at least 80% on one side.
var DefaultRule = Rule{MinOutlets: 5, MinShare: 0.8}

// Check says what is wrong with a rule, if anything.
func (r Rule) Check() error {
	if r.MinOutlets < 1 {
		return fmt.Errorf("min outlets: want at least 1, not %d", r.MinOutlets)
	}
	if !(r.MinShare > 0.5 && r.MinShare <= 1) {
		return fmt.Errorf("min share: want more than 0.5 and at most 1, not %v", r.MinShare)
	}
	return nil
}

// Blindspot reports the side a set of articles is a blindspot for: the
// left when the right carries at least MinShare of its rated outlets (and
// it has at least MinOutlets of them), and the other way round. It
// returns the side that misses it, the side that carries it and that
// side's share.
func (c Coverage) Blindspot(r Rule) (blind, carried Side, share float64, ok bool) {
	if c.Rated() < r.MinOutlets {
		return "", "", 0, false
	}
	const eps = 1e-9
	if s := c.Share(Right); s+eps >= r.MinShare {
		return Left, Right, s, true
	}
	if s := c.Share(Left); s+eps >= r.MinShare {
		return Right, Left, s, true
	}
	return "", "", 0, false
}

// SortBySide orders items by the share of their rated outlets on one
// side, largest first, then by their rated outlets, keeping the order of
// ties.
func SortBySide[T any](items []T, side Side, cov func(T) Coverage) {
	sort.SliceStable(items, func(i, j int) bool {
		a, b := cov(items[i]), cov(items[j])
		if sa, sb := a.Share(side), b.Share(side); sa != sb {
			return sa > sb
		}
		return a.Rated() > b.Rated()
	})
}

func round3(f float64) float64 { return math.Round(f*1000) / 1000 }
