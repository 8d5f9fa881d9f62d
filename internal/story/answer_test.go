package story

import (
	"testing"
	"time"
)

// answerNames returns name entries with the given keys, as prepare holds
// them.
func answerNames(keys ...string) []entry {
	es := make([]entry, len(keys))
	for i, k := range keys {
		es[i] = entry{key: k, w: 1}
	}
	return es
}

func TestAnswerDoer(t *testing.T) {
	for _, tc := range []struct {
		title string
		names []entry
		want  string
	}{
		{"Tomas Lindqvist rejects the dockers' pay claim", answerNames("tomas lindqvist"), "toma"},
		{"Lindqvist hits back at Ekholm over the Valmora strike", answerNames("lindqvist", "ekholm", "valmora"), "lindqvist"},
		{"Opinion: Lindqvist denies he misled the port board", answerNames("lindqvist"), "lindqvist"},
		{"Lindqvist orders the dockers back to work", answerNames("lindqvist"), ""},                       // no answer verb
		{"Lindqvist visits Valmora", answerNames("lindqvist", "valmora"), ""},                             // no answer verb
		{"Strike at Valmora: union rejects offer", answerNames("valmora"), ""},                            // opens with what happened
		{"Harbour board rejects the dockers' claim", answerNames("valmora"), ""},                          // not one of its names
		{"Lindqvist, in a long letter to the board on Tuesday, rejects it", answerNames("lindqvist"), ""}, // verb too far
		{"", answerNames("lindqvist"), ""},
		{"Lindqvist responds", nil, ""},
	} {
		if got := answerDoer(tc.title, tc.names); got != tc.want {
			t.Errorf("answerDoer(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

// Another actor's answer (an answer verb after a doer none of the event's
// titles and leads carries) needs AnswerMargin more to join the event; an
// answer by the event's own doer, and a further report of the happening,
// do not.
func TestAnswerMargin(t *testing.T) {
	cfg := DefaultConfig()
	cfg.AnswerMargin = 0.1
	c := New(cfg, nil)
	t0 := time.Date(2031, 3, 4, 8, 0, 0, 0, time.UTC)
	day := func(h int) Doc {
		return Doc{HasTime: true, Published: t0.Add(time.Duration(h) * time.Hour)}
	}
	first := day(0)
	first.ID, first.Title = "a1", "Marta Ekholm calls a strike at the Valmora docks"
	first.Paragraphs = []string{"Marta Ekholm, who leads the Valmora dockers' union, called a strike on Tuesday over shift rotas at the port."}
	dec := c.Add(first)
	e := c.events[c.byID[dec.Story]]
	if e == nil {
		t.Fatal("no event for a1")
	}
	probe := func(title, lead string) (float64, *prepared, scored) {
		d := day(2)
		d.ID, d.Title, d.Paragraphs = "x", title, []string{lead}
		f := c.x.Extract(d)
		hs, own := hashes(f)
		p := prepare(d, f, hs, own, c.df, &prepBuf{})
		r := c.scoreArticle(&p, e)
		return c.answerMargin(&p, e), &p, r
	}
	if m, _, _ := probe("Ekholm's dockers strike at Valmora", "Dockers led by Marta Ekholm walked out at the Valmora port on Tuesday."); m != 0 {
		t.Errorf("a report of the strike pays %v", m)
	}
	if m, _, _ := probe("Ekholm rejects the port's offer as the Valmora strike goes on", "Marta Ekholm turned down the port's offer on Tuesday."); m != 0 {
		t.Errorf("an answer by the event's own doer pays %v", m)
	}
	m, p, r := probe("Lindqvist rejects the Valmora dockers' strike call", "Port minister Tomas Lindqvist on Tuesday rejected the strike Marta Ekholm called at the Valmora docks.")
	if m != cfg.AnswerMargin {
		t.Fatalf("another actor's answer pays %v, want %v", m, cfg.AnswerMargin)
	}
	// The margin decides the join when the score is just above the threshold.
	need := cfg.Threshold + c.growthMargin(e) + c.nextDayMargin(p, e, &r) - c.toldBonus(p, e)
	r.score = need + cfg.AnswerMargin/2
	if ok, _ := c.joins(p, e, &r, cfg.Threshold); ok {
		t.Errorf("another actor's answer %v above what it needs joins despite the margin", cfg.AnswerMargin/2)
	}
	r.score = need + cfg.AnswerMargin + 0.01
	if ok, _ := c.joins(p, e, &r, cfg.Threshold); !ok {
		t.Errorf("another actor's answer past the margin does not join")
	}
	c.cfg.AnswerMargin = 0
	r.score = need + 0.01
	if ok, _ := c.joins(p, e, &r, cfg.Threshold); !ok {
		t.Errorf("with AnswerMargin 0 the answer just above what it needs does not join")
	}
}
