package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestOnlyHereOpeningNameAndRank: a spokeswoman's name that opens the
// sentence and a ranked event of a period ("its fourth closure this
// year") are details only one member adds; wording is still no detail.
// Fails on main b7ce2df, which drops both (the capital opens the
// sentence; the rank has no name or figure).
func TestOnlyHereOpeningNameAndRank(t *testing.T) {
	r := run(t, mkArticles(
		"Ostra port shuts\nThe port of Ostra shut its north quay on Monday, its fourth closure this year, after a crane failed.\n"+
			"Ana Lind, a spokeswoman for the harbour board, declined to comment.\n"+
			"Ferries were sent to the south quay.",
		"Ostra quay closed\nThe port of Ostra shut its north quay on Monday after a crane failed.\n"+
			"A spokeswoman for the harbour board declined to comment.\n"+
			"Traders said they feared delays.",
	))
	s, ok := memberOf(r, "Ana Lind", "a0")
	if !ok {
		t.Fatalf("the no-comment line is no fact of both articles: %+v", r.Facts)
	}
	if !slices.Contains(s.OnlyHere, "Ana Lind") {
		t.Errorf("the spokeswoman is not named: %q", s.OnlyHere)
	}
	s, ok = memberOf(r, "The port of Ostra shut", "a0")
	if !ok {
		t.Fatalf("the closure is no fact of both articles: %+v", r.Facts)
	}
	if !slices.Contains(s.OnlyHere, "fourth closure this year") {
		t.Errorf("the rank of the closure is not named: %q", s.OnlyHere)
	}
	for _, o := range s.OnlyHere {
		if strings.Contains(o, "failed") || strings.Contains(o, "comment") {
			t.Errorf("a piece of wording is named as a detail: %q", s.OnlyHere)
		}
	}
}

func TestRankedPeriods(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The bank raised rates, its third increase this year.", []string{"third increase this year"}},
		{"It was the second rail strike last month.", []string{"second rail strike last month"}},
		{"For the first time this year, crews stayed home.", nil},
		{"The third said this week that it would wait.", nil},
		{"The second of the Lind ferries sailed this year.", nil},
	} {
		ts := an.Analyze(nlp.Input{Paragraphs: []string{c.text}, Lang: "en"}).Sentences[0].Tokens
		if got := rankedPeriods(ts, c.text, func(int) bool { return true }); !slices.Equal(got, c.want) {
			t.Errorf("rankedPeriods(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
