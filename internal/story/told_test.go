package story

import (
	"strings"
	"testing"
)

// ferryStrike is one happening written for the test: on Friday the ferry
// crews of the Valmora strait walked out, and two outlets report it
// naming the day. A third report of the walkout, published the next day,
// tells it with other words; it names Friday too (ferry-c) or no day at
// all (the same text without the day, see toldVariants).
var ferryStrike = []fixture{
	{"ferry-a", "harbourgazette.example", "2037-08-14", "strike",
		"Valmora ferry crews walk out, stranding island commuters",
		"Ferry crews of the Valmora strait walked out on Friday after talks with the operator Brightwater Lines broke down, union leader Mara Quist said.\n\nNo boats crossed to Tessel Island, and about 4,000 commuters were stranded at the Anselm pier."},
	{"ferry-b", "northwire.example", "2037-08-14", "strike",
		"Strait ferries halted as crews strike over pay",
		"Brightwater Lines cancelled every crossing of the Valmora strait on Friday when its crews struck over pay, the union's Mara Quist said.\n\nCommuters to Tessel Island queued at the Anselm pier for buses that never came."},
	{"ferry-c", "coastpost.example", "2037-08-15", "strike",
		"Islanders count the cost of ferry stoppage",
		"Shops on Tessel Island said sales halved on Friday as the boats stayed in port, and a hospital moved two patients by helicopter.\n\nQuist said the union would meet again next week."},
}

// toldVariants returns ferryStrike with the last report naming no day.
func toldVariants() (told, untold []Doc) {
	told = docsOf(ferryStrike)
	untold = docsOf(ferryStrike)
	last := &untold[len(untold)-1]
	last.Paragraphs = []string{strings.Replace(last.Paragraphs[0], " on Friday", "", 1), last.Paragraphs[1]}
	return told, untold
}

// TestToldBonus: the third report scores below Threshold against the
// event; with a ToldBonus that covers the difference it joins the event
// when it names the day the event's reports name, and starts its own when
// it names no day, or when the bonus is off.
func TestToldBonus(t *testing.T) {
	told, untold := toldVariants()
	cfg := DefaultConfig()
	cfg.ToldBonus = 0
	_, tr, decs := run(t, cfg, told)
	if tr.Event("ferry-a") != tr.Event("ferry-b") {
		t.Fatalf("the two Friday reports are apart: the fixture does not hold")
	}
	sc := decs[2].Score
	if !decs[2].New || sc < cfg.Threshold-0.12 {
		t.Fatalf("ferry-c: new %v score %v, want a new event scoring within 0.12 of Threshold %v", decs[2].New, sc, cfg.Threshold)
	}
	cfg.ToldBonus = 0.12
	if _, tr, decs := run(t, cfg, told); tr.Event("ferry-c") != tr.Event("ferry-a") {
		t.Errorf("ferry-c (score %v) names Friday as the event does, yet starts event %s with bonus %v", decs[2].Score, tr.Event("ferry-c"), cfg.ToldBonus)
	}
	_, tr, decs = run(t, cfg, untold)
	if tr.Event("ferry-c") == tr.Event("ferry-a") {
		t.Errorf("ferry-c without its day (score %v) joined the event through the bonus", decs[2].Score)
	}
	if decs[2].Score < cfg.Threshold-cfg.ToldBonus {
		t.Errorf("ferry-c without its day scores %v: too low to test that the bonus needs the day", decs[2].Score)
	}
}
