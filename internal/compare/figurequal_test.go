package compare

import (
	"strings"
	"testing"
)

// figureItems returns the only-figures items of r (onlyFigures: the
// summary does not show them, summaryFigures).
func figureItems(r *Report) []string {
	var out []string
	for _, d := range newDiffCtx(r).onlyFigures() {
		out = append(out, d.Text)
	}
	return out
}

// TestOnlyFigureKeepsItsQualifier: a figure one article alone gives is
// shown with the words that bound it as the article writes them ("more
// than 40", "less than 2%", "almost half", "up to a dozen"), not as
// "about"; "about" is kept for a vague figure with no such words.
func TestOnlyFigureKeepsItsQualifier(t *testing.T) {
	r := &Report{
		Articles: []Article{{ID: "g", Outlet: "Gazette"}, {ID: "l", Outlet: "Ledger"}},
		Numbers: []Quantity{
			{What: "questions", Kind: "count", ReportedBy: []string{"g"}, Values: []NumberUse{{Article: "g", Text: "40", Value: 40, Approx: true,
				Sentence: "The mayor criticised the leak of more than 40 questions on Tuesday."}}},
			{Kind: "percent", ReportedBy: []string{"g"}, Values: []NumberUse{{Article: "g", Text: "2%", Value: 0.02, Approx: true,
				Sentence: "Less than 2% of ferry tickets were refunded."}}},
			{Kind: "percent", ReportedBy: []string{"g"}, Values: []NumberUse{{Article: "g", Text: "half", Value: 0.5,
				Sentence: "The bill has 65 backers, almost half of them from the harbour towns."}}},
			{What: "moderates", Kind: "count", ReportedBy: []string{"l"}, Values: []NumberUse{{Article: "l", Text: "dozen", Value: 12,
				Sentence: "Up to a dozen moderates could vote against the plan."}}},
			{What: "dockers", Kind: "count", ReportedBy: []string{"l"}, Values: []NumberUse{{Article: "l", Text: "300", Value: 300, Approx: true,
				Sentence: "Roughly 300 dockers marched."}}},
			{What: "boats", Kind: "count", ReportedBy: []string{"l"}, Values: []NumberUse{{Article: "l", Text: "70", Value: 70, Approx: true,
				Sentence: "The harbour lost 70 or so boats."}}},
		},
	}
	got := strings.Join(figureItems(r), "\n")
	t.Log(got)
	for _, want := range []string{"more than 40 (questions)", "less than 2%", "almost half", "up to a dozen (moderates)", "roughly 300 (dockers)", "about 70 (boats)"} {
		if !strings.Contains(got, want) {
			t.Errorf("only-figures item lacks %q: %q", want, got)
		}
	}
	for _, no := range []string{"about 40", "about 2%", "about 300"} {
		if strings.Contains(got, no) {
			t.Errorf("only-figures item shows %q: %q", no, got)
		}
	}
}

// TestOnlyFigureGivenInOtherForm: a count is not one article's alone
// when another gives the same number as an age or with a measure word
// ("Kushner, 36," and "a 36-year-old"; "13 members" and "the 13-person
// council").
func TestOnlyFigureGivenInOtherForm(t *testing.T) {
	r := &Report{
		Articles: []Article{{ID: "g", Outlet: "Gazette"}, {ID: "l", Outlet: "Ledger"}},
		Numbers: []Quantity{
			{Kind: "count", ReportedBy: []string{"g"}, Values: []NumberUse{{Article: "g", Text: "36", Value: 36}}},
			{What: "members", Kind: "count", ReportedBy: []string{"g"}, Values: []NumberUse{{Article: "g", Text: "13", Value: 13}}},
			{What: "ferries", Kind: "count", ReportedBy: []string{"g"}, Values: []NumberUse{{Article: "g", Text: "47", Value: 47}}},
			{What: "entrepreneur", Kind: "age", Unit: "year", ReportedBy: []string{"l"}, Values: []NumberUse{{Article: "l", Text: "36-year-old", Value: 36}}},
			{What: "council", Kind: "count", Unit: "person", ReportedBy: []string{"l"}, Values: []NumberUse{{Article: "l", Text: "13-person", Value: 13}}},
		},
	}
	got := strings.Join(figureItems(r), "\n")
	t.Log(got)
	for _, no := range []string{"36", "13"} {
		if strings.Contains(got, no) {
			t.Errorf("a figure the other article gives in another form is shown as one article's: %q", got)
		}
	}
	if !strings.Contains(got, "47 (ferries)") {
		t.Errorf("the Gazette's own figure is lost: %q", got)
	}
}

// TestOnlyFigureNotRhetorical: a vague count in words inside a
// speaker's quotation or bounding another ("dozens, if not hundreds")
// is no figure, and a figure said of two nouns is listed once.
func TestOnlyFigureNotRhetorical(t *testing.T) {
	r := &Report{
		Articles: []Article{{ID: "g", Outlet: "Gazette"}, {ID: "l", Outlet: "Ledger"}},
		Numbers: []Quantity{
			{What: "issues", Kind: "count", ReportedBy: []string{"g"}, Values: []NumberUse{{Article: "g", Text: "hundreds", Value: 100, Approx: true,
				Sentence: "\u201cWe have solved literally hundreds of issues together,\u201d the clerk wrote."}}},
			{What: "amendments", Kind: "count", ReportedBy: []string{"g"}, Values: []NumberUse{{Article: "g", Text: "hundreds", Value: 100, Approx: true,
				Sentence: "The council will weigh dozens \u2014 if not hundreds \u2014 of amendments."}}},
			{What: "dockers", Kind: "count", ReportedBy: []string{"g"}, Values: []NumberUse{{Article: "g", Text: "hundreds", Value: 100, Approx: true,
				Sentence: "Hundreds of dockers marched on the quay."}}},
			{What: "victims", Kind: "count", ReportedBy: []string{"g"}, Values: []NumberUse{{Article: "g", Text: "49", Value: 49,
				Sentence: "The fire left 49 victims."}}},
			{What: "passengers", Kind: "count", ReportedBy: []string{"g"}, Values: []NumberUse{{Article: "g", Text: "49", Value: 49,
				Sentence: "Most of the 49 passengers were named."}}},
		},
	}
	got := strings.Join(figureItems(r), "\n")
	t.Log(got)
	if want := "Only Gazette gives 2 figures: hundreds (dockers), 49 (victims)"; got != want {
		t.Errorf("only-figures = %q, want %q", got, want)
	}
}
