package nlp

import "testing"

// TestShortGivenNameIsNoNickname checks that a full name whose first word
// is a short given name ("Chris", "Rick") is a person of its own, not a
// nickname of the person whose given name its last word is.
func TestShortGivenNameIsNoNickname(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct{ name, text string }{
		{"Chris before a given name used as a surname",
			"The chancellor, Philip Lund, spoke on Monday.\n\nChris Philip, a member for Brenn, accused Mr Voss of \u201cshameless opportunism.\u201d"},
		{"Rick after the full name",
			"Governor Scott Lund spoke on Monday.\n\nRick Scott, a member for Brenn, accused Mr Voss of \u201cshameless opportunism.\u201d"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an := analyze(t, a, tc.text)
			for _, e := range an.Entities {
				if e.Type == Person && len(e.Forms) > 1 {
					t.Errorf("%s has forms %v, want one person each", e.Name, e.Forms)
				}
			}
		})
	}
}
