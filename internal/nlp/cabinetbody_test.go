package nlp

import "testing"

// TestCabinetAfterSurname checks that a surname before "Cabinet" names
// the person's cabinet, a body ("an original Vell Cabinet member"), not a
// person whose display name holds "Cabinet", and that the person named in
// full stays a person.
func TestCabinetAfterSurname(t *testing.T) {
	a := newTestAnalyzer(t).Analyze(Input{Title: "A resignation", Paragraphs: []string{
		"Defence Secretary Tomas Vell resigned on Thursday, the departure of an original Vell Cabinet member. Vell said he was proud."}})
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Kind != MentionName {
				continue
			}
			if m.Text == "Vell Cabinet" && e.Type != Org {
				t.Errorf("%q: got type %q, want org", m.Text, e.Type)
			}
			if m.Text == "Tomas Vell" && (e.Type != Person || e.Name != "Tomas Vell") {
				t.Errorf("%q: got %q %q, want the person Tomas Vell", m.Text, e.Type, e.Name)
			}
		}
	}
}

// TestSurnameBeforeLeaderBody checks that a surname written alone in an
// article that names "the Vell Cabinet" or "the Vell Administration"
// stays the person's, not a short form of the body.
func TestSurnameBeforeLeaderBody(t *testing.T) {
	for _, body := range []string{"Vell Cabinet", "Vell Administration"} {
		a := newTestAnalyzer(t).Analyze(Input{Title: "A rally", Paragraphs: []string{
			"Aides are close to Vell. Vell said he was proud. A former " + body + " member said Vell won."}})
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if m.Kind == MentionName && m.Text == "Vell" && e.Type != Person {
					t.Errorf("%s: %q at %d: got type %q (%q), want person", body, m.Text, m.Start, e.Type, e.Name)
				}
			}
		}
		persons := 0
		for _, e := range a.Entities {
			if e.Type == Person && e.Name == "Vell" {
				persons = len(e.Mentions)
			}
		}
		if persons != 3 {
			t.Errorf("%s: the person Vell has %d mentions, want 3", body, persons)
		}
	}
}

// TestCabinetAfterAnd checks that "Cabinet" alone after "and" is not
// joined to the name before it into one body ("the West Wing and
// Cabinet secretaries" are two names).
func TestCabinetAfterAnd(t *testing.T) {
	a := newTestAnalyzer(t).Analyze(Input{Title: "A report", Paragraphs: []string{
		"Aides describe turf wars between the Velmont Wing and Cabinet secretaries, say people close to the president."}})
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Kind == MentionName && m.Text == "Velmont Wing and Cabinet" {
				t.Errorf("%q: two names joined into one %s", m.Text, e.Type)
			}
		}
	}
}
