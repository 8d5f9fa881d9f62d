package view

import (
	"context"

	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/store"
)

// MemberOutlet is the outlet record of a story's article: its id, name
// and section, and the lean in use for it.
type MemberOutlet struct {
	OutletID   string      `json:"outlet_id,omitempty"`
	OutletName string      `json:"outlet_name,omitempty"`
	Section    string      `json:"section,omitempty"`
	Lean       string      `json:"lean,omitempty"`
	Side       outlet.Side `json:"side,omitempty"`
}

// OneSidedFact is a fact whose quoted words only outlets of one side
// quote, while rated outlets of the other side in the comparison leave
// them out (see compare.SideDifferences).
type OneSidedFact struct {
	// Fact is the fact's index in the report's facts.
	Fact int         `json:"fact"`
	Side outlet.Side `json:"side"`
	// Outlets count the outlets that quote it; Missing the rated
	// outlets of the other side that do not.
	Outlets int `json:"outlets"`
	Missing int `json:"missing"`
}

// addOutlets fills the members' outlet records and the story's coverage
// by lean.
func addOutlets(ctx context.Context, os store.OutletStore, s *Story) error {
	ids := make([]string, len(s.Members))
	for i, m := range s.Members {
		ids[i] = m.ID
	}
	ms, err := os.ArticleOutlets(ctx, ids)
	if err != nil {
		return err
	}
	ratings, err := os.OutletRatings(ctx)
	if err != nil {
		return err
	}
	leans := outlet.NewLeans(ratings)
	names := map[string]string{}
	for i, m := range ms {
		if m.Outlet == "" {
			continue
		}
		name, ok := names[m.Outlet]
		if !ok {
			if o, err := os.Outlet(ctx, m.Outlet); err == nil {
				name = o.Name
			}
			names[m.Outlet] = name
		}
		mo := MemberOutlet{OutletID: m.Outlet, OutletName: name, Section: m.Section, Side: outlet.Unrated}
		if r, ok := leans.Lean(m.Outlet, m.Section); ok {
			mo.Lean, mo.Side = r.Label, r.Side()
		}
		s.Members[i].MemberOutlet = mo
	}
	c := outlet.Cover(ms, leans)
	s.Coverage = &c
	return nil
}

// oneSided finds the facts that compare.SideDifferences calls one side's:
// quoted words that at least two outlets of one side quote, while at least
// two outlets of the other side leave them out, state them in no other
// words and quote none of them. The page's tag and the "What differs"
// item say the same of the same facts.
func oneSided(s Story, rep *compare.Report) []OneSidedFact {
	if rep == nil || s.Coverage == nil {
		return nil
	}
	sides := articleSides(s)
	var out []OneSidedFact
	for _, d := range compare.SideDifferences(rep, sides) {
		if d.Index < 0 || d.Index >= len(rep.Facts) {
			continue
		}
		f := rep.Facts[d.Index]
		reporting, missing := map[string]bool{}, map[string]bool{}
		for _, id := range f.ReportedBy {
			reporting[sides[id].Outlet] = true
		}
		for _, id := range d.Articles {
			if o := sides[id].Outlet; !reporting[o] {
				missing[o] = true
			}
		}
		out = append(out, OneSidedFact{Fact: d.Index, Side: sides[f.ReportedBy[0]].Side, Outlets: len(reporting), Missing: len(missing)})
	}
	return out
}

// articleSides gives the side of each member's outlet, for the
// comparison's one-sided facts; nil when no outlet is rated.
func articleSides(s Story) map[string]compare.ArticleSide {
	var out map[string]compare.ArticleSide
	for _, m := range s.Members {
		if mo := m.MemberOutlet; mo.OutletID != "" && mo.Side != "" && mo.Side != outlet.Unrated {
			if out == nil {
				out = map[string]compare.ArticleSide{}
			}
			out[m.ID] = compare.ArticleSide{Outlet: mo.OutletID, Side: mo.Side}
		}
	}
	return out
}

// articleOutlet returns the outlet record of one article, when the store
// keeps outlets and has folded it.
func articleOutlet(ctx context.Context, st store.Store, id string) (*MemberOutlet, error) {
	s := Story{Members: []Member{{ID: id}}}
	if err := addOutlets(ctx, st, &s); err != nil {
		return nil, err
	}
	if mo := s.Members[0].MemberOutlet; mo.OutletID != "" {
		return &mo, nil
	}
	return nil, nil
}
