package nlp

import (
	"slices"
	"strings"
	"testing"
)

// TestScareQuotesAreTerms: a short phrase in quotation marks that no one
// is said to speak is a loaded term in quotation marks, not a quotation;
// a title in quotation marks is no quotation either; a long partial quote
// stays a quote. A comma set inside the marks is not the term's.
func TestScareQuotesAreTerms(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "The plan, a \u201cpeace dividend,\u201d for the towns, was meant to \u201cchange everything for the harbour towns of the north\u201d but stalled. "+
		"The report, titled \u201cA Bridge Too Far In Valmora And Beyond\u201d, came out on Monday.")
	terms := scareTerms(an)
	if len(terms) != 1 || terms[0] != "peace dividend" {
		t.Errorf("scare-quote terms = %q, want [peace dividend]", terms)
	}
	if len(an.Quotes) != 1 || an.Quotes[0].Text != "change everything for the harbour towns of the north" {
		t.Errorf("quotes = %+v, want only the long partial quote", an.Quotes)
	}
}

// scareTerms returns the texts of an's scare-quote terms.
func scareTerms(an *Analysis) []string {
	var terms []string
	for _, tm := range an.Terms {
		if tm.Category == TermScareQuote {
			terms = append(terms, tm.Text)
		}
	}
	return terms
}

// TestQuotedInPassingIsNoScareQuote: a short quotation in a sentence that
// says who called it so ("Mayor Ostin called the plan “a harbour
// grab”") is someone's words quoted in passing, and a capitalised name
// or title ("Harbour Nights") is neither, nor words in the first person
// ("I will stay"): only the writer's own distance
// from a word is a scare-quote term.
func TestQuotedInPassingIsNoScareQuote(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Mayor Vera Ostin called the plan \u201ca harbour grab\u201d on Monday. "+
		"The agencies \u201cignored the warnings\u201d and refused to act for months, Ostin said. "+
		"The show \u201cHarbour Nights\u201d ran for a decade in Valmora. "+
		"Her letter, a defiant \u201cI will stay\u201d, reached the board on Monday. "+
		"The so-called \u201cpeace dividend\u201d never reached the harbour towns.")
	terms := scareTerms(an)
	if len(terms) != 1 || terms[0] != "peace dividend" {
		t.Errorf("scare-quote terms = %q, want [peace dividend]", terms)
	}
}

// TestPublicationIsSource: "The Courier reported" and "according to CNN"
// name who reported the words, not who spoke them.
func TestPublicationIsSource(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, text := range []string{
		"\u201cThe talks are over,\u201d according to CNN.",
		"\u201cThe talks are over,\u201d The Hill reported.",
	} {
		an := analyze(t, a, text)
		if len(an.Quotes) != 1 {
			t.Fatalf("%q: quotes %+v", text, an.Quotes)
		}
		q := an.Quotes[0]
		if q.Speaker != nil || q.Source == nil {
			t.Errorf("%q: speaker %+v source %+v, want a source and no speaker", text, q.Speaker, q.Source)
		}
	}
	// A person stays a speaker.
	an := analyze(t, a, "\u201cThe talks are over,\u201d Ana Ruiz said.")
	if q := an.Quotes[0]; q.Speaker == nil || q.Source != nil {
		t.Errorf("person: speaker %+v source %+v", q.Speaker, q.Source)
	}
}

// TestPronounSpeaker: "he said" goes to the nearest person before it whose
// gender fits.
func TestPronounSpeaker(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Mrs. Ana Ruiz met Pat Becker in Valmora.\n\n\u201cWe agreed on nothing,\u201d she said.\n\n\u201cNothing at all,\u201d Becker added.")
	want := []string{"Ana Ruiz", "Pat Becker"}
	if len(an.Quotes) != 2 {
		t.Fatalf("quotes %+v", an.Quotes)
	}
	for i, w := range want {
		if e := entityOf(an, an.Quotes[i].Speaker); e == nil || e.Name != w {
			t.Errorf("quote %d speaker %+v, want %s", i, e, w)
		}
	}
}

