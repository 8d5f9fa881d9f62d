package story

// Fictional articles written for these tests (no outlet or person in them
// exists). Each scenario is a small stream.

// councilDays are two look-alike happenings of one council on adjacent
// days: it approves the ferry budget on Monday and rejects the tram line on
// Tuesday. Two events, one storyline.
var councilDays = []fixture{
	{"fb-a", "harbourgazette.example", "2031-05-12", "ferry",
		"Valmora council approves ferry budget after late-night vote",
		"The Valmora city council approved a 4.2 million crown budget for the harbour ferry on Monday, voting 9 to 4 after a debate that ran past midnight, Mayor Ilse Varga said.\n\nThe money buys two electric ferries and keeps the night crossing to Port Anselm running until 2035.\n\nCouncillors from the Harbour Party backed the plan; the Civic League voted against it, saying fares would rise."},
	{"fb-b", "valmoracourier.example", "2031-05-12", "ferry",
		"Ferry wins: council backs 4.2 million crown plan",
		"Valmora's council voted 9 to 4 on Monday to fund the harbour ferry, approving a 4.2 million crown budget that pays for two electric boats, Mayor Ilse Varga announced.\n\nThe night crossing to Port Anselm will run until 2035 under the plan.\n\nThe Civic League opposed the budget over fares."},
	{"fb-c", "northwire.example", "2031-05-13", "ferry",
		"Electric ferries coming to Valmora after council vote",
		"Two electric ferries will serve Valmora harbour after the city council approved a 4.2 million crown budget in a 9 to 4 vote on Monday night.\n\nMayor Ilse Varga said the night crossing to Port Anselm was saved until 2035."},
	{"tr-a", "harbourgazette.example", "2031-05-13", "tram",
		"Valmora council rejects tram line to the university",
		"The Valmora city council rejected the proposed tram line to the university on Tuesday, voting 8 to 5 against the 60 million crown project, Mayor Ilse Varga said.\n\nThe line would have run from the station through the old town to the campus at Hollin Hill.\n\nThe Harbour Party, which backed the ferry a day earlier, split over the tram."},
	{"tr-b", "valmoracourier.example", "2031-05-13", "tram",
		"Tram plan dies in 8-5 council vote",
		"Valmora's council killed the university tram on Tuesday in an 8 to 5 vote, ending a 60 million crown plan to link the station and the Hollin Hill campus.\n\nMayor Ilse Varga said the city would study electric buses instead.\n\nStudents protested outside the town hall during the vote."},
	{"tr-c", "northwire.example", "2031-05-14", "tram",
		"Students angry after Valmora scraps Hollin Hill tram",
		"Students at the Hollin Hill campus said on Wednesday they felt betrayed after the Valmora council voted 8 to 5 against the 60 million crown tram line on Tuesday.\n\nMayor Ilse Varga promised electric buses on the route by next year."},
}

// quakeFollowUp is an earthquake reported over two days, and three weeks
// later the return of the first families: another event, the same
// storyline.
var quakeFollowUp = []fixture{
	fixtures[0], fixtures[1], fixtures[2],
	{"q1-d", "northwire.example", "2031-03-26", "quake-return",
		"Three weeks after quake, first families return to Velmora",
		"The first families returned to Velmora on Wednesday, three weeks after the magnitude 6.4 earthquake that killed 12 people and flattened the town's stone houses.\n\nRegional governor Ilse Brandvik handed over the keys to 40 prefabricated homes built by engineers from Port Anselm."},
	{"q1-e", "dailyledger.example", "2031-03-26", "quake-return",
		"Velmora families move into new homes after earthquake",
		"Forty families moved into prefabricated homes in Velmora on Wednesday, governor Ilse Brandvik said, three weeks after the earthquake that killed 12 people.\n\nEngineers from Port Anselm built the homes on the football ground while stone houses are rebuilt."},
}

