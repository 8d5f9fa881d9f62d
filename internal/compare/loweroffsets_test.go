package compare

import "testing"

// TestSoCalledPhraseOffsets: letters whose small form is longer in
// UTF-8 ("Ⱥ") before "so-called" neither crash the search nor move the
// phrase it returns.
func TestSoCalledPhraseOffsets(t *testing.T) {
	for _, tc := range []struct{ sentence, want string }{
		{"ȺȺȺȺȺȺȺȺȺ so-called", ""},
		{"ȺȺȺ backed the so-called \u201charbour plan\u201d today.", "harbour plan"},
		{"The So-Called \u201cferry tax\u201d passed.", "ferry tax"},
	} {
		if got := soCalledPhrase(tc.sentence); got != tc.want {
			t.Errorf("soCalledPhrase(%q) = %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestNicknameAfterOffsets: the same for an apposition's "so-called".
func TestNicknameAfterOffsets(t *testing.T) {
	for _, tc := range []struct {
		after string
		want  bool
	}{
		{"ȺȺȺȺȺȺȺȺȺ so-called", false},
		{"ȺȺȺ, the so-called \u201cHarbour Strangler\u201d", true},
		{"ȺȺȺ, the so-called \u201charbour plan\u201d", false},
	} {
		if got := nicknameAfter(tc.after); got != tc.want {
			t.Errorf("nicknameAfter(%q) = %v, want %v", tc.after, got, tc.want)
		}
	}
}

// TestInsideMarksOffsets: a sentence whose length changes when lowered
// (an invalid byte, "Ⱥ") before or inside the marks neither crashes the
// search nor changes whether the words are someone's.
func TestInsideMarksOffsets(t *testing.T) {
	for _, tc := range []struct {
		sentence, text string
		want           bool
	}{
		{"\xff0 the \u201charbour plan\u201d", "harbour plan", true},
		{"ȺȺȺȺȺȺ backed the harbour plan, \u201cwe said\u201d", "harbour plan", false},
		{"ȺȺȺ backed the \u201cHarbour Plan\u201d today.", "harbour plan", true},
		{"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff0", "0", false},
	} {
		if got := insideMarks(tc.sentence, tc.text); got != tc.want {
			t.Errorf("insideMarks(%q, %q) = %v, want %v", tc.sentence, tc.text, got, tc.want)
		}
	}
}

// TestSameLengthMovedOffsets: a sentence whose length lower-casing keeps
// while it moves the offsets between (the Kelvin sign shrinks by two
// bytes, "Ⱥ" grows by one) is read in its lower-cased form: no figure is
// an age from the wrong bytes, and the words around a use are whole.
func TestSameLengthMovedOffsets(t *testing.T) {
	if ageFigure("\u212a Ames, x,8 ȺȺ", "8") {
		t.Errorf("ageFigure read a comma two bytes off as an age's")
	}
	if !ageFigure("Ames, 80, resigned", "80") {
		t.Errorf("ageFigure missed an age set off by commas")
	}
	var prev, next []string
	everyCasedUse("Ⱥ big Plan ẞ", "plan", func(p, n []string) bool { prev, next = p, n; return true })
	if len(prev) != 2 || prev[1] != "big" || len(next) != 1 || next[0] != "ß" {
		t.Errorf("everyCasedUse: words around %q, %q", prev, next)
	}
}
