package nlp

import (
	"slices"
	"strings"
	"testing"
)

func findEntity(an *Analysis, name string) *Entity {
	for i := range an.Entities {
		if an.Entities[i].Name == name {
			return &an.Entities[i]
		}
	}
	return nil
}

func formTexts(e *Entity) []string {
	var out []string
	for _, f := range e.Forms {
		out = append(out, f.Text)
	}
	return out
}

func TestEntitiesAndAliases(t *testing.T) {
	a := newTestAnalyzer(t)
	text := "UK Prime Minister Sir Harold Penn met French President Claire Dubois in Kyiv on Tuesday.\n\n" +
		"Penn later flew to Kiev again. The UK prime minister praised the Bank of England and NATO.\n\n" +
		"Meanwhile, President Dubois called Acme Holdings Inc. a partner of the Foreign Office."
	an := analyze(t, a, text)
	penn := findEntity(an, "Harold Penn")
	if penn == nil {
		t.Fatalf("no Harold Penn in %+v", an.Entities)
	}
	if penn.Type != Person {
		t.Errorf("Penn type %s", penn.Type)
	}
	for _, f := range []string{"Sir Harold Penn", "Penn"} {
		if !slices.Contains(formTexts(penn), f) {
			t.Errorf("Penn forms %v lack %q", formTexts(penn), f)
		}
	}
	if !slices.Contains(penn.Aliases, "UK Prime Minister") || !slices.Contains(penn.Aliases, "UK prime minister") {
		t.Errorf("Penn aliases %v", penn.Aliases)
	}
	dubois := findEntity(an, "Claire Dubois")
	if dubois == nil || len(dubois.Mentions) != 2 {
		t.Errorf("Dubois: %+v", dubois)
	}
	kyiv := findEntity(an, "Kyiv")
	if kyiv == nil || kyiv.Type != Place || !slices.Contains(formTexts(kyiv), "Kiev") || !slices.Contains(formTexts(kyiv), "Kyiv") {
		t.Errorf("Kyiv: %+v", kyiv)
	}
	for name, typ := range map[string]EntityType{"Bank of England": Org, "NATO": Org, "Acme Holdings Inc": Org, "Foreign Office": Org} {
		e := findEntity(an, name)
		if e == nil || e.Type != typ {
			t.Errorf("%s: %+v", name, e)
		}
	}
	for _, e := range an.Entities {
		if e.Name == "Tuesday" || e.Name == "Meanwhile" {
			t.Errorf("not a name: %+v", e)
		}
	}
}

// TestFormerOpensNoName: "Former" (or "Longtime", "Top", "Embattled") at
// the start of a sentence is a descriptor of the person named after it,
// no part of a name.
func TestFormerOpensNoName(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Former Valmora aide Edda Brun said the harbour was closed. Former Mayor Tomas Berg agreed. "+
		"Longtime Valmora adviser Ivo Kral disagreed. Top Valmora official Lena Ost was silent. Embattled Valmora mayor Ana Ruiz left.")
	for _, e := range an.Entities {
		if w, _, _ := strings.Cut(e.Name, " "); w == "Former" || w == "Longtime" || w == "Top" || w == "Embattled" {
			t.Errorf("a name opens with a descriptor: %+v", e)
		}
	}
	for _, name := range []string{"Edda Brun", "Tomas Berg", "Ivo Kral", "Lena Ost"} {
		if findEntity(an, name) == nil {
			t.Errorf("%s is no entity", name)
		}
	}
}

func TestLink(t *testing.T) {
	a := newTestAnalyzer(t)
	one := analyze(t, a, "Ukrainian leader Vladimir Zelensky spoke in Kiev. Zelensky was calm.")
	two := analyze(t, a, "President Volodymyr Zelenskyy arrived in Kyiv. Vladimir Putin did not.")
	three := analyze(t, a, "Zelenskiy said little in Odessa.")
	g := Link([]*Analysis{one, two, three}, a.Naming(DefaultLang))
	byForm := map[string]*GlobalEntity{}
	for i := range g {
		for _, f := range g[i].Forms {
			byForm[f.Text] = &g[i]
		}
	}
	z := byForm["Vladimir Zelensky"]
	if z == nil || byForm["Volodymyr Zelenskyy"] != z || byForm["Zelenskiy"] != z || byForm["Zelensky"] != z {
		t.Errorf("Zelensky forms not linked: %+v", g)
	}
	if byForm["Vladimir Putin"] == z {
		t.Errorf("Putin linked to Zelensky")
	}
	if byForm["Kiev"] == nil || byForm["Kiev"] != byForm["Kyiv"] {
		t.Errorf("Kiev/Kyiv not linked")
	}
	if z != nil && len(z.Members) != 3 {
		t.Errorf("Zelensky members %+v", z.Members)
	}
	// A dateline's capitals are not the name a place is shown by.
	d1 := analyze(t, a, "WASHINGTON \u2014 The council met on Monday.")
	d2 := analyze(t, a, "The ferry left Washington on Monday.")
	found := false
	for _, e := range Link([]*Analysis{d1, d2}, a.Naming(DefaultLang)) {
		if strings.EqualFold(e.Name, "Washington") {
			found = true
			if e.Name != "Washington" || len(e.Members) != 2 {
				t.Errorf("a dateline names the place: %+v", e)
			}
		}
	}
	if !found {
		t.Error("Washington not found")
	}
}

// TestEntityTypesOfThings: the name of a thing is no person, a name
// ending in a party's adjective is no name, a lone capitalised word
// nothing types is no entity, and a group's name ending in "Solutions" or
// "Republicans" is an organisation; a surname alone still joins its
// person.
func TestEntityTypesOfThings(t *testing.T) {
	a := newTestAnalyzer(t)
	text := "The Harbour Seal and the Title Nine rules were praised by Marta Kovac of Tidewater Solutions.\n\n" +
		"On Monday the Harbour Republicans and Senate Democratic leaders met on Oversight. Oversight was the theme.\n\n" +
		"Kovac said the Port Eagle would fly again."
	an := analyze(t, a, text)
	for name, typ := range map[string]EntityType{"Harbour Seal": Other, "Title Nine": Other, "Port Eagle": Other,
		"Tidewater Solutions": Org, "Harbour Republicans": Org, "Marta Kovac": Person} {
		if e := findEntity(an, name); e == nil || e.Type != typ {
			t.Errorf("%s: %+v, want %s", name, e, typ)
		}
	}
	for _, name := range []string{"Senate Democratic", "Oversight"} {
		if e := findEntity(an, name); e != nil {
			t.Errorf("%s is an entity: %+v", name, e)
		}
	}
	if k := findEntity(an, "Marta Kovac"); k == nil || len(k.Mentions) != 2 {
		t.Errorf("Kovac alone does not join Marta Kovac: %+v", k)
	}
}

