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

// TestPictureCaption: a line that points into its picture and ends with
// no full stop is a caption; a sentence with its stop, a party's letter
// and a picture left out are not.
func TestPictureCaption(t *testing.T) {
	for _, tc := range []struct {
		p    string
		want bool
	}{
		{"Jane Roe (left) and John Doe (right) leave the town hall after the vote on Monday", true},
		{"The ferry, pictured on Monday, left the pier two hours late", true},
		{"Protesters are pictured outside the town hall last night", true},
		{"The mayor (pictured) said the ferry would keep running until spring", true},
		{"The mayor (pictured) said the ferry would keep running until spring.", false},
		{"Sen. Jane Roe (R) of Reddin", false},
		{"The old pier and its lamps (not pictured) were lit", false},
		{"The council's pictured plan shows a new pier", false},
		{"The results are shown below (left):", false},
	} {
		if got := pictureCaption(tc.p, words(tc.p)); got != tc.want {
			t.Errorf("pictureCaption(%q) = %v, want %v", tc.p, got, tc.want)
		}
	}
}
