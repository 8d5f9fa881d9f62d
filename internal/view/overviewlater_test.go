package view

import (
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
)

// TestLaterStandsAlone: a sentence after the overview's first reads right
// after it only when it names no one the overview has not named by the
// surname only, says no "also" early, tells no time from its article's
// day and puts no pronoun after its opening phrase.
func TestLaterStandsAlone(t *testing.T) {
	people := []person{{"Lena", "Ost"}, {"Ruth", "Lind"}, {"Byron", "White"}, {"Park", "Min-ji"}}
	people = append(people, storyPeople(&compare.Report{Names: []compare.Name{{Entity: "Kim Jae-won", Type: "person"}, {Entity: "Harbour Board", Type: "org"}}})...)
	before := "The Sorn senate voted 31-9 on Tuesday to ban night ferries."
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Ost told reporters the ban was overdue.", false},
		{"The ferry owners said they would appeal, and Mr. Ost said he would not.", false},
		{"Senator Lena Ost told reporters the ban was overdue.", true},
		{"Mayor Ost told reporters the ban was overdue.", true},
		{"The White House said it would not weigh in.", true},
		{"The Ost administration said it would not weigh in.", true},
		{"Kim told the board the ferries would stop.", false},
		{"Lind also said the ferries had been unsafe for years.", false},
		{"Harbour officials also objected to the ban.", false},
		{"The senate also voted to close the strait's west channel.", true},
		{"On the same day, the Sorn senate also voted to close the west channel.", true},
		{"The ferry owners said this morning that they would appeal.", false},
		{"The ferry owners told USA Today they would appeal.", true},
		{"At the time, he said the ferries were safe.", false},
		{"In a statement, the ferry owners said they would appeal.", true},
		{"The ferry owners said they would appeal.", true},
		{"“We will appeal,” the ferry owners said on Tuesday.", true},
	} {
		if got := laterStandsAlone(c.s, before, people); got != c.want {
			t.Errorf("laterStandsAlone(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	if !laterStandsAlone("Ost told reporters the ban was overdue.", "Senator Lena Ost moved the ban.", people) {
		t.Error("a surname the overview named before is named")
	}
}

// TestOverviewLaterAlone: after the lede, a side sentence that names
// someone by the surname only, or dates itself "this morning", is left
// out, and one that stands alone takes its place; with none left, the
// overview is its lede alone.
func TestOverviewLaterAlone(t *testing.T) {
	fact := func(para int, text string) compare.Fact {
		return compare.Fact{ReportedBy: []string{"a", "b"}, Sentences: []compare.FactSentence{
			{Article: "a", Text: text, Paragraph: para}, {Article: "b", Text: text, Paragraph: para}}}
	}
	lede := "The Sorn senate voted 31-9 on Tuesday to ban ferries from crossing at night."
	rep := &compare.Report{
		Articles: []compare.Article{{ID: "a", Title: "Sorn senate bans night ferries"}, {ID: "b"}},
		Facts: []compare.Fact{
			fact(0, lede),
			fact(1, "Ost told reporters this morning that the vote was a relief."),
			fact(2, "Lind also said the harbour had waited years for a ban."),
		},
		Names: []compare.Name{{Entity: "Lena Ost", Type: "person"}, {Entity: "Ruth Lind", Type: "person"}},
	}
	if got := Overview(rep, "Sorn senate bans night ferries"); got != lede {
		t.Errorf("Overview = %q\n want %q", got, lede)
	}
	rep.Facts = append(rep.Facts, fact(3, "Harbour master Lena Ost said the vote was a relief."))
	want := lede + " Harbour master Lena Ost said the vote was a relief."
	if got := Overview(rep, "Sorn senate bans night ferries"); got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
}

// TestPreviewExpected: an outcome told as expected before it came, and a
// vote told as a test still to come, are previews.
func TestPreviewExpected(t *testing.T) {
	for _, s := range []string{
		"In the race's last days, aides to Ostin said they expected the mayor to win two thirds of the vote.",
		"Lena Ost faces a high-stakes test in Tuesday's harbour primary.",
		"The ferry bill faces another showdown in the Sorn senate.",
		"The Sorn senate is poised Tuesday to pass the ferry ban.",
	} {
		if !preview(s) {
			t.Errorf("preview(%q) = false", s)
		}
	}
	for _, s := range []string{
		"Ostin won the primary, as her aides had expected.",
		"Ostin faces charges of fraud after the vote.",
	} {
		if preview(s) {
			t.Errorf("preview(%q) = true", s)
		}
	}
}
