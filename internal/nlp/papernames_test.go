package nlp

import "testing"

func TestCallLetters(t *testing.T) {
	for w, want := range map[string]bool{"WKLM": true, "KOST-TV": true, "KCNA": false, "WHO": false, "WKLm": false, "AKLM": false} {
		if got := callLetters(w); got != want {
			t.Errorf("callLetters(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPaperIsSource: a paper, station or site quoted for its reporting
// by the shape of its name (a paper's head, call letters, ".com"), also
// through "It", is the source of the words, no speaker; its own
// statement, a person whose name ends in a head, a paper's lawyer, an
// office or trade named by a head ("Medical Examiner", "Hair Salon") and
// "three times" speak or are no paper.
func TestPaperIsSource(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, c := range []struct {
		text, source, speaker string
	}{
		{"The Globe writes that:\n\n\"The older man set his rifle down by the seat.\"", "Globe", ""},
		{"\"The docks will stay shut all week,\" the Ostra Tribune reported on Monday.", "the Ostra Tribune", ""},
		{"\"The docks will stay shut all week,\" KOST-TV reported.", "KOST-TV", ""},
		{"The Ostra Guardian is less kind. It adds:\n\n\"Few mayors outlast a storm of this kind.\"", "It", ""},
		{"\"Our piece was wrong and has been fixed,\" the Ostra Globe said in a statement.", "", "the Ostra Globe"},
		{"\"We will keep the docks open all winter,\" Ada Sun said on Monday.", "", "Ada Sun"},
		{"\"The piece was fair and we stand by it,\" a lawyer for the Ostra Times said.", "", "a lawyer for the Ostra Times"},
		{"\"The man died of a blow to the head,\" the Ostra County Medical Examiner said.", "", "the Ostra County Medical Examiner"},
		{"\"We stay open all winter,\" the Kestrel Hair Salon said.", "", "the Kestrel Hair Salon"},
	} {
		an := analyze(t, a, c.text)
		if len(an.Quotes) != 1 {
			t.Errorf("%q: %d quotes, want 1", c.text, len(an.Quotes))
			continue
		}
		sp, src := speakerAndSource(an.Quotes[0])
		if src != c.source || sp != c.speaker {
			t.Errorf("%q: source %q speaker %q, want %q and %q", c.text, src, sp, c.source, c.speaker)
		}
	}
}

// speakerAndSource returns the mentions of q's speaker and of its
// source, "" for each that q has not.
func speakerAndSource(q Quote) (speaker, source string) {
	if q.Speaker != nil {
		speaker = q.Speaker.Mention
	}
	if q.Source != nil {
		source = q.Source.Mention
	}
	return speaker, source
}
