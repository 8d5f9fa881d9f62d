package compare

import "testing"

// TestQuoteExcerptSharesOnlyAFragment: two quotes that share no more
// than a fragment's words (a name, "Councillor Ada Brennick"; a stock
// phrase; with no speaker on either side, up to five words) and each go
// on with words of their own are one statement only when both articles
// give them to the same speaker: a blog post's line
// is no excerpt of a pilot's statement, while two parts of one speaker's
// remark that share three words still are, and so is a part that shares
// a compound the other writes with a hyphen ("harbour-wide") besides.
func TestQuoteExcerptSharesOnlyAFragment(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour vote\nA post on the Dockside blog read: \u201cBlame the mayor and Councillor Ada Brennick.\u201d",
		"Brennick under fire\nPilot chief Oren Tal said on Monday: \u201cCouncillor Ada Brennick is selling our harbour to a board.\u201d",
	))
	if g := groupWith(r, "a0", "Blame the mayor"); g == nil || len(g.Quotes) != 1 {
		t.Errorf("a post's line joins a pilot's statement on a name: %+v", g)
	}
	r = run(t, mkArticles(
		"Harbour vote\nA Dockside headline read: Councillor says board is trying to \u201cconfuse the harbour crews\u201d",
		"Vote delayed\nAsked why the vote was put off, pilot chief Oren Tal said \u201cthe harbour crews deserve a vote today.\u201d",
	))
	if g := groupWith(r, "a0", "confuse the"); g == nil || len(g.Quotes) != 1 {
		t.Errorf("a headline's phrase joins a pilot's remark on a stock phrase: %+v", g)
	}
	r = run(t, mkArticles(
		"Harbour rally\nBanners at the quay read: \u201cWe prize the liberty of the harbour.\u201d",
		"Our view\nThe editorial ended on one line: \u201cLiberty of the harbour is a mainstay of our town and its trade.\u201d",
	))
	if g := groupWith(r, "a0", "We prize"); g == nil || len(g.Quotes) != 1 {
		t.Errorf("two lines with no speaker join on a four-word phrase: %+v", g)
	}
	r = run(t, mkArticles(
		"Harbour deal\nPilot chief Oren Tal told reporters on Monday: \u201cAt its core, it is a harbour-wide ban on berths, and we will fight it.\u201d",
		"Deal reached\nThe pilots' union wrote online that the pact is a \u201charbourwide ban on berths\u201d for the crews.",
	))
	if g := groupWith(r, "a1", "harbourwide"); g == nil || len(g.Quotes) != 2 || g.Kind != QuoteShortened {
		t.Errorf("a compound written with a hyphen in one version is one shared word: %+v, want one shortened group", g)
	}
	r = run(t, mkArticles(
		"Harbour strike\nPilot chief Oren Tal said on Monday that the crews would \u201cnot escalate the dispute\u201d this week.",
		"Tal warns board\nPilot chief Oren Tal said on Monday the crews would \u201cescalate the dispute only if the board refuses again.\u201d",
	))
	if g := groupWith(r, "a0", "not escalate"); g == nil || len(g.Quotes) != 2 || g.Kind != QuoteExcerpts {
		t.Errorf("two parts of one speaker's remark: %+v, want one excerpts group", g)
	}
}

// TestQuotePrintedTwiceListedOnce: a page that prints a passage twice (an
// update's recap) quotes it once among the quotes one outlet alone has.
func TestQuotePrintedTwiceListedOnce(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour vote\nPilot chief Oren Tal said: \u201cThe board has failed every crew on this quay.\u201d\n\nThe vote is on Friday.\n\nUpdate: Pilot chief Oren Tal said: \u201cThe board has failed every crew on this quay.\u201d",
		"Vote set\nThe harbour board meets on Friday to vote on the berth fees.",
	))
	n := 0
	for _, g := range r.Quotes {
		for _, q := range g.Quotes {
			if q.Article == "a0" && q.Text == "The board has failed every crew on this quay." {
				n++
			}
		}
	}
	if n != 1 {
		t.Errorf("the passage printed twice is listed %d times, want once: %+v", n, r.Quotes)
	}
}
