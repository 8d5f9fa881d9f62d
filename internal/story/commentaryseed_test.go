package story

import "testing"

// ferryLevy is written for the test: a column on the ferry fares of
// Port Anselm comes out on Saturday; on Sunday two outlets report that
// the harbour board will put a levy on ferry tickets from July; on Monday
// a third reports the same decision. The column starts an event and
// Sunday's reports join it as they come; the repair pass parts the
// column from them at the end (it argues about the fares rather than
// reports the decision).
var ferryLevy = []fixture{
	{"fl-a", "valmoracourier.example", "2036-03-01", "column",
		"Opinion: Port Anselm's ferries cannot pay for the new quay",
		"The harbour board of Port Anselm wants a new quay for the island ferries, and the ferries carry too few people to pay for it. Fares have risen twice since 2033.\n\nIf the board puts a levy on ferry tickets, the islanders of Skarvik will pay for a quay they never asked for."},
	{"fl-b", "northwire.example", "2036-03-02", "levy",
		"Port Anselm harbour board to put levy on ferry tickets from July",
		"The harbour board of Port Anselm will add a levy of two crowns to every ferry ticket from July to pay for the new ferry quay, board chair Ingrid Malmo said on Sunday.\n\nThe levy is expected to raise 40 million crowns over ten years. Islanders of Skarvik said the fares were already too high."},
	{"fl-c", "harbourgazette.example", "2036-03-02", "levy",
		"Ferry tickets get two-crown levy for Port Anselm quay",
		"Ferry passengers will pay a levy of two crowns a ticket from July, the Port Anselm harbour board decided on Sunday, to fund the new ferry quay.\n\nBoard chair Ingrid Malmo said the levy would raise 40 million crowns over ten years. Skarvik islanders called the fares too high already."},
	{"fl-d", "dailyledger.example", "2036-03-03", "levy",
		"Harbour board's ferry levy of two crowns angers Skarvik islanders",
		"Islanders of Skarvik said they would fight the levy of two crowns on every ferry ticket that the Port Anselm harbour board approved on Sunday to pay for the new ferry quay.\n\nBoard chair Ingrid Malmo said the levy would raise 40 million crowns over ten years, starting in July."},
}

// TestCommentarySeed: the column that started the ferry levy's event does
// not start its publication span once reports joined it, so Monday's
// report joins Sunday's reports as it comes (Config.CommentarySeed);
// without the rule the event is shut to it by MaxPubSpan and it starts a
// second event of the same happening. A report three days after the
// column, two after the reports, is still held out.
func TestCommentarySeed(t *testing.T) {
	cfg := DefaultConfig()
	if !cfg.CommentarySeed {
		t.Fatalf("CommentarySeed is off by default")
	}
	docs := docsOf(ferryLevy)
	if h := classifyHeadline(docs[0]); !commentary(h) {
		t.Fatalf("the column's headline reads as %v, not commentary", h)
	}
	for _, d := range docs[1:] {
		if h := classifyHeadline(d); commentary(h) {
			t.Fatalf("report %s reads as %v", d.ID, h)
		}
	}
	_, tr, decs := run(t, cfg, docs)
	checkEvents(t, tr, ferryLevy)
	for i, d := range decs[1:] {
		if d.New || d.Story != decs[0].Story {
			t.Errorf("%s did not join the event the column started (best score %v, parts %v)", ferryLevy[i+1].id, d.Score, d.Parts)
		}
	}

	off := cfg
	off.CommentarySeed = false
	if _, _, decs := run(t, off, docs); !decs[3].New {
		t.Errorf("without CommentarySeed fl-d joins %s (score %v, parts %v): the fixture does not test the rule", decs[3].Story, decs[3].Score, decs[3].Parts)
	}

	late := append([]fixture(nil), ferryLevy[:3]...)
	late = append(late, fixture{"fl-e", "dailyledger.example", "2036-03-04", "levy-late",
		ferryLevy[3].title, ferryLevy[3].body})
	if _, tr, decs := run(t, cfg, docsOf(late)); !decs[3].New || tr.Event("fl-e") == tr.Event("fl-b") {
		t.Errorf("a report two days after the reports joins them (score %v)", decs[3].Score)
	}
}
