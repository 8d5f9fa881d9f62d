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