// TestNumberedNames: a bill, a ballot measure, a paper or a flight keeps
// its number ("SB 1070", "Federalist No. 65"); a rank does not make a name.
func TestNumberedNames(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Estria's controversial SB 1070 law was upheld, and Hamilton wrote in Federalist No. 65 that impeachment is political. "+
		"Voters passed Proposition 8 in 2008. The harbour is the No. 1 priority of the council.")
	got := map[string]EntityType{}
	for _, e := range an.Entities {
		got[e.Name] = e.Type
	}
	for _, want := range []string{"SB 1070", "Federalist No. 65", "Proposition 8"} {
		if got[want] != Other {
			t.Errorf("%s: type %q, want other (entities %v)", want, got[want], got)
		}
	}
	an = analyze(t, a, "The film \"8: The Valmora Proposition\" opened on Friday. Voters passed Proposition 8 in 2008. The Valmora Proposition was praised.")
	for _, e := range an.Entities {
		for _, f := range e.Forms {
			if f.Text == "Proposition 8" && e.Name != "Proposition 8" {
				t.Errorf("%q took Proposition 8 as one of its forms: %+v", e.Name, e.Forms)
			}
		}
	}
	for _, bad := range []string{"SB", "Federalist No", "No. 1"} {
		if _, ok := got[bad]; ok {
			t.Errorf("%q is an entity: %v", bad, got)
		}
	}
}

// TestHyphenatedGivenNames: a romanised given name written with a hyphen
// after a surname ("Ri Chol-un") is part of the name, and keys as the same
// name written in three words does; a capitalised word ending in "-led",
// "-backed" or "-era" is still an adjective.
func TestHyphenatedGivenNames(t *testing.T) {
	a := newTestAnalyzer(t)
	one := analyze(t, a, "Marshal Ri Chol-un met envoy Han Mi-rae in Osan on Friday. Ri Chol-un said the talks went well.\n\n"+
		"The Osan-led bloc backed a Valmora-backed plan to end the Berg-era rules.")
	for _, name := range []string{"Ri Chol-un", "Han Mi-rae"} {
		if e := findEntity(one, name); e == nil || e.Type != Person {
			t.Errorf("%s: %+v in %+v", name, e, one.Entities)
		}
	}
	for _, e := range one.Entities {
		if strings.HasSuffix(e.Name, "-led") || strings.HasSuffix(e.Name, "-backed") || strings.HasSuffix(e.Name, "-era") {
			t.Errorf("an adjective is a name: %+v", e)
		}
	}
	two := analyze(t, a, "Ri Chol Un arrived in Osan. Ri was calm.")
	g := Link([]*Analysis{one, two}, a.Naming(DefaultLang))
	byForm := map[string]*GlobalEntity{}
	for i := range g {
		for _, f := range g[i].Forms {
			byForm[f.Text] = &g[i]
		}
	}
	if byForm["Ri Chol-un"] == nil || byForm["Ri Chol-un"] != byForm["Ri Chol Un"] {
		t.Errorf("Ri Chol-un and Ri Chol Un not linked: %+v", g)
	}
}

// TestSentenceAdverbOpensNoName: a sentence adverb before a name at the
// start of a sentence ("Later Brun said") is no part of the name.
func TestSentenceAdverbOpensNoName(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Harbour master Edda Brun closed the port. Later Brun said it would reopen. "+
		"Separately Brun told the council the ferry would wait. Reportedly Brun had warned of the storm.")
	for _, e := range an.Entities {
		if e.Name != "Edda Brun" && strings.Contains(e.Name, "Brun") {
			t.Errorf("an adverb joined a name: %+v", e)
		}
	}
	if e := findEntity(an, "Edda Brun"); e == nil || len(e.Mentions) != 4 {
		t.Errorf("Edda Brun: %+v", e)
	}
}

// TestGerundOpensNoName: a gerund at the start of a sentence before a
// name the article writes mid-sentence too ("Likening Brun to…") is no
// part of the name; a name that opens a sentence keeps its first word.
func TestGerundOpensNoName(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Harbour master Edda Brun closed the port. Likening Brun to a pirate, the mayor walked out. "+
		"Blaming Brun for the delay, ferry owners wrote to the council. Sterling Vadas, the ferry owner, said Vadas would sue.")
	for _, e := range an.Entities {
		if strings.HasPrefix(e.Name, "Likening") || strings.HasPrefix(e.Name, "Blaming") {
			t.Errorf("a gerund joined a name: %+v", e)
		}
	}
	if e := findEntity(an, "Edda Brun"); e == nil || len(e.Mentions) != 3 {
		t.Errorf("Edda Brun: %+v", e)
	}
	if e := findEntity(an, "Sterling Vadas"); e == nil {
		t.Errorf("Sterling Vadas lost its given name: %+v", an.Entities)
	}
}

// TestPlaceHeads: a name ending in a place's head word ("Valmora
// County", "Sorn River", "Ostin Square", "Brannoc Stadium") is a place,
// not a person; a
// surname that is also a place word ("Hill") keeps its person, and a
// place after "of" is told on its own.
func TestPlaceHeads(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Officials in Valmora County met on Monday by the Sorn River, and marchers filled Ostin Square. "+
		"Senator Ada Hill said the Rhode Island Democrat of Rhode Island would vote.")
	for _, name := range []string{"Valmora County", "Sorn River", "Ostin Square"} {
		if e := findEntity(an, name); e == nil || e.Type != Place {
			t.Errorf("%s: %+v, want a place", name, e)
		}
	}
	// A venue is a place, whatever the word before its head.
	venues := analyze(t, newTestAnalyzer(t), "Fans filled Brannoc Stadium on Sunday. The rally at Ostra Cable Arena drew thousands, "+
		"and the race at Marn Motor Speedway was delayed.")
	for _, name := range []string{"Brannoc Stadium", "Ostra Cable Arena", "Marn Motor Speedway"} {
		if e := findEntity(venues, name); e == nil || e.Type != Place {
			t.Errorf("%s: %+v, want a place", name, e)
		}
	}
	// "Arena" is a surname too: one word before it names a person,
	// unless that word is a known place (surnameVenueHeads).
	speaker := analyze(t, newTestAnalyzer(t), "Mayor Berg said the show would go on. Ada Arena, a spokeswoman, said the tickets were sold, "+
		"and Port spokesman Salvo Arena said the ferry would run late.")
	for _, name := range []string{"Ada Arena", "Salvo Arena"} {
		if e := findEntity(speaker, name); e == nil || e.Type != Person {
			t.Errorf("%s: %+v, want a person", name, e)
		}
	}
	// A known place before it keeps the venue whole: "Denver" is not
	// told apart from "Denver Arena".
	if e := findEntity(analyze(t, newTestAnalyzer(t), "Mayor Berg said fans filled the Denver Arena on Sunday."), "Denver"); e != nil {
		t.Errorf("Denver of Denver Arena: %+v, want no place of its own", e)
	}
	if e := findEntity(an, "Ada Hill"); e == nil || e.Type != Person {
		t.Errorf("Ada Hill: %+v, want a person", e)
	}
	// A page's list of countries run together is no one place.
	list := analyze(t, newTestAnalyzer(t), "Pick your country Norway Sweden Denmark Faroe Islands to read on.")
	for _, name := range []string{"Norway", "Sweden"} {
		if e := findEntity(list, name); e == nil || e.Type != Place {
			t.Errorf("%s: %+v, want a place of its own", name, e)
		}
	}
	for _, e := range an.Entities {
		if strings.HasPrefix(e.Name, "Democrat of") {
			t.Errorf("a party member of a place is no place: %+v", e)
		}
	}
}

