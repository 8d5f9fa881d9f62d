package story

import "testing"

// TestStyledHeadline: with Config.StyledColumns a piece whose text reads
// as a column by its voice (Doc.Styled) has a column's headline
// (Opinion) where its form would be a report's or a label's, and so
// meets the column checks of the event level; a headline of another
// commentary kind keeps its kind, and the outlet's own mark still comes
// first. Without the setting (the default) Styled changes nothing.
func TestStyledHeadline(t *testing.T) {
	report := "Brennholm council delays harbour dredging to spring"
	cases := []struct {
		d        Doc
		on, want Headline
	}{
		{Doc{Title: report}, News, News},
		{Doc{Title: report, Styled: true}, Opinion, News},
		{Doc{Title: "Ferry blues", Styled: true}, Opinion, Short},
		{Doc{Title: "Should Brennholm give up its ferry?", Styled: true}, Question, Question},
		{Doc{Title: report, Styled: true, Kind: "opinion"}, Marked, Marked},
	}
	cfg := DefaultConfig()
	if cfg.StyledColumns {
		t.Fatal("StyledColumns is on by default")
	}
	off := New(cfg, NewTextExtractor())
	cfg.StyledColumns = true
	on := New(cfg, NewTextExtractor())
	for _, tc := range cases {
		tc.d.ID = "x"
		if got := on.ComparePair(tc.d, tc.d).Headlines[0]; got != tc.on {
			t.Errorf("on: %q styled %v kind %q: %v, want %v", tc.d.Title, tc.d.Styled, tc.d.Kind, got, tc.on)
		}
		if got := off.ComparePair(tc.d, tc.d).Headlines[0]; got != tc.want {
			t.Errorf("off: %q styled %v kind %q: %v, want %v", tc.d.Title, tc.d.Styled, tc.d.Kind, got, tc.want)
		}
	}
}
