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
	// A verb that only goes on or agrees is no plain saying: the words
	// after it may be someone else's, relayed by the station.
	an = analyze(t, a, "The ferry captain Ivo Marrow died on Sunday in Brenn.\n\n"+
		"His niece Ada Pellan continued: \u201cThe harbour board owes the crews an answer,\u201d KXYZ reported.")
	if got := an.Quotes[0].Speaker; got != nil && got.Mention == "Ada Pellan" {
		t.Errorf("speaker %q after 'continued:', want the words left to the attribution after them", got.Mention)
	}
}
