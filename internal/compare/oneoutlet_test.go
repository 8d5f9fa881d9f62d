package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// oneOutletArticles are four reports of one bridge closing: the Gazette's
// first report and its update, which both tell the inspectors' finding
// word for word, and two other outlets, which do not.
func oneOutletArticles() []string {
	return []string{
		"Kessel bridge shut\nEngineers closed the Kessel river bridge to all traffic on Friday after cracks were found in two of its piers. " +
			"Inspectors found that the steel cables under the eastern span had rusted through in three places. " +
			"Buses will run a detour through the northern suburbs.",
		"Kessel bridge stays shut over weekend\nThe Kessel river bridge will stay closed through the weekend, the city said on Saturday, a day after engineers found cracks in two of its piers. " +
			"Drivers queued for an hour at the western roundabout on Saturday morning. " +
			"Inspectors found that the steel cables under the eastern span had rusted through in three places. " +
			"The mayor promised a full account of the last inspection to the council. " +
			"Two schools on the eastern bank moved their lessons online for the week. " +
			"The city council will meet on Monday to discuss repairs.",
		"Cracks close Kessel crossing\nEngineers closed the Kessel river bridge to all traffic on Friday after cracks were found in two of its piers. " +
			"Shopkeepers near the crossing feared a long closure during the harvest market.",
		"Kessel bridge closed\nEngineers closed the Kessel river bridge to all traffic on Friday after cracks were found in two of its piers. " +
			"Ferry operators offered extra crossings at the old harbour.",
	}
}

// TestOneOutletIsNoSharedFact: a fact only one outlet's two articles
// give (a report and its update) is that outlet's fact, not one "some
// outlets" report, and the Markdown lists it once under the outlet; a
// fact every outlet gives counts outlets, not articles. Fails on main
// d07fbff, which counts the two articles as two outlets.
func TestOneOutletIsNoSharedFact(t *testing.T) {
	arts := mkArticles(oneOutletArticles()...)
	arts[0].Outlet, arts[1].Outlet = "Gazette", "Gazette"
	arts[2].Outlet, arts[3].Outlet = "Courier", "Ledger"
	r := run(t, arts)
	var cables, closed *Fact
	for i, f := range r.Facts {
		if len(f.Sentences) == 0 {
			continue
		}
		switch {
		case strings.Contains(f.Sentences[0].Text, "steel cables"):
			cables = &r.Facts[i]
		case strings.Contains(f.Sentences[0].Text, "Engineers closed"):
			closed = &r.Facts[i]
		}
	}
	if cables == nil || len(cables.ReportedBy) != 2 {
		t.Fatalf("the cables fact: %+v, want the Gazette's two articles", cables)
	}
	if cables.Coverage != CoverageOne {
		t.Errorf("the cables fact has coverage %q, want %q (one outlet)", cables.Coverage, CoverageOne)
	}
	if closed == nil || closed.Coverage != CoverageAll {
		t.Errorf("the closing fact: %+v, want coverage %q (every outlet)", closed, CoverageAll)
	}
	var md strings.Builder
	if err := WriteMarkdown(&md, r); err != nil {
		t.Fatal(err)
	}
	out := md.String()
	if strings.Contains(out, "Reported by some outlets") {
		t.Errorf("Markdown lists a fact of one outlet as some outlets':\n%s", out)
	}
	if want := "had rusted through in three places. *(also in Gazette (2), of the same outlet)*"; !strings.Contains(out, want) {
		t.Errorf("Markdown lacks %q:\n%s", want, out)
	}
	facts, _, _ := strings.Cut(out[strings.Index(out, "## Facts"):], "\n## Quotes")
	facts, _, _ = strings.Cut(facts, "\n## Names")
	if n := strings.Count(facts, "rusted through"); n != 1 {
		t.Errorf("Markdown shows the cables line %d times, want once:\n%s", n, out)
	}
}

// TestOutletUnits: two articles of one outlet count once in a group and
// in the story; an article of another outlet that copies one of them
// counts with it in the story, but in a group whose sentence it writes
// in its own words (no copy relation within the group) it is a second
// account.
func TestOutletUnits(t *testing.T) {
	docs := []*doc{
		{idx: 0, art: &article.Article{ID: "g1", Outlet: "Gazette"}},
		{idx: 1, art: &article.Article{ID: "g2", Outlet: "Gazette"}},
		{idx: 2, art: &article.Article{ID: "c", Outlet: "Courier"}},
		{idx: 3, art: &article.Article{ID: "l", Outlet: "Ledger"}},
	}
	chains := newCopyChains([]string{"g1", "g2", "c", "l"}, []Copy{{Source: "g1", Copy: "c", Kind: "derived"}})
	account, _ := chains.accounts()
	unit, units := outletUnits(docs, account)
	outlet, _ := outletUnits(docs, nil)
	if units != 2 {
		t.Errorf("story units %d (%v), want 2: the Gazette with its copy, the Ledger", units, unit)
	}
	for _, tc := range []struct {
		in   []int
		rels [][3]int
		want int
	}{
		{[]int{0, 1}, nil, 1},
		{[]int{0, 1, 3}, nil, 2},
		{[]int{2, 3}, nil, 2},                  // the copy in its own words
		{[]int{0, 2}, [][3]int{{2, 0, -1}}, 1}, // the copy repeating its source
	} {
		in := map[int]bool{}
		for _, d := range tc.in {
			in[d] = true
		}
		if got := groupUnits(in, tc.rels, outlet); got != tc.want {
			t.Errorf("groupUnits(%v, %v) = %d, want %d", tc.in, tc.rels, got, tc.want)
		}
	}
}

// TestOutletUnitsCopyAcrossOutlets: an outlet that runs a copy of another
// outlet's report beside a report of its own is two accounts, not one:
// the copy counts with its source, the own report with its outlet (the
// session 56 review's case).
func TestOutletUnitsCopyAcrossOutlets(t *testing.T) {
	docs := []*doc{
		{idx: 0, art: &article.Article{ID: "g1", Outlet: "Gazette"}},
		{idx: 1, art: &article.Article{ID: "c1", Outlet: "Courier"}},
		{idx: 2, art: &article.Article{ID: "c2", Outlet: "Courier"}},
	}
	chains := newCopyChains([]string{"g1", "c1", "c2"}, []Copy{{Source: "g1", Copy: "c1", Kind: "derived"}})
	account, _ := chains.accounts()
	unit, units := outletUnits(docs, account)
	if units != 2 {
		t.Errorf("story units %d (%v), want 2: the Gazette with its copy, the Courier's own report", units, unit)
	}
	outlet, _ := outletUnits(docs, nil)
	in := map[int]bool{0: true, 1: true, 2: true}
	if got := groupUnits(in, [][3]int{{1, 0, -1}}, outlet); got != 2 {
		t.Errorf("groupUnits of the three = %d, want 2", got)
	}
}
