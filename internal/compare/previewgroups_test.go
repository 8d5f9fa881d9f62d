package compare

import (
	"strings"
	"testing"
)

// TestPreviewForecastNotTheResult: a preview's line telling the vote as
// still to come is not one fact with the reports' line of its result;
// the preview's line of background both tell alike stays grouped, and
// the preview is marked as one.
func TestPreviewForecastNotTheResult(t *testing.T) {
	r := run(t, mkArticles(
		"Five things to watch in the Ostra harbour vote\nMayor Ilse Dorn faces a close harbour vote in Ostra on Tuesday against Aron Pell, who could win it. "+
			"The harbour board has nine members and meets in the old customs house.",
		"Dorn keeps Ostra harbour\nMayor Ilse Dorn won the harbour vote in Ostra on Tuesday against Aron Pell by two votes. "+
			"The harbour board has nine members and meets in the old customs house.",
		"Ostra harbour stays with Dorn\nMayor Ilse Dorn won the harbour vote in Ostra on Tuesday against Aron Pell, five to four. "+
			"Fishermen cheered on the quay after the count.",
	))
	if !r.Articles[0].Preview || r.Articles[1].Preview || r.Articles[2].Preview {
		t.Errorf("previews = %v %v %v, want only the first", r.Articles[0].Preview, r.Articles[1].Preview, r.Articles[2].Preview)
	}
	for _, g := range factGroupsWith(r, "harbour vote") {
		if strings.Contains(g, "faces a close") {
			t.Errorf("the forecast and the result are one fact group: %s", g)
		}
	}
	if len(factGroupsWith(r, "customs house")) != 1 {
		t.Errorf("the shared background is no fact group: %v", factGroupsWith(r, "customs house"))
	}
}

// TestArticleNotePreview: the Articles table marks a preview as it marks
// a column, and a column's mark comes first.
func TestArticleNotePreview(t *testing.T) {
	if got := articleNote(Article{Preview: true}); got != " *(preview)*" {
		t.Errorf("preview note = %q", got)
	}
	if got := articleNote(Article{Preview: true, Kind: KindOpinion}); got != " *(opinion piece)*" {
		t.Errorf("column note = %q", got)
	}
	if got := articleNote(Article{}); got != "" {
		t.Errorf("report note = %q", got)
	}
}
