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
