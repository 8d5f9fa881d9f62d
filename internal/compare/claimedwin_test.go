package compare

import "testing"

// TestClaimedWinNotClause: a win word that opens a clause after "claimed"
// ("claimed the vote was rigged", "claimed 40 delegates were bribed") is
// the subject of what is asserted, not a won object: the word stays
// loaded (review of h/wording56).
func TestClaimedWinNotClause(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     bool
	}{
		{"Mr. Orr claimed the vote was rigged against him.", false},
		{"Mr. Orr claimed votes were stolen in the north.", false},
		{"Mr. Orr claimed 40 delegates were bribed by his rival.", false},
		{"Mr. Orr claimed 3 million votes had been cast illegally.", false},
		{"Ms. Vale claimed 14 of the region’s 95 delegates by carrying the vote.", true},
		{"Mr. Orr claimed victory before the count ended.", true},
		{"The party claimed 212 seats in the chamber.", true},
	} {
		if got := claimNoun(tt.sentence, "claimed"); got != tt.want {
			t.Errorf("claimNoun(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// TestNamingDescriptionFirst: after "call" and the entity's name comes
// the description, not the plain name ("call Islamic State “Islamic
// State”"), in a contrast of two forms and in a list of three (review of
// h/wording56; seen on ABP story s14d97aa2403feb3f).
func TestNamingDescriptionFirst(t *testing.T) {
	for _, tc := range []struct {
		variants []Variant
		want     string
	}{
		{[]Variant{{Kind: VariantDescriptor, Flagged: true, Forms: [2]string{"Jan Vale", "self-styled reformer Jan Vale"}, Articles: [2][]string{{"g", "l"}, {"c"}}}},
			"Courier calls Jan Vale “self-styled reformer Jan Vale”, Gazette and Ledger “Jan Vale”"},
		{[]Variant{
			{Kind: VariantDescriptor, Flagged: true, Forms: [2]string{"Jan Vale", "self-styled reformer Jan Vale"}, Articles: [2][]string{{"g"}, {"c"}}},
			{Kind: VariantDescriptor, Flagged: true, Forms: [2]string{"Jan Vahle", "self-styled reformer Jan Vale"}, Articles: [2][]string{{"l"}, {"c"}}},
		}, "Courier calls Jan Vale “self-styled reformer Jan Vale”, Gazette “Jan Vale”, Ledger “Jan Vahle”"},
	} {
		r := storyReport()
		r.Names = []Name{{Entity: "Jan Vale", Type: "person", Flagged: true, Significance: 6, RolesDiffer: true, Variants: tc.variants}}
		found := false
		for _, d := range Differences(r, 20) {
			if d.Kind == DiffNaming {
				found = true
				if d.Text != tc.want {
					t.Errorf("naming = %q, want %q", d.Text, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("no naming difference for %q", tc.want)
		}
	}
}
