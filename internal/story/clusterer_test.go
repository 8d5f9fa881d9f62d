package story

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"
)

// run adds docs to a new Clusterer, draining its changes into a Tracker
// after every article, and returns both with the decisions.
func run(t *testing.T, cfg Config, docs []Doc) (*Clusterer, *Tracker, []Decision) {
	t.Helper()
	c := New(cfg, nil)
	tr := NewTracker()
	var out []Decision
	for _, d := range docs {
		dec := c.Add(d)
		tr.Decide(dec)
		tr.Apply(c.Drain())
		out = append(out, dec)
	}
	c.Repair()
	tr.Apply(c.Drain())
	return c, tr, out
}

// checkEvents fails unless the tracker groups the fixtures exactly by
// their event.
func checkEvents(t *testing.T, tr *Tracker, fs []fixture) {
	t.Helper()
	for _, a := range fs {
		for _, b := range fs {
			if a.id >= b.id {
				continue
			}
			same := tr.Event(a.id) == tr.Event(b.id)
			if want := a.event == b.event; same != want {
				t.Errorf("%s and %s: same event %v, want %v", a.id, b.id, same, want)
			}
		}
	}
}

func TestSeparatesLookAlikeEvents(t *testing.T) {
	docs, _ := fixtureDocs()
	_, tr, _ := run(t, DefaultConfig(), docs)
	checkEvents(t, tr, fixtures)
	// Two earthquakes two years apart in two towns are not one storyline.
	if tr.Storyline("q1-a") == tr.Storyline("q2-a") {
		t.Errorf("the Velmora and Karsk quakes share storyline %s", tr.Storyline("q1-a"))
	}
}

func TestLookAlikeHappeningsOnAdjacentDays(t *testing.T) {
	_, tr, _ := run(t, DefaultConfig(), docsOf(councilDays))
	checkEvents(t, tr, councilDays)
	if tr.Storyline("fb-a") != tr.Storyline("tr-a") || tr.Storyline("fb-a") == "" {
		t.Errorf("the ferry vote (%s) and the tram vote (%s) of one council are not one storyline",
			tr.Storyline("fb-a"), tr.Storyline("tr-a"))
	}
}

func TestFollowUpWeeksLaterJoinsStoryline(t *testing.T) {
	c, tr, decs := run(t, DefaultConfig(), docsOf(quakeFollowUp))
	checkEvents(t, tr, quakeFollowUp)
	if tr.Storyline("q1-d") != tr.Storyline("q1-a") {
		t.Errorf("the return three weeks later is in storyline %s, the quake in %s", tr.Storyline("q1-d"), tr.Storyline("q1-a"))
	}
	s, ok := c.Story(tr.Event("q1-a"))
	if !ok || s.Storyline != tr.Storyline("q1-a") || !s.Day.Equal(day("2031-03-04")) {
		t.Errorf("quake event summary %+v", s)
	}
	for _, d := range decs {
		if d.Story == "" || d.Article == "" {
			t.Fatalf("decision without ids: %+v", d)
		}
	}
}

// TestStorylineClosesWhenQuiet: a follow-up two months after an incident
// still joins its storyline; one after half a year of silence starts
// another (a storyline is a thread, not a topic that lasts for years).
func TestStorylineClosesWhenQuiet(t *testing.T) {
	for _, tc := range []struct {
		date string
		same bool
	}{{"2031-05-12", true}, {"2031-10-20", false}} {
		fs := slices.Clone(quakeFollowUp)
		for i := range fs {
			if fs[i].id == "q1-d" {
				fs[i].date = tc.date
			}
		}
		_, tr, _ := run(t, DefaultConfig(), docsOf(fs))
		if same := tr.Storyline("q1-d") == tr.Storyline("q1-a"); same != tc.same {
			t.Errorf("follow-up on %s: in the quake's storyline %v, want %v", tc.date, same, tc.same)
		}
	}
}

func TestTitleIsAStraightNewsHeadline(t *testing.T) {
	c, tr, _ := run(t, DefaultConfig(), docsOf(opinionFirst))
	checkEvents(t, tr, opinionFirst)
	s, ok := c.Story(tr.Event("op-a"))
	if !ok {
		t.Fatal("bridge event not active")
	}
	if s.TitleArticle != "op-c" && s.TitleArticle != "op-d" {
		t.Errorf("title %q (from %s), want a straight news headline", s.Title, s.TitleArticle)
	}
}