// TestNewYorkStateIsNotTheCity: "New York" may be the state (its
// primary, its governor) or the city, so it is no variant of "New York
// City": an article that writes only "New York" shows "New York", and one
// that writes both shows two places.
func TestNewYorkStateIsNotTheCity(t *testing.T) {
	state := analyze(t, newTestAnalyzer(t), "Voters in New York went to the polls on Tuesday. The New York primary closed at nine.")
	if e := findEntity(state, "New York"); e == nil || e.Type != Place {
		t.Errorf("New York: %+v, want the place as written", e)
	}
	if e := findEntity(state, "New York City"); e != nil {
		t.Errorf("New York City shown for an article that never writes it: %+v", e)
	}
	both := analyze(t, newTestAnalyzer(t), "The governor of New York spoke in New York City on Monday. NYC officials agreed.")
	city := findEntity(both, "New York City")
	if city == nil || !slices.Contains(formTexts(city), "NYC") {
		t.Errorf("New York City: %+v, want NYC among its forms", city)
	}
	if e := findEntity(both, "New York"); e == nil || e == city {
		t.Errorf("New York: %+v, want a place apart from the city", e)
	}
}

// TestCommonWordsSpeakNoName: a common word that opens a sentence
// before a verb of speech ("Officials said", "Critics say"), which the
// article also writes in small letters, and a people's plural
// ("Russians") are no person; a surname that only ever opens sentences
// still is one.
func TestCommonWordsSpeakNoName(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Officials said the port would close. The officials in Sorn were late. "+
		"Critics say the harbour is a mess, and one critic wrote to the board. Many Russians said nothing. "+
		"Don't say it. Vadas said the ferry would sail.")
	for _, e := range an.Entities {
		switch e.Name {
		case "Officials", "Critics", "Russians", "Don't":
			t.Errorf("a common word is an entity: %+v", e)
		}
	}
	if e := findEntity(an, "Vadas"); e == nil || e.Type != Person {
		t.Errorf("Vadas: %+v, want a person", e)
	}
}

// TestCommonHeadsNameNoPerson: a name the finder only guessed whose last
// word the article also writes as a common word ("the terminal", "the
// pipeline") is no person: named twice, a thing; named once, no entity
// (more often a heading or a piece of a longer name). A surname that is
// also a word ("Brown"), a pronoun ("Liu He") and a name with a known
// first name stay persons.
func TestCommonHeadsNameNoPerson(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Lena Ost met staff at the Valmora Ferry Terminal on Monday, and the terminal stayed open. "+
		"Rayna Brown said the brown water rose. Crews at the Sorn Pipeline said the pipeline held, and the Sorn Pipeline reopened. "+
		"Mary Ferry said the ferry was late. Vice premier Tan He met Ost, and he said little.")
	if e := findEntity(an, "Valmora Ferry Terminal"); e != nil {
		t.Errorf("Valmora Ferry Terminal, named once: %+v, want no entity", e)
	}
	if e := findEntity(an, "Sorn Pipeline"); e == nil || e.Type != Other {
		t.Errorf("Sorn Pipeline, named twice: %+v, want a thing", e)
	}
	for _, name := range []string{"Lena Ost", "Rayna Brown", "Mary Ferry", "Tan He"} {
		if e := findEntity(an, name); e == nil || e.Type != Person {
			t.Errorf("%s: %+v, want a person", name, e)
		}
	}
}

// TestHeadWordAloneNoName: a body's head word alone ("the Department",
// "Police", "the Court") is no name, a word that opens a sentence before
// a name ("Despite", "Comedian") is no part of it; a body's whole name
// and a known body's one word stay.
func TestHeadWordAloneNoName(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Police said the Department would review the Sorn case. The Court ruled 5-4 on Friday. "+
		"Despite Lena Ostin's win, Comedian Sara Vell joked about Congress. Valmora University said nothing.")
	for _, e := range an.Entities {
		switch e.Name {
		case "Police", "Department", "Court":
			t.Errorf("a head word alone is an entity: %+v", e)
		}
		if strings.HasPrefix(e.Name, "Despite") || strings.HasPrefix(e.Name, "Comedian") {
			t.Errorf("a sentence's first word joined a name: %+v", e)
		}
	}
	for _, name := range []string{"Lena Ostin", "Sara Vell", "Congress", "Valmora University"} {
		if findEntity(an, name) == nil {
			t.Errorf("%s: not found in %+v", name, an.Entities)
		}
	}
}

// TestBodyOfATitleIsNoPerson: the words that name the body of a title
// ("Homeland Security" of "Acting Homeland Security Secretary", "National
// Intelligence" of "Director of National Intelligence") are never a
// person nor part of the holder's name.
func TestBodyOfATitleIsNoPerson(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Director of National Intelligence James Lund said the port was safe. "+
		"Acting Homeland Security Secretary Ivo Brandt visited the port. National Security Adviser Ida Brun stayed away.")
	for _, name := range []string{"James Lund", "Ivo Brandt", "Ida Brun"} {
		if e := findEntity(an, name); e == nil || e.Type != Person {
			t.Errorf("%s: %+v, want a person", name, e)
		}
	}
	for _, e := range an.Entities {
		if e.Type == Person && (strings.Contains(e.Name, "Intelligence") || strings.Contains(e.Name, "Security") || strings.Contains(e.Name, "Acting")) {
			t.Errorf("a title's body is a person: %+v", e)
		}
	}
}

// TestBodyBesideASurname: a known body written right before the surname
// of a person named before ("told Congress Lund would stay") is two
// names, not one person.
func TestBodyBesideASurname(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Attorney General Jeff Lund met the senators. Aides told Congress Lund would stay.")
	if e := findEntity(an, "Jeff Lund"); e == nil || len(e.Mentions) != 2 {
		t.Errorf("Jeff Lund: %+v, want two mentions", e)
	}
	if e := findEntity(an, "Congress"); e == nil {
		t.Errorf("Congress not found: %+v", an.Entities)
	}
}

// TestAbbreviationsThatAreNoName: a time zone or a common abbreviation
// in capitals ("10 a.m. ET", "DNA", "MSM") is no organisation; an
// unknown agency's initials still are.
func TestAbbreviationsThatAreNoName(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "The vote opens at 10 a.m. ET on Monday. DNA tests and the MSM were blamed. The SHPA said it would appeal.")
	for _, e := range an.Entities {
		switch e.Name {
		case "ET", "DNA", "MSM":
			t.Errorf("an abbreviation is an entity: %+v", e)
		}
	}
	if e := findEntity(an, "SHPA"); e == nil || e.Type != Org {
		t.Errorf("SHPA: %+v, want an organisation", e)
	}
}

// TestMagazineAndDivisionAreBodies: a name ending in "Magazine" or
// "Division" is an organisation, not a person.
func TestMagazineAndDivisionAreBodies(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "The story ran in Valmora Magazine on Monday, and Sorn Airborne Division troops left the port.")
	for _, name := range []string{"Valmora Magazine", "Sorn Airborne Division"} {
		if e := findEntity(an, name); e == nil || e.Type != Org {
			t.Errorf("%s: %+v, want an organisation", name, e)
		}
	}
}

// TestPlacePrefixes: a word that names a kind of place before a name
// ("Mount Sorn", "Fort Ostin", "Camp Vell") makes a place.
func TestPlacePrefixes(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Refugees fled on Monday to Mount Sorn, and troops left Fort Ostin on Friday and reached Camp Vell.")
	for _, name := range []string{"Mount Sorn", "Fort Ostin", "Camp Vell"} {
		if e := findEntity(an, name); e == nil || e.Type != Place {
			t.Errorf("%s: %+v, want a place", name, e)
		}
	}
}

