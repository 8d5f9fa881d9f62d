package web

import (
	"slices"
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/view"
)

func TestSplit(t *testing.T) {
	r := split([]int{1, 2, 3, 4, 5, 6, 7}, 2, 5)
	if !slices.Equal(r.Top, []int{1, 2}) || !slices.Equal(r.Rest, []int{3, 4, 5}) || r.Hidden != 2 || r.Len() != 5 {
		t.Errorf("split = %+v", r)
	}
	if r := split([]int{1}, 2, 5); !slices.Equal(r.Top, []int{1}) || r.Rest != nil || r.Hidden != 0 {
		t.Errorf("split of one = %+v", r)
	}
}

// testReport is a story of three fictional outlets, the Gazette with two
// articles.
func testReport() view.StoryReport {
	return view.StoryReport{ID: "s1", Title: "Quenmoor flood", Members: []view.Member{
		// The Gazette's two articles are two sections of one record.
		{ID: "g1", Outlet: "Gazette", MemberOutlet: view.MemberOutlet{OutletID: "gazette", OutletName: "The Gazette", Section: "News", Side: outlet.Unrated}},
		{ID: "g2", Outlet: "Gazette Sport", MemberOutlet: view.MemberOutlet{OutletID: "gazette", OutletName: "The Gazette", Section: "Sport", Side: outlet.Unrated}},
		{ID: "l", Outlet: "Ledger", MemberOutlet: view.MemberOutlet{OutletID: "ledger", OutletName: "Ledger", Lean: "lean-right", Side: outlet.Right}},
		{ID: "c", Outlet: "Courier"}},
		Coverage: &outlet.Coverage{Right: outlet.Count{Outlets: 1, Articles: 1}, Unrated: outlet.Count{Outlets: 2, Articles: 3}, Outlets: 3, Articles: 4, UnratedShare: 0.75},
		Report: &compare.Report{
			Articles: []compare.Article{{ID: "g1", Outlet: "Gazette"}, {ID: "g2", Outlet: "Gazette Sport"}, {ID: "l", Outlet: "Ledger"}, {ID: "c", Outlet: "Courier"}},
			Facts: []compare.Fact{
				// The Gazette's two articles: one outlet, not a shared fact.
				{Coverage: compare.CoverageSome, ReportedBy: []string{"g1", "g2"}, Sentences: []compare.FactSentence{{Article: "g1", Text: "The mill closed."}, {Article: "g2", Text: "The mill was closed."}}},
				{Coverage: compare.CoverageMost, ReportedBy: []string{"g1", "l", "c"}, Sentences: []compare.FactSentence{{Article: "g1", Text: "The river rose."}, {Article: "l", Text: "The river rose."}, {Article: "c", Text: "The river rose."}}},
				{Coverage: compare.CoverageSome, ReportedBy: []string{"g2", "l"}, Sentences: []compare.FactSentence{{Article: "g2", Text: "Schools shut."}, {Article: "l", Text: "Schools were shut."}}},
				{Coverage: compare.CoverageOne, ReportedBy: []string{"c"}, Sentences: []compare.FactSentence{{Article: "c", Text: "A baker drowned."}}},
				{Coverage: compare.CoverageOne, ReportedBy: []string{"l"}, StatedBy: []string{"c"}, Sentences: []compare.FactSentence{{Article: "l", Text: "Roads were closed."}}},
			},
			Quotes: []compare.QuoteGroup{
				{Speaker: "Ilse Varn", Kind: compare.QuoteOneOnly, Quotes: []compare.QuoteUse{{Article: "c", Text: "we will rebuild the town"}}},
				{Speaker: "Tomas Brennick", Kind: compare.QuoteOneOnly, Quotes: []compare.QuoteUse{{Article: "l", Text: "the dykes were left to rot"}}},
				{Speaker: "Ilse Varn", Kind: compare.QuoteOneOnly, Quotes: []compare.QuoteUse{{Article: "g1", Text: "no family will be left alone"}}},
				{Speaker: "Ilse Varn", Kind: compare.QuoteAltered, Quotes: []compare.QuoteUse{{Article: "g1", Text: "a firm promise to the town"}, {Article: "l", Text: "a promise to the town"}},
					Diffs: []compare.QuoteDiff{{From: "g1", To: "l", Kind: compare.QuoteAltered, Ops: []compare.DiffOp{{Op: compare.OpEqual, Text: "a"}, {Op: compare.OpDelete, Text: "firm"}, {Op: compare.OpEqual, Text: "promise to the town"}}}}},
			},
		}}
}

