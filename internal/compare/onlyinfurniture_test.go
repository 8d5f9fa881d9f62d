package compare

import (
	"slices"
	"testing"
)

// bareCreditStrikeArticles are three reports of one ferry strike. The first has
// a line that only says who spoke after a quote, a line that leads in
// to an embedded clip, and a sentence whose names the others write in
// other forms (a holiday without its "Day", a council spelled out where
// the first gives its initials).
func bareCreditStrikeArticles() []string {
	return []string{
		"Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
			"The walkout began at dawn on the main quay. Crews gathered outside the harbour office. " +
			"Passengers were left waiting on the quays for hours.\n" +
			"Radio host Bo Park of Kestrel FM added some context.\n" +
			"Watch the Kestrel FM segment with Bo Park below.\n" +
			"Dock clerk Ilse Marn filed 12 complaints on Lantern Day, as OHC members looked on.\n" +
			"The crews listed their demands in a letter.",
		"Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
			"The strike was first called on Lantern, the old harbour feast. " +
			"The port authority said talks would resume next week.",
		"Ostra strike\nFerry crews at Ostra stopped work on Tuesday over the new rota. " +
			"Members of the \u201cOstra Harbour Council\u201d met on the quay. The harbour board did not comment.",
	}
}

// TestOnlyInFurnitureAndNameForms: a line that only says who spoke
// and a lead-in to embedded media are no facts only one article gives,
// and a name another article writes without its generic tail or spelled
// out from its initials is not listed as one only one article gives.
// Fails on main 3e71873, which claims both lines (each has two names no
// other article writes) and lists Lantern Day and OHC as a0's own.
func TestOnlyInFurnitureAndNameForms(t *testing.T) {
	r := run(t, mkArticles(bareCreditStrikeArticles()...))
	for _, in := range []string{"added some context", "segment with Bo Park"} {
		if f := oneArticleFact(r, in); f != nil && f.OnlyIn() {
			t.Errorf("%q: claimed as only in a0 (own %q), want furniture", in, ownStrings(f))
		}
	}
	f := oneArticleFact(r, "12 complaints")
	if f == nil || !f.OnlyIn() {
		t.Fatalf("Marn's complaints: %+v, want a fact only in a0", f)
	}
	if got := ownStrings(f); !slices.Equal(got, []string{"name:Ilse Marn", "figure:12"}) {
		t.Errorf("Marn's complaints own %q, want Ilse Marn and 12 only (Lantern and the council are named by the others)", got)
	}
}

func TestBareAttribution(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Party adviser Ann Lee tweeted.", true},
		{"Radio host Bo Park added some context.", true},
		{"The mayor said on Twitter on Tuesday.", true},
		{"Harbour pilot Ines Varga told Ostra Radio.", true},
		{"He told reporters.", true},
		// Something said beside who spoke.
		{"The talks failed, Ann Lee said.", false},
		{"Ann Lee said the talks failed.", false},
		{"The clerk who filed the complaint said.", false},
		{"Ann Lee told the board to wait.", false},
		{"\u201cWe are done,\u201d Ann Lee said.", false},
		{"Ann Lee resigned.", false},
		{"Ann Lee said", false},
	} {
		if got := bareAttribution(c.text); got != c.want {
			t.Errorf("bareAttribution(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestMediaLeadIn(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Watch the clip.", true},
		{"See below.", true},
		{"Watch the Kestrel FM segment with Bo Park below.", true},
		{"The full interview is above.", true},
		{"Listen to the audio of the hearing.", true},
		// A sentence that tells what a video showed, or a fact.
		{"A video posted on Tuesday showed crews leaving the quay.", false},
		{"The board met below the harbour office.", false},
		{"Watchers of the harbour counted 40 ferries tied up on the quay on Tuesday night.", false},
		{"\u201cWatch the board,\u201d Lee said.", false},
	} {
		if got := mediaLeadIn(c.text); got != c.want {
			t.Errorf("mediaLeadIn(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestNameFormsElsewhere(t *testing.T) {
	// Article 0 asks; article 1 is the other.
	seen := thingsSeen{all: &allSeen{cased: []string{"", "Feast\nOn Harvest, crews met. The strike began on Lantern, as the \u201cOstra Harbour Council\u201d met, while Carrier workers waited."}}, self: 0}
	if !namedWithoutTail(seen, "Lantern Day") || !namedWithoutTail(seen, "Harvest Day") || !namedWithoutTail(seen, "Carrier Corp.") {
		t.Error("namedWithoutTail: Lantern and Carrier are written by the other article")
	}
	other := thingsSeen{all: &allSeen{cased: []string{"", "New rules\nNew crews met on Election Night in New York and asked the Board of Election."}}, self: 0}
	if namedWithoutTail(seen, "Harbour Tower") || namedWithoutTail(seen, "Lantern") || namedWithoutTail(other, "New Day") || namedWithoutTail(other, "Election Day") {
		t.Error("namedWithoutTail: only a generic tail is left off")
	}
	if !acronymSpelledOut(seen, "OHC") || acronymSpelledOut(seen, "OHB") || acronymSpelledOut(seen, "Ohc") {
		t.Error("acronymSpelledOut: OHC is the council spelled out, OHB nothing")
	}
}
