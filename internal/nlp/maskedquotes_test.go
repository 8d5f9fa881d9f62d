package nlp

import (
	"strings"
	"testing"
)

// TestMaskedBoxInQuote: a paragraph in which cleaning blanked a box of
// linked headlines after a name (the bytes left as spaces) gives no quote
// that opens at the "’s" left behind, and a quote around the blank reads
// with single spaces.
func TestMaskedBoxInQuote(t *testing.T) {
	gap := strings.Repeat(" ", 60)
	text := "The council backed Mayor Ana Ruiz" + gap + "\u2019s plan for the old bridge on Tuesday, ending the Democrats' hopes of a delay.\n\n" +
		"\u201cWe cannot wait for Tom Reddin" + gap + "and his friends to agree,\u201d said council member Eda Brun."
	an := analyze(t, newTestAnalyzer(t), text)
	if len(an.Quotes) != 1 {
		t.Fatalf("got %d quotes %+v, want 1", len(an.Quotes), an.Quotes)
	}
	if got, want := an.Quotes[0].Text, "We cannot wait for Tom Reddin and his friends to agree,"; got != want {
		t.Errorf("quote %q, want %q", got, want)
	}
}

// TestQuoteInTitleCaseHeading: a subheading written in title case that
// retells a quotation in its own capitals ("Ruiz Said the Bridge Was ‘the
// Best Thing We Ever Built’") gives no quote; the words the text quotes
// do, and so does a sentence that quotes a title-case phrase.
func TestQuoteInTitleCaseHeading(t *testing.T) {
	text := "Upon Hearing the News, Mayor Ana Ruiz Said the Bridge Was \u2018the Best Thing We Ever Built\u2019\n\n" +
		"\u201cIt is the best thing we ever built in this town,\u201d Ruiz said on Tuesday.\n\n" +
		"The council called the plan \u201cThe Harbour of Tomorrow\u201d in its report, a councillor said.\n\n" +
		"\u201cNo Delay, No Excuses, Total VICTORY for Reddin!\u201d Ruiz tweeted"
	an := analyze(t, newTestAnalyzer(t), text)
	for _, q := range an.Quotes {
		if strings.Contains(q.Text, "Best Thing") {
			t.Errorf("the heading's retelling is a quote: %+v", q)
		}
	}
	found := false
	for _, q := range an.Quotes {
		found = found || strings.HasPrefix(q.Text, "It is the best thing")
	}
	tweet := false
	for _, q := range an.Quotes {
		tweet = tweet || strings.HasPrefix(q.Text, "No Delay")
	}
	if !found || !tweet {
		t.Errorf("the text's quote or the tweet in capitals is lost: %+v", an.Quotes)
	}
}