// TestGreetingsAndTitlesAreNoPersons: "Merry Christmas", a clause
// opened by "Whenever" and a title alone ("Surgeon General") are no
// persons.
func TestGreetingsAndTitlesAreNoPersons(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Merry Christmas, the mayor wrote. Whenever Ostin Vell spoke, the hall went quiet. The Surgeon General said masks help.")
	for _, e := range an.Entities {
		if e.Type == Person && (strings.Contains(e.Name, "Merry") || strings.Contains(e.Name, "Whenever") || strings.Contains(e.Name, "Surgeon")) {
			t.Errorf("a greeting, a clause's first word or a title is a person: %+v", e)
		}
	}
	if e := findEntity(an, "Ostin Vell"); e == nil || e.Type != Person {
		t.Errorf("Ostin Vell: %+v, want a person", e)
	}
}

// TestCompassRegions: a compass word before a known place ("Southern
// California", "Northern Syria") names a region, a place, not a person
// (h8: "In Southern California, the so-called …" read as an apposition
// after a person); a compass word before no place keeps the old reading.
func TestCompassRegions(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "In Southern California, the harbour fire spread on Monday. Aid reached Northern Syria on Tuesday.")
	for _, name := range []string{"Southern California", "Northern Syria"} {
		if e := findEntity(an, name); e == nil || e.Type != Place {
			t.Errorf("%s: %+v, want a place", name, e)
		}
	}
}

// TestFamilyNameFirst: a name written family name first, before a
// hyphenated given name ("Ri Chol-un"), is what the family name alone
// means later, even when another person has it as a surname.
func TestFamilyNameFirst(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "The marshal, Ri Chol-un, met officials in Osan on Friday, reporter Ana Ri wrote from the border. "+
		"Ri said the talks went well.")
	e := findEntity(an, "Ri Chol-un")
	if e == nil || len(e.Mentions) != 2 {
		t.Errorf("Ri Chol-un: %+v in %+v", e, an.Entities)
	}
}

// TestHyphenatedGivenNameInCapitals: a hyphenated given name written with
// a capital after the hyphen ("Ri Chol-Un"), after a family name written
// first, is the name "Ri Chol-un" and "Ri Chol Un" write; a
// double-barrelled surname after a given name ("Anna Rees-Moll", "Ivo
// Berg-Lind") stays one word, apart from the given name alone.
func TestHyphenatedGivenNameInCapitals(t *testing.T) {
	a := newTestAnalyzer(t)
	one := analyze(t, a, "On Friday the envoy Ri Chol-Un met Anna Rees-Moll in Osan. Ri said the talks went well.")
	two := analyze(t, a, "Ri Chol Un arrived in Osan. Ri Chol-un was calm.")
	three := analyze(t, a, "Ivo Berg-Lind and Anna Rees spoke. Ivo Berg arrived later.")
	if e := findEntity(one, "Ri Chol-Un"); e == nil || e.Type != Person || len(e.Mentions) != 2 {
		t.Errorf("Ri Chol-Un: %+v in %+v", e, one.Entities)
	}
	g := Link([]*Analysis{one, two, three}, a.Naming(DefaultLang))
	byForm := map[string]*GlobalEntity{}
	for i := range g {
		for _, f := range g[i].Forms {
			byForm[f.Text] = &g[i]
		}
	}
	if byForm["Ri Chol-Un"] == nil || byForm["Ri Chol-Un"] != byForm["Ri Chol Un"] || byForm["Ri Chol-Un"] != byForm["Ri Chol-un"] {
		t.Errorf("Ri Chol-Un, Ri Chol-un and Ri Chol Un not linked: %+v", g)
	}
	for _, pair := range [][2]string{{"Anna Rees-Moll", "Anna Rees"}, {"Ivo Berg-Lind", "Ivo Berg"}} {
		if byForm[pair[0]] == nil || byForm[pair[0]] == byForm[pair[1]] {
			t.Errorf("%s split or joined with %s: %+v", pair[0], pair[1], g)
		}
	}
}

// TestParenthesisInsideABillsName: a bill or act whose name holds words in
// parentheses ("the Harbour Union (Withdrawal) Bill", "the Harbour Union
// (Withdrawal) (No. 2) Bill 2019") is one name of a thing, not the
// organisation before the parenthesis; a parenthesis after a name that no
// bill or act closes ("the Harbour Union (HU) said") keeps the name.
func TestParenthesisInsideABillsName(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, c := range []struct{ text, want string }{
		{"MPs passed the so-called Harbour Union (Withdrawal) Bill on Monday.", "Harbour Union (Withdrawal) Bill"},
		{"The aim of the Harbour Union (Withdrawal) (No. 2) Bill 2019 is to delay the exit.", "Harbour Union (Withdrawal) (No. 2) Bill 2019"},
		{"Ministers relied on the Valmora (Emergency Powers) Act to close the port.", "Valmora (Emergency Powers) Act"},
		{"The Ferries for Salt and Timber (FST) Act promises funds.", "Ferries for Salt and Timber (FST) Act"},
	} {
		an := analyze(t, a, c.text)
		if e := findEntity(an, c.want); e == nil || e.Type != Other {
			t.Errorf("%q: %q %+v, want a thing in %+v", c.text, c.want, e, an.Entities)
		}
		for _, e := range an.Entities {
			if e.Name == "Harbour Union" || e.Name == "Valmora" {
				t.Errorf("%q: the name is cut at the parenthesis: %+v", c.text, e)
			}
		}
	}
	an := analyze(t, a, "The Harbour Union (HU) said on Monday it would strike.")
	if e := findEntity(an, "Harbour Union"); e == nil {
		t.Errorf("Harbour Union lost before a parenthesis: %+v", an.Entities)
	}
}

// TestListInsideAnOrganisationsName: an organisation word, "of" and a list
// of single capitalised words ("the Bureau of Salt, Timber, Harbours and
// Ferries") is one organisation, not "Bureau of Salt" and a list; a list
// of names or bodies after it ("the Bureau of Salt, Mara Lind and Ivo
// Berg", "…, Timber and Ferry Police", "…, and Congress") is not.
func TestListInsideAnOrganisationsName(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Critics read the files of the Bureau of Salt, Timber, Harbours and Ferries on Monday.")
	if e := findEntity(an, "Bureau of Salt, Timber, Harbours and Ferries"); e == nil || e.Type != Org {
		t.Errorf("the bureau: %+v in %+v", e, an.Entities)
	}
	if e := findEntity(an, "Bureau of Salt"); e != nil {
		t.Errorf("the bureau's name is cut at a comma: %+v", e)
	}
	for _, text := range []string{"Critics met the Bureau of Salt, Timber and Ferry Police on Monday.",
		"Critics met the Office of Salt, Justice, and Timber on Monday.",
		"Sponsors such as the Bank of Norway, Nordex, Pelta and Brix left on Monday.",
		"Critics wrote to the Bureau of Salt, and Congress on Monday."} {
		an = analyze(t, a, text)
		if findEntity(an, "Bureau of Salt") == nil && findEntity(an, "Office of Salt") == nil && findEntity(an, "Bank of Norway") == nil {
			t.Errorf("%q: a list of bodies joined the bureau's name: %+v", text, an.Entities)
		}
		for _, e := range an.Entities {
			if strings.HasPrefix(e.Name, "and ") || strings.HasPrefix(e.Name, "Justice") {
				t.Errorf("%q: a title in the list opens a name: %+v", text, e)
			}
		}
	}
	an = analyze(t, a, "Critics met the Bureau of Salt, Mara Lind and Ivo Berg on Monday.")
	for _, name := range []string{"Bureau of Salt", "Mara Lind", "Ivo Berg"} {
		if findEntity(an, name) == nil {
			t.Errorf("%s lost in a list: %+v", name, an.Entities)
		}
	}
}

