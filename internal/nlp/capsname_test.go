package nlp

import "testing"

// TestCapsNameAfterTitle checks that a name after a title or an
// honorific in a run of capitals (a script, a caption, a heading) ends
// where the name does, not at the end of the capitals: "MR. VELLMAN WAS
// CHOSEN BY THE TOWN ITSELF" names Vellman, "SENATOR ANA LIND HONORS THE
// CREW" Ana Lind; a given name, an initial and a particle carry the name
// on ("GEORGE W. VELL"), and so does a word the article writes in title
// case elsewhere ("MARTA LUND KAY" beside "Marta Lund Kay").
func TestCapsNameAfterTitle(t *testing.T) {
	a := newTestAnalyzer(t)
	for text, want := range map[string]string{
		"SHE WORKED FOR A MAYOR. A DECADE ON, MR. VELLMAN WAS CHOSEN BY THE TOWN ITSELF. Footage of the quay follows.": "VELLMAN",
		"THE PLAN LEFT MR. VELLMAN A LONELY MAN IN OSTRA YET WON HIM THE HARBOUR VOTE. Shots of the crowd.":            "VELLMAN",
		"FROM THE MAILBAG: HARBOUR SENATOR ANA LIND HONORS THE FERRY CREW. The ferry sails in May.":                    "ANA LIND",
		"LATE IN MAY, PRESIDENT VELLMAN ATTENDED THE OSTRA FERRY TALKS WITH THE UNIONS. His speech was long.":          "VELLMAN",
		"Marta Lund Kay spoke at noon. LATER, SENATOR MARTA LUND KAY WAS CHEERED BY THE CREW.":                         "MARTA LUND KAY",
		"AS PRESIDENT VELLMAN LEAVES OFFICE THE HARBOUR IS CALM. His term ends.":                                       "VELLMAN",
		"Ostra, March 3. PRESIDENT GEORGE W. VELL IS EXPECTED TO SPEAK. He left early.":                                "GEORGE W. VELL",
	} {
		an := analyze(t, a, text)
		var got []string
		found := false
		for _, e := range an.Entities {
			for _, m := range e.Mentions {
				if m.Kind != MentionName {
					continue
				}
				got = append(got, m.Text)
				if m.Text == want && e.Type == Person {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%q: names %q, want the person %q", text, got, want)
		}
	}
}
