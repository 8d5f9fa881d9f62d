package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestTellsAheadNameOrMonth: "May" the name or the month and "Will"
// the name are no forecast; the modal "may" and "will" and a question
// (also one "Will" opens) are.
func TestTellsAheadNameOrMonth(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Premier Ada May lost the harbour vote by nine seats in the old hall.", false},
		{"The harbour board first met in May 1921 in the old customs house.", false},
		{"Will Orsen chaired the harbour board for nine years.", false},
		{"The harbour board may meet again in the old customs house.", true},
		{"The harbour board will meet again in the old customs house.", true},
		{"Officials said the harbour board may meet again in the old customs house.", true},
		{"Will the harbour board meet again in the old customs house?", true},
	} {
		got := tellsAhead(an.Analyze(nlp.Input{Paragraphs: []string{c.text}, Lang: "en"}).Sentences[0].Tokens)
		if got != c.want {
			t.Errorf("tellsAhead(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPreviewBackgroundNamedMay: a preview's line of background that
// names a premier called May tells nothing ahead: it stays in the group
// of the reports' line of that background (previewGroups keeps "a
// preview's line of background both tell alike").
func TestPreviewBackgroundNamedMay(t *testing.T) {
	r := run(t, mkArticles(
		"Five things to watch in the Ostra harbour vote\nPremier Ada May faces a close harbour vote in Ostra on Tuesday against Aron Pell, who could win it. "+
			"Ada May lost the ferry levy vote by nine seats in the old customs house last winter.",
		"Pell takes Ostra harbour\nAron Pell won the harbour vote in Ostra on Tuesday against the premier by two votes. "+
			"The premier lost the ferry levy vote by nine seats in the old customs house last winter.",
		"Ostra harbour goes to Pell\nAron Pell won the harbour vote in Ostra on Tuesday against the premier, five to four. "+
			"The premier lost the ferry levy vote by nine seats in the old customs house last winter.",
	))
	if !r.Articles[0].Preview {
		t.Fatalf("the guide is no preview")
	}
	found := false
	for _, g := range factGroupsWith(r, "ferry levy") {
		found = found || strings.Contains(g, "Ada May lost")
	}
	if !found {
		t.Errorf("the preview's background line left the group: %v", factGroupsWith(r, "ferry levy"))
	}
}
