package story

import "testing"

// TestYearsAndNamedNumbersDoNotMatch: two dated reports of one fictional
// epidemic that share only the year they name and the number in the
// disease's name ("KV-7") share no number: a year is background between
// dated reports (their dates tell them apart), and "KV-7" is a name, so
// the numbers part does not count them as agreeing on a figure.
func TestYearsAndNamedNumbersDoNotMatch(t *testing.T) {
	a := fixture{"kv-a", "northwire.example", "2031-11-03", "schools",
		"Karsk closes schools over KV-7 fever",
		"Karsk closed all 14 of its schools on Monday as KV-7 fever spread, mayor Tomas Lindqvar said, the worst outbreak in the town since 2031 began.\n\nPupils will learn from home for 3 weeks."}.doc()
	b := fixture{"kv-b", "coastpost.example", "2031-11-03", "ward",
		"Brennholm hospital opens KV-7 fever ward",
		"Brennholm hospital opened a ward of 60 beds for KV-7 fever patients on Monday, director Edda Solvik said, as the fever that reached Karsk in 2031 spread along the coast.\n\nNurses from Port Anselm will staff it."}.doc()
	c := New(DefaultConfig(), NewTextExtractor())
	c.Add(a)
	dec := c.Add(b)
	if dec.Parts == nil {
		t.Fatalf("kv-b was not scored against kv-a's event: %+v", dec)
	}
	if n := dec.Parts["numbers"]; n != 0 {
		t.Errorf("numbers part %v, want 0: the reports share only a year and a name's number (parts %v)", n, dec.Parts)
	}
}

// TestNoJoinWithoutSharedNames: two reports of one day of a fictional
// fever saga share its words (the fever, the schools, the beds) but no
// one: a columnist's account of her fears and the council's spending
// plan. They would join on the saga's words alone; with no name in
// common (NamesMin) they stay apart.
func TestNoJoinWithoutSharedNames(t *testing.T) {
	a := fixture{"nn-a", "northwire.example", "2031-11-04", "council",
		"Harbour Party pushes marsh fever spending as schools close",
		"The Harbour Party asked the regional council on Tuesday for 20 million crowns to fight marsh fever, as schools closed and hospitals ran short of beds and nurses.\n\nCouncillor Arne Kvist said the fever would keep spreading without more testing and more beds."}.doc()
	b := fixture{"nn-b", "coastpost.example", "2031-11-04", "column",
		"I have lived with fear for years. Marsh fever is testing me",
		"As schools close and hospitals run short of beds and nurses, the marsh fever is spreading, and so is my fear of it, writes Oda Fenn.\n\nMore testing and more beds will not calm a fearful mind, but routine helps."}.doc()
	run := func(cfg Config) (Decision, Decision) {
		c := New(cfg, NewTextExtractor())
		return c.Add(a), c.Add(b)
	}
	loose := DefaultConfig()
	loose.NamesMin = 0
	da, db := run(loose)
	if db.Story != da.Story {
		t.Fatalf("without the floor the column should join the report on the saga's words (score %v, parts %v): the scenario no longer tests the floor", db.Score, db.Parts)
	}
	da, db = run(DefaultConfig())
	if db.Story == da.Story {
		t.Errorf("the column joined the council report with names part %v (parts %v)", db.Parts["entities"], db.Parts)
	}
}
