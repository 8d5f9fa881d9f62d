package nlp

import "testing"

// TestTailWithKnownGivenName: "Franklin Marsh" beside "William Franklin
// Marsh" (whom the text also calls "Billy Marsh") is a son of the same
// surname, not a double surname without its given name: "Franklin" is a
// given name nicknames.txt knows, so the words quoted after "Franklin
// Marsh said" are his, in the article and across articles.
func TestTailWithKnownGivenName(t *testing.T) {
	a := newTestAnalyzer(t)
	one := analyze(t, a, "Rev. Billy Marsh, the preacher, has died at 90 at his home in Ostra.\n\n"+
		"William Franklin Marsh was born in 1920 on a farm near Brenn.\n\n"+
		"Marsh preached to millions.\n\n"+
		"Franklin Marsh said, \u201cHe has stayed true to his calling. He never changed.\u201d")
	two := analyze(t, a, "The preacher Billy Marsh died on Wednesday in Ostra.\n\n"+
		"\u201cI will be more alive then than I am today,\u201d Marsh once said.")
	sp := entityOf(one, one.Quotes[0].Speaker)
	if sp == nil || sp.Name != "Franklin Marsh" {
		t.Fatalf("speaker %+v, want Franklin Marsh", sp)
	}
	if len(sp.Mentions) != 1 {
		t.Errorf("Franklin Marsh holds %+v, want his own naming only", sp.Mentions)
	}
	g := Link([]*Analysis{one, two}, a.Naming(DefaultLang))
	if grp := speakerGroup(t, g, one, 0, "true to his calling"); grp.Name != "Franklin Marsh" {
		t.Errorf("across articles the son's words are %q's: %+v", grp.Name, grp)
	}
	if grp := speakerGroup(t, g, two, 1, "more alive then"); grp.Name == "Franklin Marsh" {
		t.Errorf("the father's words joined the son: %+v", grp)
	}
}

// TestTailOfDoubleSurname: a tail whose first word is no given name stays
// the fuller name's ("Blasey Ford" style), as before.
func TestTailOfDoubleSurname(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Professor Christine Okafor Lind testified on Thursday in Brenn.\n\n"+
		"\u201cI came because I think it is my duty,\u201d Okafor Lind said.")
	sp := entityOf(an, an.Quotes[0].Speaker)
	if sp == nil || sp.Name != "Christine Okafor Lind" {
		t.Errorf("speaker %+v, want Christine Okafor Lind", sp)
	}
}

// TestHonorificAfterTitledSurname: "President Lund" is named first, then
// "first lady Anna Lund": the titled surname is a person of its own (see
// relativeOnlyLater), and "Mrs. Lund" after both is the first lady, not
// the president, so her "she says" is hers; "Mr. Lund" stays his.
func TestHonorificAfterTitledSurname(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"Mrs.",
			"Early voting opened on Thursday, a test for President Lund and his rival Tomas Hale.\n\n" +
				"Voters lined up in Brenn. Lund leads in the polls.\n\n" +
				"First Lady Anna Lund will hold a rally on Friday in Kessel.\n\n" +
				"Mrs. Lund recorded a video asking supporters to vote early.\n\n" +
				"\u201cEarly votes made the difference last time,\u201d she says on the video.",
			[]speakerWant{{"she", "Anna Lund"}}},
		{"Mr.",
			"Early voting opened on Thursday, a test for President Lund and his rival Tomas Hale.\n\n" +
				"First Lady Anna Lund will hold a rally on Friday in Kessel.\n\n" +
				"Mr. Lund recorded a video asking supporters to vote early.\n\n" +
				"\u201cEarly votes made the difference last time,\u201d he says on the video.",
			[]speakerWant{{"he", "Lund"}}},
	})
}

// TestHonorificAfterTitledSurnameLimits: a titled surname named before
// the same person's full name under another title, no relative's
// ("President Lund" ... "Sen. Carl Lund"), keeps "Mr. Lund" and with it
// his gender, so the "she" of the woman the text is about is not given
// to him.
func TestHonorificAfterTitledSurnameLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the president named in full later",
			"Mara Holt vowed Thursday to end the harbour deal she pushed as President Lund's top envoy.\n\n" +
				"Mrs. Holt also promised higher taxes for the ports.\n\n" +
				"The nominee took pages from Mr. Lund's plans. Still, she kept the president at a distance.\n\n" +
				"\u201cThere is too much waste,\u201d she said.\n\n" +
				"Years before, Sen. Carl Lund had voted against the deal.",
			[]speakerWant{{"she", "Mara Holt"}}},
	})
}

// TestTailWithKnownGivenNameLimits: a name opening with a given name only
// nicknames.txt knows ("Al Lund") still joins a fuller name whose first
// word is no given name ("Reverend Al Lund", a title the finder took in):
// one person, as before.
func TestTailWithKnownGivenNameLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Bram Holt declared the league a club for the rich.\n\n"+
		"Al Lund has called for the \u201cremoval\u201d of the owner from the league.\n\n"+
		"The owner once gave a prize to Reverend Al Lund at a dinner in Brenn.\n\n"+
		"Why would Al Lund agree to speak at that dinner?")
	for _, e := range an.Entities {
		if e.Name == "Al Lund" || e.Name == "Reverend Al Lund" {
			if len(e.Mentions) != 3 {
				t.Errorf("%s holds %d mentions, want all three namings: %+v", e.Name, len(e.Mentions), e.Mentions)
			}
		}
	}
}
