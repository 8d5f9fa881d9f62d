package nlp

import (
	"slices"
	"testing"
)

// TestForenameBeforeAGivenName: "Chris Philip", a short given name of
// nicknames.txt and a surname that is another person's given name, is a
// person of its own, not a nickname of Philip Darrow; "Sleepy Philip" is.
func TestForenameBeforeAGivenName(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Philip Darrow spoke in Velm on Monday. Chris Philip accused the rival of opportunism. "+
		"Rick Joe, a farmer, and Joe Toller left. \"Sleepy Philip has real problems!\" the mayor wrote.")
	if e := findEntity(an, "Chris Philip"); e == nil || e.Type != Person {
		t.Errorf("Chris Philip: %+v, want a person of its own in %+v", e, an.Entities)
	}
	if e := findEntity(an, "Philip Darrow"); e == nil || slices.Contains(formTexts(e), "Chris Philip") || !slices.Contains(formTexts(e), "Sleepy Philip") {
		t.Errorf("Philip Darrow: %+v, want the form Sleepy Philip and not Chris Philip", e)
	}
}
