package compare

import "testing"

// TestOneRemarkInPart: one member quotes both halves of a remark, the
// other member one half; the half it alone gives is marked as what it
// adds, whether the first or the second (addsQuotePart). The cuts keep
// such a member whole, and before it nothing was marked.
func TestOneRemarkInPart(t *testing.T) {
	r := run(t, mkArticles(
		"Ferry plan\n“The old boat served this island for 40 winters, and the harbour board will find the money for a new ferry,” Mayor Berg told the council on Monday.\n"+
			"“We will rebuild the north pier before the summer storms, and a dry berth for every fisherman on Halm,” Dahl said.\n"+
			"Work is due to start in March.",
		"New ferry for Halm\nMayor Berg said the harbour board would find money to buy a new ferry.\n"+
			"Dahl said on Monday that the north pier would be rebuilt before the summer storms.\n"+
			"The council meets again next week.",
	))
	for _, c := range []struct{ prefix, adds string }{
		{"Mayor Berg said", "The old boat served this island for 40 winters…"},
		{"Dahl said on Monday", "…and a dry berth for every fisherman on Halm"},
	} {
		s, ok := memberOf(r, c.prefix, "a0")
		if !ok {
			t.Fatalf("%q is no fact of both articles: %+v", c.prefix, r.Facts)
		}
		if s.Whole != "" || s.Adds != c.adds {
			t.Errorf("the member shows %q (whole %q) adding %q, want it whole adding %q", s.Text, s.Whole, s.Adds, c.adds)
		}
		if o, _ := memberOf(r, c.prefix, "a1"); o.Adds != "" {
			t.Errorf("the member that quotes less adds %q", o.Adds)
		}
	}
}

// TestOneRemarkWhole: a half of a quotation the other member gives in
// other words, naming the same people ("graves" / "tombstones"), a
// half made of the names the other gives, or items of a list the other
// sums up in a word of its own ("letters, ledgers, minutes" / "papers"),
// is not marked.
func TestOneRemarkWhole(t *testing.T) {
	r := run(t, mkArticles(
		"Quay opened\n“I would invite any doubters to the new quay at Halm, and to the graves of Anna Lind and Per Holm,” Mayor Berg said on Monday.\n"+
			"“Halm Harbour Pilots (and Nord) are SPLENDID, but the old harbour rules stop them from doing their job,” Dahl said.\n"+
			"The inspector asked the board for “all letters, ledgers, minutes, and recordings of the harbour board meetings since 2019.”\n"+
			"Work is due to start in March.",
		"Quay opens\nMayor Berg invited any doubters to visit the new quay at Halm, and the tombstones of Anna Lind and Per Holm.\n"+
			"Halm Harbour Pilots (and Nord) are SPLENDID, but the old harbour rules stop them from doing their job, Dahl wrote.\n"+
			"The inspector wants all papers and recordings of the harbour board meetings since 2019.\n"+
			"The council meets again next week.",
	))
	for _, prefix := range []string{"Mayor Berg invited", "Halm Harbour Pilots (and Nord) are SPLENDID, but the old harbour rules stop them from doing their job, Dahl", "The inspector wants"} {
		s, ok := memberOf(r, prefix, "a0")
		if !ok {
			t.Fatalf("%q is no fact of both articles: %+v", prefix, r.Facts)
		}
		if s.Adds != "" {
			t.Errorf("%q is marked as adding %q", s.Text, s.Adds)
		}
	}
}

// TestOneRemarkGuards: the guards of addsQuotePart that the tests above
// leave unreached. A half of one content word is no remark of its own
// ("…, and fast"); a last list item of fewer than minCutWords content
// words is an item the others may sum up; a comma further back than a
// list item's length in the quotation ("As I told the council, …") makes
// no list, so the half before it is marked.
func TestOneRemarkGuards(t *testing.T) {
	checkMemberAdds(t, []addsCase{
		{"a second half of one word",
			"“The harbour board will find the money for a new ferry, and quickly,” Mayor Berg said on Monday.",
			"Mayor Berg said the harbour board would find money to buy a new ferry.", "Mayor Berg said", ""},
		{"a short last list item",
			"“The pilots broke the harbour rules, tide tables, and the ferry logs,” Dahl said on Monday.",
			"Dahl said the pilots broke the harbour rules and tide tables.", "Dahl said", ""},
		{"a comma far back is no list",
			"“As I told the council last winter, the old boat served this island for 40 summers, and the harbour board will find the money for a new ferry,” Mayor Berg said.",
			"Mayor Berg said the harbour board would find money to buy a new ferry.", "Mayor Berg said",
			"As I told the council last winter, the old boat served this island for 40 summers…"},
	}, false)
}
