package eventeval

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// syntheticCorpus builds a made-up system: three big stories, twelve small
// ones (half of them single-outlet), and look-alike articles in separate
// stories. Every other article has words of its own, so that only the
// planted look-alikes resemble each other.
func syntheticCorpus() *Corpus {
	day0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	var arts []Article
	n := 0
	add := func(event, outlet string, day int, title, lead string) {
		n++
		id := fmt.Sprintf("a%03d", n)
		if title == "" {
			title = fmt.Sprintf("alpha%d bravo%d", n, n)
			lead = fmt.Sprintf("charlie%d delta%d echo%d", n, n, n)
		}
		arts = append(arts, Article{ID: "sys-" + id, Ref: Ref{ID: id, URL: "https://" + outlet + ".example/" + id},
			Title: title, Outlet: outlet, Published: day0.AddDate(0, 0, day), Event: event, Lead: lead})
	}
	for s, size := range []int{25, 22, 30} {
		for i := range size {
			outlet := fmt.Sprintf("out%d", i%5)
			if s == 1 {
				outlet = "solo" // one big story from a single outlet
			}
			add(fmt.Sprintf("big%d", s), outlet, i%3, "", "")
		}
	}
	for s := range 12 {
		for i := range 2 + s%4 {
			outlet := fmt.Sprintf("out%d", i)
			if s%2 == 1 {
				outlet = "solo"
			}
			add(fmt.Sprintf("small%02d", s), outlet, 20+s, "", "")
		}
	}
	const title = "Harbour council votes to close Marlow bridge for repairs"
	const lead = "The Marlow bridge will shut for six weeks of repairs after the harbour council vote on Tuesday night."
	add("look1", "out1", 40, title, lead)
	add("look2", "out2", 41, "Marlow bridge closure approved by harbour council", lead)
	add("look3", "out3", 45, title, lead) // same words, four days later: never a look-alike
	add("look4", "out4", 40, "", "")
	for s := range 3 {
		for i := range 2 {
			add(fmt.Sprintf("undated%d", s), fmt.Sprintf("out%d", i), 0, "", "")
			if s < 2 || i == 1 {
				arts[len(arts)-1].Published = time.Time{} // undated2 keeps one dated article
			}
		}
	}
	return NewCorpus(arts)
}

func testOptions(seed int64) Options {
	o := DefaultOptions(seed)
	o.Big, o.Small, o.Lookalike = 4, 5, 3
	return o
}

func keysOf(pairs []Pair, stratum string) []Key {
	var ks []Key
	for _, p := range pairs {
		if p.Stratum == stratum {
			ks = append(ks, p.Key())
		}
	}
	return ks
}

func TestDrawStrata(t *testing.T) {
	c := syntheticCorpus()
	pairs, err := Draw(c, testOptions(14), nil)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	perStory := map[string]int{}
	for _, p := range pairs {
		counts[p.Stratum]++
		a, _ := c.Find(p.A)
		b, _ := c.Find(p.B)
		if p.Label != Unlabelled || (p.Split != Dev && p.Split != Test) {
			t.Errorf("pair %s: label %q split %q, want unlabelled with a split", p.Key(), p.Label, p.Split)
		}
		switch p.Stratum {
		case Big, Small:
			if a.Event != b.Event {
				t.Errorf("%s pair %s spans stories %s and %s", p.Stratum, p.Key(), a.Event, b.Event)
			}
			perStory[a.Event]++
			if p.Stratum == Small && a.Outlet == b.Outlet {
				t.Errorf("small pair %s from one outlet though multi-outlet stories remain", p.Key())
			}
		case Lookalike:
			if a.Event == b.Event {
				t.Errorf("look-alike pair %s inside story %s", p.Key(), a.Event)
			}
			if d := a.Published.Sub(b.Published).Abs(); d > 24*time.Hour {
				t.Errorf("look-alike pair %s is %v apart", p.Key(), d)
			}
		}
	}
	if counts[Big] != 4 || counts[Small] != 5 {
		t.Errorf("strata counts %v, want 4 big and 5 small", counts)
	}
	for s, n := range perStory {
		if n > 2 || (s[:3] != "big" && n > 1) {
			t.Errorf("story %s gave %d pairs", s, n)
		}
	}
	var planted []Ref
	for _, a := range c.Articles {
		if a.Event == "look1" || a.Event == "look2" {
			planted = append(planted, a.Ref)
		}
	}
	want := KeyOf(planted[0], planted[1])
	if got := keysOf(pairs, Lookalike); !slices.Contains(got, want) {
		t.Errorf("look-alike pairs %v lack the planted pair %s", got, want)
	}
}

