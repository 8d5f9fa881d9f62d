package compare

import "testing"

// TestSecondPointCut: a member's sentence states the shared point and
// then a second one of its own, joined by ", while" and a clause with a
// subject of its own (after a quotation too, and when the other member
// runs on as well), by ", which" and a clause of its own about something
// it named, by "or to say", or by "and" and a second predicate after a
// leading phrase and a first predicate quoting the speaker; the member
// is shown as the clause that states the shared point. On main each is
// shown whole.
func TestSecondPointCut(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour inquiry sought\nMayor Berg said he would ask the harbour board to open an inquiry into the closure at once, while former minister Lund called the closure rash and costly for the island.\n"+
			"Chief Moss said officers are questioning several witnesses and collecting camera footage of the crash, which he promised to publish next week.\n"+
			"The ferry company declined to comment on the new timetable or to say whether the captain would keep his post.\n"+
			"Councillor Dahl said she would formally demand that \"the port auditor must examine the contract at once,\" while the former harbour master Ostby called the deal \"reckless\" and \"shameful.\"\n"+
			"In a statement Tuesday evening, Governor Sand said \"the Halm coast guard returned fire\" and said he has asked the state police to independently investigate the shooting.\n"+
			"Work is due to start in March.",
		"Inquiry into closure\nMayor Berg wrote to the harbour board on Monday asking it to open an inquiry into the closure.\n"+
			"Police say officers are questioning several witnesses and collecting camera footage.\n"+
			"A ferry company spokesman declined to comment on the new timetable.\n"+
			"Councillor Dahl wrote to the port auditor on Tuesday, demanding that he examine the contract.\n"+
			"Governor Sand said on Tuesday he had asked the state police to independently look into the deadly shooting.\n"+
			"The council meets again next week.",
	))
	for _, c := range []struct{ prefix, want string }{
		{"Mayor Berg wrote", "Mayor Berg said he would ask the harbour board to open an inquiry into the closure at once…"},
		{"Police say officers", "Chief Moss said officers are questioning several witnesses and collecting camera footage of the crash…"},
		{"A ferry company spokesman", "The ferry company declined to comment on the new timetable…"},
		{"Councillor Dahl wrote", "Councillor Dahl said she would formally demand that \"the port auditor must examine the contract at once,\"…"},
		{"Governor Sand said on", "In a statement Tuesday evening, Governor Sand … said he has asked the state police to independently investigate the shooting."},
	} {
		s, ok := memberOf(r, c.prefix, "a0")
		if !ok {
			t.Fatalf("%q is no fact of both articles: %+v", c.prefix, r.Facts)
		}
		if s.Text != c.want {
			t.Errorf("the member shows %q, want %q", s.Text, c.want)
		}
	}
}

// TestSecondPointKept: what the session 58 cuts leave whole. A
// ", while" clause whose subject is a pronoun is a clause of time about
// the first clause's subject; a sentence whose first clause holds the
// names the others give is not shown as its second clause; a past form
// after "and" that goes on a passive ("said they had been locked out of
// … and harassed by …") is no second predicate.
func TestSecondPointKept(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour row\nThe mayor's son took a seat on the ferry board, while his father was the island's point man for ferry policy.\n"+
			"Governor Sand spoke at the harbour for Mayor Berg, while former minister Lund came out for Dahl in the final days of the race.\n"+
			"In the lawsuit, the fishermen said they had been locked out of the new market hall and harassed by harbour officials and a neighbouring trader.\n"+
			"Work is due to start in March.",
		"Harbour board\nThe mayor's son took a seat on the ferry board last spring.\n"+
			"Governor Sand spoke for Mayor Berg in the final days of the race, his aides said.\n"+
			"The fishermen say they were harassed by harbour officials and a neighbouring trader.\n"+
			"The council meets again next week.",
	))
	for _, c := range []struct{ prefix, want string }{
		{"The mayor's son took a seat on the ferry board last", "The mayor's son took a seat on the ferry board, while his father was the island's point man for ferry policy."},
		{"Governor Sand spoke for Mayor Berg in", "Governor Sand spoke at the harbour for Mayor Berg, while former minister Lund came out for Dahl in the final days of the race."},
		{"The fishermen say", "In the lawsuit, the fishermen said they had been locked out of the new market hall and harassed by harbour officials and a neighbouring trader."},
	} {
		s, ok := memberOf(r, c.prefix, "a0")
		if !ok {
			t.Fatalf("%q is no fact of both articles: %+v", c.prefix, r.Facts)
		}
		if s.Text != c.want {
			t.Errorf("the member shows %q, want %q", s.Text, c.want)
		}
	}
}
