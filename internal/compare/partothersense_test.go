package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestPartElsewhereBySense: another article that tells part of a fact in
// words of the same sense (nlp.Senses: "quit" for "resigned", "postponed"
// for "delayed") tells it in part as one that writes the same words: the
// fact, claimed for names and figures of its own, is shown as the details
// its article adds (PartElsewhere), not as a fact only it gives. Words
// of other senses ("died", "trial") share nothing, and the claim stays.
func TestPartElsewhereBySense(t *testing.T) {
	first := "Ostra harbour chief goes\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
		"Harbour chief Ana Lind resigned on Monday after the council delayed the ferry vote, a day before councillor Oskar Lund and the Marsk Pilots Guild asked for 48,250 kroner in back pay for the night crews of the northern quays. " +
		"The Marsk Pilots Guild counted 37 idle vessels in the outer basin by nightfall. " +
		"Passengers were left waiting on the quays for hours."
	second := "Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
		"The council postponed its vote on the ferries, and the port's boss quit at the weekend. " +
		"Boats died down in the harbour after a trial of new engines. " +
		"The port authority said talks would resume next week."
	r := run(t, mkArticles(first, second))
	for _, c := range []struct {
		in   string // a word of the fact's sentence
		part bool
	}{
		{"resigned", true}, // "council postponed its vote … quit"
		{"vessels", false}, // "boats died down … a trial": no word of its senses
	} {
		f := oneArticleFact(r, c.in)
		if f == nil || !f.OnlyIn() || len(f.Own) == 0 {
			t.Errorf("%s: not claimed as only in its article with details of its own (%+v)", c.in, f)
			continue
		}
		if f.PartElsewhere != c.part || f.OnlyFact() == c.part {
			t.Errorf("%s: PartElsewhere %v, OnlyFact %v, want part %v", c.in, f.PartElsewhere, f.OnlyFact(), c.part)
		}
	}
}

// TestSenseFeature: words and pairs of words by sense; other features
// as they are.
func TestSenseFeature(t *testing.T) {
	an := testSenses(t)
	for _, c := range []struct{ in, want string }{
		{"w:quit", "w:resign"},
		{"w:resign", "w:resign"},
		{"w:ferri", "w:ferri"},
		{"w:probe", "w:probe"}, // a story's topic noun: on no line
		{"b:council postpon", "b:council delay"},
		{"b:quit post", "b:resign post"},
		{"b:harbour chief", "b:harbour chief"},
		{"e:12", "e:12"},
		{"n:37", "n:37"},
	} {
		if got := senseFeature(an, c.in); got != c.want {
			t.Errorf("senseFeature(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := senseFeature(nil, "w:quit"); got != "w:quit" {
		t.Errorf("no sense table: %q, want the feature as it is", got)
	}
}

// testSenses returns the default language's sense table.
func testSenses(t *testing.T) *nlp.Senses {
	t.Helper()
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	return an.Senses(nlp.DefaultLang)
}
