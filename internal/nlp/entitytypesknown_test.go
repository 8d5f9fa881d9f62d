package nlp

import (
	"testing"
)

// TestKnownNameAcrossAnd: a body's name that orgs.txt lists with "and"
// inside is one name, not its front and its tail, before a title too;
// two names beside "and" that the list does not join stay two.
func TestKnownNameAcrossAnd(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Budget\n\nThe panel heard from Health and Human Services Secretary Ana Ruiz on Monday. Officers of Customs and Border Protection stood by.\n\n"+
		"House Ways and Means Chairman Ivo Lund said the plan was ready, and France and Germany agreed.")
	wantTypes(t, an, map[string]EntityType{"Health and Human Services": Org, "Customs and Border Protection": Org, "House Ways and Means": Org,
		"Ana Ruiz": Person, "Ivo Lund": Person, "France": Place, "Germany": Place})
	types := entityTypes(an)
	for _, cut := range []string{"Human Services", "Border Protection", "House Ways"} {
		if _, ok := types[cut]; ok {
			t.Errorf("%q: a name cut at \"and\" is held; all %v", cut, types)
		}
	}
}

// TestOpeningPrepositionAndCommonAbbreviation: a preposition or adverb
// opening a sentence is no word of the name after it, and an abbreviation
// of a common noun or a currency code alone names no body.
func TestOpeningPrepositionAndCommonAbbreviation(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Ads\n\nBesides Ivo Lund, nobody from the firm spoke. Outside Harbour City, the roads were closed on Monday.\n\n"+
		"A super PAC paid for the ads. The bonds were sold for 40 million USD. Ivo Lund said so.")
	wantTypes(t, an, map[string]EntityType{"Ivo Lund": Person, "Harbour City": Place})
	types := entityTypes(an)
	for _, no := range []string{"Besides Ivo Lund", "Outside Harbour City", "PAC", "USD"} {
		if _, ok := types[no]; ok {
			t.Errorf("%q is held; all %v", no, types)
		}
	}
}

// TestThingAbbreviation: a word in capitals whose letters are the
// initials of a law the article names is that law (other), with or
// without the small words of the law's name (and, since session 50, one
// entity with it); a body's abbreviation whose initials match no thing
// stays a body.
func TestThingAbbreviation(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Law\n\nThe Quarry Access Act passed in May, and the Freedom of Harbour Records Act in June. Critics of the QAA said it cost too much.\n\n"+
		"A FOHRA request was filed by the HWU, a union of dock workers. The HWU said the FHRA request was late.")
	wantTypes(t, an, map[string]EntityType{"Quarry Access Act": Other, "Freedom of Harbour Records Act": Other, "HWU": Org})
	// The abbreviations are the laws' own entities (linkAbbreviations).
	forms, _ := entityForms(an)
	if got := forms["Quarry Access Act"]; got != "QAA|Quarry Access Act" {
		t.Errorf("Quarry Access Act: forms %q", got)
	}
	if got := forms["Freedom of Harbour Records Act"]; got != "FHRA|FOHRA|Freedom of Harbour Records Act" {
		t.Errorf("Freedom of Harbour Records Act: forms %q", got)
	}
}

// TestInnerCapitalTreatyAndPalace: one word with a capital inside after
// three small letters is a body, never a person, though a possessive
// before a person's name reads like one ("HarbourCrunch's Ivo Lund"); a
// surname with a capital after fewer ("DeSantis") stays a person. A
// convention that is a treaty is a thing, a party's convention an event;
// a palace is a place.
func TestInnerCapitalTreatyAndPalace(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Tech\n\nThe app was slow, HarbourCrunch's Ivo Lund wrote. DeSantis said the state would sue, and DeSantis said it again.\n\n"+
		"Both states signed the Chemical Weapons Convention and the Geneva Conventions. The Quarry National Convention met in July. "+
		"The guests went to Harbour Palace for a dinner.")
	wantTypes(t, an, map[string]EntityType{"HarbourCrunch": Org, "Ivo Lund": Person, "DeSantis": Person, "Chemical Weapons Convention": Other,
		"Geneva Conventions": Other, "Quarry National Convention": Event, "Harbour Palace": Place})
}