// TestShortNameOfAThing: two capitalised words no list types ("Harbour
// Core") that open the longer name of a thing in the same article ("the
// Harbour Core State Standards") are that thing's short name, not a
// person; a person named by a known first name stays one ("Ryan Dale" of
// "the Ryan Dale Care Act").
func TestShortNameOfAThing(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Teachers debated the Harbour Core State Standards on Monday. Critics of Harbour Core say the tests are too hard.")
	if e := findEntity(an, "Harbour Core"); e == nil || e.Type == Person {
		t.Errorf("Harbour Core: %+v, want a thing in %+v", e, an.Entities)
	}
	for _, c := range []struct{ text, name string }{
		{"Ryan Dale said the Ryan Dale Care Act helped him.", "Ryan Dale"},
		{"The town declared \"Tomas Vell Day\" to honour Tomas Vell on Monday.", "Tomas Vell"},
		{"Halda Morr said the Halda Morr Memorial Fund would grow. Morr smiled.", "Halda Morr"},
	} {
		an = analyze(t, a, c.text)
		if e := findEntity(an, c.name); e != nil && e.Type != Person {
			t.Errorf("%s: %+v, want a person in %+v", c.name, e, an.Entities)
		}
	}
}

// TestBodyCuesNameNoPerson: a two-word name the finder can only guess at
// is a body when the sentence says so: a body noun before it, a title and
// "of" or "at" before it, or an apposition headed by a body noun (a
// closing quotation mark before or after its comma).
func TestBodyCuesNameNoPerson(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Gus Arlo, CEO of Avel Wellness, said costs rose at Wellness. "+
		"Nia Sorrel, who runs the Tulsa-based nonprofit Welcoming Neighbors, agreed. "+
		"The site banned Loud Fathers, a far-right group founded in 2016, and the so-called \u201cDry Harvest,\u201d a farm lobby. "+
		"Tansk Morl, a firm believer in the plan, said it worked. "+
		"Orrin Vask, a member of the group, said little, and the wife of Pell Travin said nothing.")
	for _, name := range []string{"Avel Wellness", "Welcoming Neighbors", "Loud Fathers", "Dry Harvest"} {
		if e := findEntity(an, name); e == nil || e.Type != Org {
			t.Errorf("%s: %+v, want an organisation in %+v", name, e, an.Entities)
		}
	}
	for _, name := range []string{"Gus Arlo", "Nia Sorrel", "Tansk Morl", "Orrin Vask", "Pell Travin"} {
		if e := findEntity(an, name); e == nil || e.Type != Person {
			t.Errorf("%s: %+v, want a person", name, e)
		}
	}
}

// TestDeterminedNamesAreNoPersons: a two-word name the finder can only
// guess at, written after "the" or another determiner ("his", "some"),
// is no person: a place when it ends in a
// place's head word that is also a surname (so after a place's
// possessive too), a body when plural, else a thing when named twice and
// no entity when named once. A person taken as a type ("the Tansk Morl of
// football") and persons without "the" stay persons.
func TestDeterminedNamesAreNoPersons(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Orrin Vask spoke at the Olvera Park on Monday. "+
		"Members of the Loud Fathers marched past the Velm Tower, and Pell Travin watched. "+
		"The rally followed the Sorrel Restoration, and the Harbour Index fell. "+
		"Critics call Nia Sorrel the Tansk Morl of football. Denver's Brill Hall was full, and Denver's Cass Unwin spoke. "+
		"He quoted his Harbour Address and bought some Tic Tocs.")
	for name, typ := range map[string]EntityType{"Brill Hall": Place, "Olvera Park": Place, "Velm Tower": Place, "Loud Fathers": Org, "Tic Tocs": Org, "Harbour Address": Other} {
		if e := findEntity(an, name); e == nil || e.Type != typ {
			t.Errorf("%s: %+v, want %s in %+v", name, e, typ, an.Entities)
		}
	}
	// What no head word types after a determiner may be a thing, a place,
	// a firm or a phrase: no entity.
	for _, name := range []string{"Sorrel Restoration", "Harbour Index"} {
		if e := findEntity(an, name); e != nil {
			t.Errorf("%s: %+v, want no entity", name, e)
		}
	}
	for _, name := range []string{"Orrin Vask", "Pell Travin", "Nia Sorrel", "Tansk Morl", "Cass Unwin"} {
		if e := findEntity(an, name); e == nil || e.Type != Person {
			t.Errorf("%s: %+v, want a person", name, e)
		}
	}
}

// TestLetterEndsName: a capital letter that ends a name elsewhere in the
// article ("Individual B,") is no middle initial, so the name stops at
// its full stop and the next sentence's first words are no part of it;
// a middle initial ("Gus T. Arlo", "Vell R. Tansk") stays in the name.
func TestLetterEndsName(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Gus T. Arlo paid money to Individual B. Starting in 2012, Arlo withdrew cash. "+
		"Prosecutors said Individual B, a former student, asked for more. Vell R. Tansk said nothing.")
	for _, e := range an.Entities {
		if strings.Contains(e.Name, "Starting") {
			t.Errorf("a name runs into the next sentence: %+v", e)
		}
	}
	for _, name := range []string{"Individual B", "Gus T. Arlo", "Vell R. Tansk"} {
		if findEntity(an, name) == nil {
			t.Errorf("%s: not found in %+v", name, an.Entities)
		}
	}
}

// TestTitlesOfDirectorsAndEditors: "Executive Director", "Communications
// Director", "Managing Editor" are titles: the body before them is a body
// of its own and no piece of it is glued to the title's first word; a
// paper's head word after its city ("Boston Sentinel") ends the body's name.
func TestTitlesOfDirectorsAndEditors(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Valmora Harbour Trust Executive Director Lena Ost said the port would close. "+
		"Sorn Daily Managing Editor Gus Arlo agreed. The Boston Sentinel Executive Editor Nia Sorrel left.")
	for _, e := range an.Entities {
		if strings.HasSuffix(e.Name, "Executive") || strings.HasSuffix(e.Name, "Managing") {
			t.Errorf("a title's first word glued to a body: %+v", e)
		}
	}
	for name, typ := range map[string]EntityType{"Lena Ost": Person, "Gus Arlo": Person, "Valmora Harbour Trust": Org, "Boston Sentinel": Org, "Nia Sorrel": Person} {
		if e := findEntity(an, name); e == nil || e.Type != typ {
			t.Errorf("%s: %+v, want %s in %+v", name, e, typ, an.Entities)
		}
	}
}

// TestShortCompassWords: "West", "East", "North", "South" before a known
// place name a part of it or a place beside it ("West Denver", "East
// Asia"), not a person; a surname "West" after a given name stays one.
func TestShortCompassWords(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Lena Ost grew up in West Denver and later worked in East Asia. Mara West said so.")
	for _, name := range []string{"West Denver", "East Asia"} {
		if e := findEntity(an, name); e == nil || e.Type != Place {
			t.Errorf("%s: %+v, want a place in %+v", name, e, an.Entities)
		}
	}
	if e := findEntity(an, "Mara West"); e == nil || e.Type != Person {
		t.Errorf("Mara West: %+v, want a person", e)
	}
}

