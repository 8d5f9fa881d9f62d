package story

import "testing"

// TestStyledHeadline: a piece whose text reads as a column by its voice
// (Doc.Styled) has a column's headline (Opinion) where its form would
// be a report's or a label's, and so meets the column checks of the
// event level; a headline of another commentary kind keeps its kind,
// and the outlet's own mark still comes first.
func TestStyledHeadline(t *testing.T) {
	cases := []struct {
		d    Doc
		want Headline
	}{
		{Doc{Title: "Brennholm council delays harbour dredging to spring"}, News},
		{Doc{Title: "Brennholm council delays harbour dredging to spring", Styled: true}, Opinion},
		{Doc{Title: "Ferry blues", Styled: true}, Opinion},
		{Doc{Title: "Ferry blues"}, Short},
		{Doc{Title: "Should Brennholm give up its ferry?", Styled: true}, Question},
		{Doc{Title: "Brennholm council delays harbour dredging to spring", Styled: true, Kind: "opinion"}, Marked},
	}
	for _, tc := range cases {
		if got := classifyHeadline(tc.d); got != tc.want {
			t.Errorf("%q styled %v kind %q: %v, want %v", tc.d.Title, tc.d.Styled, tc.d.Kind, got, tc.want)
		}
	}
}