func TestTitleStableAsArticlesArrive(t *testing.T) {
	docs := docsOf(opinionFirst)
	c := New(DefaultConfig(), nil)
	var id, title string
	for i, d := range docs {
		id = c.Resolve(c.Add(d).Story)
		c.Repair()
		s, _ := c.Story(id)
		if i == 2 {
			title = s.Title
		}
		if i == 3 && s.Title != title {
			t.Errorf("title changed from %q to %q on a report no better than the one it had", title, s.Title)
		}
	}
}

func TestSplitsMixedEventAndOldIDsResolve(t *testing.T) {
	cfg := DefaultConfig()
	cfg.RepairEvery = 1
	// The fire's next-day report (mx-e: the search of the ruins) would
	// pay NewDayFactor and start an event of its own; this test is about
	// the split and the ids.
	cfg.NewDayFactor = 0
	docs := docsOf(mixedCopies)
	for i := range docs {
		if mixedCopies[i].event == "fire" {
			docs[i].CopyOf = "mx-a" // a wrong copy link puts it with the strike
		}
	}
	c := New(cfg, nil)
	tr := NewTracker()
	var strike string
	var splits []Split
	var merges []Merge
	for i, d := range docs {
		dec := c.Add(d)
		tr.Decide(dec)
		if i == 0 {
			strike = dec.Story
		}
		if mixedCopies[i].event == "fire" && dec.Story != strike {
			t.Errorf("%s joined %s, want the strike's event %s by its copy link", d.ID, dec.Story, strike)
		}
		ch := c.Drain()
		for _, r := range ch.Repairs {
			if r.Split != nil {
				splits = append(splits, *r.Split)
			}
			if r.Merge != nil {
				merges = append(merges, *r.Merge)
			}
		}
		tr.Apply(ch)
	}
	if len(splits) == 0 {
		t.Fatal("the mixed event was not split")
	}
	for _, sp := range splits {
		if sp.From != strike || len(sp.Articles) == 0 || slices.Contains(sp.Articles, "mx-a") || sp.Score >= cfg.SplitThreshold {
			t.Errorf("split %+v", sp)
		}
	}
	checkEvents(t, tr, mixedCopies)
	// The strike keeps its id; the fire's articles are followed to their
	// event, and merged-away ids resolve.
	if tr.Event("mx-a") != strike || c.Resolve(strike) != strike {
		t.Errorf("strike event %s, want %s", tr.Event("mx-a"), strike)
	}
	if s, ok := c.Story(strike); !ok || !reflect.DeepEqual(s.Articles, []string{"mx-a", "mx-b"}) {
		t.Errorf("strike event holds %v", s.Articles)
	}
	fire := tr.Event("mx-c")
	if got := c.EventOf("mx-e"); got != fire {
		t.Errorf("EventOf(mx-e) = %s, want %s", got, fire)
	}
	for _, m := range merges {
		if c.Resolve(m.From) != fire {
			t.Errorf("merged id %s resolves to %s, want %s", m.From, c.Resolve(m.From), fire)
		}
	}
	for _, sp := range splits {
		if _, ok := c.Story(sp.Into); !ok {
			t.Errorf("split-off id %s does not resolve to an active event", sp.Into)
		}
	}
}

func TestRepairMergesAndResolves(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Threshold = 0.99 // every article starts an event ...
	cfg.MergeThreshold = 0.25
	cfg.RepairEvery = 1 // ... and repair merges those of one event
	docs, events := fixtureDocs()
	c, tr, decs := run(t, cfg, docs)
	merged := 0
	for _, d := range decs {
		if c.Resolve(d.Story) != d.Story {
			merged++
		}
		if _, ok := c.Story(d.Story); !ok {
			t.Errorf("event %s of %s does not resolve to an active event", d.Story, d.Article)
		}
		if tr.Event(d.Article) != c.Resolve(d.Story) {
			t.Errorf("%s: tracker has %s, clusterer %s", d.Article, tr.Event(d.Article), c.Resolve(d.Story))
		}
	}
	if merged == 0 {
		t.Fatal("no merges")
	}
	byEvent := map[string]string{}
	for _, d := range decs {
		e := tr.Event(d.Article)
		if g, ok := byEvent[e]; ok && g != events[d.Article] {
			t.Errorf("repair merged %s with %s", g, events[d.Article])
		}
		byEvent[e] = events[d.Article]
	}
}