// TestNicknameOfAPerson: "Sleepy Vern", a word and the given name of a
// person the article names in full, is that person, not one named
// Sleepy; a person whose surname is a given name of nobody else in the
// article stays apart.
func TestNicknameOfAPerson(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Joe Toller spoke in Denver on Monday. \"Sleepy Joe has real problems!\" the mayor wrote. "+
		"Tansk Mary, a rival, agreed.")
	if e := findEntity(an, "Sleepy Joe"); e != nil {
		t.Errorf("Sleepy Joe is an entity of its own: %+v", e)
	}
	if e := findEntity(an, "Joe Toller"); e == nil || !slices.Contains(formTexts(e), "Sleepy Joe") {
		t.Errorf("Joe Toller: %+v, want the form Sleepy Joe", e)
	}
	if e := findEntity(an, "Tansk Mary"); e == nil || e.Type != Person {
		t.Errorf("Tansk Mary: %+v, want a person in %+v", e, an.Entities)
	}
}

// TestCapitalsThatAreWords: a word in capitals that the article also
// writes in small letters ("SECRET" beside "secret") is no acronym of a
// body; "D.C." alone is the city.
func TestCapitalsThatAreWords(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "The memo was marked SECRET, and the secret memo went to VELTA. "+
		"Groups in Washington, D.C., Ohio and Texas signed it.")
	if e := findEntity(an, "SECRET"); e != nil {
		t.Errorf("SECRET: %+v, want no entity", e)
	}
	if e := findEntity(an, "VELTA"); e == nil || e.Type != Org {
		t.Errorf("VELTA: %+v, want an org in %+v", e, an.Entities)
	}
	found := false
	for _, e := range an.Entities {
		if e.Type == Org && e.Name == "D.C." {
			t.Errorf("D.C. is an org: %+v", e)
		}
		found = found || e.Type == Place && slices.Contains(formTexts(&e), "D.C.")
	}
	if !found {
		t.Errorf("no place D.C. in %+v", an.Entities)
	}
}

// TestHeadlineVerbsSplitNames: a capitalised verb of speech between names,
// as a headline quoted in the text writes it ("Lind Warns Harbour Board
// Of Delays"), holds no name together, and the word after it is no
// speaker; "Claims" stays inside a law's name.
func TestHeadlineVerbsSplitNames(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Mara Lind spoke on Monday. The paper ran \"Mara Lind Warns Pell Travin\" and \"Lind Admits Defeat\" on Tuesday. "+
		"The Harbour Claims Act was cited.")
	for _, e := range an.Entities {
		if strings.Contains(e.Name, "Warns") || strings.Contains(e.Name, "Admits") || e.Name == "Defeat" {
			t.Errorf("a headline's verb or its object in a name: %+v", e)
		}
	}
	for name, typ := range map[string]EntityType{"Mara Lind": Person, "Pell Travin": Person, "Harbour Claims Act": Other} {
		if e := findEntity(an, name); e == nil || e.Type != typ {
			t.Errorf("%s: %+v, want %s in %+v", name, e, typ, an.Entities)
		}
	}
}

// TestTailOfAnUntypedName: the words after the last "of" of a name no
// list or head word types ("Declaration of Tidal Rights") are no name of
// their own, unless one word, a known place, a head word's name or a
// person's with a known given name ("the Memoir of Mary Lind", "the
// Sorrow of Denver").
func TestTailOfAnUntypedName(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "They signed the Declaration of Tidal Rights in 1950. "+
		"Critics called it the Memoir of Mary Lind and the Sorrow of Denver.")
	if e := findEntity(an, "Tidal Rights"); e != nil {
		t.Errorf("Tidal Rights: %+v, want no entity", e)
	}
	for name, typ := range map[string]EntityType{"Mary Lind": Person, "Denver": Place} {
		if e := findEntity(an, name); e == nil || e.Type != typ {
			t.Errorf("%s: %+v, want %s in %+v", name, e, typ, an.Entities)
		}
	}
}

// TestPluralsThatSpeakAreNoPersons: a plural opening a sentence before a
// verb of speech ("Skeptics say", "Boosters warned"), capitalised nowhere
// else, is a group of people, not a person; a surname with a plural's
// form ("Ravens said", after "Lena Ravens") stays the person.
func TestPluralsThatSpeakAreNoPersons(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "The harbour plan passed on Monday. Skeptics say it costs too much. "+
		"Boosters warned of delays. Lena Ravens backed it. Ravens said it would work.")
	for _, name := range []string{"Skeptics", "Boosters"} {
		if e := findEntity(an, name); e != nil {
			t.Errorf("%s: %+v, want no entity", name, e)
		}
	}
	if e := findEntity(an, "Lena Ravens"); e == nil || e.Type != Person || len(e.Mentions) != 2 {
		t.Errorf("Lena Ravens: %+v, want a person named twice", e)
	}
}

// TestGroupsOfFaithsAndParties: a name ending in the plural of a faith's
// or party's members ("Velmar Muslims", "Northern Dems") names a group of
// people, not a person.
func TestGroupsOfFaithsAndParties(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Lena Ost wrote about the treatment of Velmar Muslims. It was a bad year for Northern Dems, Ost said.")
	for _, name := range []string{"Velmar Muslims", "Northern Dems"} {
		if e := findEntity(an, name); e == nil || e.Type != Other {
			t.Errorf("%s: %+v, want a group (other) in %+v", name, e, an.Entities)
		}
	}
}

// TestToldIsNoSpeakerCue: the one "told" or "asked" is spoken to, so a
// lone word after those verbs ("told HarbourWatch") is no speaker and no
// person for it; "said Arlo" after "Gus Arlo" stays the person.
func TestToldIsNoSpeakerCue(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "\"The port is closed,\" Gus Arlo told HarbourWatch on Monday. \"It will reopen,\" said Arlo.")
	if e := findEntity(an, "HarbourWatch"); e != nil && e.Type == Person {
		t.Errorf("HarbourWatch: %+v, want no person", e)
	}
	if e := findEntity(an, "Gus Arlo"); e == nil || e.Type != Person || len(e.Mentions) != 2 {
		t.Errorf("Gus Arlo: %+v, want a person named twice", e)
	}
}

// TestBillIsAGivenName: "Bill" opening a name is a given name when the
// lists know it as one ("Bill Pell"), not the head word of a thing
// ("Title Nine", "the Bill of Harbour Rights").
func TestBillIsAGivenName(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Critics met Bill Pell on Monday, and Title Nine and the Bill of Harbour Rights were read.")
	if e := findEntity(an, "Bill Pell"); e == nil || e.Type != Person {
		t.Errorf("Bill Pell: %+v, want a person in %+v", e, an.Entities)
	}
	for _, name := range []string{"Title Nine", "Bill of Harbour Rights"} {
		if e := findEntity(an, name); e == nil || e.Type != Other {
			t.Errorf("%s: %+v, want a thing in %+v", name, e, an.Entities)
		}
	}
}

