package nlp

import "testing"

// TestTitledSurnameBeforeNamesakeOfOtherGender: a titled surname
// ("President Lund") and an honorific of one gender ("Mr. Lund") before
// the article names a woman of that surname in full ("Anna Lund", no
// relative's title) are one man, whom "the president" and the bare
// surname in a quotation mean too; the woman named later is another
// person.
func TestTitledSurnameBeforeNamesakeOfOtherGender(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "President Lund will visit the harbour town of Ostra on Friday, the palace said.\n\n"+
		"Mr. Lund has been to the town twice. The president will speak at the docks and meet workers.\n\n"+
		"\u201cI care for Lund and what he has done for us,\u201d said Mara Kooi, a dock worker.\n\n"+
		"When Anna Lund visits a town, crowds follow. She spoke at a school last month.")
	anna := entityCalled(an, "Anna Lund")
	if anna == nil {
		t.Fatalf("no Anna Lund: %v", personNames(an))
	}
	for _, m := range anna.Mentions {
		if m.Text != "Anna Lund" && m.Kind != MentionPronoun {
			t.Errorf("Anna Lund took the president's mention %+v", m)
		}
	}
	var lund *Entity
	for i := range an.Entities {
		if e := &an.Entities[i]; e.Name == "Lund" {
			lund = e
		}
	}
	if lund == nil || len(lund.Mentions) != 4 {
		t.Fatalf("want President Lund, Mr. Lund, the president and the quoted Lund as one person, got %v", personNames(an))
	}
}

// TestTitledSurnameBeforeNamesakeLimits: with no honorific of the other
// gender before her full name, the titled surname goes on joining the
// woman named later ("President Lund … President Anna Lund"), and an
// honorific of her own gender before it ("Mrs. Lund") joins her too,
// even after one of the other gender ("Mr. Lund … Mrs. Lund … Anna
// Lund": before, the "Mr." made "Mrs. Lund" pass over her and join the
// man).
func TestTitledSurnameBeforeNamesakeLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, text := range []string{
		"President Lund will visit the harbour town of Ostra on Friday.\n\nPresident Anna Lund has been to the town twice.",
		"President Lund will visit the harbour town of Ostra on Friday.\n\nMrs. Lund has been to the town twice. When Anna Lund visits a town, crowds follow.",
		"President Lund will visit the harbour town of Ostra on Friday.\n\nMr. Lund has been to the town twice. Mrs. Lund will open a school there.\n\nWhen Anna Lund visits a town, crowds follow.",
	} {
		an := analyze(t, a, text)
		if e := entityCalled(an, "Anna Lund"); e == nil || !hasForm(e, "Lund") {
			t.Errorf("%q: the titled surname is not Anna Lund: %v", text, personNames(an))
		}
	}
}
