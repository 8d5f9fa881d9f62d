package nlp

import "testing"

// TestBareSurnameOfSeveralNamedLater: a bare surname ("President Lund",
// "Lund said") that opens an article which names two people of that
// surname in full only later is neither of them: the first full name
// that comes does not take it.
func TestBareSurnameOfSeveralNamedLater(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Storm visit\n\nPresident Lund flew to the coast on Tuesday to see the flood damage.\n\n“We will rebuild every town,” Lund said.\n\nLund praised the rescue crews.\n\nHis daughter-in-law, Ana Lund, asked donors for help on the radio.\n\nPiet J. Lund, his brother, stayed home.")
	if got, _ := speakerOf(an, "We will rebuild every town,"); got == "Ana Lund" || got == "Piet J. Lund" {
		t.Errorf("speaker %q, want neither Lund named later", got)
	}
}
