package nlp

import "testing"

// TestGenerationalSuffixAfterComma: a full name with its generational
// suffix set off by a comma ("Carl Voss, Jr.", "Carl Voss, Jr.'s
// dealings") names the son, not the father of the same given name and
// surname the article names too, and links across articles to the son
// another article names without the comma ("Carl Voss Jr", "Voss Jr").
func TestGenerationalSuffixAfterComma(t *testing.T) {
	a := newTestAnalyzer(t)
	nm := a.Naming(DefaultLang)
	one := analyze(t, a, "Former harbour chief Carl Voss met the inquiry on Monday. Voss has denied any wrongdoing.\n\n"+
		"Investigators have looked at Voss\u2019s son, Carl Voss, Jr.\u2019s, part in some of his father\u2019s shipping deals, two people said.")
	son, father := entityCalled(one, "Carl Voss Jr"), entityCalled(one, "Carl Voss")
	if son == nil || father == nil || son == father {
		t.Fatalf("want the son apart from the father, got %v", personNames(one))
	}
	if son.Key != "carl voss jr" {
		t.Errorf("son's key %q", son.Key)
	}
	two := analyze(t, a, "The inquiry has also looked at his son, Carl Voss Jr, who worked for the firm. Voss Jr posted a photo on Friday.")
	for _, e := range Link([]*Analysis{one, two}, nm) {
		if e.Name != "Carl Voss Jr" {
			continue
		}
		if len(e.Members) != 2 {
			t.Errorf("the son is not linked across the two articles: %+v", e.Members)
		}
		return
	}
	t.Errorf("no linked Carl Voss Jr")
}

// TestGenerationalSuffixAfterCommaLimits: a comma before a word that is
// no suffix, or before "Senior" opening a title ("Ana Ruiz, Senior
// Fellow"), keeps the name as it is. A comma before a numeral of
// generations ("Carl Voss, III, met") sets off the suffix of a person's
// name (see generationEnd): the person is kept, numeral and all, and the
// numeral is no body of its own.
func TestGenerationalSuffixAfterCommaLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Ana Ruiz, Senior Fellow at the Harbour Institute, spoke on Monday. Ruiz said the port would grow.")
	if e := entityCalled(an, "Ana Ruiz"); e == nil || !hasForm(e, "Ruiz") {
		t.Errorf("got %v", personNames(an))
	}
	for text, name := range map[string]string{
		"Carl Voss, III, met the inquiry on Monday.": "Carl Voss III",
		"The firm went to Carl Voss, II, on Monday.": "Carl Voss II",
	} {
		an := analyze(t, a, text)
		if e := entityCalled(an, name); e == nil || e.Type != Person || len(an.Entities) != 1 {
			t.Errorf("%q: want the one person %q, got %+v", text, name, an.Entities)
		}
	}
	// A numeral in lower case or after a name of no known given name is
	// no suffix.
	if e := entityCalled(analyze(t, a, "Harbour Voss, III, was sold on Monday."), "Harbour Voss III"); e != nil {
		t.Errorf("Harbour Voss III is %s, want no entity", e.Type)
	}
}

// TestSpeakerWithSuffixStop: the stop of a generational suffix ("Carl
// Voss Jr., founder of …, told", with or without a comma before the
// suffix) does not end the speaker's name before the apposition and the
// verb of saying after the quotation.
func TestSpeakerWithSuffixStop(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"comma before the suffix",
			"Police searched the woods for weeks.\n\n" +
				"\u201cI do not think he knows the woods that well,\u201d Carl Voss, Jr., founder of the Tracker School in Ostra, told the paper. \u201cHe is going to make a mistake.\u201d",
			[]speakerWant{{"Carl Voss, Jr", "Carl Voss Jr"}}},
		{"no comma before the suffix",
			"Police searched the woods for weeks.\n\n" +
				"\u201cI do not think he knows the woods that well,\u201d Carl Voss Jr., founder of the Tracker School in Ostra, told the paper.",
			[]speakerWant{{"Carl Voss Jr", "Carl Voss Jr"}}},
	})
}
