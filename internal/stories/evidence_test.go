package stories

import (
	"slices"
	"testing"

	"github.com/parallax-news/parallax/internal/clean"
)

func TestWithoutRecurring(t *testing.T) {
	const (
		sidebar = "Quote of the week: “The harbour will outlast every mayor,” said the keeper of the Karsk lighthouse."
		heading = "From the Harbour Desk"
		rerun   = "Mayor Tomas Lindqvar said on Sunday that the harbour bridge would stay closed until engineers had inspected every pier."
		own     = "The council of Velmora voted 7-2 on Tuesday to rebuild the stone market hall."
	)
	m := &clean.Model{}
	// Six issues over months, undated (day 0) and dated, carry the
	// sidebar and the heading; three reports of one day carry the rerun
	// paragraph.
	for _, day := range []int32{0, 0, 0, 21000, 21040, 21100} {
		m.Learn(clean.Keys([]string{sidebar, heading}), day)
	}
	for _, day := range []int32{21200, 21200, 21201} {
		m.Learn(clean.Keys([]string{rerun}), day)
	}
	m.Flush()
	for _, tc := range []struct {
		name string
		m    *clean.Model
		in   []string
		want []string
	}{
		{"sidebar and heading dropped", m, []string{heading, sidebar, own}, []string{own}},
		{"a rerun of one story is kept", m, []string{rerun, sidebar, own}, []string{rerun, own}},
		{"nothing recurs", m, []string{own, rerun}, []string{own, rerun}},
		{"all recurs", m, []string{sidebar, heading}, []string{}},
		{"no model", nil, []string{sidebar, own}, []string{sidebar, own}},
	} {
		keys := make([]uint64, len(tc.in))
		for i, p := range tc.in {
			keys[i] = clean.Key(p)
		}
		if got := withoutRecurring(tc.m, tc.in, keys); !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
