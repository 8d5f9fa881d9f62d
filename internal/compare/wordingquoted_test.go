package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// wordingTexts returns the wording items of a comparison of arts in
// every category of wordingText, those the summary leaves out
// (summaryWording) included: the own-voice rules are tested on all.
func wordingTexts(t *testing.T, arts []*article.Article) []string {
	t.Helper()
	every := map[string]bool{}
	for cat := range wordingText {
		every[cat] = true
	}
	var out []string
	for _, d := range newDiffCtx(run(t, arts)).wordingOf(every) {
		out = append(out, d.Text)
	}
	return out
}

// TestWordingNotInsideQuotes: a loaded word inside a speaker's quotation
// is the speaker's, not the outlet's wording ("so-called" and
// "extremists" inside a quoted statement); and a phrase one outlet puts
// in quotation marks is no distance when another outlet quotes the same
// words as someone's, even in passing ("could not “verify the
// accounts”, the clerk said", which is no quotation of the analysis).
// The outlet's own loaded word and its own scare
// quote still count.
func TestWordingNotInsideQuotes(t *testing.T) {
	arts := []*article.Article{
		{ID: "g", Outlet: "Gazette", Title: "Harbour vote passes", Paragraphs: []string{
			"The harbour council voted on Monday to sell the old ferry to a private firm.",
			"\u201cWe will not give in to the extremists who run the so-called harbour lobby,\u201d Mayor Ilse Varn said in a statement after the vote.",
			"The ferry was sold \u201clegally\u201d within weeks, the council's papers show.",
			"Its buyers were unable to \u201cverify\u201d the old ferry's accounts.",
		}},
		{ID: "l", Outlet: "Ledger", Title: "Council sells ferry", Paragraphs: []string{
			"The harbour council voted on Monday to sell the old ferry to a private firm.",
			"\u201cThe ferry was sold legally and in the open,\u201d council clerk Tomas Reyl told reporters.",
			"The buyers could not \u201cverify the accounts\u201d of the ferry, the clerk said.",
			"The embattled council hopes the sale ends a long dispute.",
		}},
		{ID: "c", Outlet: "Courier", Title: "Ferry sold", Paragraphs: []string{
			"The harbour council voted on Monday to sell the old ferry to a private firm.",
			"The \u201creform\u201d of the harbour will take two years under the plan.",
		}},
	}
	got := wordingTexts(t, arts)
	t.Log(got)
	all := strings.Join(got, "\n")
	for _, no := range []string{"extremists", "so-called", "legally", "verify"} {
		if strings.Contains(all, no) {
			t.Errorf("%q, inside a quotation or quoted by another outlet, is listed as wording: %q", no, got)
		}
	}
	for _, yes := range []string{"Ledger alone uses loaded words: \u201cembattled\u201d", "Courier alone puts \u201creform\u201d in quotation marks"} {
		if !strings.Contains(all, yes) {
			t.Errorf("wording lacks %q: %q", yes, got)
		}
	}
}

// TestScareQuoteOfAGivenLabel: words in quotation marks right after "as"
// report a label someone gives ("dismissed the plan as a “sham”"), not
// the writer's distance; a scare quote elsewhere still counts.
func TestScareQuoteOfAGivenLabel(t *testing.T) {
	arts := []*article.Article{
		{ID: "g", Outlet: "Gazette", Title: "Harbour vote passes", Paragraphs: []string{
			"The harbour council voted on Monday to sell the old ferry to a private firm.",
			"The opposition dismissed the sale as a \u201csham\u201d run by the mayor's allies.",
			"Dockers are known along the quay as \u201cthe old guard\u201d of the port.",
		}},
		{ID: "l", Outlet: "Ledger", Title: "Council sells ferry", Paragraphs: []string{
			"The harbour council voted on Monday to sell the old ferry to a private firm.",
			"The \u201creform\u201d of the harbour will take two years under the plan.",
		}},
	}
	got := wordingTexts(t, arts)
	t.Log(got)
	all := strings.Join(got, "\n")
	for _, no := range []string{"sham", "old guard"} {
		if strings.Contains(all, no) {
			t.Errorf("%q, a label someone gives, is listed as distance: %q", no, got)
		}
	}
	if !strings.Contains(all, "Ledger alone puts \u201creform\u201d in quotation marks") {
		t.Errorf("the Ledger's scare quote is lost: %q", got)
	}
}

// TestScareQuoteInReportedSpeech: words in quotation marks after "as one
// of" or inside reported speech ("made it clear that ... a “firm hand”
// policy") are a speaker's phrase, not the writer's distance; a loaded
// word that names a designation someone proposes ("declared a terrorist
// organization") is not the writer's label. The writer's own scare quote
// and loaded word still count.
func TestScareQuoteInReportedSpeech(t *testing.T) {
	arts := []*article.Article{
		{ID: "g", Outlet: "Gazette", Title: "Harbour vote passes", Paragraphs: []string{
			"The harbour council voted on Monday to sell the old ferry to a private firm.",
			"Mayor Ilse Varn made it clear that the port is taking a \u201cfirm hand\u201d approach on the quay.",
			"Councillor Bram Oss has framed the vote as one of \u201cduty.\u201d",
			"Two councillors want the dockers' club declared a terrorist organization.",
		}},
		{ID: "l", Outlet: "Ledger", Title: "Council sells ferry", Paragraphs: []string{
			"The harbour council voted on Monday to sell the old ferry to a private firm.",
			"The \u201creform\u201d of the harbour will take two years under the plan.",
			"The embattled council hopes the sale ends a long dispute.",
		}},
	}
	got := wordingTexts(t, arts)
	t.Log(got)
	all := strings.Join(got, "\n")
	for _, no := range []string{"firm hand", "duty", "terrorist"} {
		if strings.Contains(all, no) {
			t.Errorf("%q, someone's phrase or a proposed designation, is listed as wording: %q", no, got)
		}
	}
	for _, yes := range []string{"Ledger alone puts \u201creform\u201d in quotation marks", "Ledger alone uses loaded words: \u201cembattled\u201d"} {
		if !strings.Contains(all, yes) {
			t.Errorf("wording lacks %q: %q", yes, got)
		}
	}
}

