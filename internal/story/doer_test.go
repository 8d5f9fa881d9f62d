package story

import (
	"testing"
	"time"
)

// namesOf returns name entries with the given keys, as prepare holds them.
func namesOf(keys ...string) []entry {
	es := make([]entry, len(keys))
	for i, k := range keys {
		es[i] = entry{key: k, w: 1}
	}
	return es
}

func TestHeadlineDoer(t *testing.T) {
	for _, tc := range []struct {
		title string
		names []entry
		want  string
	}{
		{"Marta Ekholm vows to keep the Valmora docks shut", namesOf("marta", "ekholm", "marta ekholm", "valmora"), "marta"},
		{"Opinion: Ekholm has misread the port workers", namesOf("ekholm"), "ekholm"},
		{"Strike at Valmora docks enters second day", namesOf("valmora"), ""}, // opens with what happened
		{"Harbour board answers the strikers", namesOf("valmora"), ""},        // not one of its names
		{"Why Ekholm will not sail", namesOf("ekholm"), "ekholm"},
		{"", namesOf("ekholm"), ""},
		{"Ekholm speaks", nil, ""},
	} {
		if got := headlineDoer(tc.title, tc.names); got != tc.want {
			t.Errorf("headlineDoer(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

// An answer by another actor (a new doer in the headline, another kind of
// happening) needs DoerMargin more to join the event; a further report of
// the happening naming its doer does not.
func TestDoerMargin(t *testing.T) {
	cfg := DefaultConfig()
	cfg.DoerMargin = 0.05
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
		return c.doerMargin(&p, e, &r), &p, r
	}
	if m, p, _ := probe("Ekholm's dockers strike at Valmora", "Dockers led by Marta Ekholm walked out at the Valmora port on Tuesday."); m != 0 {
		t.Errorf("a report naming the event's doer pays %v (doer %q)", m, p.doer)
	}
	if m, p, r := probe("Tomas Lindqvist orders the Valmora dockers back to work", "Port minister Tomas Lindqvist ordered the union on Tuesday to go back to work."); m != cfg.DoerMargin {
		t.Errorf("another actor's answer pays %v, want %v (doer %q, actions %v has %v)", m, cfg.DoerMargin, p.doer, r.parts[kindActions], r.has[kindActions])
	}
}
