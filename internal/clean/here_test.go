package clean

import "testing"

// TestHerePromos: sentences that point to a link are cut from their
// paragraph; sentences that only end with "here" as a place, or open with
// an aside, stay.
func TestHerePromos(t *testing.T) {
	for _, tc := range []struct {
		p    string
		want []string
	}{
		{"The council voted to close the bridge. Watch the vote here .", []string{" Watch the vote here ."}},
		{"Read the full ruling here: The judge wrote that the bridge must stay shut.", nil},
		{"Read the full ruling here:", []string{"Read the full ruling here:"}},
		{"Click here to read the mayor's letter. The council meets again on Friday.", []string{"Click here to read the mayor's letter."}},
		{"The mayor said the ferry will run. Read more on the ferry here. Traders are worried.", []string{" Read more on the ferry here."}},
		{"See, I just want the trucks out of here.", nil},
		{"See what the traders have to say in here.", nil},
		{"Watch the skies over Reddin this week.", nil},
		{"He came here. Watch out for the detour signs on the road from here.", nil},
	} {
		var got []string
		for _, c := range herePromos(tc.p) {
			got = append(got, tc.p[c.Start:c.End])
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: cut %q, want %q", tc.p, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: cut %q, want %q", tc.p, got, tc.want)
			}
		}
	}
}