func TestUndatedArticles(t *testing.T) {
	quake := docsOf(fixtures[:3])
	late := fixtures[3].doc() // the Karsk quake, as an undated report
	late.ID, late.HasTime, late.Published = "late", false, time.Time{}
	velmora := fixtures[1].doc()
	velmora.ID, velmora.HasTime, velmora.Published = "undated-velmora", false, time.Time{}

	// Imported long after the stream it belongs to: it joins no dated
	// event, however alike.
	archive := velmora
	archive.Added = day("2040-01-01")
	_, tr, decs := run(t, DefaultConfig(), append(slices.Clone(quake), archive))
	if !decs[3].New || tr.Event(archive.ID) == tr.Event("q1-a") {
		t.Errorf("an undated archive article joined a dated event: %+v", decs[3])
	}

	// Added while the event is news: it joins it, and does not set its time.
	current := velmora
	current.Added = day("2031-03-05")
	c, tr, _ := run(t, DefaultConfig(), append(slices.Clone(quake), current))
	if tr.Event(current.ID) != tr.Event("q1-a") {
		t.Errorf("a current undated report of the quake is in %s, the quake in %s", tr.Event(current.ID), tr.Event("q1-a"))
	}
	if s, _ := c.Story(tr.Event("q1-a")); !s.First.Equal(day("2031-03-04")) || !s.Last.Equal(day("2031-03-05")) {
		t.Errorf("event span %v..%v", s.First, s.Last)
	}

	// An event whose dated articles span more than a few days takes no
	// undated article.
	wide := slices.Clone(quake)
	wide[2].Published = day("2031-03-09")
	current.Added = day("2031-03-09")
	_, tr, _ = run(t, DefaultConfig(), append(wide, current))
	if tr.Event(current.ID) == tr.Event("q1-a") {
		t.Error("an undated article joined an event spanning six days")
	}

	// Two undated reports of one happening still find each other.
	other := fixtures[4].doc()
	other.ID, other.HasTime, other.Published = "late-2", false, time.Time{}
	_, tr, _ = run(t, DefaultConfig(), []Doc{late, other})
	if tr.Event("late") != tr.Event("late-2") {
		t.Error("two undated reports of the Karsk quake are apart")
	}

	// In a dated stream the same two, imported long after, need stronger
	// evidence than two reports that merely tell the quake alike: no day
	// tells one happening from another of its saga.
	_, tr, _ = run(t, DefaultConfig(), []Doc{filler("ferry", "2035-05-01"), late, other})
	if tr.Event("late") == tr.Event("late-2") {
		t.Error("two undated archive reports joined on the evidence a dated report needs")
	}
}

func TestDeterministic(t *testing.T) {
	docs, _ := fixtureDocs()
	docs = append(docs, docsOf(councilDays)...)
	_, _, a := run(t, DefaultConfig(), docs)
	c := New(DefaultConfig(), nil)
	var b []Decision
	if err := c.AddAll(context.Background(), docs, 3, func(d Decision) { b = append(b, d) }); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Errorf("Add and AddAll differ:\n%v\n%v", a, b)
	}
}

func TestResumeContinuesExactly(t *testing.T) {
	docs, _ := fixtureDocs()
	docs = append(docs, docsOf(quakeFollowUp[3:])...)
	docs = append(docs, docsOf(councilDays)...)
	full, _, want := run(t, DefaultConfig(), docs)
	for cut := 1; cut < len(docs); cut += 2 {
		c := New(DefaultConfig(), nil)
		var got []Decision
		for _, d := range docs[:cut] {
			got = append(got, c.Add(d))
		}
		c.Drain()
		b, err := c.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		r, err := Resume(b, nil)
		if err != nil {
			t.Fatalf("cut %d: %v", cut, err)
		}
		b2, _ := r.MarshalBinary()
		if !reflect.DeepEqual(b, b2) {
			t.Errorf("cut %d: state does not survive a round trip", cut)
		}
		for _, d := range docs[cut:] {
			got = append(got, r.Add(d))
		}
		r.Repair()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("cut %d: resumed decisions differ", cut)
		}
		if !reflect.DeepEqual(r.Active(), full.Active()) {
			t.Errorf("cut %d: resumed events differ", cut)
		}
	}
}

