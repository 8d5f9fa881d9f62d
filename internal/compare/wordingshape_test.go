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

// TestAdmittedPlace: "admitted" to or into a place, or as a passive,
// concedes nothing; admitting a fact or a deed does.
func TestAdmittedPlace(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		want           bool
	}{
		{"The clerk was admitted to Harbour General Hospital on Monday.", "admitted", true},
		{"The clerk, who was quietly admitted overnight, is stable.", "admitted", true},
		{"The league admitted two clubs into the union in May.", "admitted", true},
		{"The academy admits cadets into the academy each spring.", "admits", true},
		{"Staff admitted him to the trauma ward.", "admitted", true},
		{"Varn admitted to the clerk that the ledger was wrong.", "admitted", false},
		{"Varn admitted to hiding the ledger.", "admitted", false},
		{"Varn admitted the ledger was wrong.", "admitted", false},
		{"Varn admits that the port lost money.", "admits", false},
	} {
		if got := admittedPlace(c.sentence, c.text); got != c.want {
			t.Errorf("admittedPlace(%q, %q) = %v, want %v", c.sentence, c.text, got, c.want)
		}
	}
}

// TestModalOfPurpose: "could be" in a clause of purpose or time says
// what was to be possible; elsewhere it is the writer's hedge.
func TestModalOfPurpose(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		want           bool
	}{
		{"The guild wants the talks on the record so they could be printed.", "could be", true},
		{"Crew held the rope until the clerk could be lifted out.", "could be", true},
		{"The ferry waited two days before its cargo could be checked.", "could be", true},
		{"The mayor asked for the files so that the audit could be finished.", "could be", true},
		{"The toll could be higher, the port said.", "could be", false},
		{"The ledger is unclear, and so it could be argued that the clerk erred.", "could be", false},
		{"So it could be the largest haul this year.", "could be", false},
		{"Until now, the audit could be the mayor's undoing.", "could be", false},
		{"The ferry may have sunk.", "may have", false},
	} {
		if got := modalOfPurpose(c.sentence, c.text); got != c.want {
			t.Errorf("modalOfPurpose(%q, %q) = %v, want %v", c.sentence, c.text, got, c.want)
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