// opinionFirst is one event whose first article is a column with an
// opinion headline, followed by a question headline and straight reports.
var opinionFirst = []fixture{
	{"op-a", "Northwire Opinion", "2032-02-09", "bridge",
		"I have crossed the Karsk bridge for 30 years. Its closure breaks my heart",
		"The harbour bridge of Karsk closed on Monday after inspectors found cracks in two of its steel cables, and I have crossed it every morning for 30 years.\n\nMayor Tomas Lindqvar says the bridge will stay shut for at least six months while engineers replace the cables."},
	{"op-b", "coastpost.example", "2032-02-09", "bridge",
		"Could the Karsk bridge closure have been avoided?",
		"Inspectors closed the Karsk harbour bridge on Monday after finding cracks in two steel cables, mayor Tomas Lindqvar said.\n\nThe bridge will stay shut for at least six months while engineers replace the cables, he said."},
	{"op-c", "dailyledger.example", "2032-02-09", "bridge",
		"Karsk shuts harbour bridge after inspectors find cracked cables",
		"Karsk closed its harbour bridge on Monday after inspectors found cracks in two of its steel cables, mayor Tomas Lindqvar said.\n\nThe bridge will stay closed for at least six months while engineers replace both cables; ferries will carry commuters across the harbour."},
	{"op-d", "sportsdesk.example", "2032-02-10", "bridge",
		"Karsk harbour bridge closed for six months over cable cracks",
		"The harbour bridge in Karsk will stay closed for at least six months after inspectors found cracked steel cables on Monday, mayor Tomas Lindqvar said.\n\nExtra ferries started carrying commuters on Tuesday."},
}

// mixedCopies is a ferry strike in Port Anselm and a museum fire there
// the same day: copy detection wrongly links the museum reports to a
// ferry report (they share a boilerplate paragraph), so they first join
// the ferry strike's event; as the museum reports come in, the event
// holds two groups that report different happenings and is split.
var mixedCopies = []fixture{
	{"mx-a", "northwire.example", "2033-04-07", "strike",
		"Ferry crews strike in Port Anselm, crossings cancelled",
		"Ferry crews in Port Anselm walked out on Thursday in a dispute over night shifts, cancelling every crossing to Valmora, the Seafarers Union said.\n\nUnion leader Marta Ekholm said the strike would last 48 hours."},
	{"mx-b", "dailyledger.example", "2033-04-07", "strike",
		"Port Anselm ferry strike strands commuters",
		"Commuters were stranded in Port Anselm on Thursday as ferry crews went on a 48-hour strike over night shifts, Seafarers Union leader Marta Ekholm said.\n\nNo ferry will cross to Valmora until Saturday."},
	{"mx-c", "coastpost.example", "2033-04-07", "fire",
		"Fire guts Port Anselm maritime museum",
		"A fire gutted the maritime museum of Port Anselm on Thursday night, destroying a collection of ship models and old charts, fire chief Jonas Brekke said.\n\nNo one was hurt; the cause of the blaze is not known."},
	{"mx-d", "harbourgazette.example", "2033-04-07", "fire",
		"Maritime museum blaze: ship models and charts lost",
		"Fire chief Jonas Brekke said the blaze at the Port Anselm maritime museum on Thursday night destroyed its ship models and historic charts.\n\nInvestigators are looking into the cause of the fire; nobody was injured."},
	{"mx-e", "valmoracourier.example", "2033-04-08", "fire",
		"Investigators search ruins of Port Anselm museum",
		"Investigators searched the ruins of the Port Anselm maritime museum on Friday, a day after a fire destroyed its ship models and charts, fire chief Jonas Brekke said.\n\nThe museum's director said a few charts were saved."},
}

// docsOf returns fixtures as docs in the given order.
func docsOf(fs []fixture) []Doc {
	out := make([]Doc, len(fs))
	for i, f := range fs {
		out[i] = f.doc()
	}
	return out
}

