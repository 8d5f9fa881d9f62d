package nlp

import "testing"

// TestPronounSkipsNameModifier: a name qualifying a noun after "the"
// ("the Brandt scandal") is no person a later he points back to.
func TestPronounSkipsNameModifier(t *testing.T) {
	a := newTestAnalyzer(t)
	an := a.Analyze(Input{Paragraphs: []string{
		"Tomas Ruiz, who rose to fame questioning the judge Peter Brandt, said on Monday that he would run.",
		"Ruiz, 51, became the third senator to join the race.",
		"His move surprised few. The senator from Elmshire had toured the state as talk grew that he would turn the Brandt hearings into a campaign.",
		"“We can mend what is broken,” he said in a clip he posted online.",
	}})
	if got, ok := speakerOf(an, "We can mend what is broken"); !ok || got != "Tomas Ruiz" {
		t.Errorf("speaker %q (%v), want Tomas Ruiz", got, ok)
	}
}
