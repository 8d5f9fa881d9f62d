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
