package nlp

import "testing"

// TestNumbersTallies: a tally written with "to" in one compound ("a
// 5-to-4 decision") is the range 5-4, not five of a unit "to-4"; a verb
// whose past is its present ends the counted phrase before its object
// ("the 5-4 decision split the court") (h/numbers55, read54's rows
// "decision split" and a ruling split over three rows).
func TestNumbersTallies(t *testing.T) {
	a := newTestAnalyzer(t)
	type want = numWant
	checkNumbers(t, a, []numCase{
		{"In a 5-to-4 decision, the harbour court backed the ferry owners.", []want{{"5-to-4", NumRange, 5, 4, "", "decision"}}},
		{"A narrow 5-4 decision split the bench on Friday.", []want{{"5-4", NumRange, 5, 4, "", "decision"}}},
		{"A 3-2 vote cut the budget.", []want{{"3-2", NumRange, 3, 2, "", "vote"}}},
		{"The plan cut taxes for 40 small firms.", []want{{"40", NumCount, 40, 0, "", "small firms"}}},
	})
}
