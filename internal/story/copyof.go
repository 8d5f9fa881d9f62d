package story

// recentKeep is how many of the latest articles' stories are remembered
// for the copies that may follow them.
const recentKeep = 1 << 16

// recentStories remembers the story of each of the latest recentKeep
// articles.
type recentStories struct {
	story map[string]string
	order []string // article ids, oldest first, as a ring
	next  int
}

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

// sourceStory returns the active story that d, a copy, should join: the
// story of its source (SourceStory, else the story a recent CopyOf article
// joined), following merges; nil when d is no copy or that story is no
// longer active.
func (c *Clusterer) sourceStory(d Doc) *storyState {
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
	s := c.stories[serial]
	if c.idle(s) {
		return nil
	}
	return s
}
