package nlp

import "testing"

// TestPoundsWeightOrSterling: "pounds" is money only where the sentence
// is about sterling (a £ sign, Britain, the Bank of England, a dollar
// conversion after it); a man of 230 pounds and 12 pounds of salt are
// weights, counted in pounds.
func TestPoundsWeightOrSterling(t *testing.T) {
	a := newTestAnalyzer(t)
	type want = numWant
	checkNumbers(t, a, []numCase{
		{"The suspect weighed 244 pounds.", []want{{"244", NumCount, 244, 0, "", "pounds"}}},
		{"Deputies seized 12 pounds of salt.", []want{{"12", NumCount, 12, 0, "", "pounds"}}},
		{"Britain will pay 39 billion pounds to leave.", []want{{"39 billion pounds", NumMoney, 39e9, 0, "GBP", ""}}},
		{"The fund gave 10 million pounds ($12 million) to the port.", []want{{"10 million pounds", NumMoney, 10e6, 0, "GBP", ""}, {"$12 million", NumMoney, 12e6, 0, "USD", ""}}},
		{"The bank holds 250 billion pounds in reserve, London said.", []want{{"250 billion pounds", NumMoney, 250e9, 0, "GBP", "reserve"}}},
	})
}
