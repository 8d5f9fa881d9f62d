package story

import (
	"slices"
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

// TestNextDayMargin: with a threshold just below the next day's report's
// score, it joins the Friday event; a NextDayMargin parts it when it names
// no day, and spares it when it names Friday as the event's reports do, or
// when it gives the event's figures.
func TestNextDayMargin(t *testing.T) {
	told, untold := toldVariants()
	// join runs docs with the threshold just below the last report's score
	// and reports whether it joined the first report's event.
	join := func(cfg Config, docs []Doc) (bool, map[string]float64) {
		probe := cfg
		probe.NextDayMargin, probe.ToldBonus = 0, 0
		_, _, decs := run(t, probe, docs)
		cfg.Threshold = decs[len(decs)-1].Score - 0.01
		_, tr, decs := run(t, cfg, docs)
		return tr.Event(docs[len(docs)-1].ID) == tr.Event(docs[0].ID), decs[len(decs)-1].Parts
	}
	cfg := DefaultConfig()
	cfg.ToldBonus, cfg.NextDayMargin, cfg.NextDayNumbers = 0, 0, 0
	if ok, _ := join(cfg, untold); !ok {
		t.Fatalf("ferry-c without its day does not join just above its score: the fixture does not hold")
	}
	cfg.NextDayMargin = 0.05
	if ok, parts := join(cfg, untold); ok {
		t.Errorf("ferry-c without its day (parts %v) joined the day before's event despite the margin", parts)
	}
	if ok, parts := join(cfg, told); !ok {
		t.Errorf("ferry-c names Friday as the event does (parts %v), yet the margin parted it", parts)
	}
	// The same untold report, giving the count of stranded commuters.
	fig := slices.Clone(untold)
	last := &fig[len(fig)-1]
	last.Paragraphs = append(slices.Clone(last.Paragraphs), "Some 4,000 commuters were still waiting at the Anselm pier.")
	cfg.NextDayNumbers = 0.01
	ok, parts := join(cfg, fig)
	if parts["numbers"] < cfg.NextDayNumbers {
		t.Fatalf("ferry-c with the count shares no figure with the event (parts %v)", parts)
	}
	if !ok {
		t.Errorf("ferry-c gives the event's count (parts %v), yet the margin parted it", parts)
	}
	cfg.NextDayNumbers = parts["numbers"] + 0.01
	if ok, parts := join(cfg, fig); ok {
		t.Errorf("ferry-c's figures (parts %v) are below NextDayNumbers %v, yet it was spared", parts, cfg.NextDayNumbers)
	}
}
