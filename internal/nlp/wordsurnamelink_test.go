package nlp

import "testing"

// TestWordSurnameAfterFullName: a surname that is also a common word
// ("Hedge", "Flake", "Rice", "Bush"), given once with a given name, is
// that person wherever it stands alone and capitalised in running text,
// as the subject of any verb ("Late on Monday evening, Hedge
// congratulated …"), not only beside a verb of speech; the same word in
// small letters ("a hedge", "the bush") is no one. (It guards behaviour
// main already has; the Guardian's "Flake" of fresh55's Sinema event is
// another case: never given in full there, see the abpjudged README.)
func TestWordSurnameAfterFullName(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []struct {
		text, full, bare string
		want             int // mentions of the full name's entity
	}{
		{"Senator Tom Hedge of Ohio spoke on Monday. He trimmed a hedge and the bush behind it. " +
			"Late on Monday evening, Hedge congratulated his successor. \"It has been an honor,\" Hedge said.", "Tom Hedge", "Hedge", 3},
		{"Senator Jeff Flake of Arizona spoke on Monday. Snow fell in a flake or two. " +
			"Flake, who is retiring, congratulated his successor.", "Jeff Flake", "Flake", 2},
		{"Senator Mary Rice of Ohio spoke on Monday. The rice harvest failed. Later, Rice said the bill was dead.", "Mary Rice", "Rice", 2},
		{"Senator Ann Bush of Ohio spoke on Monday. Later, Bush voted for the bill.", "Ann Bush", "Bush", 2},
	}
	for _, c := range cases {
		an := analyze(t, a, c.text)
		var got *Entity
		for i := range an.Entities {
			if an.Entities[i].Name == c.full {
				got = &an.Entities[i]
			}
		}
		if got == nil || got.Type != Person {
			t.Errorf("%q: no person %q: %+v", c.text, c.full, an.Entities)
			continue
		}
		if len(got.Mentions) != c.want {
			t.Errorf("%q: %q has %d mentions, want %d: %+v", c.text, c.full, len(got.Mentions), c.want, got.Mentions)
		}
		for _, m := range got.Mentions {
			if m.Text != c.full && m.Text != c.bare {
				t.Errorf("%q: mention %q of %q", c.text, m.Text, c.full)
			}
		}
	}
}
