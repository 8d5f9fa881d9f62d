package compare

import (
	"strings"
	"testing"
)

// TestQuoteNumberTenseNotAltered: one noun in the singular against the
// plural, or "be" in the past against the present, one word for one,
// is how a transcript or reported speech renders the line: the same
// words, transcribed differently, never ALTERED (h/quotes57; ALTERED or
// no match on main 72ee0ba). A changed verb, a verb's past against its
// present, a negation and a figure still alter the words.
func TestQuoteNumberTenseNotAltered(t *testing.T) {
	for _, c := range []struct {
		a, b, kind string
		heard      bool
	}{
		{"All we ask is that you see a reason to raise the harbour fees, and the board is sure of it.",
			"All we ask is that you see a reason to raise the harbour fees, and the board was sure of it.", QuoteIdentical, true},
		{"did not fully reflect the scope and substance of the harbour board's work and conclusions",
			"did not fully reflect the scope and substance of the harbour board's work and conclusion", QuoteIdentical, true},
		{"The pilots are ready and the crews were paid for the night shifts on the south dock.",
			"The pilots were ready and the crews were paid for the night shifts on the south dock.", QuoteIdentical, true},
		{"did not fully reflect the scope and substance of the harbour board's work and conclusions, … We told the board so.",
			"did not fully reflect the scope and substance of the harbour board's work and conclusion", QuoteShortened, true},
		// Precision.
		{"The pilots dare speak the truth about the harbour board and its night shifts.",
			"The pilots dared speak the truth about the harbour board and its night shifts.", QuoteAltered, false},
		{"The pilots are not ready and the crews were paid for the night shifts on the south dock.",
			"The pilots were ready and the crews were paid for the night shifts on the south dock.", QuoteAltered, false},
		{"We will hire 4 more pilots for the harbour this winter season at the dock.",
			"We will hire 40 more pilots for the harbour this winter season at the dock.", QuoteAltered, false},
	} {
		got, heard := pairKindOfForms(kindItem(c.a), kindItem(c.b))
		if got != c.kind || heard != c.heard {
			t.Errorf("%q / %q: %s (heard %v), want %s (heard %v)", c.a, c.b, got, heard, c.kind, c.heard)
		}
	}
}

// sentenceItem is kindItem with the sentence ends of its words marked
// and its word counts filled.
func sentenceItem(s string) quoteItem {
	it := kindItem(s)
	it.stop = make([]bool, len(it.keys))
	n := 0
	for _, w := range strings.Fields(s) {
		if w == "…" {
			continue
		}
		n += len(quoteWordKeys(w))
		if n > 0 && endsSentence(w) {
			it.stop[n-1] = true
		}
	}
	it.keyCount = map[string]int{}
	it.content = map[string]bool{}
	for _, k := range it.keys {
		it.keyCount[k]++
		if contentWord(k) {
			it.content[k] = true
		}
	}
	return it
}

// TestQuoteSentencesAroundPassage: two versions that give one speaker
// the same opening sentence, one going on with figures, the other after
// a cut with a closing line, are excerpts of one statement, though they
// share too few words for quotesMatch's density test (h/quotes57: the
// party chair's closest-in-history statement of s6ac10f870de459af, two
// one-outlet quotes on main 72ee0ba; attachLoneSentences pairs them). A
// shared run that does not end a sentence, or two speakers, stays
// apart.
func TestQuoteSentencesAroundPassage(t *testing.T) {
	open := "The count tonight is the closest in the harbour board's long history."
	a := sentenceItem(open + " Brennick has won 412 seats on the dock committee, Osk has won 409 seats and the pilots have won 7 seats on it.")
	b := sentenceItem("The count tonight is the closest in the harbour board's long history, … We will report the last ward when the clerk has checked it.")
	if !sentencesAroundPassage(a, b) || !excerptsAroundPassage(a, b) {
		t.Errorf("same opening sentence, own words after: not excerpts of one statement")
	}
	c := sentenceItem("The count tonight is the closest in the harbour board's long history of fights with the pilots over the winter fees and the crews.")
	d := sentenceItem("The count tonight is the closest in the harbour board's long history of votes, and the clerk will report the last ward at midnight today.")
	if sentencesAroundPassage(c, d) {
		t.Errorf("shared run inside a sentence: paired")
	}
	e := sentenceItem(open + " We will report the last ward when the clerk has checked it and the pilots have voted.")
	e.speaker = 2
	if sentencesAroundPassage(a, e) {
		t.Errorf("two speakers: paired")
	}
}

// TestJoinQuotePartsAfterASharedOpening: a quotation whose first
// sentence other outlets share (`"A," Tal said. "B. C."`, A in a shared
// group) still shows B and C as one bullet: A opens and closes a
// quotation of its own and cannot stand between them (h/quotes57: the
// former president's answer of s621c46624be9584c in three bullets on
// main 72ee0ba). A shared sentence that may be the middle of the
// quotation still keeps them apart.
func TestJoinQuotePartsAfterASharedOpening(t *testing.T) {
	shared := FactSentence{Article: "a1", Paragraph: 2, Text: "\u201cThe pilots are the best we have,\u201d Tal said."}
	b := onlyItem{fact: Fact{QuoteOnly: "Oren Tal"}, sent: FactSentence{Article: "a1", Paragraph: 2, Text: "\u201cThey kept the dock open all winter."}}
	c := onlyItem{fact: Fact{QuoteOnly: "Oren Tal"}, sent: FactSentence{Article: "a1", Paragraph: 2, Text: "Nobody thanked them for it.\u201d"}}
	facts := []Fact{{Sentences: []FactSentence{shared, {Article: "a2", Paragraph: 0, Text: "x"}}}, {Sentences: []FactSentence{b.sent}}, {Sentences: []FactSentence{c.sent}}}
	if got := joinQuoteParts([]onlyItem{b, c}, heldPlaces(facts)); len(got) != 1 {
		t.Errorf("the parts after a shared opening sentence not joined: %+v", got)
	}
	mid := Fact{Sentences: []FactSentence{{Article: "a1", Paragraph: 2, Text: "The board never came to see them."}, {Article: "a2", Paragraph: 1, Text: "y"}}}
	if got := joinQuoteParts([]onlyItem{b, c}, heldPlaces(append(facts, mid))); len(got) != 2 {
		t.Errorf("joined across a shared sentence that may stand inside the quotation: %+v", got)
	}
}
