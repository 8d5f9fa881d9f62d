package nlp

import "testing"

// TestReportedBeforeNotHeadline: the headline is no sentence before the
// first paragraph, so a quotation that opens the body with no attribution
// is not given to the person the headline says spoke (the rule of the
// sentence before, reportedBefore).
func TestReportedBeforeNotHeadline(t *testing.T) {
	a := newTestAnalyzer(t)
	an := a.Analyze(Input{Title: "Mayor Daniel Mercer said the harbour fees would stay as they are.",
		Paragraphs: []string{"\u201cThis is the end of cheap berths for the small trawlers of the coast.\u201d The board meets on Friday to set the new rates."}})
	if len(an.Quotes) != 1 {
		t.Fatalf("got %d quotes %+v, want 1", len(an.Quotes), an.Quotes)
	}
	if q := an.Quotes[0]; q.Speaker != nil {
		t.Errorf("the body's opening quotation is given to %q (%s)", q.Speaker.Mention, q.Speaker.Via)
	}
}
