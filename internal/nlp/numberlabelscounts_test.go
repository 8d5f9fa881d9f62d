package nlp

import "testing"

// TestNumbersLabelsNotCounts: a numeral after "No." names a thing
// ("No. 10 Downing St.", "the No. 3 seed"), and one side of a slashed
// date glued to a prefix ("post-9/11") is no count either; a count
// beside them is still read.
func TestNumbersLabelsNotCounts(t *testing.T) {
	a := newTestAnalyzer(t)
	checkNumbers(t, a, []numCase{
		{"The premier walked from No. 10 Downing St. to the ministry with 12 aides.", []numWant{
			{text: "12", kind: NumCount, value: 12, counts: "aides"}}},
		{"The delegates came to a post-9/11 Valmora that had changed, and 40 of them stayed.", []numWant{
			{text: "40", kind: NumCount, value: 40}}},
		{"Valmora beat the No. 3 seed by 14 points.", []numWant{
			{text: "14", kind: NumCount, value: 14, counts: "points"}}},
	})
}
