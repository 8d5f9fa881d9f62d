package nlp

import "testing"

// TestNumberRangeScaleOnHighEnd: a scale word written on the second figure
// of a range only is the first figure's scale too (h/numlabels46, issue
// 15): "$100 to $150 billion" runs from $100 billion, not $100.
func TestNumberRangeScaleOnHighEnd(t *testing.T) {
	a := newTestAnalyzer(t)
	type want = numWant
	tests := []numCase{
		{"The dam will cost $100 to $150 billion over a decade.", []want{{"$100 to $150 billion", NumMoney, 100e9, 150e9, "USD", ""}}},
		{"The dam will cost $100 to 150 billion.", []want{{"$100 to 150 billion", NumMoney, 100e9, 150e9, "USD", ""}}},
		{"Debt may reach $2.5 to $2.7 trillion.", []want{{"$2.5 to $2.7 trillion", NumMoney, 2.5e12, 2.7e12, "USD", ""}}},
		{"The deal is worth €1.5 to €2 billion.", []want{{"€1.5 to €2 billion", NumMoney, 1.5e9, 2e9, "EUR", ""}}},
		{"Between 10 and 12 million ferry riders were counted.", []want{{"10 and 12 million", NumRange, 10e6, 12e6, "", "ferry riders"}}},
		{"The lake holds 10 to 12 million fish.", []want{{"10 to 12 million", NumRange, 10e6, 12e6, "", "fish"}}},
		{"The lake holds 10-12 million fish.", []want{{"10-12 million", NumRange, 10e6, 12e6, "", "fish"}}},
		{"Between 30 and 40 percent of the ferries were late.", []want{{"30 and 40 percent", NumRange, 0.3, 0.4, "percent", "ferries"}}},
		// A money change "from … to …" keeps its two amounts, the first
		// scaled as the second.
		{"The fee rose from $7 to $15 an hour.", []want{{"$7", NumMoney, 7, 0, "USD", ""}, {"$15", NumMoney, 15, 0, "USD", ""}}},
		{"Costs grew from $100 to $150 billion.", []want{{"$100", NumMoney, 100e9, 0, "USD", ""}, {"$150 billion", NumMoney, 150e9, 0, "USD", ""}}},
		// Both ends written in full, or a low end larger than the high
		// one's numeral, keep their values.
		{"The lake holds 10 million to 12 million fish.", []want{{"10 million to 12 million", NumRange, 10e6, 12e6, "", "fish"}}},
		{"Counts rose from 900 to 1.2 million fish.", []want{{"900 to 1.2 million", NumRange, 900, 1.2e6, "", "fish"}}},
		{"The dam will cost $100 million to $2 billion.", []want{{"$100 million to $2 billion", NumMoney, 100e6, 2e9, "USD", ""}}},
		// "and" joins a range only after "between"; a time stays a time.
		{"She sold 10 boats and 12 million shares.", []want{{"10", NumCount, 10, 0, "", "boats"}, {"12 million", NumCount, 12e6, 0, "", "shares"}}},
		{"The ferry left between 10 and 11 a.m. daily.", []want{{"10", NumCount, 10, 0, "", ""}}},
	}
	checkNumbers(t, a, tests)
}

// TestCountedPhraseEndsAtNoNoun: what a figure counts is a noun phrase; an
// adverb, a person's name or a verb after it is no part of it
// (h/numlabels46, issue 15).
func TestCountedPhraseEndsAtNoNoun(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []countCase{
		{"Divers found 20 still alive in the hull.", "20", ""},
		{"Divers found 20 sailors still alive in the hull.", "20", "sailors"},
		{"The blast hurt 12 people Mr Ruiz said.", "12", "people"},
		{"It hurt ten children last week.", "ten", "children"},
		{"A 19-year-old gunman carried two rifles.", "19-year-old", "gunman"},
		{"A 30-year-old man two doors down saw it.", "30-year-old", "man"},
		{"The 12 ferry crew detained on Monday were freed.", "12", "ferry crew"},
		{"She sold her 40 percent stake Ana Ruiz bought.", "40 percent", "stake"},
		// Kept: an -ed word that opens the phrase, a place after an
		// adjective, names that are the phrase.
		{"Police met 12 armed men at the pier.", "12", "armed men"},
		{"The club has 80 active registered members.", "80", "active registered members"},
		{"The city runs two women's shelters.", "two", "women's shelters"}, // the noun after a possessive since h/numbers48
		{"Troops hold 99% of neighbouring Luhansk now.", "99%", "neighbouring Luhansk"},
		{"Ruiz won 10 Golden Globe awards.", "10", "Golden Globe awards"},
		{"Two state troopers were hurt.", "Two", "state troopers"},
	}
	checkCounts(t, a, tests)
}

// countCase is a sentence, a figure in it and what the figure counts.
type countCase struct {
	text, number, counts string
}

// checkCounts analyses each case's sentence and checks the counted phrase
// of its figure.
func checkCounts(t *testing.T, a *Analyzer, tests []countCase) {
	t.Helper()
	for _, tc := range tests {
		an := a.Analyze(Input{Paragraphs: []string{tc.text}})
		found := false
		for _, n := range an.Numbers {
			if n.Text == tc.number {
				found = true
				if n.Counts != tc.counts {
					t.Errorf("%q: %q counts %q, want %q", tc.text, n.Text, n.Counts, tc.counts)
				}
			}
		}
		if !found {
			t.Errorf("%q: no number %q in %+v", tc.text, tc.number, an.Numbers)
		}
	}
}

// TestScaledValuesAsWritten: a figure with a scale word is the decimal the
// text writes, exactly: "$8.2 billion" is the same value as "$8,200
// million" and "8.2bn", not the float product 8199999999.999999.
func TestScaledValuesAsWritten(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, c := range []struct {
		text    string
		lo, hi  float64
		isRange bool
	}{
		{"The Sorn fund holds $8.2 billion.", 8.2e9, 0, false},
		{"The Sorn fund holds $8,200 million.", 8.2e9, 0, false},
		{"The Sorn fund holds $8.2bn.", 8.2e9, 0, false},
		{"The Ostra line carried 1.15 million riders.", 1.15e6, 0, false},
		{"The lake holds 4.1-4.3 million fish.", 4.1e6, 4.3e6, true},
		{"Debt may reach $2.3 to $2.9 trillion.", 2.3e12, 2.9e12, true},
	} {
		an := analyze(t, a, c.text)
		if len(an.Numbers) != 1 {
			t.Errorf("%q: %d numbers, want 1: %+v", c.text, len(an.Numbers), an.Numbers)
			continue
		}
		n := an.Numbers[0]
		if n.Value != c.lo {
			t.Errorf("%q: value %v, want %v exactly", c.text, n.Value, c.lo)
		}
		if c.isRange && (n.High == nil || *n.High != c.hi) {
			t.Errorf("%q: high %v, want %v exactly", c.text, n.High, c.hi)
		}
	}
}
