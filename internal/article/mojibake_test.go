package article

import (
	"testing"
	"unicode/utf8"
)

// TestFixMojibake: text decoded as Windows-1252 once or twice is repaired;
// text that merely holds such letters is not.
func TestFixMojibake(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Harbour boardÃ¢â‚¬â„¢s Ã¢â‚¬Ëœfair dealÃ¢â‚¬â„¢ in first vote", "Harbour board’s ‘fair deal’ in first vote"},
		{"Valmora mayorâ€™s plan", "Valmora mayor’s plan"},
		{"Costs rose to Â£40", "Costs rose to £40"},
		{"SÃO PAULO strike ends", "SÃO PAULO strike ends"},
		{"Ãlvaro’s “Ã” shop", "Ãlvaro’s “Ã” shop"},
		{"Plain headline", "Plain headline"},
	} {
		if got := fixMojibake(c.in); got != c.want {
			t.Errorf("fixMojibake(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := CleanText("Voters are Ã¢â‚¬â€\u009d literally Ã¢â‚¬â€\u009d done"); got != "Voters are — literally — done" {
		t.Errorf("CleanText = %q", got)
	}
}

// FuzzFixMojibake: repair never panics, keeps valid text valid and only
// ever shortens what it changes.
func FuzzFixMojibake(f *testing.F) {
	for _, s := range []string{"ObamaÃ¢â‚¬â„¢s", "Â£40", "SÃO", "â€œquoteâ€\u009d", "plain"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := fixMojibake(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("fixMojibake(%q) = %q: invalid UTF-8", s, got)
		}
		if got != s && len(got) >= len(s) {
			t.Fatalf("fixMojibake(%q) = %q: not shorter", s, got)
		}
	})
}
