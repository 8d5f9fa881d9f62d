package clean

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestFurniture: the page furniture that stood as facts on the story
// pages read in session 56 (captions with a credit's initial, embedded
// posts opened by their account or split over paragraphs, lines to write
// to the editors, invitations to the outlet's own
// programmes, a video's caption, a heading run into a sentence) is set
// aside, in text of our own; the reporting beside it stays text.
func TestFurniture(t *testing.T) {
	c := newCleaner(t)
	lead := "The Reddin council voted on Tuesday to close the old bridge for repairs, the mayor said."
	after := "Repairs will take two years and cost the town about four million crowns, officials said."
	for _, tc := range []struct {
		name    string
		outlet  string
		para    string
		verdict Verdict
		kind    string
		kept    string // for a mixed paragraph, what is kept of it
	}{
		{"caption, credit with an initial", "Sorn Wire", "Mayor Jane Doe walks to the council hall before the vote in Reddin, Estria, May 4, 2026. SORNWIRE/Ann Q. Lee", Furniture, KindCaption, ""},
		{"caption, photo credit with an initial", "Sorn Wire", "Mayor Jane Doe walks to the council hall before the vote in Reddin, May 4, 2026. AP Photo/Ann Q. Lee", Furniture, KindCaption, ""},
		{"post opened by its account: text, a quoted source", "Valley Courier", "Jane Doe (@janedoe) 300 of my neighbours cross that bridge every day. Fix it.", Text, "", ""},
		{"a bio with a handle, not a post", "Valley Courier", "Jane Doe (@janedoe) is a reporter who covers the council of Reddin.", Furniture, KindBio, ""},
		{"to contact the editor", "Sorn Business", "To contact the senior editor responsible for this page: Ann Lee at alee@example.org .", Furniture, KindPromo, ""},
		{"to contact the reporters", "Sorn Business", "To contact the reporters on this story:", Furniture, KindPromo, ""},
		{"tune in", "Lantern Radio Online", "On Monday night, you can catch Lantern's politics team on your local Lantern station and at lantern.example.", Furniture, KindPromo, ""},
		{"you can, not the outlet", "Lantern Radio Online", "You can catch the ferry at nine, the mayor told residents who asked about the closure.", Text, "", ""},
		{"a show's promotion", "Lantern", "Lantern News' Ann Lee will share her view of the vote on Wednesday's The 700 Hour.", Furniture, KindPromo, ""},
		{"a reporter's report", "Lantern", "Lantern's Ann Lee reports that the council will vote again on Wednesday.", Text, "", ""},
		{"watch below", "Valley Courier", "Ann Lee, who teaches civics in Reddin, explains what the vote means for the town. Watch below:", Mixed, KindCaption, "Ann Lee, who teaches civics in Reddin, explains what the vote means for the town."},
		{"watch below alone", "Valley Courier", "Watch below.", Furniture, KindCaption, ""},
		{"tune in after a sentence", "Lantern Radio Online", "The debate will begin at nine in the town hall. You can listen to special coverage from Lantern on your local station.", Mixed, KindPromo, "The debate will begin at nine in the town hall."},
		{"tune in, a report", "Lantern Radio Online", "Few residents expect to tune in, a Lantern poll of the town found last week.", Text, "", ""},
		{"watch as", "Valley Courier", "Watch as the last ferry of the season docks at Reddin", Furniture, KindCaption, ""},
		{"a heading run into a sentence", "Valley Courier", "Party Map By ward, the mayor is expected to lead in the east of the town and her rival in the west.", Mixed, KindNavigation, "By ward, the mayor is expected to lead in the east of the town and her rival in the west."},
		{"a heading in capitals", "Valley Courier", "THE BRIDGE VOTE The council met for three hours before it voted to close the bridge.", Mixed, KindNavigation, "The council met for three hours before it voted to close the bridge."},
		{"exhibit A", "Valley Courier", "Exhibit A in the case against the council is the bridge it closed last May without a vote.", Text, "", ""},
		{"a title and a name", "Valley Courier", "Senate Majority Leader Jane Doe said the bridge would close on Tuesday for repairs.", Text, "", ""},
	} {
		a := &article.Article{Outlet: tc.outlet, Language: "en", Paragraphs: []string{lead, tc.para, after}}
		v := c.Clean(a, nil)
		p := v.Paras[1]
		if p.Verdict != tc.verdict || p.Kind != tc.kind {
			t.Errorf("%s: %q: verdict %s (%s: %s), want %s (%s)", tc.name, tc.para, p.Verdict, p.Kind, p.Reason, tc.verdict, tc.kind)
		}
		if tc.verdict == Mixed && p.Verdict == Mixed {
			if got := v.Kept()[1]; got != tc.kept {
				t.Errorf("%s: kept %q, want %q", tc.name, got, tc.kept)
			}
		}
		for _, i := range []int{0, 2} {
			if v.Paras[i].Verdict != Text {
				t.Errorf("%s: paragraph %d set aside: %+v", tc.name, i, v.Paras[i])
			}
		}
	}
}

// TestPostOpened: a post opened by its account's name and handle is
// told from a writer's bio written the same way.
func TestPostOpened(t *testing.T) {
	for p, want := range map[string]bool{
		"Jane Doe (@janedoe) 300 of my neighbours cross that bridge every day. Fix it.": true,
		"Jane Doe (@janedoe) #BridgeVote is a disgrace for Reddin.":                     true,
		"Bo Park (@bopark) “We voted,” the clerk said.":                                 true,
		"Jane Doe (@janedoe) is a reporter who covers the council of Reddin.":           false,
		"The mayor, Jane Doe (@janedoe), said the bridge will close.":                   false,
	} {
		if got := PostOpened(p); got != want {
			t.Errorf("PostOpened(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestTweetLines: an embedded post that a page split into paragraphs
// (a line handing over to a handle, list lines, the signed end) is set
// aside whole; a list of the article's own before a signed post that
// does not continue it stays text.
func TestTweetLines(t *testing.T) {
	c := newCleaner(t)
	lead := "The Reddin council voted on Tuesday to close the old bridge for repairs, the mayor said."
	after := "Repairs will take two years and cost the town about four million crowns, officials said."
	split := []string{
		lead,
		"Council clerk Bo Park to @annlee:",
		"- #Reddin mayor did not know the vote was coming.",
		"- Had every intent of keeping the bridge open.",
		"- Is proud of the repairs so far. — Ann Lee (@annlee) May 4, 2026",
		after,
	}
	v := c.Clean(&article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: split}, nil)
	for i, p := range v.Paras {
		want := Furniture
		if i == 0 || i == len(split)-1 {
			want = Text
		}
		if p.Verdict != want {
			t.Errorf("split post: paragraph %d %q: %s (%s), want %s", i, split[i], p.Verdict, p.Reason, want)
		}
	}
	apart := []string{
		lead,
		"The council listed three reasons for the closure in its notice to residents of the town:",
		"- The deck of the bridge is cracked in four places.",
		"The mayor posted the notice online. Bridge closes Tuesday. — Ann Lee (@annlee) May 4, 2026",
		after,
	}
	v = c.Clean(&article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: apart}, nil)
	for i := 0; i < 3; i++ {
		if v.Paras[i].Verdict != Text {
			t.Errorf("list before a post: paragraph %d %q: %s (%s), want text", i, apart[i], v.Paras[i].Verdict, v.Paras[i].Reason)
		}
	}
	if v.Paras[3].Verdict != Furniture {
		t.Errorf("list before a post: the signed post %q: %s, want furniture", apart[3], v.Paras[3].Verdict)
	}
}
