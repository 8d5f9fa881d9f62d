package nlp

import "testing"

// TestSpeakerNotTheOwner: a name before a possessive owns the one who
// speaks ("Kestrel's Mr. Varga"): the person after it speaks; a noun
// after that person's name ("Lind's Kestrel page") or a paper as the
// owner (its reporter relays others' words) leaves the span as it was.
func TestSpeakerNotTheOwner(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a title after the owner",
			"\u201cWe are quite good at this,\u201d says Kestrel\u2019s Mr. Varga.",
			[]speakerWant{{"Varga", "Varga"}}},
		{"a full name after the owner",
			"\u201cWe are quite good at this,\u201d says Kestrel College\u2019s Tomas Varga.",
			[]speakerWant{{"Tomas Varga", "Tomas Varga"}}},
	})
	an := analyze(t, a, "Boats queued for days, according to the Ostra Globe's Ivo Kral. \"Nobody knew when the gates would open,\" one skipper told him.")
	for _, q := range an.Quotes {
		if e := entityOf(an, q.Speaker); e != nil && e.Name == "Ivo Kral" {
			t.Errorf("the paper's reporter %q given the skipper's words", e.Name)
		}
	}
}

// TestSpeakerNotThePlaceAt: a name after "at", "with" or "to" is where
// the speaker is or whom they spoke with: the person set off after it,
// the person named before the preposition, or the description, unnamed,
// speaks; a spokesman "with" a body and "according to" keep the name,
// as does "with Lind saying".
func TestSpeakerNotThePlaceAt(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a friend at a college",
			"And a former friend of hers at Kestrel College says, \"This is a woman I knew well.\"",
			[]speakerWant{{"a former friend of hers at Kestrel College", ""}}},
		{"an envoy to a body, named after it",
			"The Ostran envoy to the Harbour League, Tomas Varga, said: \u201cNobody sane negotiates under a threat.\u201d",
			[]speakerWant{{"Tomas Varga", "Tomas Varga"}}},
		{"an interviewer",
			"Mayor Ana Lind in an interview with WKLM said of the port: \"It is the worst in the country.\"",
			[]speakerWant{{"Ana Lind", "Ana Lind"}}},
		{"a fellow at a body, named before",
			"Ivo Kral, a senior fellow at the Ostra Institute, called it \u201ca very short first step.\u201d",
			[]speakerWant{{"Ivo Kral", "Ivo Kral"}}},
		{"a spokeswoman with a body",
			"A spokeswoman with the Ostra Harbour Committee said: \"The chairman has been briefed.\"",
			[]speakerWant{{"Ostra Harbour Committee", "Ostra Harbour Committee"}}},
	})
	an := analyze(t, a, "The two clashed on the port, with Lind saying the gates \"will stay shut all winter.\"")
	if len(an.Quotes) != 1 || entityOf(an, an.Quotes[0].Speaker) == nil || entityOf(an, an.Quotes[0].Speaker).Name != "Lind" {
		t.Errorf("with Lind saying: quotes %+v, want Lind's", an.Quotes)
	}
}

// TestHeIsNoBody: a "he" read as an organisation names no one.
func TestHeIsNoBody(t *testing.T) {
	d := &doc{ents: []*entBuild{{etype: Org}, {etype: Person}}, toks: []tok{{Token: Token{Kind: KindWord, Norm: "he"}}, {Token: Token{Kind: KindWord, Norm: "it"}}}}
	if !d.pronounOfNoPerson(0, 1, 0) || d.pronounOfNoPerson(0, 1, 1) || d.pronounOfNoPerson(1, 2, 0) || d.pronounOfNoPerson(0, 1, -1) {
		t.Error("pronounOfNoPerson: want true only for a he read as a body")
	}
}