// TestQuotedNickname: a name that only a quotation writes longer, with a
// word in front of the writer's full name, is someone's nickname: the
// entity is shown by the writer's name; a full name quoted stays when the
// writer writes the surname alone.
func TestQuotedNickname(t *testing.T) {
	a := newTestAnalyzer(t)
	an := a.Analyze(Input{Paragraphs: []string{
		"Mayor Ada Lund answered the governor on Monday.",
		"The governor wrote: \u201cNobody trusts Little Ada Lund with the bridge.\u201d",
		"Lund said the bridge was safe.",
	}})
	if e := entityNamed(an, "Lund"); e == nil || e.Name != "Ada Lund" {
		t.Errorf("the mayor's entity %+v, want the name Ada Lund", e)
	}
	an = a.Analyze(Input{Paragraphs: []string{
		"The governor wrote: \u201cAda Lund should mind the bridge.\u201d",
		"Lund said the bridge was safe.",
	}})
	if e := entityNamed(an, "Lund"); e == nil || e.Name != "Ada Lund" {
		t.Errorf("the mayor's entity %+v, want the name Ada Lund", e)
	}
	d := &doc{l: a.langs[DefaultLang]}
	for _, tc := range []struct{ longest, outside, want string }{
		{"Little Adam Lund", "Adam Lund", "Adam Lund"},
		{"Little Adam Lund", "Lund", "Adam Lund"},
		{"Adam Lund", "Lund", "Adam Lund"},
		{"Mara Ann Lund", "Lund", "Mara Ann Lund"},
		{"Little Adam Lund", "", "Little Adam Lund"},
	} {
		if got := d.quotedNickname(tc.longest, tc.outside); got != tc.want {
			t.Errorf("quotedNickname(%q, %q) = %q, want %q", tc.longest, tc.outside, got, tc.want)
		}
	}
}

// entityNamed returns the entity of an with a form ending in surname.
func entityNamed(an *Analysis, surname string) *Entity {
	for i := range an.Entities {
		for _, f := range an.Entities[i].Forms {
			if strings.HasSuffix(f.Text, surname) {
				return &an.Entities[i]
			}
		}
	}
	return nil
}

// TestKnownNameOpensSentence: a place or body the gazetteers know by
// several words keeps its first word at the start of a sentence, though
// that word alone is common and its last word is a name of its own
// ("North Korea" is not "Korea", "White House" not "House").
func TestKnownNameOpensSentence(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "North Korea moved a rocket to its coast. White House aides said little. "+
		"El Salvador sent aid on Monday. South Africa voted against it. West Virginia passed the bill.")
	for _, name := range []string{"North Korea", "White House", "El Salvador", "South Africa", "West Virginia"} {
		if e := findEntity(an, name); e == nil {
			t.Errorf("%s lost its first word: %+v", name, an.Entities)
		}
	}
	for _, name := range []string{"Korea", "House", "Salvador", "Africa", "Virginia"} {
		if e := findEntity(an, name); e != nil {
			t.Errorf("%s found alone: %+v", name, e)
		}
	}
}

// TestMediaCueNamesNoPerson: a name of one word right after a news
// medium's noun ("the state news agency Velna", "the newspaper Orskov")
// is a publication, not a person; a person named after a verb or a
// preposition stays one.
func TestMediaCueNamesNoPerson(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "The state news agency Velna said the talks would resume. "+
		"The newspaper Orskov said the minister would resign, and Tansk Morl said nothing. The third agency Morl closed was the last. "+
		"The agency told Morl to wait.")
	for _, name := range []string{"Velna", "Orskov"} {
		if e := findEntity(an, name); e == nil || e.Type != Org {
			t.Errorf("%s: %+v, want an organisation in %+v", name, e, an.Entities)
		}
	}
	if e := findEntity(an, "Tansk Morl"); e == nil || e.Type != Person {
		t.Errorf("Tansk Morl: %+v, want a person", e)
	}
}

// TestNamesAfterDescriptions: a person's name keeps neither the service
// of its title ("Deputy Police Chief Ed Tomba"), nor a common noun that
// opens the sentence ("Neighbor Ana Ruiz"), nor what follows "for" after
// it ("William Barr for Barr's summary"); a body's name built on "for"
// or ending in "Chamber of Commerce" is one organisation.
func TestNamesAfterDescriptions(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Deputy Police Chief Ed Tomba spoke first. Neighbor Ana Ruiz said she heard shots. "+
		"Critics faulted Attorney General Tom Lund for Lund's summary. The Center for Harbour Progress and the Reddin Chamber of Commerce agreed. "+
		"Chief Constable Ivo Marsh spoke last.")
	for name, typ := range map[string]EntityType{"Ed Tomba": Person, "Ana Ruiz": Person, "Tom Lund": Person, "Ivo Marsh": Person,
		"Center for Harbour Progress": Org, "Reddin Chamber of Commerce": Org} {
		if e := findEntity(an, name); e == nil || e.Type != typ {
			t.Errorf("%s: %+v, want %s in %+v", name, e, typ, an.Entities)
		}
	}
}

// TestGroupNounsNameNoOne: a plural common noun for people that opens a
// sentence before a verb of saying ("People said", "Witnesses told") is
// no person; a body headed by "Patrol" is an organisation.
func TestGroupNounsNameNoOne(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "People said they were afraid. Witnesses told reporters the car sped off. "+
		"The Reddin Highway Patrol closed the road.")
	for _, e := range an.Entities {
		if e.Name == "People" || e.Name == "Witnesses" {
			t.Errorf("a group noun is an entity: %+v", e)
		}
	}
	if e := findEntity(an, "Reddin Highway Patrol"); e == nil || e.Type != Org {
		t.Errorf("Reddin Highway Patrol: %+v, want an organisation in %+v", e, an.Entities)
	}
}

// TestEllipsisOpensNoName: after an ellipsis inside a quotation, which
// may stand for a sentence's end, a gerund before a name is no part of it,
// as at a sentence's start.
func TestEllipsisOpensNoName(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Mayor Edda Brun spoke first. Critics asked the council to \u201cstop Brun now\u2026 Removing Brun from office would end the delay,\u201d a letter said.")
	for _, e := range an.Entities {
		if strings.HasPrefix(e.Name, "Removing") {
			t.Errorf("a gerund after an ellipsis joined a name: %+v", e)
		}
	}
}

