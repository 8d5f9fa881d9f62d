package story

import "testing"

// TestJudges: a headline that judges in its writer's voice, not one that
// reports a judgment in quotation marks or plain news.
func TestJudges(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"The Harbour Vote Has Always Been Terrible", true},
		{"Brennholm Should Not Have Delayed the Dredging Vote", true},
		{"The Dredging Fiasco Is Devastating for Mayor Solvik", true},
		{"Solvik calls harbour plan \u201cdisastrous\u201d", false},
		{"Brennholm council delays dredging vote", false},
		{"Mustafa Lind wins harbour seat", false},
		{"Lind says Brennholm should dredge the harbour", false},
		{"Solvik: Brennholm must stop the dredging", false},
		{"Judge says Solvik must testify before the council", false},
		{"Nearly 200 dead after devastating storm hits Brennholm", false},
	} {
		if got := judges(tc.title); got != tc.want {
			t.Errorf("judges(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}
