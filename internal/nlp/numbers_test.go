package nlp

import (
	"math"
	"testing"
)

// numWant is a number a test expects: its text, kind, value (and high
// end), unit and what it counts.
type numWant struct {
	text   string
	kind   NumberKind
	value  float64
	high   float64
	unit   string
	counts string
}

// numCase is a sentence and the numbers read from it, in order.
type numCase struct {
	text string
	want []numWant
}

// checkNumbers analyses each case's sentence and compares the numbers read
// with the wanted ones.
func checkNumbers(t *testing.T, a *Analyzer, tests []numCase) {
	t.Helper()
	for _, tc := range tests {
		an := a.Analyze(Input{Paragraphs: []string{tc.text}})
		if len(an.Numbers) != len(tc.want) {
			t.Errorf("%q: got %+v", tc.text, an.Numbers)
			continue
		}
		for i, w := range tc.want {
			n := an.Numbers[i]
			hi := 0.0
			if n.High != nil {
				hi = *n.High
			}
			if n.Text != w.text || n.Kind != w.kind || math.Abs(n.Value-w.value) > 1e-9 || math.Abs(hi-w.high) > 1e-9 || n.Unit != w.unit || n.Counts != w.counts {
				t.Errorf("%q: got %+v (high %v), want %+v", tc.text, n, hi, w)
			}
		}
	}
}

func TestNumbers(t *testing.T) {
	a := newTestAnalyzer(t)
	type want = numWant
	tests := []numCase{
		{"Turnout fell to 20% of voters.", []want{{"20%", NumPercent, 0.2, 0, "", "voters"}}},
		{"Turnout fell to 20 per cent of voters.", []want{{"20 per cent", NumPercent, 0.2, 0, "", "voters"}}},
		{"Turnout fell to 20 percent.", []want{{"20 percent", NumPercent, 0.2, 0, "", ""}}},
		{"Only a fifth of voters came.", []want{{"a fifth", NumPercent, 0.2, 0, "", "voters"}}},
		{"Two-thirds of members agreed.", []want{{"Two-thirds", NumPercent, 2.0 / 3, 0, "", "members"}}},
		{"Thousands of farmers marched.", []want{{"Thousands", NumCount, 1000, 0, "", "farmers"}}},
		{"The council unveiled a 12-point plan.", []want{{"12-point", NumCount, 12, 0, "point", "plan"}}},
		{"The port handled 1,250 ships.", []want{{"1,250", NumCount, 1250, 0, "", "ships"}}},
		{"The fund lost $4.5 billion last year.", []want{{"$4.5 billion", NumMoney, 4.5e9, 0, "USD", ""}}},
		{"It cost £300 to fix.", []want{{"£300", NumMoney, 300, 0, "GBP", ""}}},
		{"A 34-year-old driver was hurt.", []want{{"34-year-old", NumAge, 34, 0, "year", "driver"}}},
		{"The strike lasted three weeks.", []want{{"three weeks", NumDuration, 3, 0, "week", ""}}},
		{"Polls show 40-45% support.", []want{{"40-45%", NumRange, 0.40, 0.45, "percent", "support"}}},
		{"Between 10 to 15 boats sank.", []want{{"10 to 15", NumRange, 10, 15, "", "boats"}}},
		{"It began in March 2021.", []want{{"March 2021", NumDate, 202103, 0, "year-month", ""}}},
		{"The treaty signed in 1648 still shapes the map.", []want{{"1648", NumDate, 1648, 0, "year", ""}}},
		{"Troops have held the fort since 1776.", []want{{"1776", NumDate, 1776, 0, "year", ""}}},
		{"She finished third.", []want{{"third", NumOrdinal, 3, 0, "", ""}}},
		// An ordinal word that opens the sentence to mark the writer's own
		// sequence is no position of anything.
		{"First, the levy is lawful in peacetime.", nil},
		{"Second, and more to the point, the board never voted.", nil},
		{"“Third, we will rebuild the pier,” the mayor said.", nil},
		{"First reported by a local paper, the leak spread fast.", nil},
		{"First of all, the board never voted.", nil},
		// "first" that names a title or a body ranks nothing: "the first
		// lady", "First Amendment", "first responders".
		{"First responders reached the ferry at noon.", nil},
		{"The first lady visited the school.", nil},
		{"Ruiz won the first vote of the night.", []want{{"first", NumOrdinal, 1, 0, "", "vote"}}},
		// A model's number is no range; a year written short is a year.
		{"The Boeing 737-800 left at dawn.", nil},
		{"The bill passed 227-205 in the House.", []want{{"227-205", NumRange, 227, 205, "", ""}}},
		{"Ruiz leads Lund 786-645 in pledged delegates.", []want{{"786-645", NumRange, 786, 645, "", ""}}},
		{"Is this the mayor's '47 percent' moment?", []want{{"47 percent", NumPercent, 0.47, 0, "", "moment"}}},
		{"He was confirmed in ’87 by the Senate.", []want{{"’87", NumDate, 1987, 0, "year", ""}}},
		{"The second, smaller blast came at dawn.", []want{{"second", NumOrdinal, 2, 0, "", ""}}},
		{"It was the 21st attempt.", []want{{"21st", NumOrdinal, 21, 0, "", "attempt"}}},
		{"Six in 10 voters backed the plan.", []want{{"Six in 10", NumPercent, 0.6, 0, "share", "voters"}}},
		{"Seven out of 100 ferries were late.", []want{{"Seven out of 100", NumPercent, 0.07, 0, "share", "ferries"}}},
		{"Ana Ruiz, 53, chairs the board.", []want{{"53", NumAge, 53, 0, "year", ""}}},
		// A generation suffix with its point ends the name the age follows.
		{"Ana Ruiz Jr., 17, chairs the board.", []want{{"17", NumAge, 17, 0, "year", ""}}},
		// "spoke first": an adverb, no rank (h/numbers48).
		{"Tom Lund Sr., 70, spoke first.", []want{{"70", NumAge, 70, 0, "year", ""}}},
		{"Lund Inc., 12, was fined.", []want{{"12", NumCount, 12, 0, "", ""}}},
		// A numeral alone as its sentence marks a list item.
		{"1.", nil},
		{"2)", nil},
		{"She was taken at the age of 2 from a park.", []want{{"2", NumAge, 2, 0, "year", ""}}},
		{"One hundred ninety-three nations signed.", []want{{"One hundred ninety-three", NumCount, 193, 0, "", "nations"}}},
		{"Callers dialed 911 twice.", nil},
		{"Ruiz leads Lund 47.8 to 45 in the poll.", []want{{"47.8 to 45", NumRange, 47.8, 45, "", ""}}},
		// An identifier (a video's, a phone's) is no quantity.
		{"Watch video 5086910426001 or see 5086910426001-vs.jpg now.", nil},
		{"The port handled 12000000 tonnes.", []want{{"12000000", NumCount, 12e6, 0, "", "tonnes"}}},
		// A rate counts another quantity than its noun alone.
		{"Gusts reached 107 miles per hour.", []want{{"107", NumCount, 107, 0, "", "miles per hour"}}},
		{"The field pumps 300 barrels a day.", []want{{"300", NumCount, 300, 0, "", "barrels a day"}}},
		{"The town lies 20 miles away.", []want{{"20", NumCount, 20, 0, "", "miles"}}},
		{"They walked 20 miles a week ago.", []want{{"20", NumCount, 20, 0, "", "miles"}}},
		// A noun in -s that is no plural does not end the counted phrase.
		{"Awards went to six news organizations.", []want{{"six", NumCount, 6, 0, "", "news organizations"}}},
	}
	checkNumbers(t, a, tests)
}

