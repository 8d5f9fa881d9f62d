package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/nlp"
)

// TestQuoteKindsTrivial: two versions of one line that differ only in
// an article given, left out or swapped, an "and" at a sentence break,
// "OK" and "okay", or a comparative in one word or two are one statement
// transcribed differently, not ALTERED; a coordinator replaced, a
// negation, a pronoun, a number and a content word stay ALTERED
// (session 54, h/trivialq54).
func TestQuoteKindsTrivial(t *testing.T) {
	for _, c := range []struct {
		a, b, kind string
		heard      bool
	}{
		{"The pace of the ferry timetables is not one of our worries this winter.",
			"The pace of ferry timetables is not one of our worries this winter.", QuoteIdentical, true},
		{"It is just another concession to a storm the harbour board cannot stop.",
			"It is just another concession to the storm the harbour board cannot stop.", QuoteIdentical, true},
		{"The skipper should not be blamed. She should not be ignored by the board.",
			"The skipper should not be blamed and she should not be ignored by the board.", QuoteIdentical, true},
		{"The board says it is okay for crews to sail past the quay at night.",
			"The board says it is OK for crews to sail past the quay at night.", QuoteIdentical, false},
		{"We would not be more proud or more stirred by the island crews' courage.",
			"We would not be prouder or more stirred by the island crews' courage.", QuoteIdentical, true},
		{"They were the most brave of all the crews that sailed from the quay.",
			"They were the bravest of all the crews that sailed from the quay.", QuoteIdentical, true},
		{"The crews could not be more happy with the new quay this winter.",
			"The crews could not be happier with the new quay this winter.", QuoteIdentical, true},
		// Still ALTERED.
		{"The skipper should be paid and the crews should be thanked by the board.",
			"The skipper should be paid or the crews should be thanked by the board.", QuoteAltered, false},
		{"The skipper should not be blamed and she should be ignored by the board.",
			"The skipper should not be blamed and she should not be ignored by the board.", QuoteAltered, false},
		{"The pace of the ferry timetables is not one of our worries this winter.",
			"The pace of our ferry timetables is not one of our worries this winter.", QuoteAltered, false},
		{"We would not be more proud or more stirred by the island crews' courage.",
			"We would not be more angry or more stirred by the island crews' courage.", QuoteAltered, false},
		{"It is just another concession to a storm the harbour board cannot stop.",
			"It is just another concession to two storms the harbour board cannot stop.", QuoteAltered, false},
	} {
		k, heard := pairKindHeard(kindItem(c.a), kindItem(c.b))
		if k != c.kind || heard != c.heard {
			t.Errorf("%q / %q: %s heard %v, want %s heard %v", c.a, c.b, k, heard, c.kind, c.heard)
		}
	}
}

// TestQuoteSic: an editor's "[sic]" is no word of the statement: it
// marks no words left out and no diff shows it (h/trivialq54).
func TestQuoteSic(t *testing.T) {
	item := func(text string) quoteItem {
		d := &doc{art: &article.Article{Paragraphs: []string{text}}}
		ks, gap, _, _ := quoteWords(d, nlp.Quote{Text: text, Parts: []nlp.Span{{Para: 0, Start: 0, End: len(text)}}})
		return quoteItem{speaker: 1, keys: ks, gap: gap}
	}
	// b leaves out "greatly" unmarked: the "[sic]" of a is no ellipsis
	// that would excuse it.
	a := item("I greatly appreciate you [sic] telling me, three times, that the quay is safe.")
	b := item("I appreciate you telling me, three times, that the quay is safe.")
	if k := pairKind(a, b); k != QuoteAltered {
		t.Errorf("kind %s, want %s", k, QuoteAltered)
	}
	if k := pairKind(a, item("I greatly appreciate you telling me, three times, that the quay is safe.")); k != QuoteIdentical {
		t.Errorf("kind %s, want %s", k, QuoteIdentical)
	}
	for in, want := range map[string]string{
		"you [sic] telling me":  "you telling me",
		"you [Sic], telling me": "you, telling me",
		"no mark here":          "no mark here",
	} {
		if got := dropSic(in); got != want {
			t.Errorf("dropSic(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestQuoteSameOutlet: where a quote group holds two outlets, one
// outlet's two articles are not compared as two outlets' versions: no
// diff of the group and no What-differs line sets an outlet against
// itself (h/trivialq54).
func TestQuoteSameOutlet(t *testing.T) {
	line := "\u201cI will not be pushed into closing the quay before the winter storms,\u201d Mayor Ada Lund said in Reddin on Monday."
	a := &article.Article{ID: "a", Outlet: "Valley Courier", Title: "Lund keeps the quay open", Paragraphs: []string{line}}
	b := &article.Article{ID: "b", Outlet: "Valley Courier", Title: "Quay stays open", Paragraphs: []string{
		"\u201cI will not be pushed by closing the quay before the winter storms,\u201d Mayor Ada Lund said in Reddin on Monday.",
	}}
	c := &article.Article{ID: "c", Outlet: "Northshore Times", Title: "Reddin quay", Paragraphs: []string{line}}
	r := run(t, []*article.Article{a, b, c})
	found := false
	for _, g := range r.Quotes {
		if len(g.Quotes) < 3 {
			continue
		}
		found = true
		for _, d := range g.Diffs {
			if d.From != "c" && d.To != "c" {
				t.Errorf("group %s compares the Courier with itself: %+v", g.Kind, d)
			}
		}
	}
	if !found {
		t.Fatalf("no group holds the three versions: %+v", r.Quotes)
	}
	for _, d := range r.Differences {
		if d.Kind == DiffQuote && d.From != "c" && d.To != "c" {
			t.Errorf("What differs sets the Courier against itself: %s", d.Text)
		}
	}
}
