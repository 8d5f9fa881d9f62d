package story

// recentKeep is how many of the latest articles' events are remembered
// for the copies that may follow them.
const recentKeep = 1 << 16

// recentStories remembers the event of each of the latest recentKeep
// articles.
type recentStories struct {
	story map[string]string
	order []string // article ids, oldest first, as a ring
	next  int
}

// put remembers that article joined event story.
func (r *recentStories) put(article, story string) {
	if r.story == nil {
		r.story = make(map[string]string)
	}
	if len(r.order) < recentKeep {
		r.order = append(r.order, article)
	} else {
		delete(r.story, r.order[r.next])
		r.order[r.next] = article
		r.next = (r.next + 1) % recentKeep
	}
	r.story[article] = story
}

// move notes that article, if remembered, is now in event story.
func (r *recentStories) move(article, story string) {
	if _, ok := r.story[article]; ok {
		r.story[article] = story
	}
}

// sourceEvent returns the active event that d, a copy, should join: the
// event of its source (SourceStory, else the event a recent CopyOf
// article joined), following merges; nil when d is no copy or that event
// is no longer active.
func (c *Clusterer) sourceEvent(d Doc) *event {
	id := d.SourceStory
	if id == "" && d.CopyOf != "" {
		id = c.recent.story[d.CopyOf]
	}
	if id == "" {
		return nil
	}
	serial, ok := c.byID[c.Resolve(id)]
	if !ok {
		return nil
	}
	e := c.events[serial]
	if c.idle(e) {
		return nil
	}
	return e
}
