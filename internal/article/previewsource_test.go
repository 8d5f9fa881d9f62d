package article

import "testing"

// TestPreviewSourceAfterColon: a headline that looks ahead but names
// its source after a colon reports a saying, whatever the source's case
// ("… : CBO", "… : aides"); a colon before more than one word does not
// make it one.
func TestPreviewSourceAfterColon(t *testing.T) {
	lede := []string{"Mayor Lind will step down from the harbour board on Friday, two of her aides told reporters."}
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Lind set to quit the harbour board: aides", false},
		{"Lind set to quit the harbour board: OSTRA", false},
		{"Lind set to quit the harbour board: what comes next", true},
	} {
		if got := Preview(&Article{Title: c.title, Paragraphs: lede}); got != c.want {
			t.Errorf("Preview(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}
