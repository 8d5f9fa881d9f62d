package compare

import "testing"

// TestQuoteSplitByAttribution: an article that gives a statement in
// consecutive parts of one speaker (a paragraph's quote and the next
// paragraph's, or two quotes of one sentence split by the attribution)
// quotes none of it only in part when the parts together hold what
// another article quotes in one piece: the pair is identical, not
// shortened.
func TestQuoteSplitByAttribution(t *testing.T) {
	// a1 breaks the post at a paragraph and gives the rest, and more,
	// in its next paragraph.
	r := run(t, mkArticles(
		"Fees rise\nPilot chief Oren Tal wrote on Monday: \u201cThe harbour board has raised the berth fees again without asking a single crew, and that is wrong. The decision belongs to the crews who work the quay.\u201d",
		"Tal hits board\nPilot chief Oren Tal wrote on Monday: \u201cThe harbour board has raised the berth fees again without asking a single crew, and that is wrong.\u201d\nHe went on: \u201cThe decision belongs to the crews who work the quay. We will meet the board on Friday and we will not back down.\u201d",
	))
	if g := groupWith(r, "a1", "raised the berth fees"); g == nil || len(g.Quotes) != 2 || g.Kind != QuoteIdentical {
		t.Errorf("a post broken at a paragraph, the rest in the next: %+v, want one identical group", g)
	}
	// a1 gives the apology and the next line in two paragraphs, writing
	// "we are" where a0, which splits them by the attribution, writes
	// "we're"; a2 quotes both whole.
	r = run(t, mkArticles(
		"Tal apologises\n\u201cI regret that the crews now stand where they stand after the promises I made to them,\u201d pilot chief Oren Tal said on Monday. \u201cWe must make sure the crews see that their voice reaches the board, and we\u2019re going to help every crew that lost a berth.\u201d",
		"Tal sorry for fees\nPilot chief Oren Tal said on Monday: \u201cI regret that the crews now stand where they stand after the promises I made to them.\u201d\nTal added: \u201cWe must make sure the crews see that their voice reaches the board, and we are going to help every crew that lost a berth.\u201d",
		"An apology at the quay\nPilot chief Oren Tal said on Monday: \u201cI regret that the crews now stand where they stand after the promises I made to them. We must make sure the crews see that their voice reaches the board, and we are going to help every crew that lost a berth.\u201d",
	))
	if g := groupWith(r, "a2", "I regret"); g == nil || len(g.Quotes) != 4 || g.Kind != QuoteIdentical {
		t.Errorf("a statement split by its attribution and by a paragraph: %+v, want one identical group of four", g)
	}
	// Still shortened: a1's next paragraph is another statement, and a0
	// quotes a sentence a1 leaves out.
	r = run(t, mkArticles(
		"Fees rise\nPilot chief Oren Tal wrote on Monday: \u201cThe harbour board has raised the berth fees again without asking a single crew, and that is wrong. The decision belongs to the crews who work the quay.\u201d",
		"Tal hits board\nPilot chief Oren Tal wrote on Monday: \u201cThe harbour board has raised the berth fees again without asking a single crew, and that is wrong.\u201d\nHe went on: \u201cWe will meet the board on Friday and we will not back down.\u201d",
	))
	if g := groupWith(r, "a1", "raised the berth fees"); g == nil || len(g.Quotes) != 2 || g.Kind != QuoteShortened {
		t.Errorf("a post quoted in part, the next paragraph another line: %+v, want one shortened group", g)
	}
	// a0 gives the post in two paragraphs, the second going on past
	// where a1 stops: a1 quotes less, not another excerpt.
	r = run(t, mkArticles(
		"Post leaked\nThe pilots' account wrote to the board: \u201cStrongly suggest you read the fee report before Friday,\u201d\nIt went on: \u201cThere are many numbers the press is missing and we are sure the crews will find them. By the way, we just posted the berth ledger.\u201d",
		"Pilots post\nThe pilots' account wrote to the board: \u201cStrongly suggest you read the fee report before Friday. There are many numbers the press is missing and we are sure the crews will find them.\u201d",
	))
	if g := groupWith(r, "a1", "Strongly suggest"); g == nil || len(g.Quotes) != 3 || g.Kind != QuoteShortened {
		t.Errorf("a post in two paragraphs going on past the other's end: %+v, want one shortened group of three", g)
	}
	// A run whose other quote holds the other article's words whole
	// does not make a fragment before it identical to them.
	r = run(t, mkArticles(
		"Tal on fees\nPilot chief Oren Tal wrote that the fees were a \u201cgrave matter\u201d that \u201cwill be fixed.\u201d\n\u201cThe board raised the berth fees again today. This is a grave matter and it will be fixed!\u201d he wrote.",
		"Fees\nPilot chief Oren Tal wrote: \u201cThe board raised the berth fees again today. This is a grave matter and it will be fixed!\u201d",
	))
	for _, g := range r.Quotes {
		for _, q := range g.Quotes {
			if q.Article == "a0" && q.Text == "will be fixed." && g.Kind == QuoteIdentical && len(g.Quotes) > 1 {
				t.Errorf("a fragment before a whole quote reads identical to the whole: %+v", g)
			}
		}
	}
}
