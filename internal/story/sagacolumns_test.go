package story

import "testing"

// sagaColumnPieces are invented pieces on a dockers' strike at the
// harbour of Brennholm: two marked columns on the saga whose heads tell
// no act and name no day, two marked columns whose heads report a
// happening (the vote's result; Thursday's walkout), and a straight
// report of the walkout.
var sagaColumnPieces = map[string]fixture{
	"saga-1": {"saga-1", "quaysidereview.example", "2036-03-13", "strike",
		"The harbour deserves better than this stalemate",
		"Brennholm's dockers and the port authority have traded letters for half a year, and neither side has moved an inch on night pay.\n\nA town that lives off its quays cannot afford a dispute that nobody seems to want to end."},
	"saga-2": {"saga-2", "lanternweekly.example", "2036-03-13", "strike",
		"What the dockers' long quarrel says about Brennholm",
		"The quarrel between the port authority and its dockers has become a mirror of the town itself: proud, stubborn and short of money.\n\nThe union's demands on night pay are modest next to the cost of idle cranes."},
	"result": {"result", "quaysidereview.example", "2036-03-13", "strike",
		"Dockers' union wins its strike ballot, and the port authority should listen",
		"The dockers of Brennholm have spoken, and the port authority would be foolish to treat the ballot as a bluff.\n\nNight pay is a small price for a harbour that works."},
	"walkout": {"walkout", "lanternweekly.example", "2036-03-13", "strike",
		"Thursday's walkout was a warning to the port authority",
		"The cranes of Brennholm stood still on Thursday, and the port authority should read the silence as the warning it is.\n\nThe dockers asked for little on night pay."},
	"report": {"report", "harbourdaily.example", "2036-03-13", "strike",
		"Brennholm dockers walk out after night-pay talks collapse",
		"Dockers at the harbour of Brennholm walked out on Thursday after talks with the port authority on night pay collapsed, union leader Greta Holm said.\n\nNo ship was unloaded during the day, the port authority said."},
}

// TestSagaColumns: a report joining an event made only of columns on the
// saga (their heads tell no act and name no day) is checked as a column
// would be: in a young storyline it joins only when its title or lead is
// at least CommentaryHead like the event's. An event whose columns report
// a happening in their heads (an act, or a day) takes it unchecked, as
// does an event holding any report, and so does every event with
// SagaColumns off. A piece no outlet marks whose voice reads as a
// column's (Doc.Styled) counts as a column.
func TestSagaColumns(t *testing.T) {
	cfg := DefaultConfig()
	if !cfg.SagaColumns {
		t.Fatal("SagaColumns is off by default")
	}
	c := New(cfg, nil)
	prep := func(id, kind string) *prepared {
		d := sagaColumnPieces[id].doc()
		d.Kind = kind
		f := c.x.Extract(d)
		_, fh := hashes(f)
		var pb prepBuf
		p := prepare(d, f, fh, c.df, &pb)
		return &p
	}
	eventOf := func(ids ...string) *event {
		e := &event{serial: 1}
		for _, id := range ids {
			e.members = append(e.members, newMember(prep(id, "opinion")))
		}
		return e
	}
	for id, want := range map[string]struct {
		acts, told bool
	}{"saga-1": {}, "saga-2": {}, "result": {acts: true}, "walkout": {told: true}} {
		p := prep(id, "opinion")
		if p.headline != Marked || (p.acts != 0) != want.acts || p.told != want.told {
			t.Fatalf("%s: kind %v acts %b told %v, want marked, acts %v, told %v", id, p.headline, p.acts, p.told, want.acts, want.told)
		}
	}
	report := prep("report", "")
	if report.headline != News {
		t.Fatalf("report: kind %v", report.headline)
	}
	// Scored as a report sharing the saga's words but neither the
	// columns' title nor their lead, clear of the threshold.
	r := scored{score: cfg.Threshold + cfg.SpecificMargin + 0.1}
	r.has[kindTitle], r.has[kindLead] = true, true
	r.parts[kindTitle], r.parts[kindLead] = 0.05, 0.1

	saga := eventOf("saga-1", "saga-2")
	if !sagaColumns(saga) {
		t.Fatal("two columns telling no act and no day are not saga columns")
	}
	if ok, _ := c.joins(report, saga, &r, cfg.Threshold); ok {
		t.Errorf("a report sharing neither title nor lead joins an event of saga columns")
	}
	near := r
	near.parts[kindLead] = cfg.CommentaryHead + 0.05
	if ok, _ := c.joins(report, saga, &near, cfg.Threshold); !ok {
		t.Errorf("a report whose lead is like the columns' (%.2f) does not join", near.parts[kindLead])
	}
	for _, ids := range [][]string{{"saga-1", "result"}, {"walkout", "saga-2"}} {
		e := eventOf(ids...)
		if sagaColumns(e) {
			t.Errorf("%v: a column whose head tells an act or a day reads as a saga column", ids)
		}
		if ok, _ := c.joins(report, e, &r, cfg.Threshold); !ok {
			t.Errorf("%v: a report does not join an event whose column reports a happening", ids)
		}
	}
	// A piece its outlet does not mark but whose voice reads as a
	// column's (Doc.Styled) is a column too.
	voiced := prep("saga-1", "")
	voiced.doc.Styled = true
	if voiced.headline != News {
		t.Fatalf("saga-1 unmarked: kind %v, want news", voiced.headline)
	}
	styled := eventOf("saga-2")
	styled.members = append(styled.members, newMember(voiced))
	if !sagaColumns(styled) {
		t.Error("a column by its voice alone does not read as a saga column")
	}
	voiced.doc.Styled = false
	unstyled := eventOf("saga-2")
	unstyled.members = append(unstyled.members, newMember(voiced))
	if sagaColumns(unstyled) {
		t.Error("an unmarked piece whose voice is no column's reads as a saga column")
	}
	mixed := eventOf("saga-1")
	mixed.members = append(mixed.members, newMember(prep("report", "")))
	if sagaColumns(mixed) {
		t.Error("an event holding a report reads as saga columns")
	}
	if ok, _ := c.joins(prep("report", ""), mixed, &r, cfg.Threshold); !ok {
		t.Error("a report does not join an event holding a report and a saga column")
	}
	// A column joining keeps its own checks: the saga reading changes
	// only what a report is checked as.
	if h := c.checkedKind(prep("walkout", "opinion"), saga); h != Marked {
		t.Errorf("a column joining saga columns is checked as %v, want its own kind", h)
	}

	off := cfg
	off.SagaColumns = false
	c.cfg = off
	if ok, _ := c.joins(report, saga, &r, cfg.Threshold); !ok {
		t.Errorf("SagaColumns off: a report does not join an event of saga columns")
	}
}
