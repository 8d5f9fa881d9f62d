package nlp

import "testing"

// TestCollapsedParagraphMarks checks an excerpt whose paragraph breaks
// were lost: each paragraph still opens with a straight mark after the
// previous one's last sentence and none closes, so the marks are the
// openings of the quotation's next paragraphs, one quotation in parts,
// not closing marks that leave the writer's text between them and make
// "But drillers" a speaker. Marks against the words they close pair as
// before, and so does an excerpt that quotes someone inside it in
// single marks, whose inner words keep their speaker.
func TestCollapsedParagraphMarks(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "The Ostra Courier reports that the vote divided the town. Here's more from the newspaper:\n\n"+
		"\"Brenn lies at the heart of the Ostra Shale, a field in the north. There are 90 wells in the town. ... "+
		"\"Over the years, Brenn has changed its rules on drilling near homes. ... "+
		"\"Angry with how the town handled it, the group put the rule on the ballot. "+
		"\"But drillers say that such wells do not pay and that the ban would stop all drilling.\"")
	if len(an.Quotes) != 1 {
		t.Fatalf("got %d quotes %+v, want 1", len(an.Quotes), an.Quotes)
	}
	q := an.Quotes[0]
	if len(q.Parts) != 4 {
		t.Errorf("got %d parts %+v, want 4", len(q.Parts), q.Parts)
	}
	if sp, src := speakerAndSource(q); sp != "" || src != "The Ostra Courier" {
		t.Errorf("speaker %q source %q, want none and The Ostra Courier", sp, src)
	}

	an = analyze(t, a, "\"The ban will stand.\" \"We will sue,\" said Ivo Lund, a lawyer for the drillers.")
	if len(an.Quotes) != 2 {
		t.Fatalf("unchanged: got %d quotes %+v, want 2", len(an.Quotes), an.Quotes)
	}

	an = analyze(t, a, "The Ostra Courier reports that the vote divided the town. Here's more from the newspaper:\n\n"+
		"\"Brenn lies at the heart of the Ostra Shale, a field in the north. ... "+
		"\"Over the years, Brenn has changed its rules, and the mayor, Ivo Lund, called it 'a fair deal for every family,' he said.\"")
	found := false
	for _, q := range an.Quotes {
		if sp, _ := speakerAndSource(q); q.Text == "a fair deal for every family," && sp != "" {
			found = true
		}
	}
	if !found {
		t.Errorf("unchanged: the inner words lost their speaker: %+v", an.Quotes)
	}
}