func TestStoryPageArrangesByOutlet(t *testing.T) {
	rep := testReport()
	// The stored summary lists the outlets' names as the articles give
	// them; the page counts the Gazette's two sections as one outlet.
	rep.Summary.Outlets = []string{"Gazette", "Gazette Sport", "Ledger", "Courier"}
	p := newStoryPage(rep)
	if len(p.Outlets) != 3 || p.OutletCount != 3 {
		t.Fatalf("outlets %+v (count %d), want Gazette, Ledger, Courier", p.Outlets, p.OutletCount)
	}
	if o := p.Outlets[0]; o.Name != "The Gazette" || o.ID != "gazette" || len(o.Articles) != 2 || o.Lean != "" {
		t.Errorf("the Gazette's sections are not one unrated column named for its record: %+v", o)
	}
	if o := p.Outlets[2]; o.Name != "Courier" || o.ID != "" || o.Outlet != "Courier" {
		t.Errorf("an outlet of no record is not named as stored: %+v", o)
	}
	// The matrix holds the facts two outlets report; the Gazette's two
	// articles are one outlet.
	var rows []int
	for _, r := range p.Rows.All() {
		rows = append(rows, r.Index)
	}
	if !slices.Equal(rows, []int{1, 2}) {
		t.Errorf("matrix rows are facts %v, want 1 and 2", rows)
	}
	if r := p.Rows.All()[0]; r.Coverage != compare.CoverageAll {
		t.Errorf("a fact all three outlets report is %q, want all", r.Coverage)
	}
	alone := map[string]int{}
	for _, a := range p.Alone {
		alone[a.Outlet.Name] = a.N
	}
	if alone["The Gazette"] != 1 || alone["Courier"] != 1 || alone["Ledger"] != 0 {
		t.Errorf("facts one outlet alone reports: %v, want Gazette 1, Courier 1 (the Ledger's is stated by the Courier)", alone)
	}
	// Quotes one outlet alone has, by speaker, the most quoted first.
	lone := p.Lone.All()
	if len(lone) != 2 || lone[0].Speaker != "Ilse Varn" || len(lone[0].Quotes) != 2 || lone[1].Speaker != "Tomas Brennick" {
		t.Errorf("one-outlet quotes by speaker: %+v", lone)
	}
	if q := p.Quotes.All(); len(q) != 1 || q[0].Kind != compare.QuoteAltered || len(q[0].Diffs) != 1 {
		t.Errorf("shared quotes: %+v", q)
	}
	// The lenses: what each alone reports and leaves out.
	lens := map[string]lens{}
	for _, l := range p.Lenses {
		lens[l.Outlet.Name] = l
	}
	if l := lens["Courier"]; l.AloneN != 1 || l.Alone[0].Text != "A baker drowned." || l.LeftN != 1 || l.Left[0].Text != "Schools shut." {
		t.Errorf("the Courier's lens: %+v", l)
	}
	if l := lens["The Gazette"]; l.LeftN != 0 {
		t.Errorf("the Gazette leaves out %d facts, want none (the roads are the Ledger's alone, stated by the Courier in other words): %+v", l.LeftN, l.Left)
	}
	if l := lens["Courier"]; len(l.Speakers) != 1 || l.Speakers[0].Name != "Ilse Varn" || l.Speakers[0].Note != "words no other outlet quotes" {
		t.Errorf("the Courier's speakers: %+v", l.Speakers)
	}
	if l := lens["Ledger"]; l.Outlet.Lean != "lean-right" || l.Outlet.Side != "right" || len(l.Speakers) != 2 || l.Speakers[0].Note != "in words other outlets quote differently" {
		t.Errorf("the Ledger's lens: lean %q, speakers %+v", l.Outlet.Lean, l.Speakers)
	}
	if p.Lean == nil || len(p.Lean.Segments) != 1 || p.Lean.Segments[0].Side != "right" || p.Lean.Segments[0].W != 100 {
		t.Errorf("coverage by lean: %+v", p.Lean)
	}
	if p.Event.Title != "Quenmoor flood" {
		t.Errorf("event title %q", p.Event.Title)
	}
}

func TestTentativeFactsAfterSureOnes(t *testing.T) {
	r := testReport()
	r.Report.Facts[1].Tentative = true
	p := newStoryPage(r)
	var rows []int
	for _, row := range p.Rows.All() {
		rows = append(rows, row.Index)
		if row.Tentative != (row.Index == 1) {
			t.Errorf("fact %d: tentative %v", row.Index, row.Tentative)
		}
	}
	if !slices.Equal(rows, []int{2, 1}) {
		t.Errorf("matrix rows are facts %v, want 2 (sure) before 1 (tentative)", rows)
	}
	// No outlet leaves out a group that is possibly not one fact.
	r.Report.Facts[2].Tentative = true
	for _, l := range newStoryPage(r).Lenses {
		for _, f := range l.Left {
			if f.Index == 1 || f.Index == 2 {
				t.Errorf("%s leaves out tentative fact %d", l.Outlet.Name, f.Index)
			}
		}
	}
}

