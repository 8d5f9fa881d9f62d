package compare

import (
	"strings"
	"testing"
)

// TestQuoteVerbTypoNotAltered: "is" typed as "in" (a slip that leaves
// the sentence without its verb) is one slip of the keyboard: the same
// words, transcribed differently, never ALTERED (h/quotes57b; ALTERED
// on main 522244a). "in" for "on" and "is" for "was" still change the
// words.
func TestQuoteVerbTypoNotAltered(t *testing.T) {
	for _, c := range []struct {
		a, b, kind string
		heard      bool
	}{
		{"This harbour board is careless, and deaf to what the crews need.",
			"This harbour board in careless, and deaf to what the crews need.", QuoteIdentical, true},
		{"This harbour board is careless, and deaf to what the crews need.",
			"This harbour board as careless, and deaf to what the crews need.", QuoteIdentical, true},
		// Precision.
		{"The pilots will wait in the dock until the board has voted on the fees.",
			"The pilots will wait on the dock until the board has voted on the fees.", QuoteAltered, false},
		{"This harbour board is careless, and deaf to what the crews need.",
			"This harbour board was careless, and deaf to what the crews need.", QuoteAltered, false},
	} {
		got, heard := pairKindHeard(kindItem(c.a), kindItem(c.b))
		if got != c.kind || heard != c.heard {
			t.Errorf("%q / %q: %s (heard %v), want %s (heard %v)", c.a, c.b, got, heard, c.kind, c.heard)
		}
	}
}

// TestDiffEdgesNotRemoved: where one version of an altered quote starts
// (or ends) later than the other, the diff shows an ellipsis there, not
// the other's words as removed (h/quotes57b; main 522244a struck them);
// a word added inside, before words both give, stays added.
func TestDiffEdgesNotRemoved(t *testing.T) {
	for _, c := range []struct{ from, to, want string }{
		{"When the storm came I thought of the old harbour days. The board in full control. The crews on their own, under the rule of the board above pay and the law.",
			"The board in full control. The crews on their own, under the rule of the board above pay and above the law.",
			"… The board in full control. The crews on their own, under the rule of the board above pay and {+above+} the law."},
		{"I've seen many storms on this coast. The pilots' effort to guard the bay is among the finest.",
			"Over all my years here, I have seen many storms on this coast. The pilots' effort to guard at the bay is among the finest.",
			"… I have seen many storms on this coast. The pilots' effort to guard {+at+} the bay is among the finest."},
		// A word struck next to where the shorter version starts stays.
		{"the pilots are under pressure to earn harbour dollars or get fired by the board.",
			"earn harbour or get fired by the board.",
			"[-the pilots are under pressure to-] earn harbour [-dollars-] or get fired by the board."},
		// A change at the edge, both versions going on, stays.
		{"The board in full control of the crews and the fees,",
			"The board in full control of the crews and the pay,",
			"The board in full control of the crews and the [-fees,-] {+pay,+}"},
	} {
		ops, _ := wordDiff(c.from, c.to)
		if t2, ok := trimDiffEdges(ops); ok {
			ops = t2
		}
		if got := inlineDiff(ops); got != c.want {
			t.Errorf("diff\n got %s\nwant %s", got, c.want)
		}
	}
}

