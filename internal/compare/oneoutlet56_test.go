package compare

import (
	"strings"
	"testing"
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
