package story

import "testing"

// telskaDeath is one happening written for the test: the ferry magnate
// Orvin Telska died on 18 May 2036, and two outlets report it that day.
// The first names once, in its lead, the day of his fall eight days
// before (background); the second names no day. telskaBoard is a piece of
// the same day on the company, whose lead names the fall as well but whose
// headline is another.
var (
	telskaFall = fixture{"telska-a", "harbourgazette.example", "2036-05-18", "death",
		"Ferry magnate Orvin Telska dies at 81",
		"Orvin Telska, who built Kestrel Lines into the largest ferry company of the northern coast, has died at 81, his family said. He had been in hospital since a fall at his home on May 10.\n\nTelska started with a single boat between Anselm and Tessel Island and ran the company for forty years."}
	telskaPlain = fixture{"telska-b", "northwire.example", "2036-05-18", "death",
		"Orvin Telska, ferry magnate, dies at 81",
		"Orvin Telska, the founder of Kestrel Lines and for forty years the face of ferry travel on the northern coast, has died at 81, his family said.\n\nHe began with one boat between Anselm and Tessel Island."}
	telskaBoard = fixture{"telska-c", "coastpost.example", "2036-05-18", "board",
		"Kestrel Lines names interim chief after Telska fall",
		"The board of Kestrel Lines named its finance director interim chief, days after founder Orvin Telska, 81, was taken to hospital following a fall at his home on May 10.\n\nTelska ran the ferry company between Anselm and Tessel Island for forty years."}
)

// TestBackgroundDay: a report whose lead names a background day once
// (the fall before a death) meets another report of the death the same
// day, in either order, when their headlines agree (Config.BackgroundHead);
// with the rule off the background day keeps them apart, and a piece
// whose headline is another (title 0.16 like the report's) stays apart
// with the rule on, though it would join were any headline enough. The
// member's near day survives a saved state.
func TestBackgroundDay(t *testing.T) {
	a, b, c := telskaFall.doc(), telskaPlain.doc(), telskaBoard.doc()
	fa := NewTextExtractor().Extract(a)
	pub := dayOf(a.Published)
	eday, told := eventDay(fa.Days, pub)
	if eday != pub-8 || !told {
		t.Fatalf("telska-a reports on day %+d (told %v), want the fall, -8", eday-pub, told)
	}
	if near, nt := nearDay(fa.Days, pub, eday, told); near != pub || nt {
		t.Fatalf("telska-a near day %+d (told %v), want the publication day, untold", near-pub, nt)
	}
	off := DefaultConfig()
	off.BackgroundHead = 0
	for _, order := range [][]Doc{{a, b}, {b, a}} {
		first, second := order[0].ID, order[1].ID
		if _, tr, _ := run(t, off, order); tr.Event(first) == tr.Event(second) {
			t.Fatalf("%s then %s: one event without the rule; the fixture does not test it", first, second)
		}
		if _, tr, decs := run(t, DefaultConfig(), order); tr.Event(first) != tr.Event(second) {
			t.Errorf("%s then %s: apart with the rule (%s scored %v, parts %v)", first, second, second, decs[1].Score, decs[1].Parts)
		}
	}
	if _, tr, decs := run(t, DefaultConfig(), []Doc{b, c}); tr.Event("telska-b") == tr.Event("telska-c") {
		t.Errorf("the board piece joined the death's report (score %v, parts %v): its headline is another", decs[1].Score, decs[1].Parts)
	}
	loose := DefaultConfig()
	loose.BackgroundHead = 0.01
	if _, tr, _ := run(t, loose, []Doc{b, c}); tr.Event("telska-b") != tr.Event("telska-c") {
		t.Fatalf("the board piece stays apart with any headline: the fixture does not test the headline")
	}

	// Saved and resumed between the two, the background member keeps its
	// near day.
	cl := New(DefaultConfig(), nil)
	cl.Add(a)
	state, err := cl.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	r, err := Resume(state, nil)
	if err != nil {
		t.Fatal(err)
	}
	e := r.events[r.byID[r.EventOf("telska-a")]]
	if m := e.members[0]; m.near != pub || m.eday != pub-8 || !e.hasBackground() || e.nearView().core != pub {
		t.Fatalf("resumed: member day %+d near %+d, event near view %+v", m.eday-pub, m.near-pub, e.nearView())
	}
	if d := r.Add(b); d.New {
		t.Errorf("resumed: telska-b started an event (score %v, parts %v)", d.Score, d.Parts)
	}
	// A state of the format before near days reads with none.
	old, err := cl.marshal(stateV3)
	if err != nil {
		t.Fatal(err)
	}
	r, err = Resume(old, nil)
	if err != nil {
		t.Fatal(err)
	}
	if e := r.events[r.byID[r.EventOf("telska-a")]]; e.members[0].near != pub-8 || e.hasBackground() {
		t.Errorf("format 3: member near %+d, want its day", e.members[0].near-pub)
	}
}