// TestLinkShortForms: across articles a person named by a short form of a
// given name, with or without a middle initial, or by the surname alone
// is one person; two people of one surname, or of one given name and
// surname with two middle initials, stay two.
func TestLinkShortForms(t *testing.T) {
	a := newTestAnalyzer(t)
	nm := a.Naming(DefaultLang)
	one := analyze(t, a, "Attorney General William P. Barr sent the panel a letter on Friday. Rep. Jerrold Nadler read it aloud.")
	two := analyze(t, a, "Bill Barr spoke to reporters at noon. Jerry Nadler called the letter thin.")
	three := analyze(t, a, "Barr said the letter was short. Nadler said it was not.")
	four := analyze(t, a, "William Barr signed the order.")
	g := Link([]*Analysis{one, two, three, four}, nm)
	byForm := map[string]*GlobalEntity{}
	for i := range g {
		for _, f := range g[i].Forms {
			byForm[f.Text] = &g[i]
		}
	}
	b := byForm["William P. Barr"]
	if b == nil || byForm["Bill Barr"] != b || byForm["Barr"] != b || byForm["William Barr"] != b {
		t.Errorf("Barr is not one person: %+v", g)
	}
	n := byForm["Jerrold Nadler"]
	if n == nil || byForm["Jerry Nadler"] != n || byForm["Nadler"] != n {
		t.Errorf("Nadler is not one person: %+v", g)
	}
	if b != nil && b == n {
		t.Error("Barr and Nadler joined")
	}
	// Without the table of short forms Bill and William stay apart.
	g = Link([]*Analysis{one, two}, nil)
	for _, e := range g {
		for _, f := range e.Forms {
			if f.Text == "Bill Barr" && len(e.Members) != 1 {
				t.Errorf("no table, yet Bill Barr joined: %+v", e)
			}
		}
	}

	people := func(g []GlobalEntity, forms ...string) map[string]int {
		out := map[string]int{}
		for _, e := range g {
			for _, f := range e.Forms {
				for _, w := range forms {
					if f.Text == w {
						out[w] = e.ID
					}
				}
			}
		}
		if len(out) != len(forms) {
			t.Errorf("want forms %q, have %+v", forms, g)
		}
		return out
	}
	distinct := func(what string, ids map[string]int) {
		t.Helper()
		seen := map[int]string{}
		for w, id := range ids {
			if o, ok := seen[id]; ok {
				t.Errorf("%s: %q and %q joined", what, o, w)
			}
			seen[id] = w
		}
	}
	// Two Clintons: neither short form fits the other, and the bare
	// surname could be either.
	c1 := analyze(t, a, "Former President Bill Clinton opened the library on Monday.")
	c2 := analyze(t, a, "Hillary Clinton gave the address.")
	c3 := analyze(t, a, "Clinton said the library was open.")
	distinct("Clintons", people(Link([]*Analysis{c1, c2, c3}, nm), "Bill Clinton", "Hillary Clinton", "Clinton"))
	// Father and son: one given name and surname, two middle initials.
	b1 := analyze(t, a, "George H. W. Bush flew to Maine in the spring.")
	b2 := analyze(t, a, "George W. Bush stayed at the ranch.")
	b3 := analyze(t, a, "George Bush sent a note.")
	b4 := analyze(t, a, "Bush said the ranch was quiet.")
	distinct("Bushes", people(Link([]*Analysis{b1, b2, b3, b4}, nm), "George H. W. Bush", "George W. Bush", "Bush", "George Bush"))
	// A middle word written out may be part of the surname and splits
	// nothing.
	h2 := analyze(t, a, "Arenda L. Wright Allen heard the case.")
	h3 := analyze(t, a, "Arenda Wright Allen ruled on Friday.")
	g = Link([]*Analysis{h2, h3}, nm)
	if ids := people(g, "Arenda L. Wright Allen", "Arenda Wright Allen"); ids["Arenda L. Wright Allen"] != ids["Arenda Wright Allen"] {
		t.Errorf("one person split: %+v", g)
	}
	// "Jerry" may be Jerrold or Gerald: with both named, none joins.
	j1 := analyze(t, a, "Jerrold Ostrow chaired the board of the ferry company.")
	j2 := analyze(t, a, "Gerald Ostrow, his cousin, ran the harbour.")
	j3 := analyze(t, a, "Jerry Ostrow did not comment.")
	distinct("Ostrows", people(Link([]*Analysis{j1, j2, j3}, nm), "Jerrold Ostrow", "Gerald Ostrow", "Jerry Ostrow"))
}

func TestSameGiven(t *testing.T) {
	nm := newTestAnalyzer(t).Naming(DefaultLang)
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"bill", "william", true}, {"william", "bill", true}, {"bill", "billy", true},
		{"jerry", "jerrold", true}, {"jerry", "gerald", true}, {"jerrold", "gerald", false},
		{"bill", "hillary", false}, {"george", "george", true}, {"ted", "ned", true},
	} {
		if got := nm.SameGiven(c.a, c.b); got != c.want {
			t.Errorf("SameGiven(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	var none *Naming
	if none.SameGiven("bill", "william") || !none.SameGiven("bill", "bill") {
		t.Error("a nil Naming knows only equal names")
	}
}

func TestInitials(t *testing.T) {
	for w, want := range map[string]string{"H.W.": "hw", "H.": "h", "HW": "hw", "W": "w", "Herbert": "", "Wright": "", "Jr.": "", "St.": ""} {
		got, ok := initials(w)
		if ok != (want != "") || got != want {
			t.Errorf("initials(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
}

// TestAmpersandNames: an ampersand between capitals is inside one word
// ("Harbour A&M College", "B&O Ferries"), so the name is not cut at it
// ("M College"); one between words ("Lund & Holt") stays a connector.
// A format or a genre so written ("Q&A", "R&B") is no name.
func TestAmpersandNames(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Mara Holt studied at Harbour A&M College before she joined B&O Ferries Inc. and later Lund & Holt Partners.")
	for name, typ := range map[string]EntityType{"Harbour A&M College": Org, "B&O Ferries Inc": Org} {
		if e := findEntity(an, name); e == nil || e.Type != typ {
			t.Errorf("%s: %+v in %+v", name, e, an.Entities)
		}
	}
	if e := findEntity(an, "M College"); e != nil {
		t.Errorf("a name cut at the ampersand: %+v", e)
	}
	an = analyze(t, a, "He loved R&B as a boy, the mayor said in a Q&A with the Harbour Post.")
	for _, name := range []string{"R&B", "Q&A"} {
		if e := findEntity(an, name); e != nil {
			t.Errorf("%s is no name: %+v", name, e)
		}
	}
}

// TestNameEdgesAtSentenceStart: a verb of speech that opens a sentence
// is no part of the name after it ("Adds Ivo Lund: …"); "Bin" opening a
// sentence is the surname's particle, as "bin" is inside a name; "World
// War I" keeps its numeral; a stock exchange after a place is one body.
func TestNameEdgesAtSentenceStart(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Salim bin Harith left the harbour board in May. Bin Harith later joined a shipping firm.\n\n"+
		"Adds Ivo Lund: \u201cThe ferries will run.\u201d\n\n"+
		"The plaque names the sailors lost in World War I.\n\n"+
		"Shares of the ferry line fell on the Harbour Stock Exchange.")
	if e := findEntity(an, "Salim bin Harith"); e == nil || !slices.Contains(formTexts(e), "Bin Harith") {
		t.Errorf("Salim bin Harith: %+v in %+v", e, an.Entities)
	}
	for name, typ := range map[string]EntityType{"Ivo Lund": Person, "World War I": Event, "Harbour Stock Exchange": Org} {
		if e := findEntity(an, name); e == nil || e.Type != typ {
			t.Errorf("%s: %+v in %+v", name, e, an.Entities)
		}
	}
	for _, not := range []string{"Adds Ivo Lund", "Harith", "World War", "Stock Exchange"} {
		if e := findEntity(an, not); e != nil {
			t.Errorf("a name cut or run on: %+v", e)
		}
	}
}

// TestLinkOrgAliases: outlets that name one body differently ("DOJ",
// "the Justice Department", "the Department of Justice") give one
// entity across articles (org_aliases.txt); two bodies stay two.
func TestLinkOrgAliases(t *testing.T) {
	a := newTestAnalyzer(t)
	var ans []*Analysis
	for _, text := range []string{
		"The Justice Department said on Monday it would appeal the harbour ruling.",
		"DOJ said on Monday it would appeal the harbour ruling.",
		"The U.S. Department of Justice will appeal, officials said.",
		"The State Department would not speak to the harbour ruling.",
	} {
		ans = append(ans, analyze(t, a, text))
	}
	var justice, state int
	for _, g := range Link(ans, a.Naming(DefaultLang)) {
		switch {
		case len(g.Members) == 3 && g.Type == Org:
			justice++
		case len(g.Members) == 1 && strings.Contains(g.Name, "State"):
			state++
		}
	}
	if justice != 1 || state != 1 {
		t.Errorf("linked %+v, want the three names of the Justice Department as one and the State Department apart", Link(ans, a.Naming(DefaultLang)))
	}
}
