package compare

import "testing"

// TestAddsReadAsShown: what a member adds reads as the member's text
// on the page. A sentence that opens its paragraph on a wire's dateline
// is shown without it, and one written with two spaces between words is
// shown with one: the first clause it adds before "but" must read so
// too, or the page drops it (on main it was lost in both).
func TestAddsReadAsShown(t *testing.T) {
	const want = "Captain Holm had sailed the northern route for many summers…"
	for _, first := range []string{
		"Captain Holm had sailed the northern route for many summers, but was stripped of his licence when the harbour board found he ignored the storm warning.",
		"HALM (Reuters) - Captain Holm had sailed the northern route for many summers, but was stripped of his licence when the harbour board found he ignored the storm warning.",
		"Captain Holm had sailed  the northern route for many summers, but was stripped of his licence when the harbour board found he ignored the storm warning.",
	} {
		r := run(t, mkArticles(
			"Harbour licence\n"+first+"\nWork is due to start in March.",
			"Licence taken\nThe harbour board found the captain ignored the storm warning and took away his licence.\nThe council meets again next week.",
		))
		s, ok := memberOf(r, "The harbour board found", "a0")
		if !ok {
			t.Fatalf("%q: no fact of both articles: %+v", first, r.Facts)
		}
		if s.Adds != want {
			t.Errorf("the member %q adds %q, want %q", s.Text, s.Adds, want)
		}
	}
}

// TestAddsGuards: guards of addsPart and addsHead, each on a case that
// fails without it (TestOneSideHoldsNoMore's sentences pass with any
// of them removed: its clause that repeats the others' words names a
// speaker as well): a first clause before "but" that holds the others'
// words; a run-on clause holding a word of the others' that the part
// before lacks; one holding two of the others' words; and a clause
// after ", but" whose verb points back at the first ("repeated that"),
// where the first is the point both tell (before the fix the check read
// the clause's subject, and the first clause was marked as added).
func TestAddsGuards(t *testing.T) {
	for _, c := range []struct{ name, member, other, prefix string }{
		// At the wider points (widerHeadPoint) a first clause that holds a
		// word of the others' is not marked: a paraphrase may tell it (the
		// captain "arrested" / "taken into custody").
		{"the first clause holds the others' words",
			"The ferry captain was arrested late on Friday, and was charged with smuggling diesel through the harbour at night.",
			"Police took the ferry captain into custody and charged him with smuggling diesel through the harbour at night.", "Police took"},
		{"head tells the others' words",
			"Captain Holm had ignored the harbour rules for many summers, but was stripped of his licence when the harbour board found he ignored the storm warning.",
			"The harbour board found the captain ignored the storm warning and took away his licence.", "The harbour board found"},
		{"tail holds a word the head lacks",
			"The minister praised the harbour crews and called on the navy to look again at every ferry timetable.",
			"The minister praised the harbour crews and ordered the navy to investigate the storm.", "The minister praised the harbour crews and ordered"},
		{"tail holds two of the others' words",
			"The council said the harbour hall would close for repairs, which harbour pilots on the council said would take all winter.",
			"The council said the harbour hall would close for repairs.", "The council said the harbour hall would close for repairs."},
		{"clause after , but points back",
			"Captain Holm had sailed the “northern route” for 12 summers, but the harbour board repeated that on Friday at a crowded meeting.",
			"The harbour board repeated its storm warning on Friday at a crowded meeting.", "The harbour board repeated"},
	} {
		r := run(t, mkArticles("Harbour\n"+c.member+"\nWork is due to start in March.", "Harbour news\n"+c.other+"\nThe council meets again next week."))
		s, ok := memberOf(r, c.prefix, "a0")
		if !ok {
			t.Fatalf("%s: %q is no fact of both articles: %+v", c.name, c.prefix, r.Facts)
		}
		if s.Adds != "" {
			t.Errorf("%s: %q is marked as adding %q", c.name, s.Text, s.Adds)
		}
	}
}
