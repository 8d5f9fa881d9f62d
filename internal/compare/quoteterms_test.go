package compare

import (
	"strings"
	"testing"
)

// comparedGroupWith returns the first group of r that is not one outlet's and
// holds a version containing s, or nil.
func comparedGroupWith(r *Report, s string) *QuoteGroup {
	for i, g := range r.Quotes {
		if g.Kind == QuoteOneOnly {
			continue
		}
		for _, u := range g.Quotes {
			if strings.Contains(u.Text, s) {
				return &r.Quotes[i]
			}
		}
	}
	return nil
}

// TestTermsNotCompared: a term of one to three words that several
// writers put in quotation marks inside their own sentences ("a
// 'pilot levy'", "what she calls 'rigged'") is no statement compared in
// a table (issue 15, quote-junk; an IDENTICAL table on main c7694e5). A
// short remark quoted as a sentence of its own stays compared.
func TestTermsNotCompared(t *testing.T) {
	r := run(t, mkArticles(
		"Mayor wants a levy\nMayor Ada Brennick called for a \"pilot levy\" on the harbour board on Monday.\n\"We are done waiting,\" Brennick said.",
		"Brennick presses board\nMayor Ada Brennick urged a \"pilot levy\" on cargo lines at the harbour on Monday.\n\"We are done waiting,\" Brennick told reporters.",
		"Harbour levy\nThe harbour board met on Monday to weigh fees on cargo lines.",
	))
	if g := comparedGroupWith(r, "pilot levy"); g != nil {
		t.Errorf("a two-word term in marks shown as a %s table", g.Kind)
	}
	if g := comparedGroupWith(r, "done waiting"); g == nil {
		t.Error("the short remark quoted whole is no longer compared")
	}
}

// TestOneOutletNotCompared: a statement quoted only in one outlet's two
// articles (a report and its update) compares nothing an outlet chose:
// no table; another outlet quoting it makes one (issue 15,
// same-outlet-group; an IDENTICAL table on main c7694e5).
func TestOneOutletNotCompared(t *testing.T) {
	arts := mkArticles(
		"Board backs fees\nThe harbour board voted on Monday to raise pilot fees.\n\"The fees pay for the new pilot boats the bay needs,\" board chair Oskar Lund said.",
		"Board backs fees, update\nThe harbour board voted on Monday to raise pilot fees after a long debate.\n\"The fees pay for the new pilot boats the bay needs,\" board chair Oskar Lund said.",
		"Fees go up\nPilot fees will rise after a vote of the harbour board on Monday, chair Oskar Lund said.",
	)
	arts[1].Outlet = arts[0].Outlet
	r := run(t, arts)
	if g := comparedGroupWith(r, "pilot boats"); g != nil {
		t.Errorf("one outlet's two articles shown as a %s table", g.Kind)
	}
	// Listed once, as the outlet's, with its speaker.
	n := 0
	for _, g := range r.Quotes {
		for _, u := range g.Quotes {
			if strings.Contains(u.Text, "pilot boats") {
				n++
				if g.Kind != QuoteOneOnly || g.Speaker != "Oskar Lund" {
					t.Errorf("listed as %s of %q, want one outlet's of Oskar Lund", g.Kind, g.Speaker)
				}
			}
		}
	}
	if n != 1 {
		t.Errorf("the statement listed %d times, want once", n)
	}
	arts[1].Outlet = "Outlet 9"
	if g := comparedGroupWith(run(t, arts), "pilot boats"); g == nil {
		t.Error("two outlets quoting the statement no longer compared")
	}
}

// TestWordMovedNotAltered: a word one transcript gives a word earlier
// than the other ("they either want", "they want either") is the same
// words, transcribed differently, not ALTERED (issue 15, quote-verdict;
// ALTERED on main c7694e5). Another word in its place still alters.
func TestWordMovedNotAltered(t *testing.T) {
	for _, c := range []struct {
		a, b, kind string
		heard      bool
	}{
		{"They want either the harbour fees or the pilot boats cut this year",
			"They either want the harbour fees or the pilot boats cut this year", QuoteIdentical, true},
		{"We only asked the board for the pilot boats it promised us",
			"We asked only the board for the pilot boats it promised us", QuoteIdentical, true},
		// Precision: a word replaced, not moved.
		{"They want either the harbour fees or the pilot boats cut this year",
			"They never want the harbour fees or the pilot boats cut this year", QuoteAltered, false},
	} {
		got, heard := pairKindHeard(kindItem(c.a), kindItem(c.b))
		if got != c.kind || heard != c.heard {
			t.Errorf("%q / %q: %s (heard %v), want %s (heard %v)", c.a, c.b, got, heard, c.kind, c.heard)
		}
	}
}

// TestMarkdownNoVerbBlank: a quote no verb introduces shows no verb in
// the Markdown, as on the web page, rather than a dash a reader takes
// for a missing value (issue 15, quote-verb; "–" on main c7694e5).
func TestMarkdownNoVerbBlank(t *testing.T) {
	r := &Report{Quotes: []QuoteGroup{
		{Speaker: "Oskar Lund", Kind: QuoteIdentical, Quotes: []QuoteUse{
			{Article: "a0", Text: "The fees pay for the boats.", Verb: "said"},
			{Article: "a1", Text: "The fees pay for the boats."},
		}},
		{Speaker: "Ada Brennick", Kind: QuoteOneOnly, Quotes: []QuoteUse{{Article: "a1", Text: "We are done waiting."}}},
	}}
	var b strings.Builder
	if err := WriteMarkdown(&b, r); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	if strings.Contains(md, "–") {
		t.Errorf("a dash for a missing verb:\n%s", md)
	}
	if !strings.Contains(md, "(Ada Brennick): “We are done waiting.”") {
		t.Errorf("the one-outlet quote without a verb is not listed by its speaker alone:\n%s", md)
	}
}
