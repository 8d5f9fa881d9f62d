package nlp

import "testing"

// TestSpeakersShotListSaying checks a video shot list's captions, which
// write each speaker's name in capitals with "SAYING" after it: the
// participle is neither a name nor part of the speaker, and a name in
// capitals with "SAYING" in a sentence of its own stays whole.
func TestSpeakersShotListSaying(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a shot list's SAYING after the name",
			"SENATOR ANA RUIZ SAYING: \u201cWe will not pay for a strike we did not call.\u201d\n\nHARBOUR CHIEF IVO LUND SAYING: \u201cThe port will stay shut until the fees are paid.\u201d",
			[]speakerWant{{"SENATOR ANA RUIZ", "ANA RUIZ"}, {"HARBOUR CHIEF IVO LUND", "IVO LUND"}}},
		{"a lower-case saying still gives the name before it",
			"Mayor Ana Ruiz spoke last, saying: \u201cWe will not pay for a strike we did not call.\u201d",
			[]speakerWant{{"Mayor Ana Ruiz", "Ana Ruiz"}}},
	})
}

// TestSpeakersShotListSayingAlone checks "SAYING" after a comma in a
// caption: not a name and not a speaker; the person named right before
// the comma speaks, and else no one.
func TestSpeakersShotListSayingAlone(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"SAYING alone after a comma gives the person named before it",
			"HARBOUR CHIEF IVO LUND, SAYING: \u201cThe port will stay shut until the fees are paid.\u201d",
			[]speakerWant{{"IVO LUND", "IVO LUND"}}},
		{"SAYING alone after a comma and no person before it gives none",
			"THE DOCKS, SAYING: \u201cThe port will stay shut until the fees are paid.\u201d",
			[]speakerWant{{"", ""}}},
	})
	an := a.Analyze(Input{Paragraphs: []string{"DOCK WORKER, IVO LUND, SAYING: \u201cThe port will stay shut.\u201d"}})
	for _, e := range an.Entities {
		if e.Name == "SAYING" {
			t.Errorf("entity %q", e.Name)
		}
	}
}
