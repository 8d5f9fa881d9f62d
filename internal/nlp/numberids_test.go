package nlp

import "testing"

// TestNumberIdentifiersAndAges: a numeral that names a bill, a court or a
// unit is no quantity, and an age told in a relative clause or a range
// of ages is an age (h/numbers47, issue 15). The sentences are our own.
func TestNumberIdentifiersAndAges(t *testing.T) {
	a := newTestAnalyzer(t)
	type want = numWant
	tests := []numCase{
		// A bill's number after "bill" in small letters, or after a
		// prefix in capitals, names the bill.
		{"The suit names Assembly bill 212 and Senate Bill 9.", nil},
		{"Lawmakers passed bill 77 in May.", nil},
		{"The state fights AB 450 and SB 54 in court.", nil},
		{"Critics of H.R. 3590 rallied.", nil},
		{"A $20 bill was found.", []want{{"$20", NumMoney, 20, 0, "USD", "bill"}}},
		// A numbered court, unit or amendment is a name; a rank before a
		// noun in small letters stays an ordinal.
		{"The 5th Circuit Court of Appeals ruled.", nil},
		{"He served in the 467th Combat Support Group.", nil},
		{"The 9th US Circuit heard the case.", nil},
		{"The 5th Democratic debate is in Ohio.", []want{{"5th", NumOrdinal, 5, 0, "", "Democratic debate"}}},
		{"The September 11th report came out.", []want{{"11th", NumDate, 911, 0, "month-day", ""}}},
		{"She is the 62nd chaplain of the chamber.", []want{{"62nd", NumOrdinal, 62, 0, "", "chaplain"}}},
		// An age told in a relative clause, or a range of ages.
		{"Mara Velt, who is only 31, leads the council.", []want{{"31", NumAge, 31, 0, "year", ""}}},
		{"The mayor, who was 44, resigned.", []want{{"44", NumAge, 44, 0, "year", ""}}},
		{"Of the 40 recruits, 12 were between the ages of 18 and 22.", []want{
			{"40", NumCount, 40, 0, "", "recruits"}, {"12", NumCount, 12, 0, "", ""},
			{"18", NumAge, 18, 0, "year", ""}, {"22", NumAge, 22, 0, "year", ""}}},
		// A percentage written in words is a share.
		{"Seventy-eight percent of voters backed it.", []want{{"Seventy-eight percent", NumPercent, 0.78, 0, "", "voters"}}},
		// A year range's second year is no count.
		{"During the 1954–94 period the party ruled.", []want{{"1954", NumDate, 1954, 0, "year", ""}}},
		{"The policy ran 2013 – 30 March 2017.", []want{{"2013", NumDate, 2013, 0, "year", ""}, {"30 March 2017", NumDate, 20170330, 0, "date", ""}}},
	}
	checkNumbers(t, a, tests)
}
