package nlp

import (
	"math"
	"testing"
)

// TestNumbersThatAreNoFigures: words and digits that look like figures
// but name, order or time something: an ordinal after "a" before its
// noun ("a third term", against the fraction "a third of"), the half of
// a period ("the first half of"), a clock time ("11 a.m."), the parts of
// a date or ratio written with a slash ("9/11", "24/7"), a code with a
// bracketed letter ("401(k)"), and a numeral
// that ends a name ("the FTSE 100", "Flight 370", "outside Number 10").
// Real figures beside them are kept.
func TestNumbersThatAreNoFigures(t *testing.T) {
	a := newTestAnalyzer(t)
	type want struct {
		text  string
		kind  NumberKind
		value float64
	}
	for _, tc := range []struct {
		text string
		want []want
	}{
		{"She will not seek a third term in the council.", []want{{"third", NumOrdinal, 3}}},
		{"Police found a fourth rifle in the van.", []want{{"fourth", NumOrdinal, 4}}},
		{"A third Democrat, Mara Osk, voted against the harbour bill.", []want{{"third", NumOrdinal, 3}}},
		{"Turnout fell by a third in the port towns.", []want{{"a third", NumPercent, 1.0 / 3}}},
		{"A third of the ferries were idle.", []want{{"A third", NumPercent, 1.0 / 3}}},
		{"Sales rose in the first half of the year.", []want{{"first", NumOrdinal, 1}}},
		{"Half of the crew stayed.", []want{{"Half", NumPercent, 0.5}}},
		{"Crowds gathered around 11 a.m. on the quay.", nil},
		{"The ferry left at 7 p.m. with 240 passengers.", []want{{"240", NumCount, 240}}},
		{"The ferry left at 7 pm with 240 passengers.", []want{{"240", NumCount, 240}}},
		{"Security was tightened after the 9/11 attacks.", nil},
		{"The harbour office is open 24/7 now.", nil},
		{"Dockers may lose their 401(k) savings, 30 of them said.", []want{{"30", NumCount, 30}}},
		{"The FTSE 100 fell by 550 points.", []want{{"550", NumCount, 550}}},
		{"Relatives of Flight 370 passengers met 40 officials.", []want{{"40", NumCount, 40}}},
		{"She spoke outside Number 10 to 300 reporters.", []want{{"300", NumCount, 300}}},
		{"Britain will trigger article 50 of the treaty, 40 officials said.", []want{{"40", NumCount, 40}}},
		// A figure with its unit after a name is the name's figure.
		{"Polls put Labour 40% ahead.", []want{{"40%", NumPercent, 0.4}}},
		// A capitalised word that opens the sentence is no name.
		{"Some 300 dockers walked out.", []want{{"300", NumCount, 300}}},
		{"Nearly 40 boats sank.", []want{{"40", NumCount, 40}}},
		// A multiplier joined to the word after it multiplies.
		{"Shopping online is a $226 billion-a-year business.", []want{{"$226 billion-a-year", NumMoney, 226e9}}},
		// Two shares joined by "to" are one range.
		{"Sellers face a 5% to 10% price gap.", []want{{"5% to 10%", NumRange, 0.05}}},
		// "scores" is a count only before "of".
		{"The mayor scores well with dockers.", nil},
		{"Scores of dockers walked out.", []want{{"Scores", NumCount, 20}}},
		// "three dozen" is one figure, not three and a dozen.
		{"Some three dozen dockers walked out.", []want{{"three dozen", NumCount, 36}}},
		{"On May 6 the council met.", []want{{"May 6", NumDate, 506}}},
	} {
		an := a.Analyze(Input{Paragraphs: []string{tc.text}})
		if len(an.Numbers) != len(tc.want) {
			t.Errorf("%q: got %+v, want %+v", tc.text, an.Numbers, tc.want)
			continue
		}
		for i, w := range tc.want {
			n := an.Numbers[i]
			if n.Text != w.text || n.Kind != w.kind || math.Abs(n.Value-w.value) > 1e-9 {
				t.Errorf("%q: got %+v, want %+v", tc.text, n, w)
			}
		}
	}
}