// TestRowLabel: a row is labelled by a sentence that states its fact
// alone where it has one; a sentence that states two facts labels at most
// one of their rows, and the first only when nothing else is left.
func TestRowLabel(t *testing.T) {
	used := map[string]bool{}
	packed := compare.FactSentence{Article: "a", Text: "The Sorn senate passed the ferry ban, which bars night crossings."}
	passed := []compare.FactSentence{packed, {Article: "b", Text: "Sorn's senate passed the ban."}}
	bars := []compare.FactSentence{packed, {Article: "b", Text: "The ban bars crossings at night."}}
	groups := map[string]int{packed.Text: 3, passed[1].Text: 1, bars[1].Text: 1}
	first := rowLabel(passed, groups, used)
	second := rowLabel(bars, groups, used)
	third := rowLabel([]compare.FactSentence{packed}, groups, used)
	fourth := rowLabel([]compare.FactSentence{packed}, groups, used)
	if first != "Sorn's senate passed the ban." || second != "The ban bars crossings at night." || third != packed.Text || fourth != packed.Text {
		t.Errorf("labels %q, %q, %q, %q", first, second, third, fourth)
	}
	if rowLabel(nil, groups, used) != "" {
		t.Error("a fact without sentences has a label")
	}
}

// TestLoneQuotesLeavePhrasesOut: a few words an outlet quotes inside its
// own sentence (a label, a scare-quoted term) are no statement in the
// list of what one outlet alone quotes; a speaker with nothing else
// quoted is left out of it, a longer fragment stays.
func TestLoneQuotesLeavePhrasesOut(t *testing.T) {
	rep := testReport()
	rep.Report.Quotes = append(rep.Report.Quotes,
		compare.QuoteGroup{Speaker: "Mara Osk", Kind: compare.QuoteOneOnly, Quotes: []compare.QuoteUse{{Article: "l", Text: "a total washout", Partial: true}}},
		compare.QuoteGroup{Speaker: "Tomas Brennick", Kind: compare.QuoteOneOnly, Quotes: []compare.QuoteUse{{Article: "l", Text: "shoddy dykes", Partial: true}}},
		compare.QuoteGroup{Speaker: "Tomas Brennick", Kind: compare.QuoteOneOnly, Quotes: []compare.QuoteUse{{Article: "c", Text: "left to rot by the board for years", Partial: true}}},
	)
	p := newStoryPage(rep)
	got := map[string][]string{}
	for _, s := range p.Lone.All() {
		for _, u := range s.Quotes {
			got[s.Speaker] = append(got[s.Speaker], u.Text)
		}
	}
	if _, ok := got["Mara Osk"]; ok {
		t.Errorf("a speaker quoted by a three-word term only is listed: %v", got)
	}
	if b := got["Tomas Brennick"]; !slices.Equal(b, []string{"the dykes were left to rot", "left to rot by the board for years"}) {
		t.Errorf("Brennick's lone quotes %q, want the statement and the long fragment, not the term", b)
	}
}

// TestLensFiguresLeavePositionsOut: the figures an outlet alone gives
// are amounts; a position only it names ("the second dyke") is none.
func TestLensFiguresLeavePositionsOut(t *testing.T) {
	rep := testReport()
	rep.Report.Numbers = []compare.Quantity{
		{What: "dyke", Kind: "ordinal", ReportedBy: []string{"l"}, Values: []compare.NumberUse{{Article: "l", Text: "second"}}},
		{What: "homes", Kind: "count", ReportedBy: []string{"l"}, Values: []compare.NumberUse{{Article: "l", Text: "40"}}},
	}
	p := newStoryPage(rep)
	for _, l := range p.Lenses {
		if l.Outlet.Name == "Ledger" && !slices.Equal(l.Figures, []string{"40 (homes)"}) {
			t.Errorf("the Ledger's figures %q, want the 40 homes only", l.Figures)
		}
	}
}

