package story

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"
	"time"
)

// runAll adds docs to a new Clusterer and returns its decisions.
func runAll(t *testing.T, cfg Config, docs []Doc) (*Clusterer, []Decision) {
	t.Helper()
	c := New(cfg, nil)
	var out []Decision
	for _, d := range docs {
		out = append(out, c.Add(d))
	}
	return c, out
}

func TestClustererSeparatesLookAlikeEvents(t *testing.T) {
	docs, events := fixtureDocs()
	c, decs := runAll(t, DefaultConfig(), docs)
	storyOf := map[string]string{}
	for _, d := range decs {
		storyOf[d.Article] = c.Resolve(d.Story)
	}
	for _, a := range fixtures {
		for _, b := range fixtures {
			same := storyOf[a.id] == storyOf[b.id]
			if want := events[a.id] == events[b.id]; same != want {
				t.Errorf("%s and %s: same story %v, want %v", a.id, b.id, same, want)
			}
		}
	}
}

func TestDecisionExplains(t *testing.T) {
	docs, _ := fixtureDocs()
	_, decs := runAll(t, DefaultConfig(), docs)
	joined := 0
	for _, d := range decs {
		if d.Story == "" || d.Article == "" {
			t.Fatalf("decision without ids: %+v", d)
		}
		if d.New {
			continue
		}
		joined++
		for _, part := range []string{"words", "entities", "title", "time"} {
			if _, ok := d.Parts[part]; !ok {
				t.Errorf("%s: part %q missing in %v", d.Article, part, d.Parts)
			}
		}
		if d.Score < DefaultConfig().Threshold || len(d.TopTerms) == 0 {
			t.Errorf("%s: score %.3f, top terms %v", d.Article, d.Score, d.TopTerms)
		}
	}
	if joined != 8 {
		t.Errorf("%d articles joined a story, want 8", joined)
	}
}

func TestTimeSplitsRepeatedEvent(t *testing.T) {
	a := fixtures[0].doc()
	b := fixtures[1].doc()
	b.Published = a.Published.Add(120 * 24 * time.Hour)
	_, decs := runAll(t, DefaultConfig(), []Doc{a, b})
	if !decs[1].New {
		t.Errorf("same text four months later joined story %s (score %.3f)", decs[1].Story, decs[1].Score)
	}
	b.Published = a.Published.Add(24 * time.Hour)
	_, decs = runAll(t, DefaultConfig(), []Doc{a, b})
	if decs[1].New {
		t.Errorf("same event a day later started a new story (best %.3f)", decs[1].Score)
	}
}

func TestStorySummary(t *testing.T) {
	docs, _ := fixtureDocs()
	c, decs := runAll(t, DefaultConfig(), docs)
	var id string
	for _, d := range decs {
		if d.Article == "q1-a" {
			id = d.Story
		}
	}
	s, ok := c.Story(id)
	if !ok {
		t.Fatalf("story %s not active", id)
	}
	if want := []string{"q1-a", "q1-b", "q1-c"}; !reflect.DeepEqual(s.Articles, want) {
		t.Errorf("articles %v, want %v", s.Articles, want)
	}
	if want := []string{"coastpost.example", "dailyledger.example", "northwire.example"}; !reflect.DeepEqual(s.Outlets, want) {
		t.Errorf("outlets %v, want %v", s.Outlets, want)
	}
	if !s.First.Equal(day("2031-03-04")) || !s.Last.Equal(day("2031-03-05")) {
		t.Errorf("span %v .. %v", s.First, s.Last)
	}
	if s.Title == "" || len(s.Entities) == 0 || len(s.Terms) == 0 {
		t.Errorf("summary incomplete: %+v", s)
	}
	if !contains(s.Entities, "velmora") {
		t.Errorf("entities %v lack velmora", s.Entities)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestDeterministic(t *testing.T) {
	docs, _ := fixtureDocs()
	_, a := runAll(t, DefaultConfig(), docs)
	c := New(DefaultConfig(), nil)
	var b []Decision
	if err := c.AddAll(context.Background(), docs, 3, func(d Decision) { b = append(b, d) }); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Errorf("Add and AddAll differ:\n%v\n%v", a, b)
	}
}

func TestSnapshotResume(t *testing.T) {
	docs, _ := fixtureDocs()
	full, want := runAll(t, DefaultConfig(), docs)
	for cut := 1; cut < len(docs); cut += 3 {
		c, got := runAll(t, DefaultConfig(), docs[:cut])
		b, err := json.Marshal(c.Snapshot())
		if err != nil {
			t.Fatal(err)
		}
		var st State
		if err := json.Unmarshal(b, &st); err != nil {
			t.Fatal(err)
		}
		r, err := Resume(st, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs[cut:] {
			got = append(got, r.Add(d))
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("cut %d: resumed decisions differ", cut)
		}
		if !reflect.DeepEqual(r.Active(), full.Active()) {
			t.Errorf("cut %d: resumed stories differ", cut)
		}
	}
}

func TestResumeRejectsBadState(t *testing.T) {
	st := New(DefaultConfig(), nil).Snapshot()
	st.DF = st.DF[:len(st.DF)-1]
	if _, err := Resume(st, nil); err == nil {
		t.Error("truncated sketch accepted")
	}
	st.Version = 99
	if _, err := Resume(st, nil); err == nil {
		t.Error("unknown version accepted")
	}
}

func TestRepairMergesAndResolves(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Threshold = 0.99 // every article starts a story ...
	cfg.MergeThreshold = 0.3
	cfg.RepairEvery = 1 // ... and repair merges those of one event
	docs, events := fixtureDocs()
	c, decs := runAll(t, cfg, docs)
	if len(c.Merges()) == 0 {
		t.Fatal("no merges")
	}
	for _, m := range c.Merges() {
		if c.Resolve(m.From) == m.From || m.Score < cfg.MergeThreshold {
			t.Errorf("merge %+v does not resolve", m)
		}
	}
	byStory := map[string]string{}
	for _, d := range decs {
		s := c.Resolve(d.Story)
		if e, ok := byStory[s]; ok && e != events[d.Article] {
			t.Errorf("repair merged %s with %s", e, events[d.Article])
		}
		byStory[s] = events[d.Article]
		if _, ok := c.Story(d.Story); !ok {
			t.Errorf("story %s of %s does not resolve to an active story", d.Story, d.Article)
		}
	}
}

func TestEvictionBoundsActiveStories(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Window = 5 * 24 * time.Hour
	c := New(cfg, nil)
	var evicted []Story
	c.OnEvict(func(s Story) { evicted = append(evicted, s) })
	start := day("2030-01-01")
	for i := range 400 {
		d := fixtures[i%len(fixtures)].doc()
		d.ID = d.ID + "-" + time.Duration(i).String()
		d.Published = start.Add(time.Duration(i) * 24 * time.Hour)
		c.Add(d)
		if c.ActiveCount() > 20 {
			t.Fatalf("after %d articles %d stories are active", i+1, c.ActiveCount())
		}
	}
	if len(evicted) == 0 {
		t.Error("no story evicted")
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
		t.Errorf("%d active stories, MaxActive 3", c.ActiveCount())
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
