package clean

import "testing"

// TestGluedPromo: a label glued to a headline with no space after the
// colon is a promo; a sentence with a colon, a time and a bare label are
// not.
func TestGluedPromo(t *testing.T) {
	for _, tc := range []struct {
		p    string
		want bool
	}{
		{"Markets:Stocks slide as the bank raises rates again", true},
		{"Ferry vote:'We will keep it running,' mayor says", true},
		{"Opinion:The ferry deserves a second look. Here is why.", true},
		{"The mayor said: The ferry stays.", false},
		{"The ferry leaves at 10:30 every morning from the old pier.", false},
		{"-- 'River Song:'", false},
		{"Ferry:Yes", false},
		{"ferry vote:Stocks slide", false},
	} {
		if got := gluedPromo(tc.p, words(tc.p)); got != tc.want {
			t.Errorf("gluedPromo(%q) = %v, want %v", tc.p, got, tc.want)
		}
	}
	if !adUnit(`{"unitName":"slot1","display":"mobile"} hidden ad unit`) || adUnit("The unit was hidden.") {
		t.Error("adUnit")
	}
}
