package compare

import (
	"bytes"
	"strings"
	"testing"
)

// TestOnlyInQuoteOneBullet: a quotation of two sentences that only one
// outlet gives, its attribution after the second ("A. B," said Tal), is
// one bullet under "Only in" with both sentences, not two bullets, the
// first without its closing mark and the second without its opening one
// (h/quotes56, quote-split-bullets).
func TestOnlyInQuoteOneBullet(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour vote\nThe harbour board of Velmar voted on Monday to raise pilot fees by a third.\n\"Our crews will pay for the board's mistakes with their wages. Nobody asked the pilots before the vote,\" said Oren Tal, who leads the pilots' union at the eastern docks.",
		"Fees rise\nPilots in Velmar will pay a third more in fees after a board vote on Monday.\nThe new charges start in the spring, according to a notice the harbour office posted.",
		"Board vote\nVelmar's harbour board approved higher pilot fees on Monday, its chair Ida Brun said after a long meeting.",
	))
	var b bytes.Buffer
	if err := WriteMarkdown(&b, r); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	var bullets []string
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "- ") && !strings.HasPrefix(l, "- **") && (strings.Contains(l, "Our crews") || strings.Contains(l, "Nobody asked")) {
			bullets = append(bullets, l)
		}
	}
	if len(bullets) != 1 || !strings.Contains(bullets[0], "Our crews") || !strings.Contains(bullets[0], "Nobody asked") {
		t.Errorf("the two sentences of one quotation are not one bullet: %q\n%s", bullets, md)
	}
}

// TestJoinQuotePartsNotAcrossAShownSentence: two parts of a quotation
// are not joined when another fact of the report holds a sentence of
// the same paragraph, which may stand between them.
func TestJoinQuotePartsNotAcrossAShownSentence(t *testing.T) {
	a := onlyItem{fact: Fact{QuoteOnly: "Oren Tal"}, sent: FactSentence{Article: "a1", Paragraph: 2, Text: "\u201cThe fees are too high."}}
	b := onlyItem{fact: Fact{}, sent: FactSentence{Article: "a1", Paragraph: 2, Text: "We will strike,\u201d Tal said."}}
	facts := []Fact{{Sentences: []FactSentence{a.sent}}, {Sentences: []FactSentence{b.sent}}}
	if got := joinQuoteParts([]onlyItem{a, b}, heldPlaces(facts)); len(got) != 1 || got[0].fact.QuoteOnly != "Oren Tal" {
		t.Errorf("two parts of one quotation not joined: %+v", got)
	}
	mid := Fact{Sentences: []FactSentence{{Article: "a1", Paragraph: 2, Text: "The board has not listened."}, {Article: "a2", Paragraph: 1, Text: "x"}}}
	if got := joinQuoteParts([]onlyItem{a, b}, heldPlaces(append(facts, mid))); len(got) != 2 {
		t.Errorf("joined across a sentence shown in another fact: %+v", got)
	}
	c := onlyItem{sent: FactSentence{Article: "a1", Paragraph: 2, Text: "\u201cWe will strike,\u201d Tal said."}}
	if got := joinQuoteParts([]onlyItem{a, c}, heldPlaces(facts)); len(got) != 2 {
		t.Errorf("a new quotation joined to an open one: %+v", got)
	}
}