// TestNumbersLonePositionsLast: among the figures one outlet gives, a
// position only it names comes after the amounts.
func TestNumbersLonePositionsLast(t *testing.T) {
	rep := testReport()
	rep.Report.Numbers = []compare.Quantity{
		{What: "dyke", Kind: "ordinal", ReportedBy: []string{"l"}, Values: []compare.NumberUse{{Article: "l", Text: "second"}}},
		{What: "homes", Kind: "count", ReportedBy: []string{"l"}, Values: []compare.NumberUse{{Article: "l", Text: "40"}}},
	}
	p := newStoryPage(rep)
	if ns := p.Numbers.All(); len(ns) != 2 || ns[0].What != "homes" || ns[1].What != "dyke" {
		t.Errorf("numbers %+v, want the homes before the dyke", ns)
	}
}

// TestCopiedFactsCountOnce: when the Courier copies the Ledger, a fact
// the two alone give is the Ledger's alone (no matrix row; of two
// accounts, the Gazette leaves it out), a fact of all three is every
// account's and marks the Courier's cell as a copy, and the Courier
// leaves out nothing.
func TestCopiedFactsCountOnce(t *testing.T) {
	rep := testReport()
	rep.Report.Copies = []compare.Copy{{Source: "l", Copy: "c", Kind: "derived", Share: 0.4, DirectionKnown: true}}
	rep.Report.Facts = []compare.Fact{
		{Coverage: compare.CoverageAll, ReportedBy: []string{"g1", "l", "c"}, Copies: []compare.FactCopy{{Copy: "c", Source: "l"}},
			Sentences: []compare.FactSentence{{Article: "g1", Text: "The river rose."}, {Article: "l", Text: "The river rose fast."}, {Article: "c", Text: "The river rose fast."}}},
		{Coverage: compare.CoverageOne, ReportedBy: []string{"l", "c"}, Copies: []compare.FactCopy{{Copy: "c", Source: "l"}},
			Sentences: []compare.FactSentence{{Article: "l", Text: "Schools shut."}, {Article: "c", Text: "Schools were shut."}}},
	}
	p := newStoryPage(rep)
	rows := p.Rows.All()
	if len(rows) != 1 || rows[0].Index != 0 || rows[0].Coverage != compare.CoverageAll {
		t.Fatalf("rows %+v, want the river's alone, reported by all", rows)
	}
	var marks []string
	for _, c := range rows[0].Cells {
		marks = append(marks, c.Outlet.Name+"="+c.CopyOf)
	}
	if !slices.Equal(marks, []string{"The Gazette=", "Ledger=", "Courier=Ledger"}) {
		t.Errorf("cells %q, want the Courier's marked as the Ledger's copy", marks)
	}
	if len(p.Alone) != 1 || p.Alone[0].Outlet.Name != "Ledger" || p.Alone[0].N != 1 {
		t.Errorf("alone %+v, want the Ledger with the schools", p.Alone)
	}
	for _, l := range p.Lenses {
		// Two accounts: what one alone gives, the other leaves out; the
		// copy leaves out nothing.
		if want := map[string]int{"The Gazette": 1}[l.Outlet.Name]; l.LeftN != want {
			t.Errorf("%s leaves out %d facts, want %d", l.Outlet.Name, l.LeftN, want)
		}
		if (l.Outlet.Name == "Ledger") != (l.AloneN == 1) {
			t.Errorf("%s alone reports %d facts", l.Outlet.Name, l.AloneN)
		}
	}
}

// TestOneAccountReportsNothingAlone: when the Courier copies the
// Ledger and the story has no other article, the Ledger's facts are
// the one account's: no outlet "alone reports" them, in the story's
// list or in a lens.
func TestOneAccountReportsNothingAlone(t *testing.T) {
	rep := testReport()
	rep.Members = []view.Member{rep.Members[2], rep.Members[3]}
	rep.Report.Articles = []compare.Article{{ID: "l", Outlet: "Ledger"}, {ID: "c", Outlet: "Courier"}}
	rep.Report.Copies = []compare.Copy{{Source: "l", Copy: "c", Kind: "near-duplicate", Share: 0.98, DirectionKnown: true}}
	rep.Report.Quotes = nil
	rep.Report.Facts = []compare.Fact{
		{Coverage: compare.CoverageOne, ReportedBy: []string{"l", "c"}, Copies: []compare.FactCopy{{Copy: "c", Source: "l"}},
			Sentences: []compare.FactSentence{{Article: "l", Text: "Schools shut."}, {Article: "c", Text: "Schools shut."}}},
	}
	p := newStoryPage(rep)
	if len(p.Alone) != 0 {
		t.Errorf("alone %+v, want none: one account", p.Alone)
	}
	for _, l := range p.Lenses {
		if l.AloneN != 0 {
			t.Errorf("%s alone reports %d facts, want none: one account", l.Outlet.Name, l.AloneN)
		}
	}
}
