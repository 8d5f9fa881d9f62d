package nlp

import "testing"

// TestSpeakersOuterReporter: a lead-in paragraph whose reporting verb
// has a clause about another person after "that" ("Lund spokesman Paul
// Treat said that Lund had answered …:") gives the quotation to the
// one who reports, not to the person the clause is about; a lead-in
// whose reported verb introduces the words stays as it was.
func TestSpeakersOuterReporter(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the spokesman, not the man he speaks of",
			"Ivo Lund, a trader, met the harbour board on Monday.\n\nIn a statement released on Monday, Lund spokesman Paul Treat said that Lund had answered the panel in his role as a board member, not as a trader:\n\n\u201cThere was nothing wrong with his answer. The member had many meetings that year.\u201d",
			[]speakerWant{{"Paul Treat", "Paul Treat"}}},
		{"a lead-in with its own speaker",
			"The harbour board met on Monday.\n\nIn a statement released on Monday, Ivo Lund answered the panel:\n\n\u201cThere was nothing wrong with my answer. I had many meetings that year.\u201d",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
	})
}

// TestSpeakersTrailingReporter: `"…," he said` right after the writer's
// sentence that ends with its source ("…, Superintendent Ed Denning told
// reporters.") is that source speaking on, not the person the reported
// clause is about; a source of the other gender, or one named only by a
// surname never shown as a person surely, is not taken.
func TestSpeakersTrailingReporter(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the source speaks on",
			"Officers said Ivan Morrow hid in the shed overnight.\n\nInvestigators are still checking whether Morrow was armed, Police Superintendent Ed Denning told reporters.\n\n\u201cWe could all see that whoever was inside was moving,\u201d he said.",
			[]speakerWant{{"he", "Police Superintendent Ed Denning"}}},
		{"the source with a day after the verb",
			"Officers said Ivan Morrow hid in the shed overnight.\n\nInvestigators are still checking whether Morrow was armed, Police Superintendent Ed Denning said on Tuesday.\n\n\u201cWe could all see that whoever was inside was moving,\u201d he said.",
			[]speakerWant{{"he", "Police Superintendent Ed Denning"}}},
		{"the source after the verb",
			"Officers said Ivan Morrow hid in the shed overnight.\n\nInvestigators are still checking whether Morrow was armed, said Superintendent Ed Denning.\n\n\u201cWe could all see that whoever was inside was moving,\u201d he said.",
			[]speakerWant{{"he", "Superintendent Ed Denning"}}},
		{"a source of the other gender",
			"Officers said Ivan Morrow hid in the shed overnight.\n\nInvestigators are still checking whether Morrow was armed, Police Superintendent Maria Denning told reporters.\n\n\u201cI was only sleeping there,\u201d he said.",
			[]speakerWant{{"he", "Ivan Morrow"}}},
	})
}

// TestSpeakersReportedObject: `Lund described Ruiz as "…," she said`
// after a sentence about a woman who reports it: the she is that woman,
// not Ruiz, of whom the words are said; with no man as the subject of
// the sentence, the woman named in it may be the one who speaks.
func TestSpeakersReportedObject(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the woman spoken of is not the she",
			"Another officer, Maria Tolland, said she had received several calls from the lobbyist.\n\nPeter Lund characterized Ambassador Ana Ruiz as a \u201cpartisan holdover who has to be sent home soon\u201d, she said, recalling the calls.",
			[]speakerWant{{"she", "Maria Tolland"}}},
		{"an aside in brackets that speaks of him already",
			"Peter Lund met the panel on Monday. She did not hold back.\n\nMaria Tolland asked Ivan Morrow about the dinners (he denied them) and about the loans (\u201cI think every loan was paid back in full,\u201d he said).",
			[]speakerWant{{"he", "Ivan Morrow"}}},
		{"a woman as the subject speaks",
			"Another officer, Maria Tolland, met the panel on Monday.\n\nAmbassador Ana Ruiz characterized the calls as \u201cpartisan pressure of a kind I have not seen before\u201d, she said, recalling the day.",
			[]speakerWant{{"she", "Ana Ruiz"}}},
	})
}
