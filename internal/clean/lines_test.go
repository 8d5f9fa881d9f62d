package clean

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestLines: a live blog's update header (a time stamp alone, or with a
// headline that ends with a colon), a short note in brackets and the
// credit that closes a wire story are furniture; an update written as a
// sentence, a headline ending as a sentence, a long aside in brackets,
// a correction in brackets and a sentence about reports from a place
// are text.
func TestLines(t *testing.T) {
	c := newCleaner(t)
	lead := "The Reddin council voted on Tuesday to close the old bridge for repairs, the mayor said."
	for _, tc := range []struct {
		text string
		want bool // furniture
	}{
		{"Update at 9:25 a.m. ET. Council Names Two Contractors, Bridge Shut Until May:", true},
		{"Update at 4:10 p.m. ET. Mayor's Reaction:", true},
		{"Update at 11 a.m. ET. 'Not On My Watch':", true},
		{"Updated 6:15 p.m. EDT:", true},
		{"Update 9:08PM EDT", true},
		{"Update at 2 p.m. ET: The council voted 5-2 to pay for the repairs from its reserves.", false},
		{"Update at 1:15 p.m. ET. Council Asks The Mayor To Step Aside.", false},
		{"Update at 3 p.m. ET: the mayor said:", false},
		{"[applause]", true},
		{"[Twitter.com, 4/2/19]", true},
		{"[Read the council's resolution here.]", true},
		{"[Editor's note: the engineer's name has been corrected.]", false},
		{"[The council, which had met in private since March, did not say how it would pay for the work.]", false},
		{"Doe reported from Reddin. Contributing: Jane Roe in Sorn; the Associated Press", true},
		{"Doe reports for the Reddin (Va.) Courier. Roe reported from Sorn.", true},
		{"Doe and Roe reported from Reddin. Associated Press writers Ann Lee in Sorn and Bo Park in Vell contributed.", true},
		{"Doe reports for our news desk:", false},
		{"Doe reported from Reddin that the council had closed the bridge. Contributing: Jane Roe", false},
		{"Reddin Radio reports from the bridge: \"It is closed.\"", false},
		{"NOW WATCH: 'Five Things To Know About The Bridge'", true},
		{"prev next Image 2 of 5", true},
	} {
		a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: []string{lead, tc.text, lead}}
		v := c.Clean(a, nil)
		if got := v.Paras[1].Verdict != Text; got != tc.want {
			t.Errorf("%q: verdict %s (%s), want furniture %v", tc.text, v.Paras[1].Verdict, v.Paras[1].Reason, tc.want)
		}
		if v.Paras[0].Verdict != Text || v.Paras[2].Verdict != Text {
			t.Errorf("%q: the lead is set aside", tc.text)
		}
	}
}

// TestAuthorBox: a box of the writer's other articles run into the end
// of a paragraph is cut, the sentence before it kept.
func TestAuthorBox(t *testing.T) {
	c := newCleaner(t)
	lead := "The council closed the bridge on Tuesday."
	box := "MORE FROM Jane Doe The Bridge Nobody Wanted July 6, 2020 Councils and Their Rivers June 9, 2020 Author page"
	a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: []string{lead + " " + box, lead + " More from the council later."}}
	v := c.Clean(a, nil)
	if p := v.Paras[0]; p.Verdict != Mixed || len(p.Cuts) != 1 || p.Cuts[0].Start != len(lead)+1 || p.Cuts[0].End != len(a.Paragraphs[0]) {
		t.Errorf("box: got %s %+v, want the box cut after the sentence", p.Verdict, p.Cuts)
	}
	if p := v.Paras[1]; p.Verdict != Text {
		t.Errorf("no box: got %s (%s), want text", p.Verdict, p.Reason)
	}
}

// TestPlayerLines: an audio player's line (a clip's title and its Listen
// button, with or without the clip's length) and the player's bare
// buttons are furniture; sentences that end with the word or speak of
// downloads and transcripts are text.
func TestPlayerLines(t *testing.T) {
	c := newCleaner(t)
	lead := "The Reddin council voted on Tuesday to close the old bridge for repairs, the mayor said."
	for _, tc := range []struct {
		text string
		want bool // furniture
	}{
		{"Local News Why The Bridge Closed Why The Bridge Closed Listen · 3:45 3:45", true},
		{"Council Votes To Shut Bridge Listen · 0:36", true},
		{"Jane Doe reports on the vote for the morning show Listen", true},
		{"Bridge Closure Hearing: Live Coverage LISTEN: The Vote Listen: Council Debate Listen", true},
		{"Listen Listen", true},
		{"Download", true},
		{"Embed", true},
		{"Transcript", true},
		{"Playlist", true},
		{"\"We asked them to listen,\" the mayor said. \"They would not Listen\"", false},
		{"The mayor told the council to stop talking and listen.", false},
		{"Residents can download the council's report and read the transcript online.", false},
		{"Listen to the mayor explain the vote.", true}, // an existing promo rule
	} {
		a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: []string{lead, tc.text, lead}}
		v := c.Clean(a, nil)
		if got := v.Paras[1].Verdict != Text; got != tc.want {
			t.Errorf("%q: verdict %s (%s), want furniture %v", tc.text, v.Paras[1].Verdict, v.Paras[1].Reason, tc.want)
		}
	}
}
