package nlp

import "testing"

// TestSensesKey: words of one line of senses.txt share a key whatever
// their form; a word on no line keys to its own stem; a nil table keys
// every stem to itself.
func TestSensesKey(t *testing.T) {
	a := newTestAnalyzer(t)
	s := a.Senses(DefaultLang)
	same := [][2]string{
		{"resigned", "quit"},
		{"resignation", "quits"},
		{"postponed", "delayed"},
		{"fled", "flees"},
		{"won", "triumph"},
		{"detained", "arrested"},
	}
	for _, p := range same {
		if x, y := s.Key(englishStem(p[0])), s.Key(englishStem(p[1])); x != y {
			t.Errorf("%q and %q: keys %q and %q, want one", p[0], p[1], x, y)
		}
	}
	apart := [][2]string{
		{"resigned", "died"},
		{"won", "lost"},
		{"arrested", "convicted"},
		{"bridge", "tunnel"},
	}
	for _, p := range apart {
		if x, y := s.Key(englishStem(p[0])), s.Key(englishStem(p[1])); x == y {
			t.Errorf("%q and %q: one key %q, want two", p[0], p[1], x)
		}
	}
	if got := s.Key("bridg"); got != "bridg" {
		t.Errorf("a stem on no line: key %q, want itself", got)
	}
	var none *Senses
	if got := none.Key("quit"); got != "quit" {
		t.Errorf("nil table: key %q, want the stem", got)
	}
}

// TestSenseKeysTwoLines: a stem on two lines with other keys is an
// error, since it would join two senses.
func TestSenseKeysTwoLines(t *testing.T) {
	if _, err := senseKeys([][]string{{"quit", "resign"}, {"leave", "quit"}}, englishStem); err == nil {
		t.Error("a word on two lines: no error")
	}
	if _, err := senseKeys([][]string{{"quit", "resign", "quits"}}, englishStem); err != nil {
		t.Errorf("two forms of one stem on one line: %v", err)
	}
}
