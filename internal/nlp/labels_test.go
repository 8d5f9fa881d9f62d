package nlp

import "testing"

// TestAccordingToInsideAside: a source named inside parentheses that
// close before a quotation speaks for the aside, not for the quoted
// words after it.
func TestAccordingToInsideAside(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Posts\n\nFrom Tom Ruiz came no new attack on Lund for running a \"witch hunt\" (a phrase he had used 183 times, according to the Ruiz Post Archive) or a \"hoax\" run by \"13 Angry Democrats\" on his staff.\n\nData (according to the archive, \"many\") were shown.")
	for _, q := range an.Quotes {
		if e := entityOf(an, q.Speaker); e != nil && e.Name == "Ruiz Post Archive" {
			t.Errorf("quote %q given to the archive named in the aside", q.Text)
		}
	}
	found := false
	for _, q := range an.Quotes {
		if q.Text == "many" {
			found = true
			if q.Speaker == nil || q.Speaker.Via != "according_to" {
				t.Errorf("the quotation inside the aside lost its source: %+v", q.Speaker)
			}
		}
	}
	if !found {
		t.Errorf("the quotation inside the aside is gone")
	}
}

// TestNeverLabelNoPerson: "Never Ruiz" names a stance against a person,
// not the person, and the person's surname alone does not join it.
func TestNeverLabelNoPerson(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Label\n\nTom Lund says Never Ruiz is hard to define. “We won,” Ruiz said.\n\nI never took the label Never Ruiz. Many Never Ruizers stayed home. “It is over,” said Ruiz.")
	ty := entityTypes(an)
	for _, name := range []string{"Never Ruiz", "Never Ruizers"} {
		if ty[name] == Person {
			t.Errorf("%q is a person", name)
		}
	}
	an = analyze(t, a, "Panel\n\nThe panel had Never Ruizer Ana Lund and Never Ruizer Zeb Hale on it. “It went well,” Lund said. Hale agreed.")
	if ty := entityTypes(an); ty["Ana Lund"] != Person || ty["Zeb Hale"] != Person {
		t.Errorf("entities %v, want the person after the label", ty)
	}
	an = analyze(t, a, "Label\n\nTom Lund says Never Ruiz is hard to define. “We won,” Ruiz said.\n\nI never took the label Never Ruiz. Many Never Ruizers stayed home. “It is over,” said Ruiz.")
	for _, q := range []string{"We won,", "It is over,"} {
		if got, _ := speakerOf(an, q); got != "Ruiz" {
			t.Errorf("speaker of %q is %q, want Ruiz", q, got)
		}
	}
}

// TestOpeningAdverbNotGivenName: an adverb or verb opening a sentence
// before a surname ("Expect Ruiz to …", "Perhaps Ruiz …", "Given
// Ruiz's …") is not the person's given name.
func TestOpeningAdverbNotGivenName(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Label\n\nExpect Ruiz and his allies to keep at it. Perhaps Ruiz has learned. Given Ruiz’s record, no one was surprised.\n\n“It is over,” Ruiz insisted.")
	for name := range entityTypes(an) {
		if name != "Ruiz" {
			t.Errorf("entity %q, want only Ruiz", name)
		}
	}
}

// TestSurnameOfAnotherAfterFullName: a full name run on into another
// person's surname before a possessive is two names when the article
// writes both surnames alone and never together; a middle name stays.
func TestSurnameOfAnotherAfterFullName(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Speech\n\nLund has a case to make, and President Lund still needs help. Ruiz agreed.\n\nIt is early to call former President Ana Ruiz Lund's closer, but she came close. “We can win,” Ruiz said.")
	if got, _ := speakerOf(an, "We can win,"); got != "Ana Ruiz" {
		t.Errorf("speaker %q, want Ana Ruiz", got)
	}
	an = analyze(t, a, "Book\n\nMary Hale Lund's book sold well, and Lund was pleased. Her husband, Tom Lund, agreed.\n\n“It is a hit,” Lund said.")
	if _, ok := entityTypes(an)["Mary Hale Lund"]; !ok {
		t.Errorf("entities %v, want Mary Hale Lund whole", entityTypes(an))
	}
}
