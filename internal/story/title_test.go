package story

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestJudges: a headline that judges in its writer's voice, not one that
// reports a judgment in quotation marks or plain news.
func TestJudges(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"The Harbour Vote Has Always Been Terrible", true},
		{"Brennholm Should Not Have Delayed the Dredging Vote", true},
		{"The Dredging Fiasco Is Devastating for Mayor Solvik", true},
		{"Solvik calls harbour plan \u201cdisastrous\u201d", false},
		{"Brennholm council delays dredging vote", false},
		{"Mustafa Lind wins harbour seat", false},
		{"Lind says Brennholm should dredge the harbour", false},
		{"Solvik: Brennholm must stop the dredging", false},
		{"Judge says Solvik must testify before the council", false},
		{"Nearly 200 dead after devastating storm hits Brennholm", false},
		{"Mayor Solvik's Worst Rants at the Harbour Board", true},
		{"Soft Fake News: Courier Rushes to the Mayor's Defense", true},
		{"Solvik calls the harbour report \u201cfake news\u201d", false},
		{"Ferry fares rise in worst year for Brennholm harbour", false},
		{"Surprise: Brennholm Council Wants a Dredging Delay", true},
		{"Tense: Solvik clashes with radio host over harbour flip", true},
		{"Stunning: Lind wins harbour seat", true},
		{"Lind: harbour board wants a dredging delay", false},
		{"Brennholm floods: 3 dead as harbour wall breaks", false},
		{"Report: Solvik to quit harbour board", false},
		{"Surprise visit: Solvik tours the flooded harbour", false},
	} {
		if got := judges(tc.title); got != tc.want {
			t.Errorf("judges(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestHeadlineFuture: "Subject to verb" is the headline's future tense;
// "verb X to" and "verb to" report.
func TestHeadlineFuture(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Brennholm council to vote on harbour dredging", true},
		{"Mayor Solvik To Visit Flooded Harbour", true},
		{"Harbour Democrats to unveil sweeping dredging plan after flood", true},
		{"Brennholm Council Names Lind To Lead Harbour Board", false},
		{"Brennholm council votes to dredge the harbour", false},
		{"Solvik moves to block dredging", false},
		{"Solvik willing to recuse himself from harbour vote", false},
		{"Lind to Solvik: quit the harbour board", false},
		{"Solvik unveils harbour plan", false},
		{"Solvik Lawyer Asserts Mayor's Right to Keep Harbour Files Private", false},
		{"Flood damage to harbour worse than feared", false},
	} {
		if got := headlineFuture(tc.title); got != tc.want {
			t.Errorf("headlineFuture(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestFeatureForm: two sentences or a long label before a colon make a
// feature's headline; a report's short label, an abbreviation or initials
// do not.
func TestFeatureForm(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Lind will run for mayor as a harbour engineer. Brennholm says that's a fantasy", true},
		{"Holding the Line on Harbour Dredging: Solvik Heads to the Quay", true},
		{"\u2018We Expect The Harbour Vote Tonight\u2019", true},
		{"Brennholm harbour vote: Lind wins seat", false},
		{"Lind plans to offer Brennholm a harbour exemption: official", false},
		{"Sen. Lind wins Brennholm harbour seat", false},
		{"U.S. Navy leaves Brennholm harbour", false},
		{"Solvik quits as mayor.", false},
		{"Lind won't serve as harbour master, and that's making Solvik furious", true},
		{"Report: Brennholm Harbour Files Were Leaked, But There's A Catch", true},
		{"Lind and Solvik Hold Their Ground, but Look Out for Varga", true},
		{"Solvik vetoes dredging plan, and here's why", true},
		{"Brennholm council passes dredging plan, but Lind balks", false},
		{"Harbour reopens and ferries return", false},
	} {
		if got := featureForm(tc.title); got != tc.want {
			t.Errorf("featureForm(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestAnticipatesPreviews: a preview looks forward to the happening, by the form
// of its headline; a report of the happening, or of what someone said
// could happen, does not.
func TestAnticipatesPreviews(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Brennholm council set to vote on harbour dredging", true},
		{"Solvik willing to step aside from harbour inquiry", false},
		{"Lind goes for a clean sweep in the harbour wards", true},
		{"Council and mayor look to stall the harbour inquiry", true},
		{"Solvik eyes a second term as mayor", true},
		{"Solvik could face inquiry over harbour testimony", true},
		{"Solvik could signal new harbour fees in council testimony", true},
		{"Lind would quit harbour board if the inquiry finds fault", true},
		{"Second blast hits Brennholm harbour ahead of regatta", false},
		{"Mayor claims flooded man could be part of a 'set-up'", false},
		{"Solvik says he is willing to step aside from harbour inquiry", false},
		{"Lind and Solvik will face off tonight in Brennholm", true},
		{"Brennholm council to vote on harbour dredging", true},
		{"Brennholm council votes to dredge the harbour", false},
		{"Solvik says the dredging could start in May", false},
		{"Solvik says new harbour rules aim to cut delays", false},
		{"Lind bill would give every Brennholm ward its own ferry", false},
		{"Solvik's harbour plan would cost more than promised", false},
		{"Lind: the harbour would be safer with dredging", false},
		{"State harbour office will not release the dredging files", false},
		{"Solvik steps aside from harbour inquiry", false},
		{"Lind sweeps the harbour wards", false},
		{"Lind and Solvik clash in first Brennholm debate", false},
	} {
		if got := anticipates(tc.title); got != tc.want {
			t.Errorf("anticipates(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestFitPrefersTheReport: of a preview and a report of one happening,
// the report is the better title whatever their centrality; a round-up
// of commentators ranks after both.
func TestFitPrefersTheReport(t *testing.T) {
	names := map[string]bool{"solvik": true}
	fit := func(title string, central float64) titleFit {
		m := &member{title: title, headline: classifyHeadline(Doc{Title: title})}
		return fitOf(m, names, nil, central, central, -1)
	}
	preview := fit("Solvik could step aside from harbour inquiry", 0.9)
	report := fit("Solvik steps aside from harbour inquiry", 0.5)
	roundup := fit("Writers on the Left and Right React to Solvik's Exit", 0.95)
	if !report.better(preview) {
		t.Errorf("report %+v not better than preview %+v", report, preview)
	}
	if !preview.better(roundup) {
		t.Errorf("preview %+v not better than round-up %+v", preview, roundup)
	}
}

// memberOf is a member of outlet whose headline has the title words and
// whose lead (with the headline) has the lead words, all of weight 1.
func memberOf(outlet string, title, lead []string) *member {
	m := &member{id: outlet + strings.Join(title, "-"), outlet: outlet}
	for _, w := range title {
		m.hv[kindTitle] = append(m.hv[kindTitle], entry{h: hashKey(kindTitle, w), key: w, w: 1})
	}
	for _, w := range append(slices.Clone(title), lead...) {
		m.hv[kindLead] = append(m.hv[kindLead], entry{h: hashKey(kindLead, w), key: w, w: 1})
	}
	return m
}

// TestHeadlineSupport: in an event of five outlets whose leads report the
// council's vote, the headline of the vote has more support than the
// mayor's threat that two headlines echo; an event of two outlets has no
// support measured, but its shared words are known; one of one outlet has
// neither.
func TestHeadlineSupport(t *testing.T) {
	vote := []string{"council", "vote", "dredg", "harbour"}
	e := &event{members: []*member{
		memberOf("A", []string{"council", "vote", "dredg"}, []string{"harbour", "brennholm"}),
		memberOf("B", []string{"solvik", "threaten", "delay", "dredg"}, vote),
		memberOf("C", []string{"solvik", "threaten", "delay", "harbour"}, vote),
		memberOf("D", []string{"harbour", "council", "vote"}, []string{"dredg", "brennholm"}),
		memberOf("E", []string{"brennholm", "vote"}, vote),
	}}
	sup, shared := e.headlineSupport()
	if len(sup) != 5 {
		t.Fatalf("support %v, want one per member", sup)
	}
	if !(sup[0] > sup[1] && sup[0] > sup[2] && sup[3] > sup[1]) {
		t.Errorf("support %v: the vote's headlines (0, 3) should have more than the threat's (1, 2)", sup)
	}
	if !shared["vote"] || !shared["council"] || shared["threaten"] {
		t.Errorf("shared words %v, want vote and council, not threaten", shared)
	}
	two := &event{members: e.members[:2]}
	if sup, shared := two.headlineSupport(); sup != nil || !shared["dredg"] {
		t.Errorf("two outlets: support %v, shared %v; want no support, dredg shared", sup, shared)
	}
	one := &event{members: []*member{e.members[0], memberOf("A", []string{"council", "vote"}, vote)}}
	if sup, shared := one.headlineSupport(); sup != nil || shared != nil {
		t.Errorf("one outlet: support %v, shared %v; want neither", sup, shared)
	}
}

// TestNamesShared: a capitalised headline word most outlets share names
// the event; a lower-case one does not.
func TestNamesShared(t *testing.T) {
	shared := map[string]bool{"solvik": true, "harbour": true}
	if !namesShared("Solvik lawyer asserts right to keep files private", shared) {
		t.Error("Solvik is a shared name")
	}
	if namesShared("Lawyer asserts harbour files stay private", shared) {
		t.Error("lower-case harbour is no name")
	}
}

// TestTitleCentralIgnoresQuotes: shared quotations lift contentSim to its
// cap; titleCentral still tells a close member from a far one.
func TestTitleCentralIgnoresQuotes(t *testing.T) {
	w := [numKinds]float64{kindWords: 1, kindQuotes: 2}
	v := func(keys ...string) vec {
		var out vec
		for _, k := range keys {
			out = append(out, entry{h: hashKey(kindWords, k), key: k, w: 1 / math.Sqrt(float64(len(keys)))})
		}
		slices.SortFunc(out, func(a, b entry) int { return cmp.Compare(a.h, b.h) })
		return out
	}
	q := vec{{h: 1, key: "we will dredge", w: 1}}
	cent := [numKinds]vec{kindWords: v("harbour", "dredg", "vote", "council"), kindQuotes: q}
	near := [numKinds]vec{kindWords: v("harbour", "dredg", "vote", "council"), kindQuotes: q}
	far := [numKinds]vec{kindWords: v("harbour", "ferry", "tram", "budget"), kindQuotes: q}
	if contentSim(&w, &cent, &near) != contentSim(&w, &cent, &far) {
		t.Fatal("the test assumes the quotations lift both to the cap")
	}
	if titleCentral(&w, &cent, &near) <= titleCentral(&w, &cent, &far) {
		t.Errorf("titleCentral near %v, far %v", titleCentral(&w, &cent, &near), titleCentral(&w, &cent, &far))
	}
}

// TestTitleNamesHoldTheCommonName: a name every member holds is among the
// event's title names even when four rarer side names weigh more.
func TestTitleNamesHoldTheCommonName(t *testing.T) {
	e := &event{}
	side := []string{"person:gabor_lind", "person:ada_oster", "person:tove_rask", "person:ivo_brenn"}
	for i := range 4 {
		m := &member{id: side[i], outlet: side[i]}
		m.hv[kindNames] = vec{{h: hashKey(kindNames, "person:mara_solvik"), key: "person:mara_solvik", w: 0.2},
			{h: hashKey(kindNames, side[i]), key: side[i], w: 0.98}}
		slices.SortFunc(m.hv[kindNames], func(a, b entry) int { return cmp.Compare(a.h, b.h) })
		e.add(m, time.Time{}, int64(i))
	}
	names := e.titleNames()
	if !names["solvik"] {
		t.Errorf("title names %v, want solvik, the name all members hold", names)
	}
}

// TestVerdictHeadline: cleared, exonerated or vindicated in the
// headline's own voice is a verdict; a bill clearing a chamber or a
// hurdle, a negated or a quoted verdict is not.
func TestVerdictHeadline(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Inquiry clears harbour master Ost in ferry probe", true},
		{"Harbour master vindicated as inquiry ends", true},
		{"Report exonerates Ost on ferry contracts", true},
		{"Ferry ban clears Senate", false},
		{"Ferry ban clears key hurdle in Sorn senate", false},
		{"Ferry ban clears the way for night closures", false},
		{"Inquiry does not exonerate Ost on contracts", false},
		{"Inquiry finds no contract fraud but can't 'exonerate' Ost", false},
		{"Inquiry hasn't cleared Ost on contracts", false},
		{"Ost isn’t exonerated by ferry report", false},
	} {
		if got := verdictHeadline(c.title); got != c.want {
			t.Errorf("verdictHeadline(%q) = %v, want %v", c.title, got, c.want)
		}
		// A member reads it once and answers the same when asked again.
		m := &member{title: c.title}
		for range 2 {
			if got := verdictTitle(m); got != c.want {
				t.Errorf("verdictTitle(%q) = %v, want %v", c.title, got, c.want)
			}
		}
	}
}

// TestAnticipatesLookAhead: a look-ahead headline kept over a text
// updated to the outcome ("moment of truth", "final vote expected") is a
// preview's, and a jab at the press judges (session 56).
func TestAnticipatesLookAhead(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Sorn primary: Lindqvist's moment of truth", true},
		{"Final Council Vote On Harbour Plan Expected Friday", true},
		{"Sorn primary: what to expect", true},
		{"Lindqvist wins Sorn primary", false},
		{"Lindqvist wins Sorn primary as expected", false},
	} {
		if got := anticipates(tc.title); got != tc.want {
			t.Errorf("anticipates(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
	if !judges("Hey, Liberal Media, the Harbour Report Did Not Say That") {
		t.Error("judges: a jab at the press not found")
	}
}
