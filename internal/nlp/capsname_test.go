package nlp

import "testing"

// TestCapsNameAfterTitle checks that a name after a title or an
// honorific in a run of capitals (a script, a caption, a heading) ends
// where the name does, not at the end of the capitals: "MR. VELLMAN WAS
// ELECTED IN HIS OWN RIGHT" names Vellman, "SENATOR ANA LIND HONORS THE
// CREW" Ana Lind; a given name, an initial and a particle carry the name
// on ("GEORGE W. VELL"), and so does a word the article writes in title
// case elsewhere ("MARTA LUND KAY" beside "Marta Lund Kay").
func TestCapsNameAfterTitle(t *testing.T) {
	a := newTestAnalyzer(t)
	for text, want := range map[string]string{
		"HE INTERNED WITH A SENATOR. TWENTY YEARS LATER, MR. VELLMAN WAS ELECTED IN HIS OWN RIGHT. The scenes from the quay today.": "VELLMAN",
		"IT HAS MADE MR. VELLMAN A BELOVED FIGURE IN OSTRA BUT IT HAS NOW GIVEN HIM A MAJORITY. Scenes of the party.":               "VELLMAN",
		"IN THE INBOX: HARBOUR SENATOR ANA LIND HONORS THE FERRY CREW. Less than a week before the launch.":                         "ANA LIND",
		"LATER THAT YEAR, PRESIDENT VELLMAN ATTENDED A SUMMIT OF HARBOUR LEADERS IN OSTRA. His speech was long.":                    "VELLMAN",
		"Marta Lund Kay spoke at noon. LATER, SENATOR MARTA LUND KAY WAS CHEERED BY THE CREW.":                                      "MARTA LUND KAY",
		"AS PRESIDENT VELLMAN LEAVES OFFICE THE HARBOUR IS CALM. His term ends.":                                                    "VELLMAN",
		"Ostra, March 3. PRESIDENT GEORGE W. VELL IS EXPECTED TO SPEAK. He left early.":                                             "GEORGE W. VELL",
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
