package clean

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestGraphicTitled: a map's title ending with its time span, run into
// its captions, is a caption; a sentence that names a span is not
// (session 57: an interactive map's text was six facts of a story).
func TestGraphicTitled(t *testing.T) {
	slides := " The Front has held the hill towns since the spring but lost two river crossings this year. " +
		"Its fighters moved their depots north of Sorn. The valley road is closed to traffic."
	for p, want := range map[string]bool{
		"Reddin Valley Front Lines, March 2016 to May 2017" + slides:              true,
		"The Front's Areas of Control, Jan. 2014 through Dec. 2015" + slides:      true,
		"From March 2016 to May 2017 the Front held the hill towns" + slides:      false,
		"Fighting in the valley, March 2016 to May 2017" + slides:                 false,
		"The Front held Sorn. March 2016 to May 2017 saw heavy fighting" + slides: false,
		"Reddin Valley Front Lines, March 2016 to May 2017 the front held":        false,
	} {
		if got := graphicTitled(p, words(p)); got != want {
			t.Errorf("graphicTitled(%q) = %v, want %v", p, got, want)
		}
	}
	c := newCleaner(t)
	p := c.Clean(withPara("Reddin Courier", "Reddin Valley Front Lines, March 2016 to May 2017"+slides, 2), nil).Paras[2]
	if p.Verdict != Furniture || p.Kind != KindCaption {
		t.Errorf("map text: got %s %q (%s), want a caption", p.Verdict, p.Kind, p.Reason)
	}
}

// TestChartRows: a chart's rows run together are set aside; a sentence
// with shares in it is kept.
func TestChartRows(t *testing.T) {
	for p, want := range map[string]bool{
		"River freight: 41 percent Road haulage: 33 percent Rail: 20 percent Other: 6 percent":      true,
		"Wheat: 12% Barley: 3 to 5% Oats: 1%":                                                       true,
		"Budget: $40 million Roads: $12 million Schools: $9 million":                                true,
		"River freight: 41 percent Road haulage: 33 percent":                                        false,
		"River freight rose to 41 percent, road haulage fell to 33 percent and rail to 20 percent.": false,
		"The survey found: 41 percent want the ferry. Road haulage: 33 percent Rail: 20 percent":    false,
	} {
		if got := chartRows(p); got != want {
			t.Errorf("chartRows(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestUpdateLabel: the label of an update is cut and the sentence after
// it kept; a sentence that opens with the word in another use is left.
func TestUpdateLabel(t *testing.T) {
	for p, want := range map[string]string{
		"Update: The mayor said on Monday that the ferry will keep running.": "Update: ",
		"UPDATE 2: The council has more letters.":                            "UPDATE 2: ",
		"UPDATE IV - The Courier's editor: \"A long night.\"":                "UPDATE IV - ",
		"UPDATE (5:05 p.m. PST): The vote was delayed.":                      "UPDATE (5:05 p.m. PST): ",
		"Update, 7:24 p.m.: The account is private again.":                   "Update, 7:24 p.m.: ",
		"Update 5 p.m. ET: A judge blocked the rule.":                        "Update 5 p.m. ET: ",
		"Updates to the ferry timetable will be posted on Monday.":           "",
		"Update: see below":                           "",
		"UPDATE (5:05 p.m. PST):":                     "",
		"The update: The mayor said the ferry stays.": "",
	} {
		c, ok := updateLabel(p)
		got := ""
		if ok {
			got = p[c.Start:c.End]
		}
		if got != want {
			t.Errorf("updateLabel(%q) cuts %q, want %q", p, got, want)
		}
	}
	v := newCleaner(t).Clean(withPara("Reddin Courier", "Update: The mayor said on Monday that the ferry will keep running all winter.", 2), nil)
	if p := v.Paras[2]; p.Verdict != Mixed || p.Kind != KindUpdate || !strings.HasPrefix(strings.TrimSpace(v.Masked()[2]), "The mayor said") {
		t.Errorf("update: got %s %q (%s) kept %q", p.Verdict, p.Kind, p.Reason, v.Masked()[2])
	}
}

// TestListMarker: a list's marker in brackets is cut, the item kept; a
// bracket that is not a marker is left.
func TestListMarker(t *testing.T) {
	for p, want := range map[string]string{
		"(1) Constitutionally, the council cannot close the ferry alone.": "(1) ",
		"(12) The last reason is the cost.":                               "(12) ",
		"(1) the council cannot close it.":                                "",
		"(123) The council met.":                                          "",
		"(AP) The council met.":                                           "",
		"(1)":                                                             "",
	} {
		c, ok := listMarker(p)
		got := ""
		if ok {
			got = p[c.Start:c.End]
		}
		if got != want {
			t.Errorf("listMarker(%q) cuts %q, want %q", p, got, want)
		}
	}
}

// TestOwnVideoBlurb: before "Watch below", a sentence in which the outlet
// presents its own journalists is the video's caption and is cut with
// the pointer; a sentence of reporting before it is kept.
func TestOwnVideoBlurb(t *testing.T) {
	c := newCleaner(t)
	for _, tc := range []struct{ p, kept string }{
		{"Lantern News' Senior Reporters Ann Lee and Bo Dahl discuss the vote with the mayor. Watch below:", ""},
		{"Lantern's Ann Lee explains what the vote means for the valley! Watch below:", ""},
		{"Five valley towns vote on Tuesday. Lantern's Ann Lee shares her view of the race. Watch below:", "Five valley towns vote on Tuesday."},
		{"The mayor toured the flooded pier on Monday. Watch below.", "The mayor toured the flooded pier on Monday."},
		{"Lantern reported on Monday that the pier had flooded. Watch below.", "Lantern reported on Monday that the pier had flooded."},
	} {
		v := c.Clean(withPara("Lantern News", tc.p, 2), nil)
		if got := strings.TrimSpace(v.Masked()[2]); got != tc.kept {
			t.Errorf("%q: kept %q, want %q (%s)", tc.p, got, tc.kept, v.Paras[2].Reason)
		}
	}
}

// TestHeaderWithoutColon: a header that a phrase sets aside as a header
// of related links ("Related headlines") opens its list without a colon:
// the dashed headlines under it are related links, the text after them
// is kept.
func TestHeaderWithoutColon(t *testing.T) {
	c := newCleaner(t)
	a := &article.Article{Outlet: "Valmora Post", Language: "en", Paragraphs: append(append([]string{}, body...),
		"Related headlines", "- Dock strike enters its third week", "- Ferry road closes for the winter",
		"The port authority will meet again on Friday to decide on the winter timetable.")}
	v := c.Clean(a, nil)
	n := len(body)
	for i := n; i < n+3; i++ {
		if v.Paras[i].Verdict != Furniture {
			t.Errorf("paragraph %d %q kept", i, a.Paragraphs[i])
		}
	}
	if v.Paras[n+3].Verdict != Text {
		t.Errorf("text after the list set aside: %s", v.Paras[n+3].Reason)
	}
}
