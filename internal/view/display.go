package view

import (
	"context"
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/textcase"
)

// listDisplayFrom is how many of a listed story's articles are read
// (title and lead) to show its names and words.
const listDisplayFrom = 3

// listLeadParagraphs is how many paragraphs of each of those articles
// are read.
const listLeadParagraphs = 3

// StoryReader reads a story's members and their articles.
type StoryReader interface {
	Story(ctx context.Context, id string) (store.Story, []store.Assignment, error)
	Get(ctx context.Context, id string) (*article.Article, error)
}

// DisplayStories turns the listed stories' entity match keys ("mark
// pettibone") and term stems ("protest") into the names and words their
// articles write ("Mark Pettibone", "protests"), as Display does, reading
// the title and lead of each story's first articles. A key or stem those
// do not hold is left out: a listing shows no match keys or stems. The
// names are shown as displayNames shows them: each entity once, in full,
// without titles.
func DisplayStories(ctx context.Context, st StoryReader, an *nlp.Analyzer, list []outlets.Story) error {
	nm := an.Naming(nlp.DefaultLang)
	for i := range list {
		s := &list[i].Story
		if len(s.Entities) == 0 && len(s.Terms) == 0 {
			continue
		}
		_, as, err := st.Story(ctx, s.ID)
		if err != nil {
			return fmt.Errorf("story %s: %w", s.ID, err)
		}
		var all []*nlp.Analysis
		var texts []string
		for _, asg := range as[:min(listDisplayFrom, len(as))] {
			a, err := st.Get(ctx, asg.Article)
			if err != nil {
				return fmt.Errorf("story %s: article %s: %w", s.ID, asg.Article, err)
			}
			lead := a.Paragraphs[:min(listLeadParagraphs, len(a.Paragraphs))]
			all = append(all, an.Analyze(nlp.Input{Title: a.Title, Paragraphs: lead, Lang: a.Language}))
			texts = append(texts, lead...)
		}
		keys, stems, keyOK, stemOK := displayed(all, s.Entities, s.Terms, nm)
		cased := newCasedTexts(texts)
		for j, k := range keys {
			if !keyOK[j] {
				keys[j], keyOK[j] = cased.asWritten(k)
			}
		}
		s.Entities = displayNames(kept(keys, keyOK), nm)
		s.Terms = withoutNameWords(kept(stems, stemOK), s.Entities)
	}
	return nil
}

// casedTexts are texts with their lower-cased forms, made once for the
// many keys looked up in them (see asWritten).
type casedTexts struct {
	texts, lower []string
}

// newCasedTexts lower-cases texts once; a text in which lower-casing
// changes the length of a character (or meets a byte that is not UTF-8)
// is left out, as offsets into it would not match: the same length of
// the whole is not enough ("Ⱥ" grows by a byte, "ẞ" shrinks by one).
func newCasedTexts(texts []string) casedTexts {
	c := casedTexts{texts: make([]string, 0, len(texts)), lower: make([]string, 0, len(texts))}
	for _, t := range texts {
		if textcase.LowerKeepsOffsets(t) {
			c.texts, c.lower = append(c.texts, t), append(c.lower, strings.ToLower(t))
		}
	}
	return c
}

// asWritten finds a lower-cased key in the texts as a run of whole words
// and returns it as the first text that holds it writes it.
func (c casedTexts) asWritten(key string) (string, bool) {
	if key == "" {
		return "", false
	}
	for n, lt := range c.lower {
		for from := 0; ; {
			i := strings.Index(lt[from:], key)
			if i < 0 {
				break
			}
			i += from
			if wordEdge(lt, i-1) && wordEdge(lt, i+len(key)) {
				return c.texts[n][i : i+len(key)], true
			}
			from = i + 1
		}
	}
	return key, false
}

// wordEdge reports whether the byte at i of s is outside the text or is
// not a letter or digit.
func wordEdge(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	c := s[i]
	return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80)
}

