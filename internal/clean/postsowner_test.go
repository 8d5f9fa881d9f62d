package clean

import "testing"

// TestPostOpenedNonASCII: the rune after the handle is read whole. A bio
// that goes on with a lower-case letter outside ASCII is no post; a post
// opened by a curly quotation mark or a capital outside ASCII is one
// (review56b: the last byte of a multi-byte rune was decoded alone, as
// utf8.RuneError, which is not lower case).
func TestPostOpenedNonASCII(t *testing.T) {
	for p, want := range map[string]bool{
		"Jane Doe (@janedoe) écrit sur le conseil de Reddin depuis dix ans.": false,
		"Jane Doe (@janedoe) ünd so weiter über den Rat von Reddin.":         false,
		"Jane Doe (@janedoe) Über den Rat von Reddin: wir stimmen heute ab.": true,
		"Jane Doe (@janedoe) “We voted today,” the clerk wrote.":             true,
	} {
		if got := PostOpened(p); got != want {
			t.Errorf("PostOpened(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestOwnName: the outlet's first word that is not an article, of three
// letters or more.
func TestOwnName(t *testing.T) {
	for in, want := range map[string]string{
		"NPR Online News": "NPR", "The Guardian": "Guardian", "the Lantern": "Lantern", "AP": "",
		"The": "", "": "", "  Lantern   Radio ": "Lantern", "The The Sun": "Sun", "The AP Wire": "",
	} {
		if got := ownName(in); got != want {
			t.Errorf("ownName(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkShortParagraphRules: the outlet rules every short paragraph
// passes (ownShowPromo, tuneInPromo): ownName reads the outlet's name
// for each paragraph.
func BenchmarkShortParagraphRules(b *testing.B) {
	p := "The council of Reddin met for three hours on Tuesday before it voted to close the old bridge."
	b.ReportAllocs()
	for range b.N {
		ownShowPromo(p, "Lantern Radio Online News", 18)
		tuneInPromo(p, "Lantern Radio Online News", 18)
	}
}
