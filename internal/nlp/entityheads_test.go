package nlp

import "testing"

// TestVenueSurnameHeads: "Field", "Arena" and "Yard" end venues' names as
// well as surnames. After a preposition of place or "the", one word that is no
// given name before them names a venue; a given name, a title or a verb
// of speech beside them keeps the person.
func TestVenueSurnameHeads(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Games\n\nThe Velm Rovers beat the home side at Harlow Field on Sunday, Ivo Lund said. "+
		"Kestner Arena was full; fans had queued at Kestner Arena by noon. The Ostra Navy Yard gunman had a pass, and the flaws the alleged Washington Navy Yard gunman exposed stay.")
	wantTypes(t, an, map[string]EntityType{"Harlow Field": Place, "Kestner Arena": Place, "Ostra Navy Yard": Place, "Washington Navy Yard": Place, "Ivo Lund": Person})
	// "the" before them serves as a preposition of place does.
	yard := analyze(t, a, "Access\n\nHe could enter the Navy Yard as a contractor, officials said. Streets near the Navy Yard reopened.")
	wantTypes(t, yard, map[string]EntityType{"Navy Yard": Place})
	people := analyze(t, a, "Talks\n\nSally Field said no. Port spokesman Salvo Arena said the ferry would run late. "+
		"Ada Arena, a spokeswoman, said the tickets were sold. Officials at Scotland Yard said the man was held.")
	wantTypes(t, people, map[string]EntityType{"Sally Field": Person, "Salvo Arena": Person, "Ada Arena": Person, "Scotland Yard": Org})
}

// TestBallotMeasureName: "Proposition" opens a ballot measure's name, a
// thing, not a person beside a verb of speech.
func TestBallotMeasureName(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Vote\n\nVoters will decide Proposition K on Tuesday, Ana Pell said. Proposition K would cap rents.")
	wantTypes(t, an, map[string]EntityType{"Proposition K": Other, "Ana Pell": Person})
}

// TestSiteAddressIsBody: a site's address names the site, a body, even as
// the subject of a verb of speech.
func TestSiteAddressIsBody(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Web\n\nThe file was obtained by Kestrel.com. Kestrel.com said the file was real, and Ivo Lund told Velm.org so.")
	wantTypes(t, an, map[string]EntityType{"Kestrel.com": Org, "Velm.org": Org, "Ivo Lund": Person})
}

// TestChannelBody: a name ending in "Channel" is a channel of
// television, a body, not a person beside a verb of speech.
func TestChannelBody(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Ads\n\nThe group will run ads on Velm News Channel, Ana Pell said.")
	wantTypes(t, an, map[string]EntityType{"Velm News Channel": Org, "Ana Pell": Person})
}