// kept returns the entries of xs whose ok is true, without repeats.
func kept(xs []string, ok []bool) []string {
	out := []string{}
	seen := map[string]bool{}
	for i, x := range xs {
		if ok[i] && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// StorylineReader reads a storyline with its events.
type StorylineReader interface {
	Storyline(ctx context.Context, id string) (store.Storyline, []store.Story, error)
}

// DisplayStorylines turns the listed storylines' entity match keys into
// names as their events' titles write them ("donald trump" gives "Donald
// Trump"), shown as displayNames shows them: each entity once, in full,
// without titles, and their term stems into the words the titles write
// ("deleg" gives "delegates"). A key or stem no event title holds is left
// out, and a word of a name shown is not shown again, so that a listing
// shows no match keys or stems.
func DisplayStorylines(ctx context.Context, st StorylineReader, an *nlp.Analyzer, list []store.Storyline) error {
	nm := an.Naming(nlp.DefaultLang)
	for i := range list {
		l := &list[i]
		if len(l.Entities) == 0 && len(l.Terms) == 0 {
			continue
		}
		_, evs, err := st.Storyline(ctx, l.ID)
		if err != nil {
			return fmt.Errorf("storyline %s: %w", l.ID, err)
		}
		l.Entities = storylineNames(l.Entities, eventTitles(evs), nm)
		l.Terms = newTitleVocab(an, evs, l.Terms, nm).words(l.Terms, l.Entities)
	}
	return nil
}

// titleVocab maps term stems to the words a storyline's event titles
// write them as (see newTitleVocab).
type titleVocab map[string]string

// newTitleVocab analyses the titles of evs together, once, and finds the
// word each of stems is written as, the most used form; headlines
// capitalise most words, so a word some title writes in small letters is
// kept so ("delegates", not "Delegates") while a name no title writes
// small keeps its capital ("Klobuchar"). A stem no title holds is not in
// it.
func newTitleVocab(an *nlp.Analyzer, evs []store.Story, stems []string, nm *nlp.Naming) titleVocab {
	if len(stems) == 0 {
		return nil
	}
	titles := make([]string, 0, len(evs))
	for _, e := range evs {
		if e.Title != "" {
			titles = append(titles, e.Title)
		}
	}
	all := []*nlp.Analysis{an.Analyze(nlp.Input{Paragraphs: titles, Lang: nlp.DefaultLang})}
	_, words, _, found := displayed(all, nil, stems, nm)
	small := map[string]bool{}
	for _, sn := range all[0].Sentences {
		for _, t := range sn.Tokens {
			if t.Kind == nlp.KindWord && t.Surface == t.Norm {
				small[t.Norm] = true
			}
		}
	}
	v := make(titleVocab, len(stems))
	for i, st := range stems {
		if !found[i] {
			continue
		}
		w := words[i]
		if lw := strings.ToLower(w); small[lw] {
			w = lw
		}
		v[st] = w
	}
	return v
}

// words returns the stems as the titles write them, each once, without
// those no title holds and the words of the names shown.
func (v titleVocab) words(stems, names []string) []string {
	if len(stems) == 0 {
		return stems
	}
	out := []string{}
	seen := map[string]bool{}
	for _, st := range stems {
		if w, ok := v[st]; ok && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return withoutNameWords(out, names)
}

// eventTitles returns the titles of evs, lower-cased once for
// storylineNames.
func eventTitles(evs []store.Story) casedTexts {
	titles := make([]string, len(evs))
	for i, e := range evs {
		titles[i] = e.Title
	}
	return newCasedTexts(titles)
}

// storylineNames returns keys as titles write them, without the keys none
// of them holds (see DisplayStorylines).
func storylineNames(keys []string, titles casedTexts, nm *nlp.Naming) []string {
	shown := make([]string, 0, len(keys))
	for _, k := range keys {
		if w, ok := titles.asWritten(k); ok {
			shown = append(shown, w)
		}
	}
	return displayNames(shown, nm)
}
