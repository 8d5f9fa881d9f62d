package compare

import (
	"strings"
	"testing"
)

// TestQuoteOnly: a fact claimed only in its article whose own part holds
// a named speaker's quoted words is shown as those words (QuoteOnly
// names the speaker, each once); names and figures alone leave it a
// fact; the Markdown list says whose words only the article quotes and
// keeps the other details.
func TestQuoteOnly(t *testing.T) {
	cases := []struct {
		own  []OwnDetail
		want string
	}{
		{[]OwnDetail{{Kind: OwnName, Text: "Oskar Lund"}, {Kind: OwnFigure, Text: "$48,250"}}, ""},
		{[]OwnDetail{{Kind: OwnQuote, Text: "the dykes will hold", Speaker: "Mira Tallis"}}, "Mira Tallis"},
		{[]OwnDetail{{Kind: OwnQuote, Text: "the dykes will hold", Speaker: "Mira Tallis"}, {Kind: OwnName, Text: "Reddin"},
			{Kind: OwnQuote, Text: "not this winter", Speaker: "Mira Tallis"}, {Kind: OwnQuote, Text: "we wait", Speaker: "Oskar Lund"}}, "Mira Tallis and Oskar Lund"},
		{nil, ""},
	}
	for _, c := range cases {
		if got := quoteOnly(c.own); got != c.want {
			t.Errorf("quoteOnly(%v) = %q, want %q", c.own, got, c.want)
		}
	}
	f := Fact{Coverage: CoverageOne, Own: []OwnDetail{{Kind: OwnQuote, Text: "the dykes will hold", Speaker: "Mira Tallis"}, {Kind: OwnFigure, Text: "2019"}}}
	f.QuoteOnly = quoteOnly(f.Own)
	if !f.QuoteOnlyIn() || f.OnlyFact() {
		t.Errorf("a quote-only fact: QuoteOnlyIn %v, OnlyFact %v", f.QuoteOnlyIn(), f.OnlyFact())
	}
	got := (&mdWriter{}).onlyList(f)
	if !strings.Contains(got, "only this article quotes these words of Mira Tallis") || !strings.HasSuffix(got, "— only here: “2019”") || strings.Contains(got, "quoted words") {
		t.Errorf("onlyList = %q", got)
	}
	f.QuoteOnly = ""
	if got := (&mdWriter{}).onlyList(f); got != " — only here: Mira Tallis's quoted words, “2019”" {
		t.Errorf("onlyList of a fact = %q", got)
	}
}
