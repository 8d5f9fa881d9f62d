package story

import (
	"sort"
	"time"
)

// storyState is an active story: its summary fields and its centroids.
type storyState struct {
	serial     int64 // creation order, breaks ties deterministically
	id         string
	title      string
	titleScore float64
	first      time.Time
	last       time.Time
	dated      bool
	touched    time.Time // clock at the last update
	touchedSeq int64     // article count at the last update
	size       int
	outlets    map[string]bool
	articles   []string
	years      map[int]int
	cent       [numKinds]centroid
	indexed    []uint64 // keys currently in the inverted index
	dirty      bool     // updated since the last repair pass
	cached     *probe   // probeOfStory, until the next update
}

// addArticle folds p into s.
func (s *storyState) addArticle(p prepared, pr probe, clock time.Time, seq int64) {
	titleScore := s.cent[kindTitle].cosine(pr.hvecs[kindTitle])
	for k := range s.cent {
		s.cent[k].add(pr.hvecs[k], 1)
	}
	if s.size == 0 || (p.doc.Title != "" && (s.title == "" || titleScore > s.titleScore)) {
		s.title, s.titleScore = p.doc.Title, titleScore
	}
	s.size++
	s.articles = append(s.articles, p.doc.ID)
	if p.doc.Outlet != "" {
		if s.outlets == nil {
			s.outlets = map[string]bool{}
		}
		s.outlets[p.doc.Outlet] = true
	}
	if p.doc.HasTime {
		s.extendTime(p.doc.Published, p.doc.Published)
	}
	for _, y := range p.years {
		if s.years == nil {
			s.years = map[int]int{}
		}
		s.years[y]++
	}
	s.touched, s.touchedSeq, s.dirty, s.cached = clock, seq, true, nil
}

// extendTime widens the story's time span to include [first, last].
func (s *storyState) extendTime(first, last time.Time) {
	if !s.dated {
		s.first, s.last, s.dated = first, last, true
		return
	}
	if first.Before(s.first) {
		s.first = first
	}
	if last.After(s.last) {
		s.last = last
	}
}

// absorb folds story o into s (o is being merged away).
func (s *storyState) absorb(o *storyState, clock time.Time, seq int64) {
	for k := range s.cent {
		s.cent[k].add(o.cent[k].e, 1)
	}
	s.size += o.size
	s.articles = append(s.articles, o.articles...)
	for out := range o.outlets {
		if s.outlets == nil {
			s.outlets = map[string]bool{}
		}
		s.outlets[out] = true
	}
	if o.dated {
		s.extendTime(o.first, o.last)
	}
	for y, n := range o.years {
		if s.years == nil {
			s.years = map[int]int{}
		}
		s.years[y] += n
	}
	if s.title == "" {
		s.title = o.title
	}
	s.touched, s.touchedSeq, s.dirty, s.cached = clock, seq, true, nil
}

// summary returns the public Story of s.
func (s *storyState) summary() Story {
	st := Story{ID: s.id, Title: s.title, Articles: append([]string(nil), s.articles...)}
	if s.dated {
		st.First, st.Last = s.first, s.last
	}
	st.Outlets = make([]string, 0, len(s.outlets))
	for o := range s.outlets {
		st.Outlets = append(st.Outlets, o)
	}
	sort.Strings(st.Outlets)
	pr := s.probe()
	for _, e := range pr.vecs[kindNames][:min(summaryKeep, len(pr.vecs[kindNames]))] {
		st.Entities = append(st.Entities, e.key)
	}
	for _, e := range pr.vecs[kindWords][:min(summaryKeep, len(pr.vecs[kindWords]))] {
		st.Terms = append(st.Terms, e.key)
	}
	return st
}

// indexKeys returns the keys under which s is found in the inverted index:
// its strongest words and names.
func (s *storyState) indexKeys() []uint64 {
	pr := s.probe()
	words, names := pr.vecs[kindWords], pr.vecs[kindNames]
	keys := make([]uint64, 0, indexTerms+indexNames)
	for _, e := range words[:min(indexTerms, len(words))] {
		keys = append(keys, e.h)
	}
	for _, e := range names[:min(indexNames, len(names))] {
		keys = append(keys, e.h)
	}
	return keys
}

// probe returns the story's centroids as a probe (strongest keys first),
// computing it once per update.
func (s *storyState) probe() *probe {
	if s.cached == nil {
		pr := probeOfStory(s)
		s.cached = &pr
	}
	return s.cached
}
