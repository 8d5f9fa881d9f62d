package compare

import "testing"

func TestNeutralSense(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		want           bool
	}{
		{"The sanctions regime on Estria stays in force.", "regime", true},
		{"Talk of regime change in Estria grew louder.", "regime", true},
		{"The Estrian regime closed the port.", "regime", false},
		{"They fled Nazi and communist regimes in Europe.", "regimes", true},
		{"Her parents fled the communist regimes of the east.", "regimes", false},
		{"Varn's heavy use of the word \u201cregime\u201d sounded like a regime-change policy.", "regime", true},
		{"Varn's use of the word \u201cregime\u201d angered the regime.", "regime", false},
		{"The truck blasted through the police cordon.", "blasted", true},
		{"The mayor blasted the port board on Monday.", "blasted", false},
		{"The gunman blasted his way into the Reddin newsroom.", "blasted", true},
		{"The mayor blasted his rivals on the port board.", "blasted", false},
		{"Neighbours heard two loud blasts near the harbour.", "blasts", true},
		{"The mayor blasts the port board in a letter.", "blasts", false},
		{"As he tried to open the door, Osk said the clerk slammed it shut.", "slammed", true},
		{"The mayor slammed the port board.", "slammed", false},
		// Every use must be plain: one label among them is a label.
		{"After the regime change, the regime closed the port.", "regime", false},
		{"The ferry was insisted upon.", "insisted", false},
		{"The storm claimed at least ten lives on the coast.", "claimed", true},
		{"The flood claimed the lives of two crew members.", "claimed", true},
		{"The mayor claimed the ferry was safe.", "claimed", false},
		{"A mix of levies and austere cutbacks on port spending starts in May.", "austere", true},
		{"The austere harbour master rarely smiled.", "austere", false},
	} {
		if got := neutralSense(c.sentence, c.text); got != c.want {
			t.Errorf("neutralSense(%q, %q) = %v, want %v", c.sentence, c.text, got, c.want)
		}
	}
}

func TestReportedModal(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		want           bool
	}{
		{"The harbour master said the ferry could be back in service by May.", "could be", true},
		{"According to the port, the strike may have cost the town its winter trade.", "may have", true},
		{"The ferry could be back in service by May.", "could be", false},
		{"Many are saying the strike may have to do with pay.", "may have", true},
		{"The mayor said the ferry was allegedly sold below its price.", "allegedly", false},
	} {
		if got := reportedModal(c.sentence, c.text); got != c.want {
			t.Errorf("reportedModal(%q, %q) = %v, want %v", c.sentence, c.text, got, c.want)
		}
	}
}

func TestRelativeModal(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"Divers found no fuel that may have leaked from the ferry.", true},
		{"The clerk kept the ledger, which may have notes in it.", true},
		{"The night shift may have been cut too soon.", false},
		{"That may have been enough to calm the crews.", false},
		{"The clerk, who may have taken the ledger, resigned.", false},
	} {
		if got := relativeModal(c.sentence, "may have"); got != c.want {
			t.Errorf("relativeModal(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
}

func TestSpeakersJudgement(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		want           bool
	}{
		{"Former pilots savaged the board, saying that it had shown shocking neglect.", "shocking", true},
		{"Harbour fees have grown to shocking heights, the author says.", "shocking", true},
		{"The guild head predicted that the council will not ban so-called \u201cnight ferries\u201d this year.", "so-called", true},
		{"Harbour fees have grown to shocking heights.", "shocking", false},
		{"The so-called \u201cnight ferries\u201d sail at dusk, the clerk said on Monday in a long and rambling speech.", "so-called", false},
		// Every use must be reported; naming words are not judgements.
		{"The shocking vote came after Varn said that the fees were shocking.", "shocking", false},
		{"Varn said that the regime had closed the port.", "regime", false},
		{"Varn staked his career on insisting that the bombshell report was false.", "bombshell", false},
		{"Osk listed what he considered among the most controversial votes of his career.", "controversial", true},
		{"Osk named some of the most controversial votes of the year.", "controversial", false},
		{"Lind ran again, suggesting with her infamous ferry ad that only she could win.", "infamous", false},
		{"Critics attacked the levy, suggesting that it was a shocking waste.", "shocking", true},
	} {
		if got := speakersJudgement(c.sentence, c.text); got != c.want {
			t.Errorf("speakersJudgement(%q, %q) = %v, want %v", c.sentence, c.text, got, c.want)
		}
	}
}

func TestPlainDescriptor(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		own            bool
	}{
		{"Lind, a harbour-party firebrand, will not run again.", "firebrand", false},
		{"Lind came off as less of a firebrand than Varn.", "firebrand", false},
		{"Lind rules the harbour like a despot.", "despot", true},
	} {
		u := TermUse{Term: c.text, Text: c.text, Category: "loaded", Sentence: c.sentence}
		if got := ownVoice(u); got != c.own {
			t.Errorf("ownVoice(%q in %q) = %v, want %v", c.text, c.sentence, got, c.own)
		}
	}
}

func TestGivenLoaded(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		want           bool
	}{
		{"The inquiry, which Varn has repeatedly called a witch hunt, ended.", "witch hunt", true},
		{"Varn called it a witch hunt.", "witch hunt", true},
		{"Varn scolded the board and called out the pilots as puppet masters.", "puppet", true},
		{"Varn derided the plan as a bombshell for the port.", "bombshell", true},
		{"Varn called the controversial levy a mistake.", "controversial", false},
		{"The court dismissed the controversial levy.", "controversial", false},
		{"The witch hunt ended, as Varn had called it.", "witch hunt", false},
	} {
		if got := givenLoaded(c.sentence, c.text); got != c.want {
			t.Errorf("givenLoaded(%q, %q) = %v, want %v", c.sentence, c.text, got, c.want)
		}
	}
}

func TestOthersJudgement(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"For critics, the mayor was a heartless tyrant; for friends, a saviour.", true},
		{"To her opponents on the council, Lind is a despot.", true},
		{"For years, Lind ruled the port like a despot.", false},
		{"Lind, for critics, is a despot.", false},
	} {
		if got := othersJudgement(c.sentence); got != c.want {
			t.Errorf("othersJudgement(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
}

func TestSoCalledPhrase(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"The board may trigger the so-called \u201cnuclear option\u201d soon.", "nuclear option"},
		{"The board may trigger the so-called \"nuclear option\" soon.", "nuclear option"},
		{"The so-called harbour left met.", ""},
		{"The so-called \u201charbour left met.", ""},
	} {
		if got := soCalledPhrase(c.sentence); got != c.want {
			t.Errorf("soCalledPhrase(%q) = %q, want %q", c.sentence, got, c.want)
		}
	}
}
