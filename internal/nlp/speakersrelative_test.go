package nlp

import "testing"

// TestSpeakersRelativeWho: a verb of saying whose subject is a relative
// "who" gives the words to the person named before "who", past an aside
// set off by commas; they are not carried on from the quotation before
// (h/read57: a one-word reply of Warren's credited to Trump).
func TestSpeakersRelativeWho(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"comma who replied",
			"Mayor Ana Ruiz spoke on Monday.\n\nRuiz called the plan \u201ca waste of money.\u201d She also cited council member Peter Holt, who replied, \u201cYes.\u201d",
			[]speakerWant{{"Ruiz", "Ana Ruiz"}, {"Peter Holt", "Peter Holt"}}},
		{"who, when asked, replied",
			"Mayor Ana Ruiz spoke on Monday.\n\nRuiz called the plan \u201ca small waste.\u201d She cited Peter Holt (D-Ward 3) who, when asked by Tom Lee whether he backed it, replied, \u201cMaybe.\u201d",
			[]speakerWant{{"Ruiz", "Ana Ruiz"}, {"Peter Holt", "Peter Holt"}}},
	})
}

// TestSpeakersRelativeWhoLimits: a relative "who" after no name gives no
// speaker rather than the last one, and a subject of its own speaks as
// before.
func TestSpeakersRelativeWhoLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"who after no name",
			"Mayor Ana Ruiz spoke on Monday.\n\nRuiz called the plan \u201ca waste of money.\u201d She also cited a neighbor who replied, \u201cYes.\u201d",
			[]speakerWant{{"Ruiz", "Ana Ruiz"}, {"a neighbor", ""}}},
		{"subject with an aside",
			"Mayor Ana Ruiz spoke on Monday.\n\nRuiz called the plan \u201ca big waste.\u201d Holt, who was asked about it, replied, \u201cNo.\u201d",
			[]speakerWant{{"Ruiz", "Ana Ruiz"}, {"Holt", ""}}},
	})
}

// TestLetOpensNoName: the imperative "Let" before a name at the start of
// a sentence ("Let Ana Ruiz speak.") is no given name (h/read57: a
// speaker shown as "Let Elizabeth Warren").
func TestLetOpensNoName(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "The chair Mara Quist said the vote was wrong. \u201cIt is a dark day. Let Ana Ruiz speak,\u201d Quist said.\n\nRuiz said she would go on. \u201cThey cannot stop the truth,\u201d Ruiz said.")
	if entityCalled(an, "Ana Ruiz") == nil || entityCalled(an, "Let Ana Ruiz") != nil {
		var names []string
		for _, e := range an.Entities {
			names = append(names, e.Name)
		}
		t.Errorf("want Ana Ruiz, got %v", names)
	}
}

// TestSonAfterFathersSurname: a surname written with a capital before the
// article names the son in full ("the Lund campaign" before "Ivo Lund
// Jr.") is another person's, and the bare surname after the son's name
// goes on being that person's, not the son's (h/read57: a father's 2016
// remarks credited to his son).
func TestSonAfterFathersSurname(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"surname before the son",
			"Questions grew about what the Lund campaign knew. Ana Ruiz, a Lund adviser, met officials in April.\n\nA meeting between Ivo Lund Jr. and a banker drew notice in June.\n\nIt may explain why Lund asked the bank for help at a rally in July. \u201cBank, if you hear me, send the files,\u201d he said.",
			[]speakerWant{{"he", "Lund"}}},
		{"unchanged: the son named first",
			"A meeting between Ivo Lund Jr. and a banker drew notice in June.\n\nLund later spoke at a rally in July. \u201cWe did nothing wrong,\u201d he said.",
			[]speakerWant{{"he", "Ivo Lund Jr"}}},
	})
}
