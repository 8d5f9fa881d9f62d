package nlp

import "testing"

// TestNumbersSharesInWords: the shares compare's percentage patterns read
// before it read nlp's numbers (compare/percentodds.go) are read here:
// "one percent" (the lone "one" is no figure elsewhere), a tens word and
// a unit word with a space between ("twenty two percent", as
// "twenty-two"), a fraction in two words ("three quarters", "two
// thirds", as "three-quarters"), never a count of periods ("the last two
// quarters"); "per cent" and ranges of percentages as before, a change
// in percentage points no percentage, and "a third-party" no fraction.
// The first four cases fail on main 3b91515a.
func TestNumbersSharesInWords(t *testing.T) {
	checkNumbers(t, newTestAnalyzer(t), []numCase{
		{"One percent of the riders quit.", []numWant{{"One percent", NumPercent, 0.01, 0, "", "riders"}}},
		{"Twenty two per cent of the riders quit.", []numWant{{"Twenty two per cent", NumPercent, 0.22, 0, "", "riders"}}},
		{"Three quarters of the riders renewed.", []numWant{{"Three quarters", NumPercent, 0.75, 0, "", "riders"}}},
		{"About two thirds of the crews voted.", []numWant{{"two thirds", NumPercent, 2.0 / 3, 0, "", "crews"}}},
		{"Fares rose in the last two quarters.", []numWant{{"two", NumCount, 2, 0, "", "quarters"}}},
		{"One of the riders quit.", nil},
		{"Some 49.9 per cent of the riders quit.", []numWant{{"49.9 per cent", NumPercent, 0.499, 0, "", "riders"}}},
		{"Between 10 and 15 percent of the riders quit.", []numWant{{"10 and 15 percent", NumRange, 0.10, 0.15, "percent", "riders"}}},
		{"Support fell 6 percentage points.", []numWant{{"6", NumCount, 6, 0, "", "percentage points"}}},
		{"Nine percent would back a third-party candidate.", []numWant{{"Nine percent", NumPercent, 0.09, 0, "", ""}}},
		{"Twenty-two riders quit.", []numWant{{"Twenty-two", NumCount, 22, 0, "", "riders"}}},
	})
}
