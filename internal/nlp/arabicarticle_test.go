package nlp

import "testing"

// TestArticleName checks that a known body's name opening with the
// Arabic article in small letters or glued by a hyphen ("al Qaeda",
// "al-Shabab", "Al-Qaeda") is an organisation's mention, each spelling
// linked to one key; a person's name holding the article ("Omar al-Vessi")
// and an unknown word after it stay as they were.
func TestArticleName(t *testing.T) {
	paras := []string{"Officials in Ostra said al Qaeda and al-Shabab had sent fighters, and Al-Qaeda denied it.",
		"The commander Omar al-Vessi said al-Harbin was quiet and al Jazeera filmed it."}
	want := map[string]EntityType{"al Qaeda": Org, "al-Shabab": Org, "Al-Qaeda": Org, "al Jazeera": Org, "Omar al-Vessi": Person}
	got := mentionTypes(t, paras, want)
	for name, ty := range want {
		if got[name] != ty {
			t.Errorf("%q: got type %q, want %q", name, got[name], ty)
		}
	}
	a := newTestAnalyzer(t).Analyze(Input{Title: "A report", Paragraphs: paras})
	keys := map[string]string{}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			keys[m.Text] = e.Key
			if m.Text == "al-Harbin" || m.Text == "Harbin" {
				t.Errorf("%q: a %s mention, want none", m.Text, e.Type)
			}
		}
	}
	if keys["al Qaeda"] != keys["Al-Qaeda"] {
		t.Errorf("al Qaeda key %q, Al-Qaeda key %q: want one entity", keys["al Qaeda"], keys["Al-Qaeda"])
	}
}
