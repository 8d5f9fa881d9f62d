package clean

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestLinkLists: a run of three or more short items each ending with a
// publication's name after a colon is a list of other stories; one or two
// such lines, a sentence introducing a quote, an item ending as a
// sentence and a list of the article's own points are text.
func TestLinkLists(t *testing.T) {
	c := newCleaner(t)
	lead := "The Reddin council voted on Tuesday to close the old bridge for repairs, the mayor said."
	more := "The work will take until May, the engineer said, and the ferry will run in the meantime."
	links := []string{
		"— Floods close three roads in the north of the valley: The Sorn Times",
		"— A court in Vell rejects a bid to stop the new tax: Valley Wire",
		"— The harbour board names its first woman chair: Stars and Stripes of Sorn",
		"— Why the old ferry still runs at a loss: Harbour.com",
	}
	for _, tc := range []struct {
		name  string
		paras []string
		want  []bool // furniture, per paragraph
	}{
		{"a link list", append([]string{lead, more}, links...), []bool{false, false, true, true, true, true}},
		{"a link list without dashes", []string{lead, "Floods close three roads in the north: The Sorn Times",
			"A court in Vell rejects a bid to stop the tax: Valley Wire", "The harbour board names its first chair: Harbour Post", more},
			[]bool{false, true, true, true, false}},
		{"a list of places and what happened to each", []string{lead, "– Corner Grocery, 12 Penn Ave N: Damage",
			"– Valley Dollar, 505 W Broadway: Looting", "– Sorn Gas Station, 3759 Penn Ave N: Fire", more},
			[]bool{false, false, false, false, false}},
		{"two items only", []string{lead, links[0], links[1], more}, []bool{false, false, false, false}},
		{"quotes introduced by a colon", []string{lead, "The mayor put it plainly to the council: \"We have no choice.\"",
			"The engineer gave the council his view in one line: Close It", "Then the clerk read the result of the vote: Five To Two", more},
			[]bool{false, false, false, false, false}},
		{"the article's own points ending as sentences", []string{lead, "— The bridge will close on Monday: the council said so.",
			"— The ferry will run every hour: the mayor promised it.", "— The repairs will cost two million: the engineer said.", more},
			[]bool{false, false, false, false, false}},
	} {
		a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: tc.paras}
		v := c.Clean(a, nil)
		for i, want := range tc.want {
			if got := v.Paras[i].Verdict != Text; got != want {
				t.Errorf("%s: %q: verdict %s (%s), want furniture %v", tc.name, tc.paras[i], v.Paras[i].Verdict, v.Paras[i].Reason, want)
			}
		}
	}
}

// TestContributorsCredit: the line naming the reporters who contributed
// is a credit; a sentence about what a country or a person contributed is
// text.
func TestContributorsCredit(t *testing.T) {
	c := newCleaner(t)
	lead := "The Reddin council voted on Tuesday to close the old bridge for repairs, the mayor said."
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Jane Doe, Ann Lee, Bo Park and Tal Roe contributed from Reddin.", true},
		{"Jane Doe contributed to this report.", true},
		{"Associated Press writers Ann Lee and Bo Park contributed to this report from Sorn.", true},
		{"Ann Lee and Bo Park contributed reporting to this story.", true},
		{"Jane Doe contributed two million to the bridge fund, the clerk said.", false},
		{"The Sorn Trust contributed more than any other donor.", false},
	} {
		a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: []string{lead, tc.text, lead}}
		v := c.Clean(a, nil)
		if got := v.Paras[1].Verdict != Text; got != tc.want {
			t.Errorf("%q: verdict %s (%s), want furniture %v", tc.text, v.Paras[1].Verdict, v.Paras[1].Reason, tc.want)
		}
	}
}
