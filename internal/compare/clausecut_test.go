package compare

import (
	"strings"
	"testing"
)

// TestClauseAlignedCut: one article's member joins two main clauses
// that both touch the others' words, and only one states what the other
// article says: a protest beside the council's vote (the vote shown,
// "…" before it), a lifeboat count beside the inspectors' doubt (the
// count shown, "…" after it), a quoted promise beside what the company
// added (the added point shown with its attribution).
func TestClauseAlignedCut(t *testing.T) {
	r := run(t, mkArticles(
		"Night ferry saved\nHalm islanders protested the ferry closure outside the town hall, and the harbour council voted to keep the night ferry running through winter.\n"+
			"Halm has only a pair of old working lifeboats, but inspectors believe neither could reach the outer reef in a storm.\n"+
			"“The crossing will run every night in summer,” the ferry company said in a statement, adding that the new timetable would keep the late boat for hospital visitors.\n"+
			"Tickets go on sale in March.",
		"Council keeps night boat\nThe harbour council voted to keep the night ferry running through winter.\n"+
			"Halm has only a pair of old working lifeboats.\n"+
			"The new timetable would keep the late boat for hospital visitors, the company said.\n"+
			"The mayor welcomed the vote.",
	))
	for _, c := range []struct{ prefix, want, gone string }{
		{"The harbour council voted", "… the harbour council voted to keep the night ferry running through winter.", "protest"},
		{"Halm has only a pair", "Halm has only a pair of old working lifeboats…", "reef"},
		{"The new timetable", "… the ferry company said in a statement, adding that the new timetable would keep the late boat for hospital visitors.", "summer"},
	} {
		var s FactSentence
		found := false
		for _, f := range r.Facts {
			if len(f.Sentences) < 2 {
				continue
			}
			for _, m := range f.Sentences {
				if strings.HasPrefix(m.Text, c.prefix) {
					found = true
				}
			}
			if found {
				for _, m := range f.Sentences {
					if m.Article == "a0" {
						s = m
					}
				}
				break
			}
		}
		if !found {
			t.Fatalf("%q is no fact of both articles: %+v", c.prefix, r.Facts)
		}
		if s.Text != c.want {
			t.Errorf("the member shows %q, want %q", s.Text, c.want)
		}
		for _, o := range s.OnlyHere {
			if strings.Contains(o, c.gone) {
				t.Errorf("the member lists %q, which is cut off", o)
			}
		}
	}
}

// TestClauseAlignedKept: no clause is shown alone when the rest is the
// attribution of the quotation shown ("“…,” Lund, of Halm, and Berg, of
// Ost, said"), when "and" opens a relative clause ("and whose …"), when
// the rest holds a quarter or more of the shared words, when the rest
// names a person the other member names (what it says is about them), or
// when the other member runs on in its own way (the two may add one
// thing in other words).
func TestClauseAlignedKept(t *testing.T) {
	r := run(t, mkArticles(
		"Ferry owners answer\n“The night boat stays on the winter timetable until the new pier opens in spring,” Lund, of Halm, and Berg, of Ost, said in a statement.\n"+
			"The board keeps the crossing open for pupils who live on the outer islands, and whose parents were moved to the harbour town.\n"+
			"Lund said the island should compensate the families, and he requested an apology through formal channels.\n"+
			"Fares went up for pupils last spring, but the harbour council voted to keep the night ferry open through winter.\n"+
			"The council accepted the inspectors' report on the old pier, but Ola Brenn called the repairs a waste of island money.\n"+
			"Repairs start soon.",
		"Board answers Lund\n“The night boat stays on the winter timetable until the new pier opens in spring,” the two mayors said.\n"+
			"The board keeps the crossing open for pupils who live on the outer islands.\n"+
			"Lund expects compensation and an apology through formal channels.\n"+
			"The harbour council voted to keep the night ferry open through winter, as the crews had asked since the spring.\n"+
			"Ola Brenn, the harbour chief, attacked the council that accepted the inspectors' report on the old pier.\n"+
			"The mayor spoke.",
	))
	noMemberCut(t, r)
}
