package nlp

import "testing"

// TestPrepositionBefore: the preposition whose phrase the given word
// opens or heads, over determiners, a possessive, names, figures and at
// most two plain words; -1 when a word of a clause stands between or is
// the word itself (a past tense after a figure: "in 2010 ran"), across
// a comma or a quotation mark, and for "of" and "to".
func TestPrepositionBefore(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, c := range []struct {
		text, word, want string
	}{
		{"Councillors questioned the board over its plan to close the quay.", "plan", "over"},
		{"Lund wants the council to act quickly on Berg's appointment of a pilot.", "appointment", "on"},
		{"Councillors questioned the board over its reported secret plan to close the quay.", "plan", "over"},
		{"Pilots had little choice in 2010 strikes at the quay.", "strikes", "in"},
		{"Lund served two terms on the council and in 2010 ran for a seat on the board.", "ran", ""},
		{"Lund served two terms on the council and in March closed the quay.", "closed", ""},
		{"Councillors questioned the board over plans the mayor reported to close the quay.", "close", ""},
		{"The closure of the north quay surprised pilots.", "quay", ""},
		{"Councillors questioned the board, its plan to close the quay.", "plan", ""},
		{"Councillors questioned the board over its very old and costly plan.", "plan", ""},
	} {
		ts := analyze(t, a, c.text).Sentences[0].Tokens
		j := -1
		for i, tk := range ts {
			if tk.Norm == c.word {
				j = i
				break
			}
		}
		if j < 0 {
			t.Fatalf("%q: no %q", c.text, c.word)
		}
		got := ""
		if k := PrepositionBefore(ts, j); k >= 0 {
			got = ts[k].Norm
		}
		if got != c.want {
			t.Errorf("PrepositionBefore(%q, %q) = %q, want %q", c.text, c.word, got, c.want)
		}
	}
}
