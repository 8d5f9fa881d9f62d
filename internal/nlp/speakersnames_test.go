package nlp

import (
	"strings"
	"testing"
)

// TestSlavicYFold: the "y" between consonants of an East Slavic surname
// is the "i" of the Russian spelling (Danylov / Danilov, Yanukovych /
// Yanukovich); other names keep their "y" (Myers / Miers, Smyth / Smith).
func TestSlavicYFold(t *testing.T) {
	a := newTestAnalyzer(t)
	nm := a.Naming("en")
	for _, c := range []struct {
		x, y string
		same bool
	}{
		{"Danylov", "Danilov", true},
		{"Yanukovych", "Yanukovich", true},
		{"Turchynov", "Turchinov", true},
		{"Kadyrov", "Kadirov", true},
		{"Myers", "Miers", false},
		{"Smyth", "Smith", false},
		{"Byrd", "Bird", false},
		{"Lynch", "Linch", false},
	} {
		if got := nm.Fold(c.x) == nm.Fold(c.y); got != c.same {
			t.Errorf("Fold(%s) = %q, Fold(%s) = %q: same %v, want %v", c.x, nm.Fold(c.x), c.y, nm.Fold(c.y), got, c.same)
		}
	}
}

// hasQuote reports whether an holds a quotation whose text contains s.
func hasQuote(an *Analysis, s string) bool {
	for _, q := range an.Quotes {
		if strings.Contains(q.Text, s) {
			return true
		}
	}
	return false
}

// TestTitlesAndNicknamesNoQuotes: a work's title after its noun ("the
// song “…”", "her book, “….”"), a nickname after "known as" or inside a
// person's name (Paul “Pip” Marchetel), and a show told something with
// the writer's stop inside the marks (told “Fox News Sunday.”) are no
// one's words; the quotation before the show's title keeps only its own
// words.
func TestTitlesAndNicknamesNoQuotes(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Feud\n\nThe senator has attacked the four freshmen known as “The Gang,” calling them radicals. She wrote a book, “In Pine We Trust.” The song “Born Free” played as she left.\n\n"+
		"The gallery showed drawings. One by Paul \"Pip\" Marchetel depicts two guards arguing over a ladder. The singer Anna “Bee” Kowalczyk said the show would go on.\n\n"+
		"“It was hard,” Sen. Ada Rusk told “Fox News Sunday.”\n\n“We lost,” the coach said, “Every Single Game.”")
	for _, s := range []string{"The Gang", "In Pine We Trust", "Born Free", "Pip", "Bee", "Fox News Sunday"} {
		if hasQuote(an, s) {
			t.Errorf("%q is a quotation: %+v", s, an.Quotes)
		}
	}
	if got, _ := speakerOf(an, "It was hard,"); got != "Ada Rusk" {
		t.Errorf("speaker of the quotation before the show %q, want Ada Rusk", got)
	}
	// A title-cased quotation after a verb of saying stays someone's words.
	if !hasQuote(an, "Every Single Game") {
		t.Errorf("the coach's second part is lost: %+v", an.Quotes)
	}
}

// TestPassiveAgentAntecedent: "The move was praised by Rep. X, who …
// the Y campaign … He said …": the he is the one who praised, the doer of
// the passive verb, not a name in the clause after him.
func TestPassiveAgentAntecedent(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Sanctions\n\nPresident Dan Hollis signed the order on Friday. “Nobody is tougher,” Hollis said.\n\n"+
		"The move was praised by Rep. Tom Ashby, a Maine Democrat who has led a House inquiry into alleged Hollis campaign ties to the cartel. He said it sent a “clear signal to the cartel.”\n\n"+
		"The cautious line is embodied by Speaker Ann Hale, with whom Rep. Ada Rusk has often clashed. The Ohio Democrat told her followers on Saturday that the delay was what she called “a grave mistake.”\n\n"+
		"The fund was created by President Ivo Lund, who had long sought it. But the ban remains, a fact Hollis noted in his speech. “We will end it,” he said.")
	for _, c := range []struct{ quote, want string }{
		{"clear signal to the cartel.", "Tom Ashby"},
		// Another person is the subject of a clause of the sentence.
		{"a grave mistake.", "Ada Rusk"},
		// Not the passive sentence's but the one nearest before.
		{"We will end it,", "Dan Hollis"},
	} {
		if got, _ := speakerOf(an, c.quote); got != c.want {
			t.Errorf("speaker of %q: %q, want %q", c.quote, got, c.want)
		}
	}
}

// TestPlaceSurnameDoer: a lone surname the gazetteer knows as a country
// (Jordan) is the person of that surname named before in full when it
// does something in the past tense ("Jordan pressed …"), so the "he" of
// a hearing's questions is the questioner, not the witness.
func TestPlaceSurnameDoer(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Hearing\n\nRep. Jim Jordan questioned Tom Ruiz on Wednesday. Jordan pressed Ruiz over his old statements.\n\n"+
		"As Jordan listed Ruiz’s old offences one by one, he repeatedly asked: “Did you do it for the mayor?” Ruiz repeatedly answered, “No, I did not.”")
	if got, _ := speakerOf(an, "Did you do it for the mayor?"); got != "Jim Jordan" {
		t.Errorf("the questioner %q, want Jim Jordan", got)
	}
	if got, _ := speakerOf(an, "No, I did not."); got != "Tom Ruiz" {
		t.Errorf("the witness %q, want Tom Ruiz", got)
	}
	if e := findEntity(an, "Jordan"); e != nil && e.Type == Place {
		t.Errorf("lone Jordan still the country: %+v", e)
	}
}
