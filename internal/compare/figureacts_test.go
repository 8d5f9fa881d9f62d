package compare

import "testing"

// A line that gives a result or a market move with its own details beside
// it is told in part elsewhere when another article gives the same share
// or sum with a participant both name and a verb of the same act: it is
// claimed for the details it adds.
func TestFigureActToldElsewhere(t *testing.T) {
	r := run(t, mkArticles(
		"Voss wins in Velmar\nEdda Voss won the Velmar mayoral race on Tuesday, the county clerk said.\nVoss, a shipwright who quit the Brannock Guild in 2011, solidly beat Marren 53%-44% in a race she was not expected to win by any wide margin.",
		"Shipwright takes Velmar\nIn Velmar, harbour pilot Edda Voss defeated the sitting alderman Jon Marren by 53 to 44 percent, with the independent Ida Holm of the Dunmore ferry union taking 3 percent in the race to succeed the retiring mayor Per Lund.\nMarren said he would not ask for a recount.",
		"Velmar has a new mayor\nVelmar elected Edda Voss as its mayor on Tuesday, the county clerk said.",
	))
	if f := oneArticleFact(r, "who quit the Brannock Guild"); f == nil || !f.OnlyIn() || !f.PartElsewhere {
		t.Errorf("the result another article gives with the same shares and a verb of one act: claimed whole as only in its article (%v)", f)
	} else if b := f.PartBasis; b == nil || b.Article != "a1" || b.Figure == "" || b.Phrase != "" {
		t.Errorf("PartBasis %+v, want the second article and the shared figure", b)
	} else if got := b.Statement("Outlet 1"); got != "a sentence of Outlet 1 gives “"+b.Figure+"” too, with a participant it names and a verb of the same act" {
		t.Errorf("Statement = %q", got)
	}
}

// The same figure does not make a line told in part elsewhere when the
// other article gives it for another act, or only inside a quotation.
func TestFigureActNotToldElsewhere(t *testing.T) {
	// "spent" and "raised" tell two acts: the sum stays the first
	// article's detail, and the line its claim.
	r := run(t, mkArticles(
		"Harbour pay questioned\nThe Ostra harbour board is under review after a payment to Nils Starke came to light on Monday.\nStarke's disclosure casts doubt on the $50,000 the Ostra harbour board spent on work by Kessel Rigging in 2017 for Ivo Tarre, the audit office found.",
		"Skipper sued\nIn another case, Ivo Tarre raised $50,000 for a rival skipper's lawsuit over a mooring in 2019, the Velmar Post reported.",
		"Ostra audit opened\nAuditors in Ostra opened a case on Monday, a spokesman said.",
	))
	if f := oneArticleFact(r, "casts doubt on the $50,000"); f == nil || !f.OnlyIn() || f.PartElsewhere {
		t.Errorf("the same sum of another act (spent, raised) made the line told in part elsewhere (%v)", f)
	}
	// The second article gives the sum only inside Tarre's quotation:
	// what he claims, not what its writer tells. In its writer's words it
	// tells part of the first article's line.
	const (
		audited = "Harbour board audited\nThe Ostra harbour board faces an audit after a complaint by Nils Starke on Monday.\nThe board, which Starke has fought since 2015 over its dredging contracts, spent $1.2 million at the Kessel Rigging yard in the year its tolls fell 14 percent, the records show."
		claim   = "Over nine years Nils Starke spent $1.2 million of his own money on lawyers, surveyors and a private study that the Dunmore ferry union later paid to publish"
		chair   = "Ostra audit\nThe Ostra harbour board faces an audit, its chairman said on Monday."
	)
	r = run(t, mkArticles(audited, "Union backs complaint\n\""+claim+",\" said Ivo Tarre, the union's treasurer.", chair))
	if f := oneArticleFact(r, "has fought since 2015"); f == nil || !f.OnlyIn() || f.PartElsewhere {
		t.Errorf("a sum the other article gives only inside a quotation made the line told in part elsewhere (%v)", f)
	}
	r = run(t, mkArticles(audited, "Union backs complaint\n"+claim+".", chair))
	if f := oneArticleFact(r, "has fought since 2015"); f == nil || !f.OnlyIn() || !f.PartElsewhere {
		t.Errorf("the sum the other article gives in its writer's words with a verb of one act: claimed whole as only in its article (%v)", f)
	}
	// The line gives the sum only inside Tarre's quotation: his claim,
	// which the other article's writer does not tell.
	r = run(t, mkArticles(
		"Harbour board audited\nThe Ostra harbour board faces an audit after a complaint by Nils Starke on Monday.\nThe board, which Starke has fought since 2015 over its dredging contracts, \"spent $1.2 million at the Kessel Rigging yard,\" Ivo Tarre said, in the year its tolls fell 14 percent.",
		"Union backs complaint\n"+claim+".", chair))
	if f := oneArticleFact(r, "has fought since 2015"); f == nil || !f.OnlyIn() || f.PartElsewhere {
		t.Errorf("a sum the line gives only inside a quotation made it told in part elsewhere (%v)", f)
	}
}
