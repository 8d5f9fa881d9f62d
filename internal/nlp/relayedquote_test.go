package nlp

import "testing"

// TestSaidThenRelayed: a quotation introduced by "X said:" and followed
// by the station or paper that reported it is X's words; the outlet is
// its source, not its speaker. An outlet's report with no one named
// before the words, and a verb before that heads another clause, keep
// the reading they had.
func TestSaidThenRelayed(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a station after the words",
			"The ferry captain Ivo Marrow died on Sunday in Brenn.\n\n" +
				"Weeping, his niece Ada Pellan said: \u201cHe taught me to sail before I could walk,\u201d KXYZ reported.",
			[]speakerWant{{"Ada Pellan", "Ada Pellan"}}},
		{"an affiliate after the words",
			"The ferry captain Ivo Marrow died on Sunday in Brenn.\n\n" +
				"His son Tomas Marrow said, \u201cWe will take the boat out for him,\u201d Ostra-affiliate WQX reported.",
			[]speakerWant{{"Tomas Marrow", "Tomas Marrow"}}},
		{"according to a paper after the words",
			"The ferry captain Ivo Marrow died on Sunday in Brenn.\n\n" +
				"His son Tomas Marrow said: \u201cWe will take the boat out for him,\u201d according to the Brenn Courier.",
			[]speakerWant{{"Tomas Marrow", "Tomas Marrow"}}},
	})
	an := analyze(t, a, "The ferry captain Ivo Marrow died on Sunday in Brenn.\n\n"+
		"Weeping, his niece Ada Pellan said: \u201cHe taught me to sail before I could walk,\u201d KXYZ reported.")
	if s := an.Quotes[0].Source; s == nil || s.Mention != "KXYZ" {
		t.Errorf("source %+v, want KXYZ", s)
	}
}
