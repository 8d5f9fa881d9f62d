package compare

import "testing"

// TestParticipleTailCut: a member's sentence runs on past the shared
// clause into a participial tail of its own (", pointing to …",
// ", confirming that …") or a second predicate (", and vowed to …");
// the member is shown as the shared clause alone
// with the tail cut, and a sentence whose shared part is the tail itself
// is left whole (the tail is never shown without its subject). On main
// neither of the first two sentences splits.
func TestParticipleTailCut(t *testing.T) {
	r := run(t, mkArticles(
		"Ferry berth to open\nHarbour master Lund said the new ferry berth would open to passengers in May, pointing to the dredging contracts signed by the council last winter.\n"+
			"The mayor praised the island's volunteers, confirming that the lifeboat crew had rescued the stranded anglers near the reef.\n"+
			"Mayor Berg said the ferry fares would stay frozen through the winter, and vowed to reopen the old pier for the summer fishing fleet.\n"+
			"Work is due to start in March.",
		"Berth opening set\nThe new ferry berth will open to passengers in May, officials say.\n"+
			"The lifeboat crew rescued the stranded anglers near the reef on Sunday.\n"+
			"Ferry fares will stay frozen through the winter, the council said.\n"+
			"The council meets again next week.",
	))
	for _, c := range []struct{ prefix, want string }{
		{"The new ferry berth", "Harbour master Lund said the new ferry berth would open to passengers in May…"},
		{"Ferry fares will stay", "Mayor Berg said the ferry fares would stay frozen through the winter…"},
		{"The lifeboat crew", "The mayor praised the island's volunteers, confirming that the lifeboat crew had rescued the stranded anglers near the reef."},
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
