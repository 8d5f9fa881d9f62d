package view

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
)

// TestOverview: the overview takes the facts the articles surely share and
// agree on, from the title's article, the sentence closest to the title
// first, without a leading source tag, and no transcript's line.
func TestOverview(t *testing.T) {
	fact := func(n int, a, b string, tentative bool, conflict ...string) compare.Fact {
		f := compare.Fact{ReportedBy: []string{"a", "b"}, Tentative: tentative, Conflict: conflict,
			Sentences: []compare.FactSentence{{Article: "b", Text: b}, {Article: "a", Text: a}}}
		if n > 2 {
			f.ReportedBy = append(f.ReportedBy, "c")
		}
		return f
	}
	rep := &compare.Report{
		Articles: []compare.Article{{ID: "a", Title: "Sorn senate passes ferry ban"}, {ID: "b", Title: "Ferry ban"}},
		Facts: []compare.Fact{
			fact(3, "Many ferries cross at night.", "Ferries often cross at night.", false),
			fact(2, "It may pass the house too.", "The house may pass it.", true),
			fact(2, "The senate passed it.", "The senate rejected it.", false, "passed", "rejected"),
			fact(2, "LENA OST: The senate passed a ban on night ferries.", "Ost said the senate passed a ferry ban.", false),
			fact(2, "(Sorn Wire) \u2014 The Sorn senate passed a ban on night ferries on Tuesday.", "The senate in Sorn voted a ferry ban.", false),
		},
	}
	want := "The Sorn senate passed a ban on night ferries on Tuesday. Many ferries cross at night."
	if got := Overview(rep, "Sorn senate passes ferry ban"); got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
}

