package compare

import (
	"strings"
	"testing"
)

// groupedTogether reports whether one fact group of r holds a sentence
// of article a containing x and one of article b containing y.
func groupedTogether(r *Report, a, x, b, y string) bool {
	for _, f := range r.Facts {
		hx, hy := false, false
		for _, s := range f.Sentences {
			hx = hx || s.Article == a && strings.Contains(s.Text, x)
			hy = hy || s.Article == b && strings.Contains(s.Text, y)
		}
		if hx && hy {
			return true
		}
	}
	return false
}

// TestFigureFactGroups: two ledes that give one figure of one counted
// thing with one act word, each in its own words around it, are one
// fact; before figure facts the pair matched but propositions released
// it (what the two say is far apart), and the page showed the news as
// two facts each outlet alone reports.
func TestFigureFactGroups(t *testing.T) {
	r := run(t, mkArticles(
		"Valmora hiring bounced back in May\n"+
			"Valmora dock hiring came back last month after a thin spring. "+
			"The Valmora economy added 4,200 jobs in May, up from 900 the prior month. "+
			"Ferry crews and warehouse staff led the gains, the harbour board said.",
		"Valmora adds 4,200 jobs\n"+
			"Harbour trade in Valmora picked up again in May, the harbour board said on Friday. "+
			"Hiring picked up strongly in May as employers added 4,200 jobs, easing worry that the port economy is cooling fast. "+
			"Economists had expected about 2,000 new jobs.",
	))
	if !groupedTogether(r, "a0", "added 4,200 jobs", "a1", "added 4,200 jobs") {
		for _, f := range r.Facts {
			for _, s := range f.Sentences {
				t.Logf("%s %s: %s", f.Coverage, s.Article, s.Text)
			}
		}
		t.Error("the two sentences of the 4,200 jobs added form no fact group")
	}
}

// TestFigureFactApart: one figure of one counted thing told as the
// background of two different statements (no act word in common) stays
// two facts.
func TestFigureFactApart(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour council weighs dockworker permits\n"+
			"Council members in Valmora have insisted that the 4,200 unlicensed dockworkers already at the port should face a long path to permits, including a fee and a language test. "+
			"The harbour board will vote on the plan next week.",
		"Harbour permit plan goes to a vote\n"+
			"There are roughly 4,200 unlicensed dockworkers now working at the port of Valmora. "+
			"The harbour board will vote next week on a plan to license them.",
	))
	if groupedTogether(r, "a0", "4,200 unlicensed", "a1", "4,200 unlicensed") {
		t.Error("two statements that share a background figure were grouped as one fact")
	}
}

// TestSameFigureFact checks the figure fact test on its own: one value
// of one counted thing needs the same act word too, and a figure in a
// quotation, a small count or a date ties nothing.
func TestSameFigureFact(t *testing.T) {
	an := newAnalyzer(t)
	// The sentence is the second of its article: a first line may be
	// read as a headline over the text.
	first := func(text string) *sent {
		docs, _ := prepare(mkArticles("A title\nThe harbour board met on Friday in Valmora. "+text), nil, an)
		for i := range docs[0].sents {
			if docs[0].sents[i].text == text {
				return &docs[0].sents[i]
			}
		}
		t.Fatalf("%q: no sentence", text)
		return nil
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"The harbour economy added 4,200 jobs last month, up from 900 in April.", "Hiring rebounded as harbour employers added 4,200 jobs, easing fears of a slowdown.", true},
		{"Organizers collected more than 9,000 signatures to force a recall vote.", "After the budget passed, the unions managed to collect 9,000 certified signatures to force a recall.", true},
		{"The harbour economy added 4,200 jobs last month.", "The harbour economy lost 4,200 jobs last month.", false},
		{"The harbour economy added 4,200 jobs last month.", "The harbour economy added 4,200 cranes last month.", false},
		{"The harbour economy added 4,200 jobs last month.", "The harbour economy added 4,300 jobs last month.", false},
		{"The harbour economy added seven jobs last month.", "Harbour employers added seven jobs last month.", false},
		// A figure that opens its sentence, bare or after a qualifier,
		// has no act word before it.
		{"4,200 harbour jobs were added across the Valmora docks in May, the board said.", "4,200 harbour jobs were added across the Valmora docks last month, officials said.", false},
		{"Some 4,200 harbour jobs were added across the Valmora docks in May, the board said.", "Some 4,200 harbour jobs were added across the Valmora docks last month, officials said.", false},
		{"\u201cThe harbour economy added 4,200 jobs last month,\u201d the mayor said.", "Harbour employers added 4,200 jobs last month, the board said.", false},
		{"The harbour board will need 60 votes to pass the levy.", "The levy would need 60 votes to pass the harbour board.", true},
		// "no more than" qualifies the figure: it is no act word.
		{"Under the deal the harbour may keep a stock of no more than 300 tonnes of fuel oil.", "The harbour may keep no more than 300 tonnes of fuel oil under the deal.", false},
		{"Dock tolls will cost $390 per vessel for foreign ships.", "That equates to approximately $390 per vessel, the harbour board said.", false},
	} {
		if got := sameFigureFact(first(c.a), first(c.b)); got != c.want {
			t.Errorf("sameFigureFact(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
