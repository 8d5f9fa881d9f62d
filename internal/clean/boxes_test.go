package clean

import (
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
)

// TestShowHideBox: a box of background that opens with a label, a title
// and its "Show Hide" buttons is set aside, however long its text; a
// paragraph that says "show" and "hide" otherwise is text.
func TestShowHideBox(t *testing.T) {
	c := newCleaner(t)
	// amid sets p between paragraphs of text, far from the end, where an
	// author's bio stands.
	amid := func(p string) *article.Article {
		a := withPara("Reddin Courier", p, 2)
		a.Paragraphs = append(a.Paragraphs, body...)
		return a
	}
	for _, box := range []string{
		"Timeline The Reddin floods Show Hide The river bursts its banks above Sorn after a week of rain. " +
			strings.Repeat("Army helicopters lift families from rooftops in the lower valley. ", 30),
		"Q&A Who is Karel Dusek? Show Hide Dusek, 61, has been interior minister since the last election and led the flood relief of the decade before.",
		"Timeline The Reddin floods Show Hide",
	} {
		if p := c.Clean(amid(box), nil).Paras[2]; p.Verdict != Furniture || p.Kind != KindPromo {
			t.Errorf("box: got %s %q (%s): %q", p.Verdict, p.Kind, p.Reason, box[:min(len(box), 40)])
		}
	}
	for _, text := range []string{
		"Show Hide and Seek, the valley's children's theatre, cancelled its run after the flood, its director said on Tuesday.",
		"The council voted to show the flood maps and hide nothing from the residents, Minister Karel Dusek said.",
	} {
		if p := c.Clean(amid(text), nil).Paras[2]; p.Verdict != Text {
			t.Errorf("text set aside: %s %q (%s): %q", p.Verdict, p.Kind, p.Reason, text)
		}
	}
}

// TestDatedLinks: headlines of the outlet's earlier stories set between
// paragraphs under the day they ran, newest first, are links; a
// chronology whose days go forward, a dated line with a year and a dated
// sentence are text.
func TestDatedLinks(t *testing.T) {
	c := newCleaner(t)
	pub := article.Date{Time: time.Date(2019, 1, 9, 12, 0, 0, 0, time.UTC)}
	art := func(lines ...string) *article.Article {
		paras := []string{body[0], body[1]}
		for _, l := range lines {
			paras = append(paras, l, body[2])
		}
		return &article.Article{ID: "a", Outlet: "Reddin Courier", Title: "Floods", Paragraphs: paras, Language: "en", Published: pub}
	}
	// Newest first, across the turn of the year: links.
	v := c.Clean(art("Jan. 8: Reddin valley braces for more rain as river rises",
		"Jan. 3: How the valley's flood defences failed, and who paid for them",
		"Dec. 28: Sorn families return to homes left by the floodwater?"), nil)
	for _, i := range []int{2, 4, 6} {
		if p := v.Paras[i]; p.Verdict != Furniture || p.Kind != KindRelated {
			t.Errorf("link %d: got %s %q (%s)", i, p.Verdict, p.Kind, p.Reason)
		}
	}
	for name, a := range map[string]*article.Article{
		"days going forward": art("Dec. 28: The river bursts its banks", "Jan. 3: The army arrives in Sorn", "Jan. 8: The minister visits"),
		"a single line":      art("Jan. 8: Reddin valley braces for more rain as river rises"),
		"with a year":        art("Jan. 8, 2019: Reddin valley braces for more rain", "Jan. 3, 2019: How the defences failed"),
		"sentences":          art("Jan. 8: The river rose two metres overnight.", "Jan. 3: The army arrived in Sorn."),
	} {
		for i, p := range c.Clean(a, nil).Paras {
			if p.Verdict != Text {
				t.Errorf("%s: paragraph %d set aside: %s %q (%s)", name, i, p.Verdict, p.Kind, p.Reason)
			}
		}
	}
}

// TestUpdateFromLabel: the label naming the newsroom an update came from
// is cut, the update kept; an update from anything but a name is whole.
func TestUpdateFromLabel(t *testing.T) {
	c := newCleaner(t)
	text := "Update from Reddin Public Radio in Sorn: Voters rejected the flood levy, 58 percent to 42 percent."
	p := c.Clean(withPara("Reddin Courier", text, 2), nil).Paras[2]
	if p.Verdict != Mixed || len(p.Cuts) != 1 || text[p.Cuts[0].Start:p.Cuts[0].End] != "Update from Reddin Public Radio in Sorn:" {
		t.Errorf("got %s %+v", p.Verdict, p.Cuts)
	}
	for _, text := range []string{
		"Update from earlier: the council meets again on Friday to count the damage.",
		"Update from the valley was slow to come on Tuesday, officials said.",
	} {
		if p := c.Clean(withPara("Reddin Courier", text, 2), nil).Paras[2]; p.Verdict != Text {
			t.Errorf("text cut: %s %+v: %q", p.Verdict, p.Cuts, text)
		}
	}
}