// TestOwnVoiceRules checks the sentence rules of ownVoice one by one.
func TestOwnVoiceRules(t *testing.T) {
	for _, c := range []struct {
		name, sentence, text string
		fn                   func(string, string) bool
		want                 bool
	}{
		{"as one of", "The clerk framed the sale as one of \u201cduty\u201d.", "duty", givenLabel, true},
		{"as a", "Critics dismissed the plan as a \u201csham\u201d.", "sham", givenLabel, true},
		{"no as", "The \u201creform\u201d will take two years.", "reform", givenLabel, false},
		{"said that", "The mayor said that the city has a \u201cfirm hand\u201d policy.", "firm hand", reportedSpeech, true},
		{"told reporters that", "Varn told reporters that the \u201cplan\u201d was sound.", "plan", reportedSpeech, true},
		{"found that", "A trace found that the boat was sold \u201clegally\u201d in May.", "legally", reportedSpeech, true},
		{"made it clear that", "Varn made it clear that the port takes a \u201czero waste\u201d line.", "zero waste", reportedSpeech, true},
		{"speech after the term", "The \u201creform\u201d is sound, the mayor said.", "reform", reportedSpeech, false},
		{"writer's voice", "The \u201creform\u201d of the harbour stalled.", "reform", reportedSpeech, false},
		{"declared a", "Two councillors want the club declared a terrorist organization.", "terrorist", designation, true},
		{"designate as", "A bill would designate the ring as a domestic terrorist group.", "terrorist", designation, true},
		{"label", "The terrorist group claimed the blast.", "terrorist", designation, false},
		{"what may have", "Police sought to learn what may have started the fire.", "may have", indirectQuestion, true},
		{"whether might", "The clerk asked whether the ferry might have sunk.", "might", indirectQuestion, false},
		{"hedge", "The fire may have started in the hold.", "may have", indirectQuestion, false},
	} {
		if got := c.fn(c.sentence, c.text); got != c.want {
			t.Errorf("%s: %q in %q = %v, want %v", c.name, c.text, c.sentence, got, c.want)
		}
	}
}

// TestPointsUnit: a share written before "percentage points" keeps its
// unit; a share with its own sign or word needs none.
func TestPointsUnit(t *testing.T) {
	for _, c := range []struct{ sentence, text, want string }{
		{"The mayor won the ward by more than 30 percentage points in 2016.", "30", " percentage points"},
		{"Turnout rose by 4 points on the quay.", "4", " points"},
		{"Turnout rose to 40% on the quay.", "40%", ""},
		{"Some 12 percent of dockers voted.", "12 percent", ""},
		{"Some 30 of the dockers voted.", "30", ""},
	} {
		if got := pointsUnit(c.sentence, c.text); got != c.want {
			t.Errorf("pointsUnit(%q, %q) = %q, want %q", c.sentence, c.text, got, c.want)
		}
	}
}

// TestUnnamedSourcesAlone: an outlet credits unnamed sources alone only
// when no other outlet credits any, in whatever words ("officials said"
// against "sources say").
func TestUnnamedSourcesAlone(t *testing.T) {
	mk := func(other string) []*article.Article {
		return []*article.Article{
			{ID: "g", Outlet: "Gazette", Title: "Harbour ferry sold", Paragraphs: []string{
				"The harbour council sold the old ferry to a private firm on Monday, officials said.",
				"The firm plans to run the ferry to the outer islands from May."}},
			{ID: "l", Outlet: "Ledger", Title: "Council sells ferry", Paragraphs: []string{
				"The Valmora harbour council sold its old ferry on Monday" + other + ".",
				"The buyer will run the ferry to the outer islands from May."}},
		}
	}
	alone := func(texts []string) bool {
		for _, s := range texts {
			if strings.Contains(s, "Gazette alone credits unnamed sources") {
				return true
			}
		}
		return false
	}
	if got := wordingTexts(t, mk(", the mayor's office said")); !alone(got) {
		t.Errorf("Gazette alone credits unnamed sources: missing in %q", got)
	}
	if got := wordingTexts(t, mk(", sources say")); alone(got) {
		t.Errorf("Ledger credits unnamed sources too (\"sources say\"): %q", got)
	}
	if got := wordingTexts(t, mk(", reportedly for a song")); alone(got) {
		t.Errorf("Ledger passes on a report unsourced too (\"reportedly\"): %q", got)
	}
}
