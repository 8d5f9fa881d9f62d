package nlp

import "testing"

// Entity typing rules of h/names34, each on invented text: places and
// papers without a person's form, title-case headings, plurals and cut
// names that name nothing of their own.

// typeCase is one text and the types some of its names must have; a
// name typed "" must be no entity.
type typeCase struct {
	name, text string
	want       map[string]EntityType
}

func checkTypes(t *testing.T, cases []typeCase) {
	t.Helper()
	a := newTestAnalyzer(t)
	for _, c := range cases {
		an := analyze(t, a, c.text)
		for name, typ := range c.want {
			e := findEntity(an, name)
			switch {
			case typ == "" && e != nil:
				t.Errorf("%s: %q is %s, want no entity", c.name, name, e.Type)
			case typ != "" && e == nil:
				t.Errorf("%s: %q: no entity, want %s in %+v", c.name, name, typ, an.Entities)
			case typ != "" && e.Type != typ:
				t.Errorf("%s: %q is %s, want %s", c.name, name, e.Type, typ)
			}
		}
	}
}

func TestPlacesAndPapersWithoutAPersonsForm(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Spanish prefix", "The convoy reached San Velmiro before noon and Ciudad Ostrava at dusk.",
			map[string]EntityType{"San Velmiro": Place, "Ciudad Ostrava": Place}},
		{"saint", "Voters in St. Orlan cheered the result.", map[string]EntityType{"St. Orlan": Place}},
		{"prefix before a paper's head word", "The San Velmiro Chronicle printed the letter.",
			map[string]EntityType{"San Velmiro Chronicle": Org}},
		{"town before its state", "In Cold Harrow, Texas, the council met on Monday.",
			map[string]EntityType{"Cold Harrow": Place}},
		{"paper head words", "The Harrow Examiner and the Velm Dealer both ran the story, and Ostra Wire followed.",
			map[string]EntityType{"Harrow Examiner": Org, "Velm Dealer": Org, "Ostra Wire": Org}},
		{"buildings", "Protesters gathered outside the Velm State Capitol and the Orlan Cathedral.",
			map[string]EntityType{"Velm State Capitol": Place, "Orlan Cathedral": Place}},
		{"thing after a place", "The Taiwan Harbour Relations Act passed.", map[string]EntityType{"Taiwan Harbour Relations Act": Other, "Taiwan": ""}},
		{"caucus of a chamber", "Rep. Ana Lind joined the House Harbour Caucus on Monday.", map[string]EntityType{"House Harbour Caucus": Org}},
		{"caucus of members", "On Monday the Progressive Caucus met, and the Senate Republican Conference chose Vell.",
			map[string]EntityType{"Progressive Caucus": Org, "Senate Republican Conference": Org}},
		{"a state's caucus", "Vask won the Iowa Caucus on Monday.", map[string]EntityType{"Iowa Caucus": Event}},
		{"given name and Day", "The pope praised Dorothy Vell and Mary Day in his speech.", map[string]EntityType{"Mary Day": Person}},
		{"firm head word", "Investors sold Velm Resorts after Harbour Watch complained.", map[string]EntityType{"Velm Resorts": Org, "Harbour Watch": Org}},
		{"apposition with the", "Velm Secure, the firm that found the flaw, spoke. Orlan Tey, the company's chief, agreed. Harbour Sabha, a rightwing party that won, cheered.",
			map[string]EntityType{"Velm Secure": Org, "Orlan Tey": Person, "Harbour Sabha": Org}},
		{"office level", "Voters met State Senator Orlan Vask in the hall.", map[string]EntityType{"Orlan Vask": Person, "State Senator Orlan Vask": ""}},
		{"demonym before an event's head word", "Crowds marked Native American Day with a parade.", map[string]EntityType{"Native American Day": Event}},
	})
}

