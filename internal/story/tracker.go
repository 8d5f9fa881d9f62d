package story

// Tracker follows where articles end up in memory: it applies each
// Decision, then the repairs and storyline changes that Drain reports, so
// that the event and storyline of every article are known after merges
// and splits. Stores do the same with their tables; evaluations and tests
// use a Tracker.
type Tracker struct {
	event   map[string]string   // article -> event
	members map[string][]string // event -> articles (may hold stale entries)
	line    map[string]string   // event -> storyline
	merged  map[string]string   // storyline -> storyline it went into
}

// NewTracker returns an empty Tracker.
func NewTracker() *Tracker {
	return &Tracker{event: map[string]string{}, members: map[string][]string{}, line: map[string]string{}, merged: map[string]string{}}
}

// Decide records a decision.
func (t *Tracker) Decide(d Decision) {
	t.event[d.Article] = d.Story
	t.members[d.Story] = append(t.members[d.Story], d.Article)
}

// Apply records what a Drain reported; call it after the decisions made
// before that Drain.
func (t *Tracker) Apply(ch Changes) {
	for _, r := range ch.Repairs {
		switch {
		case r.Merge != nil:
			for _, a := range t.members[r.Merge.From] {
				if t.event[a] == r.Merge.From {
					t.event[a] = r.Merge.Into
					t.members[r.Merge.Into] = append(t.members[r.Merge.Into], a)
				}
			}
			delete(t.members, r.Merge.From)
		case r.Split != nil:
			for _, a := range r.Split.Articles {
				t.event[a] = r.Split.Into
				t.members[r.Split.Into] = append(t.members[r.Split.Into], a)
			}
		}
	}
	for _, s := range ch.Stories {
		t.line[s.ID] = s.Storyline
	}
	for _, m := range ch.StorylineMerges {
		t.merged[m.From] = m.Into
	}
}

// Event returns the event of an article ("" when unknown).
func (t *Tracker) Event(article string) string { return t.event[article] }

// Storyline returns the storyline of an article's event ("" when unknown).
func (t *Tracker) Storyline(article string) string {
	id := t.line[t.event[article]]
	for range len(t.merged) + 1 {
		into, ok := t.merged[id]
		if !ok {
			break
		}
		id = into
	}
	return id
}
