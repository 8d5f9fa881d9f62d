package nlp

import "testing"

// TestHeadingVerbInS: a heading in title case whose subject is a person
// the article names alone elsewhere ends its first capitalised run in a
// verb in -s that no list holds ("Lund Elevates 'Quiet' Ruiz …"): the
// verb is no part of the name, and the quotes are Lund's. A word in -s
// the article writes as a name again, or after which the sentence goes
// on in small letters, stays in the name.
func TestHeadingVerbInS(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a heading's verb after the subject",
			"Lund Elevates 'Quiet' Ruiz to Harbour Post Outgoing Harbour Chief Voss hailed as one of \"finest\" in the port's history.\n\n" +
				"OSTRA -- Mayor Lund today tapped his chief of staff, Tom Ruiz, to be the next harbour chief.\n\n" +
				"\"Tom knows every berth of this port,\" Lund said.",
			[]speakerWant{{"Lund", "Lund"}}},
		{"the same heading as the title too",
			"Lund Elevates 'Quiet' Ruiz to Harbour Post\n\n" +
				"Lund Elevates 'Quiet' Ruiz to Harbour Post Outgoing Harbour Chief Voss hailed as one of \"finest\" in the port's history.\n\n" +
				"OSTRA -- Mayor Lund today tapped his chief of staff, Tom Ruiz, to be the next harbour chief.\n\n" +
				"\"Tom knows every berth of this port,\" Lund said.",
			[]speakerWant{{"Lund", "Lund"}}},
	})
	for _, tc := range []struct{ name, text, want string }{
		{"a firm the article names again",
			"Varga Holdings 'Quiet' on Harbour Deal Talks\n\nThe firm, Varga Holdings, would not say more. Varga himself was away.",
			"Varga Holdings"},
		{"a plural's possessive",
			"Harbour Matters\u2019 Ana Voss calls the charge \"a tale.\" Harbour officials said nothing.",
			"Harbour Matters"},
		{"a given name alone",
			"Steve Varga\u2019s Plan Would Reopen Docks\n\nSteve spoke on Monday.",
			"Steve Varga"},
		{"a sentence goes on in small letters",
			"Ruiz Brothers 'Quiet' said the trade paper of the firm. Ruiz was away.",
			"Ruiz Brothers"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an := analyze(t, a, tc.text)
			for _, e := range an.Entities {
				if e.Name == tc.want {
					return
				}
			}
			t.Errorf("no entity %q in %+v", tc.want, an.Entities)
		})
	}
}