// unnamedFirst is one event (a mayor quits) whose first article carries
// a headline that is not a question, an opinion or the first person, yet
// names no one: a feature's allusion. The straight reports that follow
// name the mayor and the town.
var unnamedFirst = []fixture{
	{"un-a", "coastpost.example", "2034-06-05", "quit",
		"You still cannot beat the harbour",
		"Mayor Edda Solvik of Brennholm resigned on Monday after eleven years in office, saying the fight over the harbour dredging had worn her out.\n\nSolvik, 61, will hand over to her deputy Arne Kvist until an election in September, the town council said."},
	{"un-b", "northwire.example", "2034-06-05", "quit",
		"Brennholm mayor Solvik resigns over harbour dredging fight",
		"Brennholm mayor Edda Solvik resigned on Monday after eleven years in office, blaming the long fight over dredging the harbour.\n\nDeputy mayor Arne Kvist takes over until the town votes in September, the council said."},
	{"un-c", "dailyledger.example", "2034-06-05", "quit",
		"Solvik quits as Brennholm mayor, deputy Kvist takes over",
		"Edda Solvik stepped down as mayor of Brennholm on Monday, eleven years after her first election, saying the harbour dredging dispute had exhausted her.\n\nArne Kvist, her deputy, will lead the town until the September election."},
}

// protestNights are three nights of protests in one town after a police
// shooting, each reported that night and the next morning: reports of one
// night share everything with those of the others but the night itself,
// so only the days keep the nights apart. Three events, one storyline.
var protestNights = []fixture{
	{"pn1-a", "northwire.example", "2035-09-17", "night1",
		"Protests erupt in Karsk after police shoot Milo Tessen",
		"Hundreds of protesters marched through Karsk late into the night after police shot dead Milo Tessen, a 34-year-old bus driver, during a traffic stop.\n\nPolice chief Ada Ruud said the officer had been placed on leave and appealed for calm; protesters blocked the harbour road and chanted Tessen's name."},
	{"pn1-b", "dailyledger.example", "2035-09-17", "night1",
		"Karsk protesters block harbour road over Tessen shooting",
		"Protesters blocked the harbour road in Karsk into the night after a police officer shot Milo Tessen, a bus driver, at a traffic stop, police chief Ada Ruud said.\n\nRuud placed the officer on leave and asked the crowd to go home."},
	{"pn1-c", "coastpost.example", "2035-09-18", "night1",
		"Karsk wakes after night of protest over Tessen killing",
		"Karsk woke to broken shop windows after a night of protest over the police shooting of Milo Tessen, a 34-year-old bus driver, during a traffic stop.\n\nPolice chief Ada Ruud said 12 people were arrested when protesters blocked the harbour road."},
	{"pn2-a", "northwire.example", "2035-09-18", "night2",
		"Second night of Karsk protests as Tessen family calls for calm",
		"Protesters filled the streets of Karsk for a second night after the police shooting of bus driver Milo Tessen, as his family called for calm.\n\nPolice chief Ada Ruud said officers used tear gas near the harbour road and 20 people were arrested."},
	{"pn2-b", "dailyledger.example", "2035-09-18", "night2",
		"Tear gas in Karsk on second night of Tessen protests",
		"Police fired tear gas at protesters near the harbour road in Karsk on a second night of anger over the shooting of Milo Tessen, police chief Ada Ruud said.\n\nTessen's family asked protesters to stay calm; 20 people were arrested."},
	{"pn3-a", "northwire.example", "2035-09-19", "night3",
		"Third night of Karsk protests passes peacefully",
		"A third night of protests over the police shooting of bus driver Milo Tessen passed peacefully in Karsk, with protesters holding a candlelit vigil near the harbour road.\n\nPolice chief Ada Ruud said no one was arrested and thanked the Tessen family."},
	{"pn3-b", "coastpost.example", "2035-09-19", "night3",
		"Candlelit vigil for Tessen as Karsk protests calm",
		"Protesters in Karsk held a candlelit vigil for Milo Tessen on a calm third night after the police shooting of the bus driver, police chief Ada Ruud said.\n\nNo arrests were made near the harbour road, Ruud said."},
}