// TestNumbersHalfDozenAndOneIn: "half a dozen" is six, not a dozen;
// "one in five" is a share, not a count of five.
func TestNumbersHalfDozenAndOneIn(t *testing.T) {
	checkNumbers(t, newTestAnalyzer(t), []numCase{
		{"Half a dozen ferries were held in port.", []numWant{{"Half a dozen", NumCount, 6, 0, "", "ferries"}}},
		{"One in five riders paid the new fare.", []numWant{{"One in five", NumPercent, 0.2, 0, "", ""}}},
		{"A dozen ferries sailed.", []numWant{{"dozen", NumCount, 12, 0, "", "ferries"}}},
	})
}

// TestNumbersIdiomsAndAgePairs: idioms are no figures ("in the first
// place", "at first", a "first" that tells when someone did something,
// "a day or two"); "14 and 15 years old" are two ages; an ordinal before
// its noun stays ("the first reported case").
func TestNumbersIdiomsAndAgePairs(t *testing.T) {
	checkNumbers(t, newTestAnalyzer(t), []numCase{
		{"The ferry should never have sailed in the first place.", nil},
		{"At first the harbour board said nothing.", nil},
		{"The Harbour Post first reported the closure.", nil},
		{"The pier will reopen in a day or two.", nil},
		{"The first reported case came in May.", []numWant{{"first", NumOrdinal, 1, 0, "", ""}}},
		{"The two boys, 14 and 15 years old, were held.", []numWant{{"two", NumCount, 2, 0, "", "boys"}, {"14", NumAge, 14, 0, "year", ""}, {"15 years old", NumAge, 15, 0, "year", ""}}},
	})
}

// TestNumbersRoughCompound: a word of approximation before a compound
// ("the roughly 18,000-vote deficit") makes it rough, as before "roughly
// 18,000 votes" (h/numbers68: fresh52's NPR figure read exact).
func TestNumbersRoughCompound(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, c := range []struct {
		text   string
		approx bool
	}{
		{"She hoped to close the roughly 18,000-vote deficit.", true},
		{"She hoped to close the 18,000-vote deficit.", false},
	} {
		an := a.Analyze(Input{Paragraphs: []string{c.text}})
		if len(an.Numbers) != 1 || an.Numbers[0].Unit != "vote" || an.Numbers[0].Approx != c.approx {
			t.Errorf("%q: got %+v, want approx %v", c.text, an.Numbers, c.approx)
		}
	}
}