// TestDrawUndated: the undated stratum draws one pair inside each event
// whose articles all lack a date, and none elsewhere.
func TestDrawUndated(t *testing.T) {
	c := syntheticCorpus()
	o := testOptions(14)
	o.Small, o.Undated = 0, 5 // a pair drawn in small is not drawn again
	pairs, err := Draw(c, o, nil)
	if err != nil {
		t.Fatal(err)
	}
	events := map[string]int{}
	for _, p := range pairs {
		if p.Stratum != Undated {
			continue
		}
		a, _ := c.Find(p.A)
		b, _ := c.Find(p.B)
		if a.Event != b.Event || !a.Published.IsZero() || !b.Published.IsZero() {
			t.Errorf("undated pair %s: events %s/%s, published %v/%v", p.Key(), a.Event, b.Event, a.Published, b.Published)
		}
		events[a.Event]++
	}
	if len(events) != 2 || events["undated0"] != 1 || events["undated1"] != 1 {
		t.Errorf("undated pairs by event %v, want one in each of undated0 and undated1", events)
	}
}

func TestDrawDeterministicAndExtensible(t *testing.T) {
	c := syntheticCorpus()
	a, err := Draw(c, testOptions(14), nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Draw(c, testOptions(14), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a, b) {
		t.Fatal("two draws with one seed differ")
	}
	other, err := Draw(c, testOptions(15), nil)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Equal(keysOf(a, Small), keysOf(other, Small)) && slices.Equal(keysOf(a, Big), keysOf(other, Big)) {
		t.Error("another seed drew the same pairs")
	}
	less := testOptions(14)
	less.Big, less.Small = 2, 3
	fewer, err := Draw(c, less, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{Big, Small} {
		all := keysOf(a, s)
		for _, k := range keysOf(fewer, s) {
			if !slices.Contains(all, k) {
				t.Errorf("%s pair %s of the smaller draw is not in the larger one", s, k)
			}
		}
	}
}

func TestDrawReusesLabels(t *testing.T) {
	c := syntheticCorpus()
	first, err := Draw(c, testOptions(14), nil)
	if err != nil {
		t.Fatal(err)
	}
	judged := first[0]
	judged.Label, judged.Storyline, judged.Reason, judged.Split = SameTopic, true, "made-up verdict", Test
	// The key is unordered: swapping the sides must still match.
	judged.A, judged.B = judged.B, judged.A
	known, err := Index([]Pair{judged})
	if err != nil {
		t.Fatal(err)
	}
	again, err := Draw(c, testOptions(14), known)
	if err != nil {
		t.Fatal(err)
	}
	labelled := 0
	for _, p := range again {
		if p.Label != Unlabelled {
			labelled++
			if p.Key() != judged.Key() || p.Label != SameTopic || !p.Storyline || p.Reason != "made-up verdict" || p.Split != Test {
				t.Errorf("reused pair = %+v", p)
			}
		}
	}
	if labelled != 1 || len(again) != len(first) {
		t.Errorf("%d labelled of %d (first draw %d), want 1 and the same draw", labelled, len(again), len(first))
	}
}

// TestDrawFresh checks that a fresh draw never gives a judged pair, in any
// stratum, and still fills its quotas from the pairs left.
func TestDrawFresh(t *testing.T) {
	c := syntheticCorpus()
	opts := testOptions(14)
	opts.Undated = 2
	first, err := Draw(c, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	var judged []Pair
	for _, s := range []string{Big, Small, Lookalike} {
		for _, p := range first {
			if p.Stratum == s {
				p.Label, p.Reason = SameTopic, "made-up verdict"
				judged = append(judged, p)
				break
			}
		}
	}
	known, err := Index(judged)
	if err != nil {
		t.Fatal(err)
	}
	opts.Fresh = true
	again, err := Draw(c, opts, known)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range again {
		if _, ok := known[p.Key()]; ok || p.Label != Unlabelled {
			t.Errorf("fresh draw gave judged pair %s (%s)", p.Key(), p.Stratum)
		}
	}
	for _, s := range []string{Big, Small} {
		if got, want := len(keysOf(again, s)), len(keysOf(first, s)); got != want {
			t.Errorf("stratum %s: %d pairs, want %d", s, got, want)
		}
	}
}

func TestDrawOptionErrors(t *testing.T) {
	c := syntheticCorpus()
	for name, mod := range map[string]func(*Options){
		"small BigMin":   func(o *Options) { o.BigMin = 2 },
		"zero cap":       func(o *Options) { o.PerBigStory = 0 },
		"negative quota": func(o *Options) { o.Small = -1 },
		"no bands":       func(o *Options) { o.Bands = nil },
		"rising bands":   func(o *Options) { o.Bands = []float64{0.2, 0.3} },
		"negative days":  func(o *Options) { o.Window = -1 },
	} {
		o := testOptions(1)
		mod(&o)
		if _, err := Draw(c, o, nil); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestTokens(t *testing.T) {
	got := tokens("The Marlow bridge's repairs: 6 weeks, £2m — council's vote")
	want := []string{"marlow", "bridge", "repairs", "weeks", "2m", "council", "vote"}
	if !slices.Equal(got, want) {
		t.Errorf("tokens = %q, want %q", got, want)
	}
}
