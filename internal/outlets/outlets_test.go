package outlets_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
	"github.com/parallax-news/parallax/internal/store/storetest"
)

// world stores stories whose outlets lean as their names say: story i
// has the outlets given, each "L", "C", "R" or "U" (unrated) with a
// number.
func world(t *testing.T, stories map[string][]string) (*sqlite.Store, *outlets.Index) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	lean := map[byte]string{'L': "left", 'C': "center", 'R': "right"}
	var u store.StoryUpdate
	for sid, outs := range stories {
		u.Stories = append(u.Stories, store.Story{ID: sid, Title: sid})
		for i, o := range outs {
			a := storetest.Article(fmt.Sprintf("https://%s.example/%s", o, sid), "Outlet "+o, sid+" "+o, "2026-03-02", sid+" text by "+o+".")
			if l := lean[o[0]]; l != "" {
				a.OutletInput = &article.OutletInput{Lean: l, Field: "bias"}
			}
			if _, err := st.Put(ctx, []*article.Article{a}); err != nil {
				t.Fatal(err)
			}
			u.Assignments = append(u.Assignments, store.Assignment{Article: a.ID, Story: sid, New: i == 0})
		}
	}
	u.State = []byte("{}")
	v, err := st.StoryVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	u.Version = v
	if err := st.SaveStories(ctx, u); err != nil {
		t.Fatal(err)
	}
	ix, err := outlets.Load(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	return st, ix
}

func ids(list []outlets.Story) string {
	var out []string
	for _, s := range list {
		out = append(out, s.ID)
	}
	return fmt.Sprint(out)
}

func TestStoriesByLean(t *testing.T) {
	st, ix := world(t, map[string][]string{
		"s-right": {"R1", "R2", "R3", "C1"},
		"s-left":  {"L1", "L2", "U1"},
		"s-mixed": {"L1", "C1", "R1", "R2"},
	})
	ctx := context.Background()
	cases := []struct {
		f    outlets.Filter
		want string
	}{
		{outlets.Filter{Covered: []outlet.Side{outlet.Left}}, "[s-left s-mixed]"},
		{outlets.Filter{Covered: []outlet.Side{outlet.Left, outlet.Right}}, "[s-mixed]"},
		{outlets.Filter{Without: []outlet.Side{outlet.Left}}, "[s-right]"},
		{outlets.Filter{Sort: outlet.Right}, "[s-right s-mixed s-left]"},
		{outlets.Filter{Sort: outlet.Left}, "[s-left s-mixed s-right]"},
		{outlets.Filter{Outlet: "r2.example"}, "[s-mixed s-right]"},
		{outlets.Filter{Outlet: "Outlet U1"}, "[s-left]"},
	}
	for _, c := range cases {
		list, err := outlets.Stories(ctx, st, ix, store.StoryQuery{}, c.f)
		if err != nil {
			t.Fatal(err)
		}
		got := ids(list)
		if c.f.Sort == "" {
			// Stories of one day come in id order; only membership counts.
			got = fmt.Sprint(sorted(list))
		}
		if got != c.want {
			t.Errorf("Stories(%+v) = %s, want %s", c.f, got, c.want)
		}
	}
	list, err := outlets.Stories(ctx, st, ix, store.StoryQuery{Limit: 1, Offset: 1}, outlets.Filter{Sort: outlet.Right})
	if err != nil || ids(list) != "[s-mixed]" {
		t.Errorf("a page of the sorted list = %s, %v; want [s-mixed]", ids(list), err)
	}
	list, _ = outlets.Stories(ctx, st, ix, store.StoryQuery{}, outlets.Filter{})
	for _, s := range list {
		if s.ID == "s-left" && (s.Coverage.Left.Outlets != 2 || s.Coverage.Unrated.Outlets != 1 || s.Coverage.UnratedShare != 0.333) {
			t.Errorf("s-left coverage = %+v", s.Coverage)
		}
	}
}

func sorted(list []outlets.Story) []string {
	var out []string
	for _, s := range list {
		out = append(out, s.ID)
	}
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestFindBlindspots(t *testing.T) {
	st, ix := world(t, map[string][]string{
		"s-all-right":  {"R1", "R2", "R3", "R4", "R5"},
		"s-most-right": {"R1", "R2", "R3", "R4", "R5", "R6", "C1"},
		"s-four-right": {"R1", "R2", "R3", "R4", "U1", "U2"},
		"s-left":       {"L1", "L2", "L3", "L4", "R1"},
		"s-even":       {"L1", "L2", "L3", "R1", "R2", "R3"},
	})
	ctx := context.Background()
	bs, err := outlets.FindBlindspots(ctx, st, ix, store.StoryQuery{}, outlet.DefaultRule, 0)
	if err != nil {
		t.Fatal(err)
	}
	var left, right []string
	for _, b := range bs.Left {
		left = append(left, fmt.Sprintf("%s:%.3f", b.ID, b.Share))
	}
	for _, b := range bs.Right {
		right = append(right, fmt.Sprintf("%s:%.3f", b.ID, b.Share))
	}
	if fmt.Sprint(left) != "[s-all-right:1.000 s-most-right:0.857]" || fmt.Sprint(right) != "[s-left:0.800]" {
		t.Errorf("blindspots: left %v, right %v", left, right)
	}
	bs, _ = outlets.FindBlindspots(ctx, st, ix, store.StoryQuery{}, outlet.Rule{MinOutlets: 4, MinShare: 0.8}, 1)
	if len(bs.Left) != 1 || bs.Left[0].ID != "s-all-right" {
		t.Errorf("at most one, at least 4 outlets: %+v", bs.Left)
	}
	if _, err := outlets.FindBlindspots(ctx, st, ix, store.StoryQuery{}, outlet.Rule{MinOutlets: 5, MinShare: 0.3}, 0); err == nil {
		t.Error("a rule of 30%: want an error")
	}
}
