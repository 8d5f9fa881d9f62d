package nlp

import "testing"

// TestCommonFullName: a person's display name is the full name most
// articles write, not the longest one article writes (h/wording56).
func TestCommonFullName(t *testing.T) {
	written := map[string]map[int]bool{
		"Bernard Vale": {0: true},
		"Bernie Vale":  {1: true, 2: true, 3: true},
		"Vale":         {4: true, 5: true, 6: true, 7: true},
	}
	if got := commonFullName(written, "Bernard Vale"); got != "Bernie Vale" {
		t.Errorf("commonFullName = %q, want Bernie Vale", got)
	}
	even := map[string]map[int]bool{"Bernard Vale": {0: true}, "Bernie Vale": {1: true}}
	if got := commonFullName(even, "Bernard Vale"); got != "Bernard Vale" {
		t.Errorf("a tie keeps the fullest: got %q", got)
	}
}