// TestTranslatedQuoteNotAltered: a remark an article gives as said in
// another language, rendered in other English words by two outlets, is
// not ALTERED but "translated differently" (h/quotes57b; ALTERED on main
// 522244a); the same two renderings of an English speaker stay ALTERED.
func TestTranslatedQuoteNotAltered(t *testing.T) {
	quotesOf := func(intro1, intro2 string) QuoteGroup {
		r := run(t, mkArticles(
			"Harbour talks\nThe harbour talks in Velmar ended on Monday without a deal on pilot fees.\n"+intro1+" \"The days when we could count fully on our neighbours are over, in part.\"",
			"Talks end\nVelmar's harbour talks broke up on Monday with no deal on pilot fees.\n"+intro2+" \"The times in which we could count wholly on our neighbours are somewhat over.\"",
			"No deal\nNo deal on pilot fees came out of Monday's harbour talks in Velmar, officials said.",
		))
		for _, g := range r.Quotes {
			for _, u := range g.Quotes {
				if strings.Contains(u.Text, "neighbours") && g.Kind != QuoteOneOnly {
					return g
				}
			}
		}
		t.Fatalf("no quote group of the remark: %+v", r.Quotes)
		return QuoteGroup{}
	}
	g := quotesOf("German Chancellor Greta Vogel said in German:", "Chancellor Greta Vogel said:")
	if g.Kind == QuoteAltered || !g.Translated {
		t.Errorf("two translations: %s (translated %v), want not altered, translated", g.Kind, g.Translated)
	}
	g = quotesOf("Mayor Greta Vogel said:", "Mayor Greta Vogel said:")
	if g.Kind != QuoteAltered || g.Translated {
		t.Errorf("one English remark in two wordings: %s (translated %v), want altered", g.Kind, g.Translated)
	}
	g = quotesOf("German Chancellor Greta Vogel said in English:", "Greta Vogel said:")
	if g.Kind != QuoteAltered || g.Translated {
		t.Errorf("a remark said in English: %s (translated %v), want altered", g.Kind, g.Translated)
	}
	// review57d: words of the translation note itself ("translated into
	// English") do not say the remark was said in English; a language
	// named inside the speaker's own words, or a name that is also a
	// nationality word, says nothing of a translation.
	g = quotesOf("Chancellor Greta Vogel spoke in German, in remarks translated into English:", "Chancellor Greta Vogel said:")
	if g.Kind == QuoteAltered || !g.Translated {
		t.Errorf("a remark translated into English: %s (translated %v), want not altered, translated", g.Kind, g.Translated)
	}
	r := run(t, mkArticles(
		"Harbour ballots\nThe harbour vote in Velmar is on Monday.\nMayor Greta Vogel said: \"We print the ballots in Spanish and count every one of them by hand.\"",
		"Ballots\nVelmar votes on the harbour on Monday.\nMayor Greta Vogel said: \"We print ballots in Spanish and we count each one of them by hand.\"",
		"Vote\nThe Velmar harbour vote is on Monday, officials said.",
	))
	for _, g := range r.Quotes {
		if strings.Contains(g.Quotes[0].Text, "ballots") && (g.Translated || g.Kind != QuoteAltered) {
			t.Errorf("a language named in the speaker's words: %s (translated %v), want altered", g.Kind, g.Translated)
		}
	}
	g = quotesOf("Representative French Vogel said:", "Representative French Vogel said:")
	if g.Kind != QuoteAltered || g.Translated {
		t.Errorf("a first name that is a nationality word: %s (translated %v), want altered", g.Kind, g.Translated)
	}
}

// TestNegationSlipNotAltered: "not" typed where the other version has
// the verb between a modal and "nothing" ("would not nothing more")
// leaves the sentence without its verb: one slip, never ALTERED
// (fresh54's Collins statement, ALTERED on main 0378553a). "not" for a
// verb before another word, or a modal for a modal, still changes the
// words.
func TestNegationSlipNotAltered(t *testing.T) {
	for _, c := range []struct {
		a, b, kind string
		heard      bool
	}{
		{"The harbour board would like nothing more than to shut the docks for good.",
			"The harbour board would not nothing more than to shut the docks for good.", QuoteIdentical, true},
		// Precision.
		{"The harbour board would like the docks shut for good, and soon.",
			"The harbour board would not the docks shut for good, and soon.", QuoteAltered, false},
		{"The harbour board would like nothing more than to shut the docks for good.",
			"The harbour board would want nothing more than to shut the docks for good.", QuoteAltered, false},
	} {
		got, heard := pairKindHeard(kindItem(c.a), kindItem(c.b))
		if got != c.kind || heard != c.heard {
			t.Errorf("%q / %q: %s (heard %v), want %s (heard %v)", c.a, c.b, got, heard, c.kind, c.heard)
		}
	}
}

// TestLeftoverRunNotAltered: a run of words an edit left behind in one
// paper's copy ("could have a potentially have a grave effect") is the
// same words, transcribed differently, not ALTERED (fresh55: the Senate
// page led its What differs with such a slip).
func TestLeftoverRunNotAltered(t *testing.T) {
	for _, c := range []struct {
		a, b, kind string
		heard      bool
	}{
		{"The closure could have a potentially grave effect on the harbour towns.",
			"The closure could have a potentially have a grave effect on the harbour towns.", QuoteIdentical, true},
		{"The closure could potentially have a grave effect on the harbour towns.",
			"The closure could have a potentially have a grave effect on the harbour towns.", QuoteIdentical, true},
		// Precision: a run the speaker says twice, which both give, or
		// a run given twice with other words around it, stays a change.
		{"We will fight it, we will win it, and the harbour towns will thank us.",
			"We will fight it, we will win it, and the harbour towns will thank us.", QuoteIdentical, false},
		{"The closure could have a potentially grave effect on the harbour towns.",
			"The closure could have a really have a grave effect on the harbour towns.", QuoteAltered, false},
	} {
		got, heard := pairKindHeard(kindItem(c.a), kindItem(c.b))
		if got != c.kind || heard != c.heard {
			t.Errorf("%q / %q: %s (heard %v), want %s (heard %v)", c.a, c.b, got, heard, c.kind, c.heard)
		}
	}
}
