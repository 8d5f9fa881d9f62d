package nlp

import "testing"

// TestPlacedAndOwnedGuards holds cases for guards of placedSpeaker the
// tests of speakersplaced_test.go leave untested: each fails when its
// guard is removed (", who" after the name).
func TestPlacedAndOwnedGuards(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, c := range []struct{ name, text, speaker, entity string }{
		// ", who" after the name: the name speaks.
		{"with a name, who", "The two clashed at a long dinner with Ana Lind, who said: \"The gates will stay shut all winter.\"", "Ana Lind", "Ana Lind"},
	} {
		an := analyze(t, a, c.text)
		if len(an.Quotes) != 1 {
			t.Errorf("%s: %d quotes, want 1", c.name, len(an.Quotes))
			continue
		}
		q := an.Quotes[0]
		sp, en := "", ""
		if q.Speaker != nil {
			sp = q.Speaker.Mention
		}
		if e := entityOf(an, q.Speaker); e != nil {
			en = e.Name
		}
		t.Logf("%s: speaker %q entity %q source %+v", c.name, sp, en, q.Source)
		if sp != c.speaker || c.entity != "" && en != c.entity {
			t.Errorf("%s: speaker %q (entity %q), want %q (%q)", c.name, sp, en, c.speaker, c.entity)
		}
	}
}
