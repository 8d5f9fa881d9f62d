package compare

import "testing"

// TestInsideMarks: a word inside quotation marks the quotation finder
// did not take (a quoted tweet, a headline's single marks, a quotation
// running on from the sentence before) is someone's; outside them, or
// after a closed pair, it is the writer's. Sentences are invented.
func TestInsideMarks(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		want           bool
	}{
		{"Mayor Varn slams 'MOLE HUNT' after harbour audit", "mole hunt", true},
		{"Varn wrote online that he is the target of a \u201cMOLE HUNT\u201d run by rivals.", "mole hunt", true},
		{"He later posted: \u2018The biggest mole hunt in harbour history - by bitter losers!\"", "mole hunt", true},
		{"\"The alleged thief worked for my campaign,\" Varn said.", "alleged", true},
		{"the alleged thief worked for his campaign,\u201d Varn said.", "alleged", true},
		{"The alleged thief, Varn said, worked \u201conly weekends.\u201d", "alleged", false},
		{"Varn\u2019s \u201cbest year\u201d ended when the alleged thief was caught.", "alleged", false},
		{"\u201cWe were robbed,\u201d Varn said of the alleged thief.", "alleged", false},
		{"The alleged thief was caught.", "alleged", false},
		{"Varn's aides, who call it a mole hunt, were not there.", "mole hunt", false},
	} {
		if got := insideMarks(c.sentence, c.text); got != c.want {
			t.Errorf("insideMarks(%q, %q) = %v, want %v", c.sentence, c.text, got, c.want)
		}
	}
}

// TestQuotedPiece: marks in a sentence that names the interview,
// speech or writing they come from quote that piece.
func TestQuotedPiece(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"In a 2004 interview, Varn backed a \u201cfloating bridge\u201d for the port.", true},
		{"Varn tweeted that the audit was a \u201cstunt.\u201d", true},
		{"The mayor has been on a \u201cgoodwill tour\u201d of the harbour.", false},
	} {
		if got := quotedPiece(c.sentence); got != c.want {
			t.Errorf("quotedPiece(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
}

// TestNamedReport: "reported" with a named reporter or after a figure
// credits or counts; unnamed reporters, the passive and the adjective
// hedge. Sentences are invented.
func TestNamedReport(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"The Harbour Gazette and the Estria Post both reported Saturday that the clerk resigned.", true},
		{"The ferry stayed in port, as the Valmora port board reported it to be unsafe.", true},
		{"“We will not sign,” Varn said, as reported by the Northshore Times.", true},
		{"The toll is higher than the 412 reported to date.", true},
		{"The toll is above the 412 deaths officially reported.", true},
		{"Several local outlets reported last week that the clerk resigned.", false},
		{"The fund, which is reported to be empty, closed in May.", false},
		{"Varn spoke amid reported plans for a second strike.", false},
		{"Estria denied the Harbour Gazette’s reported leak.", false},
		{"The clerk reportedly resigned.", false},
		{"Gazette reported late Monday that the clerk resigned.", true},
		{"Many reported that the clerk resigned.", false},
		{"The mayor's office has reported receiving threats.", true},
	} {
		if got := namedReport(c.sentence, "reported"); got != c.want {
			t.Errorf("namedReport(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
}

// TestSoCalledName: "so-called" before marks around words in small
// letters keeps the writer's distance; before a name or a bare term it
// says what a thing is called. Sentences are invented.
func TestSoCalledName(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"The deal was signed by the so-called \u201ccoalition of the harbour\u201d in Valmora.", false},
		{"The court cited the so-called Varn doctrine of deference.", true},
		{"The board issued so-called \u201cOsk letters\u201d to the crews.", true},
		{"The deal lengthens the so-called breakout time.", true},
		{"The so-called \u201cexperts\u201d and the so-called Varn doctrine.", false},
	} {
		if got := soCalledName(c.sentence, "so-called"); got != c.want {
			t.Errorf("soCalledName(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
}

// TestDisputeDescribed: "controversial" denied or given with its cause
// describes a dispute. Sentences are invented.
func TestDisputeDescribed(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"Osk was not considered a controversial pick for the port board.", true},
		{"Osk was the least controversial name on the list.", true},
		{"The roster is controversial because it cuts the night shift.", true},
		{"The board pushed through its controversial roster.", false},
		{"The less controversial clauses passed.", false},
		{"The court will hear controversial cases this term.", true},
		{"Both sides want to keep the 60-vote bar for controversial legislation.", true},
		{"The board pushed through the controversial legislation on Monday.", false},
	} {
		if got := disputeDescribed(c.sentence, "controversial"); got != c.want {
			t.Errorf("disputeDescribed(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
}

func TestSoCalledPolicy(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"The board may trigger the so-called \u201cnuclear option\u201d and end the veto.", true},
		{"The board may trigger the so-called \"nuclear option\" and end the veto.", true},
		{"Since 1995 the so-called \u201cwet foot, dry foot\u201d policy let pilots stay.", true},
		{"Critics misread how the so-called \u201charbour left\u201d sees the port.", false},
		{"The guild wants a ban on so-called \u201cnight ferries\u201d this year.", false},
	} {
		if got := soCalledName(c.sentence, "so-called"); got != c.want {
			t.Errorf("soCalledName(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
}
