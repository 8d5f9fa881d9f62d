package outlet

import "testing"

// leansOf rates each outlet id with one input lean.
func leansOf(labels map[string]string) *Leans {
	m := map[string][]Rating{}
	for id, l := range labels {
		m[id] = []Rating{{Kind: KindLean, Label: l, Provenance: FromImport, Source: "test"}}
	}
	return NewLeans(m)
}

func TestCover(t *testing.T) {
	leans := NewLeans(map[string][]Rating{
		"harbour-post":  {{Kind: KindLean, Label: LabelLeanLeft, Provenance: FromImport}},
		"valmora-times": {{Kind: KindLean, Label: LabelRight, Provenance: FromImport}},
		"mixed-daily": {
			{Kind: KindLean, Section: "News", Label: LabelCenter, Provenance: FromImport},
			{Kind: KindLean, Section: "Opinion", Label: LabelRight, Provenance: FromImport},
		},
	})
	members := []Member{
		{Article: "a1", Outlet: "harbour-post"},
		{Article: "a2", Outlet: "harbour-post"},
		{Article: "a3", Outlet: "valmora-times"},
		{Article: "a4", Outlet: "mixed-daily", Section: "News"},
		{Article: "a5", Outlet: "mixed-daily", Section: "Opinion"},
		{Article: "a6", Outlet: "unrated-gazette"},
		{Article: "a7"},
	}
	c := Cover(members, leans)
	want := Coverage{Left: Count{1, 2}, Center: Count{1, 1}, Right: Count{2, 2}, Unrated: Count{1, 2},
		Outlets: 4, Articles: 7, UnratedShare: 0.286}
	if c != want {
		t.Errorf("Cover:\n got %+v\nwant %+v", c, want)
	}
	if c.Rated() != 4 || c.Share(Right) != 0.5 {
		t.Errorf("Rated %d, Share(right) %v; want 4, 0.5", c.Rated(), c.Share(Right))
	}
	if empty := Cover(nil, leans); empty != (Coverage{}) {
		t.Errorf("Cover(nil) = %+v, want zero", empty)
	}
}

func TestBlindspot(t *testing.T) {
	rated := func(left, center, right, unrated int) Coverage {
		ms := []Member{}
		labels := map[string]string{}
		add := func(n int, side, label string) {
			for i := 0; i < n; i++ {
				id := side + string(rune('a'+i))
				if label != "" {
					labels[id] = label
				}
				ms = append(ms, Member{Article: id, Outlet: id})
			}
		}
		add(left, "l", LabelLeft)
		add(center, "c", LabelCenter)
		add(right, "r", LabelRight)
		add(unrated, "u", "")
		return Cover(ms, leansOf(labels))
	}
	tests := []struct {
		name           string
		cov            Coverage
		rule           Rule
		blind, carried Side
		share          float64
		ok             bool
	}{
		{"right only, 5 outlets", rated(0, 0, 5, 0), DefaultRule, Left, Right, 1, true},
		{"right only, 4 outlets", rated(0, 0, 4, 0), DefaultRule, "", "", 0, false},
		{"4 right 1 center: exactly 80%", rated(0, 1, 4, 0), DefaultRule, Left, Right, 0.8, true},
		{"3 right 1 center 1 left: 60%", rated(1, 1, 3, 0), DefaultRule, "", "", 0, false},
		{"8 left 2 right", rated(8, 0, 2, 3), DefaultRule, Right, Left, 0.8, true},
		{"unrated outlets do not count", rated(0, 0, 4, 10), DefaultRule, "", "", 0, false},
		{"center only", rated(0, 6, 0, 0), DefaultRule, "", "", 0, false},
		{"a laxer rule", rated(1, 0, 3, 0), Rule{MinOutlets: 3, MinShare: 0.75}, Left, Right, 0.75, true},
	}
	for _, tc := range tests {
		blind, carried, share, ok := tc.cov.Blindspot(tc.rule)
		if blind != tc.blind || carried != tc.carried || share != tc.share || ok != tc.ok {
			t.Errorf("%s: Blindspot = %q, %q, %v, %v; want %q, %q, %v, %v", tc.name, blind, carried, share, ok, tc.blind, tc.carried, tc.share, tc.ok)
		}
	}
	for _, bad := range []Rule{{0, 0.8}, {5, 0.5}, {5, 1.2}} {
		if bad.Check() == nil {
			t.Errorf("Rule%+v.Check(): want an error", bad)
		}
	}
}