func TestResumeRejectsBadState(t *testing.T) {
	docs, _ := fixtureDocs()
	c := New(DefaultConfig(), nil)
	for _, d := range docs {
		c.Add(d)
	}
	b, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range [][]byte{nil, []byte("{}"), b[:len(b)-1], append(slices.Clone(b), 0), append([]byte("PXEV\x0a"), b[5:]...)} {
		if _, err := Resume(bad, nil); err == nil {
			t.Errorf("state of %d bytes accepted", len(bad))
		}
	}
}

func FuzzResume(f *testing.F) {
	docs, _ := fixtureDocs()
	c := New(DefaultConfig(), nil)
	for _, d := range docs[:5] {
		c.Add(d)
	}
	b, _ := c.MarshalBinary()
	f.Add(b)
	f.Add([]byte(stateMagic))
	saga, _ := runQuakeSaga(f) // a state with a dormant storyline
	b, _ = saga.MarshalBinary()
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := Resume(b, nil)
		if err != nil {
			return
		}
		r.Add(docs[5])                              // a state that reads must also work
		r.Add(archived(quakeArchive, "2040-01-01")) // and wake what it holds dormant
		r.Repair()
	})
}

func TestEvictionBoundsActiveEvents(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Window, cfg.SmallWindow = 5*24*time.Hour, 2*24*time.Hour
	c := New(cfg, nil)
	start := day("2030-01-01")
	var first string
	for i := range 400 {
		d := fixtures[i%len(fixtures)].doc()
		d.ID = d.ID + "-" + time.Duration(i).String()
		d.Published = start.Add(time.Duration(i) * 24 * time.Hour)
		dec := c.Add(d)
		if i == 0 {
			first = dec.Story
		}
		if c.ActiveCount() > 20 {
			t.Fatalf("after %d articles %d events are active", i+1, c.ActiveCount())
		}
	}
	if _, active := c.Story(first); active {
		t.Errorf("the first event %s is still active after 400 days", first)
	}
	cfg.MaxActive = 3
	c = New(cfg, nil)
	for i := range 40 {
		d := fixtures[i%len(fixtures)].doc()
		d.ID = d.ID + "-" + time.Duration(i).String()
		d.HasTime = false
		c.Add(d)
	}
	if c.ActiveCount() > 3 {
		t.Errorf("%d active events, MaxActive 3", c.ActiveCount())
	}
}

