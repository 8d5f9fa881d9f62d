package clean

import "github.com/parallax-news/parallax/internal/article"

// Lesson is what one stored article teaches its outlet's model: the keys
// of its paragraphs and the day it was published. A store learns lessons
// in the transaction that stores the articles (see store.CleanStore).
type Lesson struct {
	Outlet string
	Keys   []uint64
	Day    int32 // Day(published); 0 when undated
}

// LessonOf returns what an article teaches: the keys of its paragraphs
// not among old (the keys of the revision it replaces, if any).
func LessonOf(a *article.Article, old []uint64) Lesson {
	keys := Keys(a.Paragraphs)
	if len(old) > 0 {
		seen := make(map[uint64]bool, len(old))
		for _, k := range old {
			seen[k] = true
		}
		kept := keys[:0]
		for _, k := range keys {
			if !seen[k] {
				kept = append(kept, k)
			}
		}
		keys = kept
	}
	// An undated article has no day: the day it was stored says nothing
	// of when it was published.
	return Lesson{Outlet: a.Outlet, Keys: keys, Day: Day(a.Published.Time)}
}

// GroupLessons groups lessons by outlet, the outlets in the order they
// first come; a lesson without an outlet has no model to teach and is
// left out.
func GroupLessons(ls []Lesson) (outlets []string, by map[string][]Lesson) {
	by = map[string][]Lesson{}
	for _, l := range ls {
		if l.Outlet == "" {
			continue
		}
		if _, ok := by[l.Outlet]; !ok {
			outlets = append(outlets, l.Outlet)
		}
		by[l.Outlet] = append(by[l.Outlet], l)
	}
	return outlets, by
}
