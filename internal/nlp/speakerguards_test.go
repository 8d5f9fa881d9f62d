package nlp

import "testing"

// TestPronounOfOtherGender: a person of unknown given name already called
// "he" is not the "she" who speaks; the woman named just before is.
func TestPronounOfOtherGender(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Trial\n\nPresident Zorvath Trump spoke on Monday. \"The jobs are back,\" he said.\n\n"+
		"At her news conference, House Speaker Nancy Pelosi said the mark Trump will now carry is deep.\n\n"+
		"Trump \"will not be cleared,\" she said. \"You cannot be cleared without a trial.\"")
	if got, _ := speakerOf(an, "will not be cleared,"); got != "Nancy Pelosi" {
		t.Errorf("speaker %q, want Nancy Pelosi", got)
	}
	if got, _ := speakerOf(an, "The jobs are back,"); got != "Zorvath Trump" {
		t.Errorf("speaker %q, want Zorvath Trump", got)
	}
}
