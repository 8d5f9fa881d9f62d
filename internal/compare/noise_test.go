package compare

import (
	"strings"
	"testing"
)

// TestRoleWordsAreNoNames: a role word is not a name (session 53,
// h/noise53; read52 counted role pairs on ten of sixteen pages): "Judge"
// / "nominee", "Sen." / "Senator", "Chairman" / "Senator" or an office
// with and without its state are house style, not a naming choice, and
// are not listed; a dateline's capitals ("WASHINGTON (AP) —") are no
// other name of the city than "D.C.". The roles stay in each article's uses.
// The seeds' flags stand (findings_test.go: Kiev/Kyiv, Vladimir/Volodymyr
// flagged, UK/Britain not).
func TestRoleWordsAreNoNames(t *testing.T) {
	r := run(t, mkArticles(
		"Hearing on the bench pick\nWASHINGTON (AP) — Judge Arlen Toskey told the panel on Monday that he never met the donors. Sen. Marta Quell said the hearing would go on. Chairman Orrin Dalby opened the session.",
		"Bench pick heard\nThe nominee Arlen Toskey told senators in D.C. on Monday that he never met the donors. Senator Marta Quell said the hearing would go on. Vermont Sen. Orrin Dalby opened the session.",
	))
	for _, n := range r.Names {
		for _, v := range n.Variants {
			for _, f := range v.Forms {
				if f == "WASHINGTON" {
					t.Errorf("%s: dateline capitals listed as a name: %s / %s (%s)", n.Entity, v.Forms[0], v.Forms[1], v.Kind)
				}
			}
			if v.Kind == VariantRole {
				t.Errorf("%s: role words listed as a naming variant: %s / %s", n.Entity, v.Forms[0], v.Forms[1])
			}
		}
	}
	roles := 0
	for _, n := range r.Names {
		for _, u := range n.Uses {
			roles += len(u.Roles)
		}
	}
	if roles == 0 {
		t.Errorf("the articles' roles are gone from the uses: %+v", r.Names)
	}
	var b strings.Builder
	if err := WriteMarkdown(&b, r); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, bad := range []string{"Judge / nominee", "Sen / Senator", "(role)"} {
		if strings.Contains(md, bad) {
			t.Errorf("Markdown lists %q", bad)
		}
	}
}

// TestNoQuantityRows: the Numbers table lists quantities of things (h/noise53;
// read52 found junk rows on ten of sixteen pages): "the two" standing for
// two persons just named and a position with nothing it ranks ("first and
// foremost", "a third, Sen. Orrin Dalby, voted") and a figure of a name
// or code ("Issue 3") are no rows; "two
// donors", "the two 40-minute meetings", "the first vote", a poll's
// "43 percent//Disapprove" and a place in a race ("finished third") still are.
func TestNoQuantityRows(t *testing.T) {
	r := run(t, mkArticles(
		"Bench pick\nArlen Toskey and Marta Quell met on Monday, and the two agreed on the port bill. First and foremost, the bill is about jobs, Quell said. Two donors gave money. Issue 3 would let growers farm, Quell said. The two 40-minute meetings ended. Approve: 43 percent//Disapprove: 52 percent. Dalby finished third.",
		"Bench pick heard\nToskey met Quell on Monday; the two, old friends, agreed on the port bill. A third, Sen. Orrin Dalby, voted for it in the first vote. Two donors gave money. Issue 3 would have given a few growers the farms. The two 40-minute meetings ended. Approve: 43 percent//Disapprove: 52 percent.",
	))
	for _, q := range r.Numbers {
		for _, v := range q.Values {
			if strings.Contains(v.Sentence, "the two") || v.Text == "First" || v.Text == "third" && strings.HasPrefix(v.Sentence, "A third") || strings.Contains(v.Sentence, "Issue 3") {
				t.Errorf("row %q (%s): %q in %q is no quantity", q.What, q.Kind, v.Text, v.Sentence)
			}
		}
	}
	// "The two 40-minute meetings": the reader gives "two" no counted
	// noun, so since h/numbers55 it has no row (a row must say what it
	// counts); the meetings' length keeps its row.
	if quantityOf(r, "a0", "Two") == nil || quantityOf(r, "a0", "43 percent") == nil || quantityOf(r, "a1", "40-minute") == nil {
		t.Errorf("a count of donors, the meetings' length or a percentage lost: %+v", r.Numbers)
	}
	// A position one outlet alone gives ("the first vote", "finished
	// third") compares nothing and has no row since h/numbers55.
	if quantityOf(r, "a1", "first") != nil || quantityOf(r, "a0", "third") != nil {
		t.Errorf("a position of one outlet has a row: %+v", r.Numbers)
	}
}

// TestFewSharedQuotesCounted: on a big event, every pair of reports
// quotes a few words of one statement; the Copying section lists the
// pairs that share quotes at FewSharedQuotes or more of the later article
// and counts the rest in one line (h/noise53; read52 counted 52 such lines
// on one page, most at 0-2%). The relations stay in the report.
func TestFewSharedQuotesCounted(t *testing.T) {
	r := &Report{
		Articles: []Article{{ID: "a", Outlet: "Ledger"}, {ID: "b", Outlet: "Gazette"}, {ID: "c", Outlet: "Courier"}, {ID: "d", Outlet: "Herald"}},
		Copies: []Copy{
			{Source: "a", Copy: "b", Kind: KindSharesQuotes, Share: 0.34},
			{Source: "a", Copy: "c", Kind: KindSharesQuotes, Share: 0.01},
			{Source: "b", Copy: "d", Kind: KindSharesQuotes, Share: 0.02},
			{Source: "c", Copy: "d", Kind: KindSharesQuotes, Share: 0},
		},
	}
	var b strings.Builder
	if err := WriteMarkdown(&b, r); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	if n := strings.Count(md, "share quotes, not text"); n != 1 {
		t.Errorf("%d share-quotes lines, want the one at 34%%:\n%s", n, md)
	}
	if !strings.Contains(md, "3 more pairs of articles share a few quotes") {
		t.Errorf("no count of the few-quotes pairs:\n%s", md)
	}
	if len(r.Copies) != 4 {
		t.Errorf("relations dropped from the report")
	}
}