func TestHeadingsPluralsAndCutNamesAreNoEntities(t *testing.T) {
	checkTypes(t, []typeCase{
		{"title-case heading", "Ferry crews walked out on Tuesday.\n\nWhere Velm Pressure Cooker Stands\n\nThe talks resumed.",
			map[string]EntityType{"Velm Pressure Cooker": "", "Velm Pressure Cooker Stands": ""}},
		{"heading verb", "Ferry crews walked out. Harbour Marathon Will Continue despite the strike, the organisers said.",
			map[string]EntityType{"Harbour Marathon Will Continue": "", "Harbour Marathon": ""}},
		{"capitalised function word", "Crowds called it an Act Of Velm Terror on Monday.", map[string]EntityType{"Act Of Velm Terror": ""}},
		{"quoted heading alone", "Ferry crews walked out.\n\n\u2018Harbour Gridlock\u2019\n\nThe talks resumed.", map[string]EntityType{"Harbour Gridlock": ""}},
		{"quoted operation", "Protesters joined the \u201cOperation Velm\u201d rally on Monday.", map[string]EntityType{"Operation Velm": Event}},
		{"quoted committee", "The Senate\u2019s \u201cVelm Committee\u201d hearings began.", map[string]EntityType{"Velm Committee": Org}},
		{"plural of a title", "Many Harbour Senators and Velm Guardsmen stayed away.", map[string]EntityType{"Harbour Senators": "", "Velm Guardsmen": ""}},
		{"regional adjective", "The Central Velmish vote split.", map[string]EntityType{"Central Velmish": ""}},
		{"cut after on", "Ostra joined the Convention on Harbour Bombs in 2010. The bombs scatter. Velm never joined the Convention on Harbour Bombs.",
			map[string]EntityType{"Harbour Bombs": ""}},
		{"once after the", "The Velm Food Mart closed at nine.", map[string]EntityType{"Velm Food Mart": ""}},
		{"twice after the", "The Velm Part Q covers drugs. Costs of the Velm Part Q rose.", map[string]EntityType{"Velm Part Q": Other}},
		{"a thing's words written small", "The Velm Trending Panel changed. Users of the velm trending panel left.", map[string]EntityType{"Velm Trending Panel": ""}},
		{"an event's words written small", "Velm Gas Attack Kills Nine\n\nThe velm gas attack killed nine people.", map[string]EntityType{"Velm Gas Attack": ""}},
		{"things joined by and", "He praised the Great Seal and Title IX in the state.", map[string]EntityType{"Great Seal": Other, "Title IX": Other}},
		{"a state's nickname or a cut name", "Voters in the Palmetto State cheered. The State Merited Chorus sang. The state paid.",
			map[string]EntityType{"Palmetto State": "", "State Merited Chorus": "", "Palmetto": ""}},
		{"a state's body", "The State Committee for National Security of Velmia said so.",
			map[string]EntityType{"State Committee for National Security of Velmia": Org}},
		{"preposition", "Like Vask, Orlan Tey spoke. Vask left.", map[string]EntityType{"Like Vask": ""}},
		{"determiner", "Another Vask loyalist quit on Monday.", map[string]EntityType{"Another Vask": ""}},
		{"people's adjective", "She became the first Velmo American to win.", map[string]EntityType{"Velmo American": ""}},
		{"people's plural", "Many Velmo Americans and Middle Easterners voted.", map[string]EntityType{"Velmo Americans": "", "Middle Easterners": ""}},
		{"a body's front before of", "Harbour Owners of Velmia sued. The owners said so.", map[string]EntityType{"Harbour Owners": ""}},
		{"a body's name on for the", "The Velm Endowment for the Arts gave money.", map[string]EntityType{"Velm Endowment for the Arts": Org, "Velm Endowment": ""}},
		{"person cut at and", "Ana Lind of the Center for Law and Harbour Behavior spoke.", map[string]EntityType{"Harbour Behavior": ""}},
		{"two persons joined by and", "Tomas Vell of Iowa and Jarl Tansk of Ohio voted no.", map[string]EntityType{"Jarl Tansk": Person}},
		{"corps, affairs, clause", "The Velm Corps blamed the Harbour Affairs office and cited the Velm Clause.",
			map[string]EntityType{"Velm Corps": Org, "Harbour Affairs": Org, "Velm Clause": Other}},
	})
}