// TestPronounFirstName: a known first name tells the gender when no
// honorific does.
func TestPronounFirstName(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Thomas Varga met Maria Ostrova in Valmora.\n\n\u201cWe agreed on nothing,\u201d he said.")
	if len(an.Quotes) != 1 {
		t.Fatalf("quotes %+v", an.Quotes)
	}
	if e := entityOf(an, an.Quotes[0].Speaker); e == nil || e.Name != "Thomas Varga" {
		t.Errorf("speaker %+v, want Thomas Varga", e)
	}
}

// TestRepeatedWordSplitsName: a capitalised run that comes back to a word
// it holds is several names run together (a name, a link's tag and a
// promo); a name of one word twice stays whole, and so does a name whose
// last word has its particle in lower case ("al-Haddad").
func TestRepeatedWordSplitsName(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct{ text, want string }{
		{"Leader Tomas Brennick Tomas Anton Brennick Brennick calls the plan weak.", "Tomas Anton Brennick"},
		{"Dockworkers from Walla Walla marched on Monday.", "Walla Walla"},
		{"Valmoran leader Karim al-Haddad spoke on Monday.", "Karim al-Haddad"},
	} {
		an := analyze(t, a, tc.text)
		var names []string
		for _, e := range an.Entities {
			names = append(names, e.Name)
		}
		if !slices.Contains(names, tc.want) {
			t.Errorf("%q: entities %q, want %q among them", tc.text, names, tc.want)
		}
		for _, n := range names {
			if len(strings.Fields(n)) > 3 {
				t.Errorf("%q: entity %q runs names together", tc.text, n)
			}
		}
	}
}

// TestEntityTypes: the misreadings named in issue 15, on sentences the
// project wrote.
func TestEntityTypes(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		text, name string
		typ        EntityType
	}{
		{"Four Minneapolis officers were fired on Monday.", "Minneapolis", Place},
		{"Senators returned to Capitol Hill on Monday.", "Capitol Hill", Place},
		{"Voters lined up on Election Day in Valmora.", "Election Day", Event},
		{"The New Yorker published the letter on Monday.", "New Yorker", Org},
		{"Marchers from Black Lives Matter filled the square.", "Black Lives Matter", Org},
		{"A photograph by Getty Images showed the harbour.", "Getty Images", Org},
		{"The Harbour and Transport Union called a strike.", "Harbour and Transport Union", Org},
		{"The Bill and Melinda Gates Foundation gave the grant.", "Bill and Melinda Gates Foundation", Org},
		// "and" after a person's full name lists two names.
		{"Counsel Tomas Brennick and White House aides refused.", "White House", Org},
		{"Counsel Tomas Brennick and White House aides refused.", "Tomas Brennick", Person},
		{"Aides said counsel Tomas Brennick and White House adviser Ana Ruiz refused.", "White House", Org},
		{"Officials said Hurricane Lorna reached the coast.", "Hurricane Lorna", Event},
		{"Talks in Brussels ended on Monday, Mayor Jane Okafor said.", "Jane Okafor", Person},
		{"Officials flew to the U.S. on Monday.", "U.S.", Place},
		{"The firm broke U.S. sanctions against Valmora.", "U.S.", Place},
		{"She teaches at Ohio University in Athens.", "Ohio University", Org},
		{"The group Students for Harbour Safety of Valmora praised the ruling.", "Students for Harbour Safety of Valmora", Org},
		{"A tent put up by Citizens for Fair Tolls was torn down.", "Citizens for Fair Tolls", Org},
		{"Judges cited the Harbour Safety and Tolls Act on Monday.", "Harbour Safety and Tolls Act", Other},
		{"The council passed Senate Bill 116 on Monday.", "Senate Bill 116", Other},
		{"Crews fought the so-called Reddin Fire near Valmora on Monday.", "Reddin Fire", Other},
		{"Judges cited the Ferry Settlement Agreement on Monday.", "Ferry Settlement Agreement", Other},
		{"She was photographed at the Valmora State Fair in 2010.", "Valmora State Fair", Event},
	}
	for _, tc := range tests {
		an := analyze(t, a, tc.text)
		e := findEntity(an, tc.name)
		if e == nil {
			t.Errorf("%q: no entity %q in %+v", tc.text, tc.name, an.Entities)
			continue
		}
		if e.Type != tc.typ {
			t.Errorf("%q: %s is %s, want %s", tc.text, tc.name, e.Type, tc.typ)
		}
	}
	// Words in capitals that are no acronym, and time zones, are no
	// organisations.
	for _, tc := range []struct{ text, name string }{
		{"UPDATE 12:15 pm EST: the council voted in Valmora.", "EST"},
		{"The fact-checkers rated the claim INCONCLUSIVE on Monday.", "INCONCLUSIVE"},
		{"The IT firm in Valmora hired forty staff.", "IT"},
		// A heading of words joined by "of" that nothing types.
		{"History of Valmora's harbour\nThe museum opened a wing.", "History of Valmora"},
		{"The Story of Harbour Tolls\nThe museum opened a wing.", "Story of Harbour Tolls"},
		// Capitals nothing types: a video label, a firm in capitals.
		{"CLOSE Former Valmora mayor Jan Okafor spoke on Monday.", "CLOSE Former Valmora"},
		{"The board hired its auditor, Varnell USA, on Monday.", "Varnell USA"},
		{"Ostra (VNN Business) The harbour board met on Monday.", "VNN Business"},
	} {
		if e := findEntity(analyze(t, a, tc.text), tc.name); e != nil {
			t.Errorf("%q: entity %+v", tc.text, e)
		}
	}
	// Words joined by "of" that nothing types are no entity of type
	// other, however often written; a known place after "of" is told on
	// its own.
	an0 := analyze(t, a, "Senator Lena Vord, Republican of Alaska, spoke first. The Republican of Alaska then left.")
	if e := findEntity(an0, "Republican of Alaska"); e != nil {
		t.Errorf("entity %+v", e)
	}
	if e := findEntity(an0, "Alaska"); e == nil || e.Type != Place {
		t.Errorf("Alaska: %+v, want a place", e)
	}
	// The place in an organisation's name is no place of its own.
	for _, text := range []string{"She teaches at Ohio University in Athens.", "A jet of Valmora International Airlines crashed."} {
		for _, e := range analyze(t, a, text).Entities {
			if e.Type == Place && (e.Name == "Ohio" || e.Name == "Valmora") {
				t.Errorf("%q: place %+v inside an organisation's name", text, e)
			}
		}
	}
	// No person named from a number word.
	an := analyze(t, a, "Four Minneapolis officers were fired on Monday.")
	for _, e := range an.Entities {
		if e.Name == "Four Minneapolis" {
			t.Errorf("entity %+v", e)
		}
	}
}

