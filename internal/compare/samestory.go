package compare

import (
	"fmt"
	"sort"

	"github.com/parallax-news/parallax/internal/story"
)

// storyDoc converts a doc for story clustering.
func storyDoc(d *doc) story.Doc {
	sd := story.Doc{ID: d.art.ID, Outlet: d.art.Outlet, Title: d.art.Title, Paragraphs: d.art.Paragraphs}
	if !d.art.Published.IsZero() {
		sd.Published, sd.HasTime = published(d), true
	}
	for _, e := range d.an.Entities {
		n := 0
		for _, m := range e.Mentions {
			if m.Kind == "name" {
				n++
			}
		}
		sd.Entities = append(sd.Entities, story.Entity{Key: e.Key, Type: string(e.Type), Count: max(n, 1)})
	}
	return sd
}

// sameStory clusters the articles as `parallax stories` would and says
// whether they form one story.
func sameStory(docs []*doc, order []int, copies []Copy) (bool, StoryCheck) {
	copyOf := map[string]string{}
	for _, c := range copies {
		copyOf[c.Copy] = c.Source
	}
	cfg := story.DefaultConfig()
	cfg.SketchBits = sketchBits(len(docs), cfg.SketchBits)
	cl := story.New(cfg, story.NewTextExtractor())
	var ck StoryCheck
	storyOf := map[string]string{}
	minScore, joined := 1.0, 0
	shared := map[string]int{}
	for _, k := range order {
		sd := storyDoc(docs[k])
		if src, ok := copyOf[sd.ID]; ok {
			sd.CopyOf, sd.SourceStory = src, cl.Resolve(storyOf[src])
		}
		dec := cl.Add(sd)
		storyOf[sd.ID] = dec.Story
		if !dec.New {
			joined++
			minScore = min(minScore, dec.Score)
			for _, t := range dec.TopTerms {
				shared[t]++
			}
		}
	}
	groups := map[string][]string{}
	var ids []string
	for _, k := range order {
		id := docs[k].art.ID
		s := cl.Resolve(storyOf[id])
		if _, ok := groups[s]; !ok {
			ids = append(ids, s)
		}
		groups[s] = append(groups[s], id)
	}
	for t, n := range shared {
		if n == joined {
			ck.Shared = append(ck.Shared, t)
		}
	}
	sort.Strings(ck.Shared)
	if len(ids) == 1 {
		if len(docs) > 1 {
			ck.Score = round(minScore)
		}
		ck.Reason = fmt.Sprintf("all %d articles fall into one story (lowest similarity %.2f)", len(docs), ck.Score)
		return true, ck
	}
	for _, s := range ids {
		ck.Groups = append(ck.Groups, groups[s])
	}
	ck.Reason = fmt.Sprintf("the articles fall into %d different stories", len(ids))
	return false, ck
}

// sketchBits sizes the clusterer's document-frequency sketch for n
// articles: 2^13 counters per article or so (a few hundred keys each, so
// that collisions stay as rare as with the default sketch over
// CompareAtMost-sized comparisons), between 2^12 and the default. The
// default's 8 MB, allocated and cleared for every comparison, cost more
// than comparing a story of a few articles.
func sketchBits(n int, most uint) uint {
	bits := uint(12)
	for bits < most && 1<<bits < n<<13 {
		bits++
	}
	return bits
}
