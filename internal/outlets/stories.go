package outlets

import (
	"context"
	"errors"
	"math"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/store"
)

// Story is a story of a listing with its coverage by lean.
type Story struct {
	store.Story
	Coverage outlet.Coverage `json:"coverage"`
}

// Filter narrows and orders a stories listing by outlet record and lean.
// Zero values do not filter.
type Filter struct {
	// Outlet keeps the stories an outlet reported: an outlet record's id,
	// name, alias or domain. A name that is no record's is matched with
	// the articles' outlet names as given (store.StoryQuery.Outlet).
	Outlet string
	// Covered keeps the stories at least one outlet of each of these
	// sides reported; Without those that no outlet of these sides did.
	Covered, Without []outlet.Side
	// Sort orders by the share of the rated outlets on this side, largest
	// first (then by the query's order).
	Sort outlet.Side
}

// IsZero reports whether the filter filters nothing.
func (f Filter) IsZero() bool {
	return f.Outlet == "" && len(f.Covered) == 0 && len(f.Without) == 0 && f.Sort == ""
}

// ParseSides reads a comma-separated list of sides ("left,right").
func ParseSides(s string) ([]outlet.Side, error) {
	var out []outlet.Side
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		side, err := outlet.ParseSide(p)
		if err != nil {
			return nil, err
		}
		out = append(out, side)
	}
	return out, nil
}

// Stories lists stories as st.Stories does, each with its coverage by
// lean, filtered and ordered by f as well. A lean filter or order reads
// every story the query matches; a plain listing reads one page.
func Stories(ctx context.Context, st store.Store, ix *Index, q store.StoryQuery, f Filter) ([]Story, error) {
	var only map[string]bool
	if f.Outlet != "" {
		o, err := st.Outlet(ctx, f.Outlet)
		switch {
		case err == nil:
			ids, err := st.OutletStories(ctx, o.ID)
			if err != nil {
				return nil, err
			}
			only = make(map[string]bool, len(ids))
			for _, id := range ids {
				only[id] = true
			}
		case errors.Is(err, store.ErrNotFound):
			q.Outlet = f.Outlet
		default:
			return nil, err
		}
	}
	if only == nil && len(f.Covered) == 0 && len(f.Without) == 0 && f.Sort == "" {
		list, err := st.Stories(ctx, q)
		if err != nil {
			return nil, err
		}
		return withCoverage(ctx, st, ix, list, nil)
	}
	limit, offset := q.Limit, q.Offset
	q.Limit, q.Offset = 0, 0
	list, err := st.Stories(ctx, q)
	if err != nil {
		return nil, err
	}
	if only != nil {
		kept := list[:0]
		for _, s := range list {
			if only[s.ID] {
				kept = append(kept, s)
			}
		}
		list = kept
	}
	var all map[string]outlet.Coverage
	if len(list) > 2000 {
		// Reading every story's members at once is cheaper than asking
		// for thousands of ids.
		if all, err = StoryCoverage(ctx, st, ix, nil); err != nil {
			return nil, err
		}
	}
	items, err := withCoverage(ctx, st, ix, list, all)
	if err != nil {
		return nil, err
	}
	kept := items[:0]
	for _, it := range items {
		if keeps(it.Coverage, f) {
			kept = append(kept, it)
		}
	}
	items = kept
	if f.Sort != "" {
		outlet.SortBySide(items, f.Sort, func(s Story) outlet.Coverage { return s.Coverage })
	}
	if offset >= len(items) {
		return []Story{}, nil
	}
	items = items[offset:]
	if limit > 0 && limit < len(items) {
		items = items[:limit]
	}
	return items, nil
}

func keeps(c outlet.Coverage, f Filter) bool {
	for _, s := range f.Covered {
		if c.Of(s).Outlets == 0 {
			return false
		}
	}
	for _, s := range f.Without {
		if c.Of(s).Outlets > 0 {
			return false
		}
	}
	return true
}

// withCoverage adds their coverage to stories, from all when given.
func withCoverage(ctx context.Context, st store.Store, ix *Index, list []store.Story, all map[string]outlet.Coverage) ([]Story, error) {
	if all == nil {
		ids := make([]string, len(list))
		for i, s := range list {
			ids[i] = s.ID
		}
		var err error
		if all, err = StoryCoverage(ctx, st, ix, ids); err != nil {
			return nil, err
		}
	}
	out := make([]Story, len(list))
	for i, s := range list {
		out[i] = Story{Story: s, Coverage: all[s.ID]}
	}
	return out, nil
}

// Blindspot is a story one side of the spectrum carries almost alone: a
// blindspot for the other side.
type Blindspot struct {
	Story
	// Blind is the side that barely covers it; CarriedBy the side that
	// carries it, with Share of the story's rated outlets.
	Blind     outlet.Side `json:"blind"`
	CarriedBy outlet.Side `json:"carried_by"`
	Share     float64     `json:"share"`
}

// Blindspots lists the blindspots of each side.
type Blindspots struct {
	// MinOutlets and MinShare are the rule the stories met.
	MinOutlets int     `json:"min_outlets"`
	MinShare   float64 `json:"min_share"`
	// Left lists the blindspots for the left (stories the right carries),
	// Right those for the right; strongest first.
	Left  []Blindspot `json:"left"`
	Right []Blindspot `json:"right"`
}

// FindBlindspots lists up to limit blindspots for each side (0: all)
// among the stories q matches (its paging is ignored), strongest first:
// the larger share, then more rated outlets, then q's order.
func FindBlindspots(ctx context.Context, st store.Store, ix *Index, q store.StoryQuery, rule outlet.Rule, limit int) (Blindspots, error) {
	if err := rule.Check(); err != nil {
		return Blindspots{}, err
	}
	out := Blindspots{MinOutlets: rule.MinOutlets, MinShare: rule.MinShare, Left: []Blindspot{}, Right: []Blindspot{}}
	q.Limit, q.Offset = 0, 0
	list, err := st.Stories(ctx, q)
	if err != nil {
		return out, err
	}
	all, err := StoryCoverage(ctx, st, ix, nil)
	if err != nil {
		return out, err
	}
	for _, s := range list {
		c := all[s.ID]
		blind, carried, share, ok := c.Blindspot(rule)
		if !ok {
			continue
		}
		b := Blindspot{Story: Story{Story: s, Coverage: c}, Blind: blind, CarriedBy: carried, Share: round3(share)}
		if blind == outlet.Left {
			out.Left = append(out.Left, b)
		} else {
			out.Right = append(out.Right, b)
		}
	}
	for _, l := range [][]Blindspot{out.Left, out.Right} {
		sort.SliceStable(l, func(i, j int) bool {
			if l[i].Share != l[j].Share {
				return l[i].Share > l[j].Share
			}
			return l[i].Coverage.Rated() > l[j].Coverage.Rated()
		})
	}
	if limit > 0 {
		out.Left, out.Right = out.Left[:min(limit, len(out.Left))], out.Right[:min(limit, len(out.Right))]
	}
	return out, nil
}

func round3(f float64) float64 { return math.Round(f*1000) / 1000 }