func TestSourceTag(t *testing.T) {
	for in, want := range map[string]string{
		"(CNN)Alabama sent the bill.":                    "Alabama sent the bill.",
		"(CNN) Alabama sent the bill.":                   "Alabama sent the bill.",
		"WASHINGTON (AP) \u2014 The House voted.":        "The House voted.",
		"NEW YORK (Reuters) - Stocks fell.":              "Stocks fell.",
		"Sen. Rand Paul (R-Ky.) said no.":                "Sen. Rand Paul (R-Ky.) said no.",
		"The senate (in a late vote) passed the bill.":   "The senate (in a late vote) passed the bill.",
		"SORN/VALMORA (Lantern Wire) - Ferries stopped.": "Ferries stopped.",
		"Sorn (CNN) The senate voted.":                   "The senate voted.",
		"Port Ostin, Estria (CNN) The senate voted.":     "The senate voted.",
		"SORN \u2014 The senate voted.":                  "The senate voted.",
		"PORT OSTIN, Est. - The senate voted.":           "The senate voted.",
		"SORN, Estria\u2013The senate voted.":            "The senate voted.",
		"LE BOURGET, France \u2014 Talks ended.":         "Talks ended.",
		"SORN-based ferry firms said no.":                "SORN-based ferry firms said no.",
		"NATO allies met in Sorn.":                       "NATO allies met in Sorn.",
		"AFL-CIO leaders met in Sorn.":                   "AFL-CIO leaders met in Sorn.",
		"SORN—The senate voted.":                         "The senate voted.",
		"Lena Ost (Harbour Party) said no.":              "Lena Ost (Harbour Party) said no.",
	} {
		if got := withoutDateline(in); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}

// TestStandsAlone: an overview's sentence must make sense on its own.
func TestStandsAlone(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The Valmora council voted 7-2 on Monday to dredge the harbour.", true},
		{"“We will dredge,” Mayor Ostin said on Monday.", true},
		{"12 ships were held at the gate.", true},
		{"He said the vote was fair.", false},
		{"But here's the problem with the dredging plan.", false},
		{"It passed 7-2 after a long debate.", false},
		{"the council's second vote, which failed.", false},
		{"“We will dredge the harbour. We will start in May.", false},
		{"… and the board agreed.", false},
		{"\"", false},
		{"The board said, \"We would dredge.” Then it voted.", true},
		{"I categorically deny that I voted against the dredging.", false},
		{"We will never let the harbour silt up.", false},
		{"“We will never let the harbour silt up,” Ostin said.", true},
		{"Ida Lind, who chairs the board, said the vote was fair.", true},
		{"He's only stalling the dredging.", false},
		{"It’s like the last flood all over again.", false},
		{"After all, the harbour has silted up before.", false},
		{"After the vote, the board adjourned.", true},
		{"Both chambers passed the dredging bill.", false},
		{"Shortly thereafter, the board voted again.", false},
		{"One was a ferry pilot from Sorn.", false},
		{"The two met in Sorn on Monday.", false},
		{"Then the harbour closed.", false},
		{"Three councillors broke rank on Thursday.", true},
		{"“We will dredge the harbour this spring,” she countered.", false},
		{"“We will dredge the harbour this spring.”", false},
		{"“We will dredge,” Ostin said, and she left.", true},
		{"Second, dredging the north basin, a plan he called costly.", false},
		{"Fifteen councillors voted in favor of it.", false},
		{"Ostin said the silt was making it \"impossible to dock.\"", true},
		{"Ostin doubled down on that promise at the harbour.", false},
		{"Ostin did not mention those talks at the hearing.", false},
		{"Those who voted for the plan cheered.", false},
		{"Ostin said those who voted for the plan had won.", true},
		{"Sorn ordered a quarantine for those deemed at risk.", true},
		{"Yes, the harbour has silted up since May.", false},
		{"The board met on Monday to protect our harbour.", false},
		{"You might say the harbour was lost.", false},
		{"Ostin must resign from the board!", false},
		{"The council must approve the dredging by May.", false},
		{"Ostin said the council must approve the dredging by May.", true},
		{"Officials from the US harbour board met on Monday.", true},
		{"Ostin called it a non-issue.“Let’s be clear,” Lind said.", false},
		{"No one was hurt at the harbour gate.", true},
		{"Ostin said on that day the harbour would close.", true},
		{"Ostin said that the harbour would close.", true},
		{"Ostin spoke at this point in the hearing.", true},
		{"Nearly a day after he began, Mayor Ostin ended the session.", true},
		{"The board said the plan would cost them nothing, Ostin said.", true},
		{"Second Street was closed for the dredging.", true},
		{"“We will dredge,” they said again.", false},
		{"Ostin said she would resign in May.", true},
		{"Twelve of them were arrested at the harbour gate.", false},
		{"Ostin later clarified that answer at the hearing.", false},
		{"Ostin gave no sign of any such reshuffle at the harbour on Monday.", false},
		{"Ostin said such a ban would cost the harbour dearly.", true},
	} {
		if got := standsAlone(c.s); got != c.want {
			t.Errorf("standsAlone(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// voteReport is the report of two articles on a council's vote: the
// facts a and b of the two articles first, then the vote itself.
func voteReport(a, b string) *compare.Report {
	fact := func(a, b string) compare.Fact {
		return compare.Fact{ReportedBy: []string{"a", "b"}, Sentences: []compare.FactSentence{{Article: "a", Text: a}, {Article: "b", Text: b}}}
	}
	return &compare.Report{
		Articles: []compare.Article{{ID: "a", Title: "Valmora council votes to dredge harbour"}, {ID: "b", Title: "Dredging approved"}},
		Facts: []compare.Fact{
			fact(a, b),
			fact("The Valmora council voted 7-2 on Monday to dredge the harbour.", "The council voted to dredge the harbour."),
		},
	}
}

// TestOverviewWriterFirst: sentences mostly of someone's quoted words give
// way to the writer's own account of what happened; when every shared
// fact is a quotation, the overview still has one.
func TestOverviewWriterFirst(t *testing.T) {
	rep := voteReport("“A great day for the harbour and for every family that lives by it,” Ostin said.", "“A great day for the harbour,” Ostin said.")
	if got, want := Overview(rep, "Valmora council votes to dredge harbour"), "The Valmora council voted 7-2 on Monday to dredge the harbour."; got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
	rep.Facts = rep.Facts[:1]
	if got := Overview(rep, "Valmora council votes to dredge harbour"); got == "" {
		t.Error("no overview when every shared fact is a quotation")
	}
	for s, want := range map[string]bool{
		"“We will dredge the harbour in May,” Ostin said.":                          true,
		"Ostin said the council would “dredge in May.”":                             false,
		"The council voted 7-2 to dredge the harbour on Monday.":                    false,
		"\"It is done,\" she said, \"and the harbour will be deep again by June.\"": true,
	} {
		if got := mostlyQuoted(s); got != want {
			t.Errorf("mostlyQuoted(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestOverviewNotAPreview: a sentence written before the happening ("is
// poised to", "as voters go to the polls") gives way to an account of it;
// with nothing else, it stays.
func TestOverviewNotAPreview(t *testing.T) {
	rep := voteReport("The Valmora council is poised to approve the dredging of the harbour on Monday.", "The council is set to vote on dredging.")
	if got, want := Overview(rep, "Valmora council votes to dredge harbour"), "The Valmora council voted 7-2 on Monday to dredge the harbour."; got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
	rep.Facts = rep.Facts[:1]
	if got := Overview(rep, "Valmora council votes to dredge harbour"); got == "" {
		t.Error("no overview when every shared fact is a preview")
	}
	if preview("\u201cWe are poised to win,\u201d Ostin said after the vote.") {
		t.Error("a preview inside quotation marks is the speaker's, not the writer's look ahead")
	}
}

// TestOverviewLedeFirst: the overview opens with the shared fact the
// title's article tells first (its lede says what happened), not with
// the most widely shared side detail, and never repeats its headline.
func TestOverviewLedeFirst(t *testing.T) {
	fact := func(para int, text string, by ...string) compare.Fact {
		f := compare.Fact{ReportedBy: append([]string{"a"}, by...)}
		f.Sentences = append(f.Sentences, compare.FactSentence{Article: "a", Text: text, Paragraph: para})
		for _, b := range by {
			f.Sentences = append(f.Sentences, compare.FactSentence{Article: b, Text: text, Paragraph: 2})
		}
		return f
	}
	rep := &compare.Report{
		Articles: []compare.Article{{ID: "a", Title: "Sorn senate bans night ferries"}, {ID: "b"}, {ID: "c"}},
		Facts: []compare.Fact{
			fact(6, "Night ferries have crossed the Sorn strait since 1921.", "b", "c"),
			fact(-1, "Sorn senate bans night ferries", "b"),
			fact(0, "The Sorn senate voted 31-9 on Tuesday to ban ferries from crossing at night.", "b"),
		},
	}
	want := "The Sorn senate voted 31-9 on Tuesday to ban ferries from crossing at night. Night ferries have crossed the Sorn strait since 1921."
	if got := Overview(rep, "Sorn senate bans night ferries"); got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
}

// sharedFact is a fact that articles a and b both state in the words
// text, in their second paragraph.
func sharedFact(text string) compare.Fact {
	return compare.Fact{ReportedBy: []string{"a", "b"}, Sentences: []compare.FactSentence{{Article: "a", Text: text, Paragraph: 1}, {Article: "b", Text: text, Paragraph: 1}}}
}

// TestOverviewWholeSentences: a standfirst, heading or cut-off line that
// ends without a full stop (or "says, in part:") is no sentence of the
// overview: it would run into the next one.
func TestOverviewWholeSentences(t *testing.T) {
	fact := sharedFact
	rep := &compare.Report{
		Articles: []compare.Article{{ID: "a", Title: "Sorn senate bans night ferries"}, {ID: "b"}},
		Facts: []compare.Fact{
			fact("Senator Ost moves to ban night ferries after two collisions in the strait"),
			fact("The harbour board said, in part:"),
			fact("The Sorn senate voted 31-9 on Tuesday to ban night ferries."),
			fact("“We will appeal,” the ferry owners said."),
		},
	}
	want := "The Sorn senate voted 31-9 on Tuesday to ban night ferries. “We will appeal,” the ferry owners said."
	if got := Overview(rep, "Sorn senate bans night ferries"); got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
	for s, want := range map[string]bool{"It passed.": true, "“It passed!”": true, "Was it passed?": true, "It passed…": true,
		"It passed (31-9).": true, "It passed (31-9)": false, "The board said:": false, "Ban passes": false} {
		if got := endsSentence(s); got != want {
			t.Errorf("endsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestOverviewNothingShared: when no fact survives as shared, the
// overview is the first sentence of the title's report that stands alone
// and is no preview, given as its outlet's (never another outlet's only
// fact); with a shared fact, an only fact never enters.
func TestOverviewNothingShared(t *testing.T) {
	only := func(id, text string, para int) compare.Fact {
		return compare.Fact{ReportedBy: []string{id}, Sentences: []compare.FactSentence{{Article: id, Text: text, Paragraph: para}}}
	}
	rep := &compare.Report{
		Articles: []compare.Article{{ID: "a", Title: "Other view"}, {ID: "b", Outlet: "Valmora Courier", Title: "Valmora council votes to dredge harbour"}},
		Facts: []compare.Fact{
			only("a", "The Valmora council is poised to dredge the harbour.", 0),
			only("b", "It was a long night at the town hall.", 0),
			only("b", "The Valmora council voted 7-2 on Monday to dredge the harbour.", 1),
			only("b", "The work will start in May.", 2),
		},
	}
	want := "The Valmora council voted 7-2 on Monday to dredge the harbour, Valmora Courier reports."
	if got := Overview(rep, "Valmora council votes to dredge harbour"); got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
	if got := Overview(rep, "A title no article has"); got != "" {
		t.Errorf("Overview with no title article = %q, want none", got)
	}
	shared := voteReport("The harbour is silting up.", "Silt is filling the harbour.")
	shared.Facts = append(shared.Facts, only("a", "Mayor Ostin thanked the crews.", 3))
	if got := Overview(shared, "Valmora council votes to dredge harbour"); got == "" || strings.Contains(got, "Ostin") {
		t.Errorf("Overview with shared facts = %q, want them and no only fact", got)
	}
}

// TestOverviewNoPageLines: a question, the page's call to its reader and
// a picture's caption are no sentences of an overview.
func TestOverviewNoPageLines(t *testing.T) {
	fact := sharedFact
	rep := &compare.Report{
		Articles: []compare.Article{{ID: "a", Title: "Sorn senate bans night ferries"}, {ID: "b"}},
		Facts: []compare.Fact{
			fact("Will the ferry ban hurt the islands?"),
			fact("Send us your pictures of the ferries, but please stay safe."),
			fact("Senator Lena Ost (left) at the harbour on Tuesday."),
			fact("Ferries wait at the Sorn quay on Tuesday. | LANTERN WIRE"),
			fact("The Sorn senate voted 31-9 on Tuesday to ban night ferries."),
		},
	}
	want := "The Sorn senate voted 31-9 on Tuesday to ban night ferries."
	if got := Overview(rep, "Sorn senate bans night ferries"); got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
	if asks("\u201cWhy now?\u201d the senator asked before the vote.") {
		t.Error("a question inside quotation marks is the speaker's")
	}
}

// TestOverviewOpensWithLede: the overview opens with the title report's
// lede, the first or second sentence of its own that tells what
// happened in a straight report's way (a day of the week, or the present
// perfect), given as its outlet's when no other article shares it, and
// goes on with the facts the articles share that do not restate it. A
// column's opening (a judgement, no time) is no lede: another report's
// lede that shares two of the title's words opens the overview instead
// ("ferry", "passes"; not one that shares "ferry" alone), else the shared
// facts are the overview as before.
func TestOverviewOpensWithLede(t *testing.T) {
	only := func(text string, para int) compare.Fact {
		return compare.Fact{ReportedBy: []string{"a"}, Sentences: []compare.FactSentence{{Article: "a", Text: text, Paragraph: para}}}
	}
	report := func(facts ...compare.Fact) *compare.Report {
		return &compare.Report{
			Articles: []compare.Article{{ID: "a", Outlet: "Sorn Post", Title: "Ferry ban passes"}, {ID: "b", Title: "Ban on ferries"}},
			Facts:    facts,
		}
	}
	sharedAt := func(text string, para int) compare.Fact {
		f := sharedFact(text)
		f.Sentences[0].Paragraph = para
		return f
	}
	shared := sharedAt("Night ferries have crossed the Sorn strait since 1921.", 4)
	restating := sharedAt("The Sorn senate voted 31-9 to ban night ferries, officials said.", 5)
	for _, tc := range []struct {
		name string
		rep  *compare.Report
		want string
	}{
		{"standfirst, then the lede", report(restating, shared,
			only("Lena Ost and Per Sand", 0),
			only("The ban comes after two collisions in the strait.", 1),
			only("SORN — The Sorn senate voted 31-9 on Tuesday to ban night ferries from the strait.", 2)),
			"The Sorn senate voted 31-9 on Tuesday to ban night ferries from the strait, Sorn Post reports. Night ferries have crossed the Sorn strait since 1921."},
		{"present perfect", report(shared, only("The Sorn senate has banned night ferries from the strait after two collisions.", 0)),
			"The Sorn senate has banned night ferries from the strait after two collisions, Sorn Post reports. Night ferries have crossed the Sorn strait since 1921."},
		{"a column's opening", report(shared,
			only("Nobody in Sorn will miss the night ferries, and the senate knows it.", 0),
			only("The ferry lobby was never going to win this one in the end.", 1),
			only("The senate voted on Tuesday to ban them.", 2)),
			"Night ferries have crossed the Sorn strait since 1921."},
		{"a quotation first", report(shared, only("“We are done,” the ferry owners said on Tuesday after the vote.", 0)),
			"Night ferries have crossed the Sorn strait since 1921."},
		{"a state that lasts", report(shared, only("The Sorn senate has debated a ban on night ferries for years.", 0)),
			"Night ferries have crossed the Sorn strait since 1921."},
		{"a preview", report(shared, only("The Sorn senate is expected to ban night ferries on Tuesday.", 0)),
			"Night ferries have crossed the Sorn strait since 1921."},
		{"another report's lede", func() *compare.Report {
			r := report(shared, only("Nobody in Sorn will miss the night ferries, and the senate knows it.", 0),
				compare.Fact{ReportedBy: []string{"b"}, Sentences: []compare.FactSentence{{Article: "b", Text: "The Sorn senate on Tuesday passed a ban on night ferries.", Paragraph: 0}}},
				compare.Fact{ReportedBy: []string{"c"}, Sentences: []compare.FactSentence{{Article: "c", Text: "Sorn's ferry pilots met on Tuesday to plan their summer.", Paragraph: 0}}})
			r.Articles = []compare.Article{r.Articles[0], {ID: "c", Outlet: "Valmora Courier"}, {ID: "b", Outlet: "Sorn Wire"}}
			return r
		}(), "The Sorn senate on Tuesday passed a ban on night ferries, Sorn Wire reports. Night ferries have crossed the Sorn strait since 1921."},
	} {
		if got := Overview(tc.rep, "Ferry ban passes"); got != tc.want {
			t.Errorf("%s: Overview = %q\n want %q", tc.name, got, tc.want)
		}
	}
}

// TestReportedBy: one outlet's account carries its attribution at its
// end, where it covers that sentence alone; after an abbreviation the
// full stop stays; a sentence that does not end with a full stop keeps
// the attribution in front.
func TestReportedBy(t *testing.T) {
	for _, tc := range []struct{ s, want string }{
		{"The senate voted on Tuesday to ban night ferries.", "The senate voted on Tuesday to ban night ferries, Sorn Post reports."},
		{"The ferry line will move to the U.S.", "The ferry line will move to the U.S., Sorn Post reports."},
		{"Will the senate ban night ferries?", "Sorn Post reports: Will the senate ban night ferries?"},
		{"The senate voted to ban them...", "Sorn Post reports: The senate voted to ban them..."},
	} {
		if got := reportedBy(tc.s, "Sorn Post"); got != tc.want {
			t.Errorf("reportedBy(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

// The blind overview reading of session 41 found ledes and sentences
// that mislead: a "them" the overview never introduces, a plan that
// points back, a scheduling note or early returns, stray spaces.
func TestOverviewSession41(t *testing.T) {
	if !strayPlural("Ostin said on Thursday he would not allow them to dredge") {
		t.Error("a them with nothing plural before it is a referent never introduced")
	}
	if strayPlural("Ostin and Lind said on Thursday the board would not allow them to dredge") ||
		strayPlural("The harbour pilots said on Thursday they would strike") {
		t.Error("them after two names or a plural has its referent")
	}
	if !opensOnBackNoun("The plan won the support of 61 percent.", "Ostin led in three polls.") ||
		opensOnBackNoun("The plan would cost $4 million.", "The board unveiled a dredging plan on Monday.") {
		t.Error("The plan points back unless a plan was told before")
	}
	for _, s := range []string{"Harbour officials have scheduled a news conference for Friday afternoon.",
		"With 37 percent of the precincts reporting, Ostin led Lind by 53 percent to 30 percent.",
		"With 12% of the vote counted, Ostin led.",
		"Ostin had planned to visit the harbour on Sunday."} {
		if !preview(s) {
			t.Errorf("preview(%q) = false: a scheduling note, an early count or a plan undone says what was to come", s)
		}
	}
	if preview("With 100 percent of precincts reporting, Ostin leads Lind 49.2 percent to 48.8 percent.") {
		t.Error("the full count is no early return")
	}
	if strayPlural("Fed up with what they said were attacks, the senators struck back on Tuesday") {
		t.Error("a they may point ahead")
	}
	if !honorificFirst("Mr. Ostin, after a court victory Wednesday, raised the prospect of a lawsuit.") {
		t.Error("Mr. Ostin first is no article's opening")
	}
	if got, want := tidySpaces("The biggest takeaway from Ostin 's testimony , says Lind ."), "The biggest takeaway from Ostin's testimony, says Lind."; got != want {
		t.Errorf("tidySpaces = %q, want %q", got, want)
	}
	if got := tidySpaces("It grew 2.5 percent ... again."); got != "It grew 2.5 percent ... again." {
		t.Errorf("tidySpaces kept no ellipsis: %q", got)
	}
	if !mayHave.MatchString("Ostin may have misled the board") || !mightHappen.MatchString("the bill could pass Tuesday") {
		t.Error("what may have been or could happen is no happening told as done")
	}
}

// TestOverviewSession42: the rules of the reading of session 42, on text
// written for the test.
func TestOverviewSession42(t *testing.T) {
	if !oneMore("Another pilot described the crossing as \"a nightmare.\"") || oneMore("Anothers sailed.") {
		t.Error("Another opens one more of what came before")
	}
	if !standsAlone("Rather than sign the act, Ostin sent it back to the senate on Tuesday.") ||
		!standsAlone("A second storm hit the Sorn coast on Friday night.") {
		t.Error("Rather than …, A second storm … lean on nothing")
	}
	for _, s := range []string{"Rather, the board treats night crossings differently.",
		"A third, Rep. Lena Ost of Sorn, voted for one article.",
		"Seven pilots are in critical condition, he said."} {
		if standsAlone(s) {
			t.Errorf("standsAlone(%q) = true: it counts on or corrects what came before", s)
		}
	}
	if !opensOnBackNoun("The words were those of the harbour master.", "Sorn senate bans night ferries") ||
		opensOnBackNoun("The words of the act bind every ferry.", "Sorn passes ferry act: the words") {
		t.Error("The words point back unless the title has them")
	}
	rep := &compare.Report{
		Articles: []compare.Article{{ID: "a", Title: "Sorn bans night ferries", Outlet: "Sorn Post"}, {ID: "b", Title: "Ferry ban passes"}},
		Facts: []compare.Fact{
			{ReportedBy: []string{"a"}, Sentences: []compare.FactSentence{{Article: "a", Paragraph: 0, Text: "The words were those of the harbour master, Lena Ost, on Tuesday."}}},
			{ReportedBy: []string{"a"}, Sentences: []compare.FactSentence{{Article: "a", Paragraph: 1, Text: "The Sorn senate voted on Tuesday night to ban night ferries after Ost spoke."}}},
			{ReportedBy: []string{"a", "b"}, Sentences: []compare.FactSentence{{Article: "a", Paragraph: 5, Text: "Another pilot called the crossing a nightmare."}}},
			{ReportedBy: []string{"a", "b"}, Sentences: []compare.FactSentence{{Article: "a", Paragraph: 6, Text: "The ban takes effect in March for all night ferries."}}},
		},
	}
	want := "The Sorn senate voted on Tuesday night to ban night ferries after Ost spoke, Sorn Post reports. The ban takes effect in March for all night ferries."
	if got := Overview(rep, "Sorn bans night ferries"); got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
	// An opening that points back ("The words were …") counts as the
	// article's first sentence: a report that opens so is no straight one.
	rep.Facts[0].Sentences[0].Text = "The words were those of the harbour master, Lena Ost, on Tuesday."
	if got, _ := ledeOf(rep, "a", "Sorn bans night ferries"); got != "The Sorn senate voted on Tuesday night to ban night ferries after Ost spoke." {
		t.Errorf("ledeOf = %q: the second sentence after a back-pointing first is the lede", got)
	}
	rep.Facts[1].Sentences[0].Text = "Night ferries have crossed the strait between Sorn and Estria since 1921."
	rep.Facts[2].Sentences[0].Paragraph = 2
	rep.Facts[2].Sentences[0].Text = "The Sorn senate voted on Tuesday night to ban night ferries after Ost spoke."
	if got, _ := ledeOf(rep, "a", "Sorn bans night ferries"); got != "" {
		t.Errorf("ledeOf = %q: no lede in the third sentence", got)
	}
}

// TestOverviewOpensOnBackNoun: the rules of the overview readings of session
// 47, on text written for the test: an opening on a thing or person never
// introduced, and a happening told as still to come on its day.
func TestOverviewOpensOnBackNoun(t *testing.T) {
	for _, s := range []string{"The agreement includes the harbour board's release of two pilots.",
		"The others are the board's treasurer and two ferry captains.",
		"The billionaire is sailing to Sorn on Thursday to meet the board.",
		"The official said the crossing would reopen.",
		"The officials, speaking on condition of anonymity, named no date.",
		"On Friday, the senate passed the measure 61-12.",
		"The rivals for the harbour seat answered the ruling within hours."} {
		if !opensOnBackNoun(s, "Sorn senate bans night ferries") {
			t.Errorf("opensOnBackNoun(%q) = false: it names nothing told before", s)
		}
	}
	if !opensOnBackNoun("The senator said she would vote against the ban.", "") ||
		opensOnBackNoun("The billionaire investor Lena Ost is heading to Sorn on Thursday.", "") {
		t.Error("an unnamed senator points back; an epithet with a name after it does not")
	}
	if !standsAlone("Ostin said on Tuesday the bill was ready, and added that measure would leave out the night ban.") {
		t.Error("that measure points at the bill the sentence itself names")
	}
	for _, c := range [][2]string{
		{"The official count gave Ostin 52 percent.", ""},
		{"The deal gives the board two more ferries.", "Sorn and Estria signed a ferry agreement on Monday."},
		{"On Friday, the senate passed the measure 61-12.", "Sorn senators backed a bill to ban night ferries."},
		{"On Friday, the senate met in Port Ostin for the first time since March.", ""},
		{"The ferries sailed again on Tuesday night.", ""},
	} {
		if opensOnBackNoun(c[0], c[1]) {
			t.Errorf("opensOnBackNoun(%q, %q) = true: told before, an adjective or no such noun", c[0], c[1])
		}
	}
	if !standsAlone("The official said the strike hit a camp south of Port Ostin.") {
		t.Error("an official opening the sentence is for opensOnBackNoun, which knows the sentences before")
	}
	if !alsoEarly("Harbour master Lena Ost also said in her remarks that no test could have helped.") || alsoEarly("Ostin said on Tuesday that the harbour board would in time also look at fares.") {
		t.Error("also in the first eight words adds to what came before")
	}
	for _, s := range []string{"Sorn, the officials said, also freed a harbour pilot held since 2001.",
		"In exchange, two Estrian pilots were sent home."} {
		if standsAlone(s) {
			t.Errorf("standsAlone(%q) = true: its officials, or what it is in exchange for, were told before it", s)
		}
	}
	if !standsAlone("In exchange for the pilots, Estria freed three sailors on Monday.") ||
		!standsAlone("The official death toll rose to 12 on Monday, Sorn officials said.") {
		t.Error("what the exchange is for is told; official as an adjective names no one")
	}
	for _, s := range []string{"Senators will question the harbour master on Tuesday for the first time.",
		"The harbour master will face the senate's glare on Tuesday as she testifies.",
		"Ostin is heading to the harbour Thursday to try to end the strike.",
		"On Friday, Lind is heading to the strait with a group of senators.",
		"The bitter harbour race goes to the voters Tuesday, who will pick one of two pilots."} {
		if !preview(s) {
			t.Errorf("preview(%q) = false: it tells the happening as still to come", s)
		}
	}
	for _, s := range []string{"Ostin said late Saturday she will end the ferry pact soon.",
		"The pilot will not face charges, the prosecutor announced on Wednesday.",
		"The senate passed the ban on Tuesday; Ostin \"will sign it Friday,\" the board said.",
		"Ostin will sign the ban next month, after the senate passed it.",
		"Sorn and Estria struck a ferry pact on Sunday, hoping it will end the strike within six months.",
		"The court on Monday rejected the board's plans to close the harbour next month.",
		"The board made clear on Sunday it will not give up the night crossing.",
		"Ostin will stay on as harbour master, but voters cut her party to a minority on Monday night.",
		"Ostin used a news conference on Tuesday to restate that the board will block the ban."} {
		if preview(s) {
			t.Errorf("preview(%q) = true: a statement of what will come, or no day of it", s)
		}
	}
}

// TestOverviewBackNounAfterLede: a sentence that points back at a bill
// the lede told joins the overview; one whose pact nothing told does not.
func TestOverviewBackNounAfterLede(t *testing.T) {
	rep := &compare.Report{
		Articles: []compare.Article{{ID: "a", Title: "Sorn senate unveils ferry bill", Outlet: "Sorn Post"}, {ID: "b", Title: "Ferry bill out"}},
		Facts: []compare.Fact{
			{ReportedBy: []string{"a", "b"}, Sentences: []compare.FactSentence{{Article: "a", Paragraph: 0, Text: "The Sorn senate made its ferry bill public on Thursday after weeks of talks."}}},
			{ReportedBy: []string{"a", "b"}, Sentences: []compare.FactSentence{{Article: "a", Paragraph: 3, Text: "The pact sets the fares of the night crossing for ten years."}}},
			{ReportedBy: []string{"a", "b"}, Sentences: []compare.FactSentence{{Article: "a", Paragraph: 4, Text: "The bill would ban night ferries from March and cut the harbour fee."}}},
		},
	}
	want := "The Sorn senate made its ferry bill public on Thursday after weeks of talks. The bill would ban night ferries from March and cut the harbour fee."
	if got := Overview(rep, "Sorn senate unveils ferry bill"); got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
}

// TestOverviewNotAColumnsOpening: when the title's report has no lede, a
// column's opening does not stand in for one, and a fact a report and a
// column share is told in the report's words.
func TestOverviewNotAColumnsOpening(t *testing.T) {
	for title, want := range map[string]bool{"OPINION: The ferry ban is a mistake": true, "Analysis: what the ban means": true,
		"Op-Ed: Sorn's harbour": true, "Sorn senate bans night ferries": false, "Opinion poll: Ostin leads": false} {
		if opinionTitle(title) != want {
			t.Errorf("opinionTitle(%q) = %v", title, !want)
		}
	}
	rep := &compare.Report{
		Articles: []compare.Article{{ID: "a", Title: "Senate and harbour board meet on ferries", Outlet: "Sorn Post"},
			{ID: "c", Title: "OPINION: Senate and harbour board meet, and nothing changes", Outlet: "Lantern"},
			{ID: "b", Title: "Ferry meeting", Outlet: "Estria Daily"}},
		Facts: []compare.Fact{
			{ReportedBy: []string{"a"}, Sentences: []compare.FactSentence{{Article: "a", Paragraph: 0, Text: "Ferries have long crossed the strait at night."}}},
			{ReportedBy: []string{"c"}, Sentences: []compare.FactSentence{{Article: "c", Paragraph: 0, Text: "Days after the senate snubbed the harbour board, the two have met on Tuesday and now everyone talks of peace."}}},
			{ReportedBy: []string{"c", "b"}, Sentences: []compare.FactSentence{{Article: "c", Paragraph: 3, Text: "Ostin hosted the meeting, a sad sight for ferry crews."},
				{Article: "b", Paragraph: 2, Text: "Ostin hosted the meeting at the harbour office."}}},
		},
	}
	if got, want := Overview(rep, "Senate and harbour board meet on ferries"), "Ostin hosted the meeting at the harbour office."; got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
}

// TestOverviewPreviewWhenNoReport: a lede that tells the happening as
// still to come on its day opens the overview only when no article
// reports it in its lede.
func TestOverviewPreviewWhenNoReport(t *testing.T) {
	rep := &compare.Report{
		Articles: []compare.Article{{ID: "a", Title: "Ostin to testify on harbour dredging", Outlet: "Sorn Post"}, {ID: "b", Title: "Harbour hearing", Outlet: "Estria Daily"}},
		Facts: []compare.Fact{
			{ReportedBy: []string{"a"}, Sentences: []compare.FactSentence{{Article: "a", Paragraph: 0, Text: "Harbour master Lena Ostin will testify on the dredging plan before the senate on Tuesday."}}},
			{ReportedBy: []string{"b"}, Sentences: []compare.FactSentence{{Article: "b", Paragraph: 0, Text: "Harbour master Lena Ostin testified on Tuesday that the dredging plan was sound."}}},
		},
	}
	if got, want := Overview(rep, "Ostin to testify on harbour dredging"), "Harbour master Lena Ostin testified on Tuesday that the dredging plan was sound, Estria Daily reports."; got != want {
		t.Errorf("Overview = %q\n want %q: a report's lede first", got, want)
	}
	rep.Facts = rep.Facts[:1]
	rep.Articles = rep.Articles[:1]
	if got, want := Overview(rep, "Ostin to testify on harbour dredging"), "Harbour master Lena Ostin will testify on the dredging plan before the senate on Tuesday."; got != want {
		t.Errorf("Overview = %q\n want %q: with no report, the preview", got, want)
	}
}