// TestDisplayName: the name shown is the most complete form the text
// writes, not a gazetteer's canonical name or a match key.
func TestDisplayName(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Britain sent envoys. Ministers in Britain agreed.")
	if e := findEntity(an, "Britain"); e == nil || e.Key == "" {
		t.Errorf("entities %+v, want Britain named as written", an.Entities)
	}
	an = analyze(t, a, "Dr. Mara J. Holt spoke. Holt left.")
	if e := findEntity(an, "Mara J. Holt"); e == nil {
		t.Errorf("entities %+v, want Mara J. Holt", an.Entities)
	}
}

// TestChargedNaming: the lexicon's naming sets, extensible by users.
func TestChargedNaming(t *testing.T) {
	a := newTestAnalyzer(t)
	nm := a.Naming("en")
	if !nm.ChargedNaming("Kiev", "kyiv") || !nm.ChargedNaming("Burma", "Myanmar") {
		t.Error("Kiev/Kyiv or Burma/Myanmar is not charged")
	}
	if nm.ChargedNaming("Kyiv", "Kyiv") || nm.ChargedNaming("UK", "Britain") {
		t.Error("same name or plain alias is charged")
	}
	b, err := NewAnalyzer(WithLexicon("en", "user", strings.NewReader("naming\tPort Reddin | Reddinhaven\n")))
	if err != nil {
		t.Fatal(err)
	}
	if !b.Naming("en").ChargedNaming("Reddinhaven", "Port Reddin") {
		t.Error("a user naming set is not charged")
	}
	if _, err := NewAnalyzer(WithLexicon("en", "bad", strings.NewReader("naming\tOnly One\n"))); err == nil {
		t.Error("a naming set of one name is accepted")
	}
}