func TestPublishedOrder(t *testing.T) {
	docs := []Doc{
		{ID: "u0"},
		{ID: "d5", Published: day("2030-01-05"), HasTime: true},
		{ID: "u1"},
		{ID: "d1", Published: day("2030-01-01"), HasTime: true},
		{ID: "d3", Published: day("2030-01-03"), HasTime: true},
		{ID: "u2"},
	}
	var got []string
	for _, i := range PublishedOrder(docs) {
		got = append(got, docs[i].ID)
	}
	want := []string{"u0", "d1", "d3", "u2", "d5", "u1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

func TestEntitiesReplaceDerivedNames(t *testing.T) {
	d := fixtures[0].doc()
	d.Entities = []Entity{{Key: "Q-velmora", Type: "place", Count: 3}}
	f := NewTextExtractor().Extract(d)
	if len(f.Names) != 1 || f.Names[0].Key != "Q-velmora" || f.Names[0].Count != 3 {
		t.Errorf("names %v", f.Names)
	}
}

func TestDecisionExplains(t *testing.T) {
	docs, _ := fixtureDocs()
	_, _, decs := run(t, DefaultConfig(), docs)
	joined := 0
	for _, d := range decs {
		if d.New {
			continue
		}
		joined++
		for _, part := range []string{"words", "entities", "title", "lead", "members", "time"} {
			if _, ok := d.Parts[part]; !ok {
				t.Errorf("%s: part %q missing in %v", d.Article, part, d.Parts)
			}
		}
		if d.Score < DefaultConfig().Threshold || len(d.TopTerms) == 0 {
			t.Errorf("%s: score %.3f, top terms %v", d.Article, d.Score, d.TopTerms)
		}
	}
	if joined != 8 {
		t.Errorf("%d articles joined an event, want 8", joined)
	}
}

func TestTitleNamesTheEvent(t *testing.T) {
	c, tr, _ := run(t, DefaultConfig(), docsOf(unnamedFirst))
	checkEvents(t, tr, unnamedFirst)
	s, ok := c.Story(tr.Event("un-a"))
	if !ok {
		t.Fatal("event not active")
	}
	if s.TitleArticle != "un-b" && s.TitleArticle != "un-c" {
		t.Errorf("title %q (from %s), want a headline that names the mayor or the town", s.Title, s.TitleArticle)
	}
}

// TestTitleSkipsPoorHeadlines: a headline that opens with a shouted
// label, or frames the event instead of reporting it, is no title while a
// straight report's headline is there.
func TestTitleSkipsPoorHeadlines(t *testing.T) {
	for _, title := range []string{
		"OUTRAGE: Solvik walks out on Brennholm",
		"5 things to know about Solvik leaving Brennholm's town hall",
		"Brennholm poised for Solvik to quit as mayor",
		"Read Solvik's letter: \u201cThe harbour wore me out\u201d",
		"What's behind Solvik leaving Brennholm's town hall",
		"Brennholm braces for Solvik to quit over harbour dredging fight",
		"Mayor Solvik: harbour dredging champion, Brennholm veteran",
		"Solvik leaving Brennholm's town hall, explained",
	} {
		fs := slices.Clone(unnamedFirst)
		fs[0].title = title
		c, tr, _ := run(t, DefaultConfig(), docsOf(fs))
		s, ok := c.Story(tr.Event("un-a"))
		if !ok {
			t.Fatal("event not active")
		}
		if s.TitleArticle == "un-a" {
			t.Errorf("title %q, want a straight report's headline", s.Title)
		}
	}
}

func TestAnticipates(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Solvik will quit as mayor", false}, // a decision, reported
		{"Brennholm prepares to vote on Solvik", true},
		{"Brennholm poised for harbour vote", true},
		{"Brennholm braces for storm", true},
		{"Brennholm council set to vote on dredging", true},
		{"Solvik quits as mayor", false},
		{"Solvik says \u201cwe will win\u201d before quitting", false},
		{"Solvik won't stay as mayor", false},
		{"Insiders: Lind will win the Brennholm vote", true},
		{"Experts: Solvik on track to keep the harbour seat", true},
		{"Solvik: harbour dredging will start in May", false}, // a decision, announced
		{"Harbour panel: Brennholm will not dredge", false},
	} {
		if got := anticipates(tc.title); got != tc.want {
			t.Errorf("anticipates(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

func TestDescribes(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Ilse Varga: harbour pilot, proven navigator", true},
		{"Solvik: dredging champion and Brennholm veteran", true},
		{"Brennholm: mayor quits", false},               // a verb
		{"Harbour crash: 12 die in the fog", false},     // a verb
		{"Varga: Council will vote on the tram", false}, // capitalised report
		{"Solvik: 'no regrets' after eleven years", false},
		{"Police: one suspect dead, another on the run", false},
		{"Varga Harbour: The pilot station's long record at sea", true}, // a possessive is no verb
		{"Brennholm: A new pier for the old town", true},
		{"Varga: The council votes on the tram", false},      // a verb after the article
		{"Lind: A pilot Shouldn’t Be Mayor", false},          // Title Case, a verb
		{"Solvik: The 'harbour king' of Brennholm", false},   // a quotation
		{"Brennholm harbour pilot, proven navigator", false}, // no label
	} {
		if got := describes(tc.title); got != tc.want {
			t.Errorf("describes(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

func TestShoutedLabel(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"EXTORTION: Mayor threatens to withhold the budget", true},
		{"BREAKING NEWS: Ferry sinks", true},
		{"Brennholm: mayor quits", false},
		{"UN: talks resume", false},
		{"Mayor quits after eleven years", false},
	} {
		if got := shoutedLabel(tc.title); got != tc.want {
			t.Errorf("shoutedLabel(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}
