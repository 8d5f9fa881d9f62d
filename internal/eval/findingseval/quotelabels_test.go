package findingseval

import (
	"strings"
	"testing"
)

// TestDeriveQuoteLabels: an only-in claim shown as quoted words (OQ) is
// scored by the own-part judgment of the claim at its location, else by
// its O-own label, else right when the claim was right as a fact; with
// none of these it stays unjudged. A claim shown as the details its
// article adds (OA) is scored the same way. A claim judged under its
// own key keeps that label.
func TestDeriveQuoteLabels(t *testing.T) {
	fs := []Finding{
		{Type: "OQ", Key: "OQ|a:1:0"}, {Type: "OQ", Key: "OQ|a:2:0"}, {Type: "OQ", Key: "OQ|a:3:0"},
		{Type: "OQ", Key: "OQ|a:4:0"}, {Type: "O-own", Key: "OO|a:4:0#12345678"}, {Type: "OQ", Key: "OQ|a:5:0"},
		{Type: "O", Key: "O|a:6:0"}, {Type: "OA", Key: "OA|a:7:0"}, {Type: "OA", Key: "OA|a:8:0"},
		{Type: "OQ", Key: "OQ|a:9:0"},
	}
	labels := map[[2]string]Label{
		{"s", "O|a:1:0"}:           {Verdict: "P", Reason: "another speaker makes the point; own: right"},
		{"s", "O|a:2:0"}:           {Verdict: "R", Reason: "the words are another speaker's; own: wrong"},
		{"s", "O|a:3:0"}:           {Verdict: "R", Reason: "in no other"},
		{"s", "O|a:4:0"}:           {Verdict: "P", Reason: "the point elsewhere"},
		{"s", "OO|a:4:0#12345678"}: {Verdict: "R", Reason: "no other quotes the line"},
		{"s", "O|a:5:0"}:           {Verdict: "P", Reason: "the point elsewhere"},
		{"s", "O|a:6:0"}:           {Verdict: "P", Reason: "part told elsewhere; own: right"},
		{"s", "O|a:7:0"}:           {Verdict: "P", Reason: "part told elsewhere; own: right"},
		{"s", "O|a:8:0"}:           {Verdict: "R", Reason: "in no other; own: wrong"},
		{"s", "O|a:9:0"}:           {Verdict: "P", Reason: "the point elsewhere; own: wrong"},
		{"s", "OQ|a:9:0"}:          {Verdict: "R", Reason: "no other quotes these words"},
	}
	DeriveQuoteLabels("s", fs, labels)
	for key, want := range map[string]string{"OQ|a:1:0": "R", "OQ|a:2:0": "W", "OQ|a:3:0": "R", "OQ|a:4:0": "R", "OQ|a:5:0": "", "OQ|a:6:0": "", "OA|a:7:0": "R", "OA|a:8:0": "W", "OQ|a:9:0": "R"} {
		if got := labels[[2]string{"s", key}]; got.Verdict != want || want != "" && strings.HasPrefix(key, "OA") != strings.HasPrefix(got.Reason, "as details it adds") {
			t.Errorf("%s: %+v, want verdict %q", key, got, want)
		}
	}
}
