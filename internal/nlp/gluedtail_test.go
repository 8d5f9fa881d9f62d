package nlp

import (
	"strings"
	"testing"
)

// TestGluedTailLeavesTheName: a word of the text glued onto a person's
// name — a label run into its paragraph ("Statement from Lind There
// were …"), a heading's verb ("Harlow Unveils …") — is no part of the
// name when the text writes the name without it; a surname the text
// writes again ("Ana Hanks") and a body's name stay whole.
func TestGluedTailLeavesTheName(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Harlow Unveils Harbour Plan For Velmora\n\n"+
		"President Harlow said the plan would open the port. Dr. Lind spoke later.\n\n"+
		"Statement from Lind There were three boats at the pier that night. Statement from Lind One evening the pier closed.\n\n"+
		"Ana Hanks Returns To Velmora\n\nAna Hanks said she was glad. Ana said so too.")
	for _, e := range an.Entities {
		for _, f := range e.Forms {
			if strings.Contains(f.Text, "Unveils") || strings.Contains(f.Text, "There") || strings.Contains(f.Text, "One") {
				t.Errorf("a glued word in a name: %q of %+v", f.Text, e)
			}
		}
	}
	for _, name := range []string{"Harlow", "Lind", "Ana Hanks"} {
		if e := findEntity(an, name); e == nil || e.Type != Person {
			t.Errorf("%s: %+v, want a person in %+v", name, e, an.Entities)
		}
	}
}

// TestPlaceAfterCommaSpeaksNot: a state after its town's comma before a
// colon ("in Seabrook, New Hampshire: \"…\"") tells where the words were
// said, not who said them.
func TestPlaceAfterCommaSpeaksNot(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "On Monday, Ivo Lund had one question for a clerk at Harbour Fireworks in Seabrook, New Hampshire: \"What is the loudest thing you sell?\"\n\n")
	for _, q := range an.Quotes {
		if q.Speaker != nil && strings.Contains(q.Speaker.Mention, "Hampshire") {
			t.Errorf("a place speaks: %+v", q)
		}
	}
}
