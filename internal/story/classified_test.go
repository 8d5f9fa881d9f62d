package story

import "testing"

// TestWithVoiceClassifiesOnce: WithVoice asks for the voice exactly
// where VoiceRanks says it can change something, and Extract reads the
// headline's kind WithVoice found, the same as classifying the Doc
// again; once a field the kind is read from changes, the kind is found
// anew.
func TestWithVoiceClassifiesOnce(t *testing.T) {
	x := NewTextExtractor()
	for _, d := range []Doc{
		{ID: "a", Title: "Brennholm council delays harbour dredging to spring"},
		{ID: "b", Title: "Ferry blues"},
		{ID: "c", Title: "Should Brennholm give up its ferry?"},
		{ID: "d", Title: "I rode the Brennholm ferry for a decade"},
		{ID: "e", Title: "5 things to know about the Brennholm dredging"},
		{ID: "f", Title: "Harbour levy: a bad idea", Outlet: "Valley Courier Opinion"},
		{ID: "g", Title: "Brennholm council delays dredging", URL: "https://courier.example/opinion/2026/dredging"},
		{ID: "h", Title: "Brennholm council delays dredging", Kind: "analysis"},
		{ID: "i", Title: "LIND: The levy must go", Authors: []string{"Ada Lind"}},
		{ID: "j"},
	} {
		asked := false
		got := WithVoice(d, func() bool { asked = true; return true })
		if asked != VoiceRanks(d) || got.Styled != asked {
			t.Errorf("%s %q: voice asked %v, styled %v; VoiceRanks %v", d.ID, d.Title, asked, got.Styled, VoiceRanks(d))
		}
		if h, want := x.Extract(got).Headline, classifyHeadline(d); h != want {
			t.Errorf("%s %q: Extract's headline %v, classified %v", d.ID, d.Title, h, want)
		}
		if !got.classified.ok {
			t.Errorf("%s: WithVoice kept no kind", d.ID)
		}
	}
	base := Doc{ID: "k", Title: "Lind: the harbour levy will go"}
	d := WithVoice(base, func() bool { return false })
	if headlineOf(d) != News {
		t.Fatalf("%q: kind %v, want news", base.Title, headlineOf(d))
	}
	for _, change := range []func(*Doc){
		func(d *Doc) { d.Title = "Should Brennholm give up its ferry?" },
		func(d *Doc) { d.Outlet = "Harbour Blog" },
		func(d *Doc) { d.URL = "https://harbour.example/opinion/dredging" },
		func(d *Doc) { d.Kind = "opinion" },
		func(d *Doc) { d.Authors = []string{"Ada Lind"} },
	} {
		c := d
		change(&c)
		if h, want := headlineOf(c), classifyHeadline(c); h != want || h == News {
			t.Errorf("after a change to %+v: kind %v, classified %v", c, h, want)
		}
	}
}

// TestWithVoiceAuthorsEditedInPlace: the kind WithVoice found is not
// read after the Doc's authors are edited in their own array (the
// kind reads whether a label names an author).
func TestWithVoiceAuthorsEditedInPlace(t *testing.T) {
	d := WithVoice(Doc{ID: "l", Title: "LIND: The levy must go", Authors: []string{"Ada Lind"}}, func() bool { return false })
	d.Authors[0] = "Ivo Solvik"
	if h, want := headlineOf(d), classifyHeadline(d); h != want {
		t.Errorf("after the author is edited in place: kind %v, classified %v", h, want)
	}
}
