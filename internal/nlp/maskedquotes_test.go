package nlp

import (
	"strings"
	"testing"
)

// TestMaskedBoxInQuote: a paragraph in which cleaning blanked a box of
// linked headlines after a name (the bytes left as spaces) gives no quote
// that opens at the "’s" left behind, and a quote around the blank reads
// with single spaces.
func TestMaskedBoxInQuote(t *testing.T) {
	gap := strings.Repeat(" ", 60)
	text := "The council backed Mayor Ana Ruiz" + gap + "\u2019s plan for the old bridge on Tuesday, ending the Democrats' hopes of a delay.\n\n" +
		"\u201cWe cannot wait for Tom Reddin" + gap + "and his friends to agree,\u201d said council member Eda Brun."
	an := analyze(t, newTestAnalyzer(t), text)
	if len(an.Quotes) != 1 {
		t.Fatalf("got %d quotes %+v, want 1", len(an.Quotes), an.Quotes)
	}
	if got, want := an.Quotes[0].Text, "We cannot wait for Tom Reddin and his friends to agree,"; got != want {
		t.Errorf("quote %q, want %q", got, want)
	}
}
