package nlp

import "testing"

// A headline a page lists ("A Monk Named Lorcan!") writes a title-case
// phrase around "Named", "Called" or "Dubbed": the participle joins a
// noun to the name, so the phrase is no person's name, and the person's
// name stays the one the sentences write. Invented text; the listed
// headline fails on main 210385b9, the other cases guard what was right.

func TestHeadlineNamedIsNoPartOfAName(t *testing.T) {
	checkTypes(t, []typeCase{
		{"listed headline", "Bishop Lorcan greeted the monks on Monday. Lorcan said the abbey would stay open.\n\n" +
			"Here are other headlines about him:\n\n-- \"A Benedictine Named Lorcan!\" (Harbour Weekly)",
			map[string]EntityType{"Benedictine Named Lorcan": "", "Lorcan": Person}},
		{"called", "Velt greeted the farmers on Monday. Velt said the market would stay open.\n\n" +
			"-- \"A Farmer Called Velt\" (Lakeside Weekly)",
			map[string]EntityType{"Farmer Called Velt": "", "Velt": Person}},
		{"dubbed", "Bishop Ostrander opened the synod. Ostrander said it would last a week.\n\n" +
			"-- \"The Quiet Cleric Dubbed Ostrander\" (Harbour Weekly)",
			map[string]EntityType{"Quiet Cleric Dubbed Ostrander": "", "Cleric Dubbed Ostrander": "", "Ostrander": Person}},
		{"given name before the word kept", "Ana Named said the vote was fair.", map[string]EntityType{"Ana Named": Person}},
	})
}

// TestHeadlineNamedLeavesTheLinkedName: the name two articles' person is
// shown by (Link's fullest form) is no headline one of them lists at its
// end.
func TestHeadlineNamedLeavesTheLinkedName(t *testing.T) {
	a := newTestAnalyzer(t)
	one := analyze(t, a, "Bishop Lorcan greeted the monks on Monday. Lorcan said the abbey would stay open.\n\n"+
		"Here are other headlines about him:\n\n-- \"A Benedictine Named Lorcan!\" (Harbour Weekly)")
	two := analyze(t, a, "Bishop Lorcan spoke to the pilgrims. \"We will walk together,\" Lorcan said.")
	for _, g := range Link([]*Analysis{one, two}, a.Naming("en")) {
		if g.Type == Person && g.Name != "Lorcan" {
			t.Errorf("person shown as %q, want %q (forms %v)", g.Name, "Lorcan", g.Forms)
		}
	}
}
