package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestQuoteEchoSetApart: an article that quotes a statement whole and
// later a two-word phrase of it in a paraphrase of something else gives
// the statement once in the group; the phrase is no second version.
func TestQuoteEchoSetApart(t *testing.T) {
	a := &article.Article{ID: "a", Outlet: "Valley Courier", Title: "Lund keeps her seat", Paragraphs: []string{
		"\u201cTonight the town told us it wants a council that makes the hard choices,\u201d Mayor Ada Lund said at her party in Reddin.",
		"The count ended after midnight.",
		"Lund has defended her budget cuts and described her run as that of a mayor who makes the needed \u201chard choices.\u201d",
	}}
	b := &article.Article{ID: "b", Outlet: "Northshore Times", Title: "Lund wins", Paragraphs: []string{
		"\u201cThe town wants a council that makes the hard choices,\u201d Mayor Ada Lund said in Reddin.",
	}}
	r := run(t, []*article.Article{a, b})
	found := false
	for _, g := range r.Quotes {
		long, short := false, false
		for _, u := range g.Quotes {
			switch printedKey(u.Text) {
			case "hard choices":
				short = true
			case "the town wants a council that makes the hard choices":
				long = true
			}
		}
		if long {
			found = true
			if short {
				t.Errorf("group %+v holds the echoed phrase", g)
			}
		}
	}
	if !found {
		t.Fatalf("no group holds Lund's statement: %+v", r.Quotes)
	}
}

// TestQuotedNameNoStatement: the name of a plan in capitals that one
// article says its authors call it is not a part of a sentence of theirs
// that another article quotes.
func TestQuotedNameNoStatement(t *testing.T) {
	a := &article.Article{ID: "a", Outlet: "Valley Courier", Title: "Lund unveils harbour plan", Paragraphs: []string{
		"Mayor Ada Lund on Monday set out what she calls a \u201cHarbour Renewal Pact\u201d for the old docks of Reddin.",
	}}
	b := &article.Article{ID: "b", Outlet: "Northshore Times", Title: "Reddin plan", Paragraphs: []string{
		"Mayor Ada Lund said she will start work on rules that would \u201cspell out each project of the Harbour Renewal Pact.\u201d",
	}}
	r := run(t, []*article.Article{a, b})
	for _, g := range r.Quotes {
		if len(g.Quotes) > 1 {
			t.Errorf("the plan's name makes a group: %+v", g)
		}
	}
	if !properName("Harbour Renewal Pact") || !properName("Bill of Rights") || properName("hard choices") || properName("Tough choices") {
		t.Error("properName")
	}
}
