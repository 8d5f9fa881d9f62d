package view

import (
	"github.com/parallax-news/parallax/internal/compare"
	"testing"
)

// TestLeansBack: openings that point back at what their article told
// before them (session 58).
func TestLeansBack(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"At issue is a column Lind wrote in March, in which she urged a ban.", true},
		{"Ostin then turned to the harbour board's budget, calling it a scandal.", true},
		{"Just recently she came out against the ferry pact.", true},
		{"Meanwhile, the harbour board met behind closed doors.", true},
		{"For Lind, she has to win back the island's voters.", true},
		{"Since then, two more crossings have been cancelled.", true},
		{"Harbour master Lena Ostin said she would resign.", false},
		{"The Sorn senate voted 31-9 on Tuesday to ban night ferries.", false},
		{"Recently elected senator Ruth Lind voted against the ban.", false},
	} {
		if got := leansBack(tc.s); got != tc.want {
			t.Errorf("leansBack(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestOverviewLeansBack: a sentence that points back follows
// only its own article's sentence before it; one that tells again a fact
// the overview told is left out.
func TestOverviewLeansBack(t *testing.T) {
	title := "Sorn senate bans night ferries"
	lede := "The Sorn senate voted 31-9 on Tuesday to ban night ferries after two crossings ended in collisions."
	back := "Ostin then turned to the harbour board's budget, calling it wasteful."
	fact := func(by []string, ss ...compare.FactSentence) compare.Fact {
		return compare.Fact{ReportedBy: by, Sentences: ss}
	}
	rep := &compare.Report{
		Articles: []compare.Article{{ID: "a", Outlet: "Sorn Post", Title: title}, {ID: "b", Outlet: "Estria Daily"}, {ID: "c", Outlet: "Harbour Weekly"}},
		Facts: []compare.Fact{
			fact([]string{"a", "b"}, compare.FactSentence{Article: "a", Paragraph: 0, Text: lede}, compare.FactSentence{Article: "b", Paragraph: 0, Text: lede}),
			fact([]string{"b", "c"}, compare.FactSentence{Article: "b", Paragraph: 6, Text: back}, compare.FactSentence{Article: "c", Paragraph: 2, Text: back}),
		},
	}
	if got := Overview(rep, title); got != lede {
		t.Errorf("Overview = %q\n want %q: the 'then' line of another place left out", got, lede)
	}
	// Right after its own article's sentence before it, it reads.
	rep.Facts[1].Sentences[0].Paragraph = 1
	rep.Facts[1].Sentences[0].Article = "a"
	rep.Facts[1].ReportedBy = []string{"a", "c"}
	if got, want := Overview(rep, title), lede+" "+back; got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
	// Told twice in two outlets' words.
	again := "The Sorn senate on Tuesday voted to ban night ferries from crossing the strait, ending a long fight over safety."
	rep.Facts[1] = fact([]string{"b", "c"}, compare.FactSentence{Article: "b", Paragraph: 3, Text: again}, compare.FactSentence{Article: "c", Paragraph: 3, Text: again})
	if got := Overview(rep, title); got != lede {
		t.Errorf("Overview = %q\n want %q: the fact told again left out", got, lede)
	}
}

// TestRepeats: a sentence that shares most of a shorter told sentence's
// words tells it again; one that shares a few names does not.
func TestRepeats(t *testing.T) {
	told := "Speaker Ruth Lind said Tuesday she will not hold a floor vote to open an inquiry into harbour master Ostin, Sorn Post reports."
	if !repeats("Speaker Ruth Lind said Tuesday after meeting her caucus that there will be no floor vote at this time to open a formal inquiry into Ostin.", []string{told}) {
		t.Error("the same statement in other words: want repeats")
	}
	if repeats("Speaker Ruth Lind has faced pressure from her caucus for weeks over the harbour dredging contracts.", []string{told}) {
		t.Error("another fact about the speaker: want no repeat")
	}
}

// TestOverviewPreviewsLines: after a preview's lede, its what-to-watch
// line and a line whose "she" leans on its article's sentence before it
// are left out (h/read58, the first 2015 Democratic debate).
func TestOverviewPreviewsLines(t *testing.T) {
	title := "Lind and Ostin face off in first harbour debate"
	preview := "Ruth Lind and Lena Ostin will meet on the debate stage Tuesday night for the first time."
	watch := "Here is what to watch for at the first harbour debate between the two candidates."
	she := "Just recently she came out against the ferry pact the senate passed."
	shared := "Lind has led the race for months on the strength of her ferry plan."
	fact := func(text string, pa, pb int) compare.Fact {
		return compare.Fact{ReportedBy: []string{"a", "b"}, Sentences: []compare.FactSentence{{Article: "a", Paragraph: pa, Text: text}, {Article: "b", Paragraph: pb, Text: text}}}
	}
	rep := &compare.Report{
		Articles: []compare.Article{{ID: "a", Outlet: "Sorn Post", Title: title}, {ID: "b", Outlet: "Estria Daily", Title: "Harbour debate night"}},
		Facts:    []compare.Fact{fact(preview, 0, 3), fact(watch, 1, 4), fact(she, 3, 7), fact(shared, 5, 1)},
	}
	if got, want := Overview(rep, title), preview+" "+shared; got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
}

// TestOverviewMostSharedFirst: without a lede, the sentence of the fact
// the most outlets report opens, not a side detail that shares a word of
// the title.
func TestOverviewMostSharedFirst(t *testing.T) {
	title := "Sorn frees jailed harbour pilot"
	side := "The minister asked for a review of Sorn's harbour rules within six months."
	main := "On Wednesday the island's government released the pilot after five years in jail."
	rep := &compare.Report{
		Articles: []compare.Article{{ID: "a", Outlet: "Sorn Post", Title: title, Kind: ""}, {ID: "b", Outlet: "Estria Daily"}, {ID: "c", Outlet: "Harbour Weekly"}},
		Facts: []compare.Fact{
			{ReportedBy: []string{"b", "c"}, Sentences: []compare.FactSentence{{Article: "b", Paragraph: 9, Text: side}, {Article: "c", Paragraph: 9, Text: side}}},
			{ReportedBy: []string{"a", "b", "c"}, Sentences: []compare.FactSentence{{Article: "a", Paragraph: 4, Text: main}, {Article: "b", Paragraph: 4, Text: main}, {Article: "c", Paragraph: 4, Text: main}}},
		},
	}
	if got, want := Overview(rep, title), main+" "+side; got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
}