// recusalDays are two developments of one saga on consecutive days: on
// Monday the justice minister of Valmora is reported to have met, twice,
// the envoy of a shipping cartel he is investigating; on Tuesday he
// recuses himself from the inquiry, and his deputy takes it over. The
// recusal reports name the minister, the envoy, the cartel and the
// opposition leader, and one of them (rc-d) retells the meetings at
// length; the others are mostly about the recusal. Two events, one
// storyline.
var recusalDays = []fixture{
	{"rc-a", "harbourgazette.example", "2036-03-03", "meeting",
		"Justice minister Arvid Kolmar met cartel envoy Sten Halvorsen twice",
		"Justice minister Arvid Kolmar met Sten Halvorsen, the envoy of the Brenna shipping cartel, twice last autumn at a hotel in Port Anselm, the Valmora ministry confirmed on Monday. The two men discussed port fees and winter berths, the ministry said.\n\nKolmar did not mention the meetings when parliament questioned him about the Brenna inquiry in January. Opposition leader Marit Solheim said he had misled parliament."},
	{"rc-b", "valmoracourier.example", "2036-03-03", "meeting",
		"Kolmar held undisclosed meetings with Brenna cartel envoy",
		"Arvid Kolmar, the justice minister in charge of the inquiry into the Brenna shipping cartel, met its envoy Sten Halvorsen twice last autumn in a Port Anselm hotel, his ministry said on Monday. Port fees and winter berths were discussed.\n\nThe meetings were not disclosed when Kolmar answered questions on the Brenna inquiry in parliament in January. Marit Solheim, the opposition leader, said the minister had misled parliament."},
	{"rc-c", "northwire.example", "2036-03-03", "meeting",
		"Minister Kolmar confirms two hotel meetings with Halvorsen",
		"Valmora's justice minister Arvid Kolmar met Sten Halvorsen, envoy of the Brenna shipping cartel, twice last autumn at a hotel in Port Anselm, the ministry said on Monday; they talked about port fees and berths.\n\nOpposition leader Marit Solheim said Kolmar misled parliament in January."},
	{"rc-d", "harbourgazette.example", "2036-03-04", "recusal",
		"Kolmar recuses himself from Brenna cartel inquiry after hotel meetings",
		"Justice minister Arvid Kolmar recused himself on Tuesday from the inquiry into the Brenna shipping cartel, a day after his ministry confirmed that he met the cartel's envoy Sten Halvorsen twice last autumn at a Port Anselm hotel to discuss port fees.\n\nDeputy minister Lene Aasgard takes over the inquiry. Opposition leader Marit Solheim said the recusal came too late."},
	{"rc-e", "valmoracourier.example", "2036-03-04", "recusal",
		"Deputy Lene Aasgard takes over cartel inquiry as Kolmar recuses himself",
		"Deputy justice minister Lene Aasgard took charge of the cartel inquiry on Tuesday after Arvid Kolmar recused himself, the government said. Aasgard, a former prosecutor, promised to finish the inquiry by the summer and to publish its report in full.\n\nSolheim called the recusal a first step and demanded a vote of confidence."},
	{"rc-f", "northwire.example", "2036-03-04", "recusal",
		"Aasgard promises full report as she replaces Kolmar on inquiry",
		"Lene Aasgard, the deputy justice minister, replaced Arvid Kolmar at the head of Valmora's inquiry into the Brenna shipping cartel on Tuesday after he recused himself over his meetings with Sten Halvorsen. The former prosecutor said she would publish the full report by the summer.\n\nOpposition leader Marit Solheim asked for a vote of confidence in parliament."},
}
