package view

import (
	"context"
	"sort"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
)

// Story is one stored story with its members: what `story` prints.
type Story struct {
	store.Story
	// Names are the people, organisations and places most of the story's
	// articles mention, as written (the analysis of its first articles).
	Names []string `json:"names"`
	// Members are the story's articles in the order they joined, each
	// with why it joined.
	Members []Member `json:"members"`
	// Thread is the summary of the story's storyline (nil when it has
	// none yet); the JSON of a story has its id in "storyline".
	Thread *store.Storyline `json:"-"`
}

// Member is one article of a story.
type Member struct {
	ID        string       `json:"id"`
	Outlet    string       `json:"outlet"`
	Title     string       `json:"title"`
	Published article.Date `json:"published"`
	URL       string       `json:"url,omitempty"`
	// Joined says why the article joined (or started) the story.
	Joined store.Assignment `json:"joined"`
}

// StoryReport is what `story --json` prints and the API returns for a
// story: the comparison of the story's articles at the top level
// (same_story, articles, facts, quotes, names, terms, numbers, copies,
// timeline), with the stored story's id, title, summary, main names and
// members beside it.
type StoryReport struct {
	ID      string      `json:"id"`
	Title   string      `json:"title"`
	Summary store.Story `json:"summary"`
	// Overview is a one-paragraph extractive summary: the sentences that
	// state the facts most of the story's articles share (see Overview).
	Overview  string   `json:"overview"`
	MainNames []string `json:"main_names"`
	Members   []Member `json:"members"`
	// Storyline is the summary of the storyline the story belongs to,
	// null when it has none yet.
	Storyline *store.Storyline `json:"storyline"`
	*compare.Report
}

// NamesFrom is how many of a story's articles are read for its names.
const NamesFrom = 50

// CompareAtMost is how many of a story's articles a report compares (the
// first to join).
const CompareAtMost = 100

// StoryDetail reads one story (by id, unique prefix or the id of a story
// merged into it) with its members and why each joined.
func StoryDetail(ctx context.Context, st StoryStores, an *nlp.Analyzer, id string) (Story, []*article.Article, error) {
	s, as, err := st.Story(ctx, id)
	if err != nil {
		return Story{}, nil, err
	}
	out := Story{Story: s, Members: make([]Member, 0, len(as))}
	var arts []*article.Article
	for _, asg := range as {
		m := Member{ID: asg.Article, Joined: asg}
		art, err := st.Get(ctx, asg.Article)
		if err != nil {
			return Story{}, nil, err
		}
		m.Outlet, m.Title, m.Published, m.URL = art.Outlet, art.Title, art.Published, art.URL
		out.Members = append(out.Members, m)
		if len(arts) < max(NamesFrom, CompareAtMost) {
			arts = append(arts, art)
		}
	}
	out.Names = MainNames(an, arts[:min(NamesFrom, len(arts))], 8)
	if out.Thread, err = StorylineOf(ctx, st, s); err != nil {
		return Story{}, nil, err
	}
	return out, arts[:min(CompareAtMost, len(arts))], nil
}

// Report compares the first CompareAtMost articles of a story (as
// StoryDetail returned them) and puts the story beside the comparison.
func Report(ctx context.Context, an *nlp.Analyzer, s Story, arts []*article.Article) (StoryReport, error) {
	rep, err := compare.Compare(ctx, arts[:min(CompareAtMost, len(arts))], an)
	if err != nil {
		return StoryReport{}, err
	}
	return StoryReport{ID: s.ID, Title: s.Title, Summary: s.Story, Overview: Overview(rep, s.Title), MainNames: s.Names,
		Members: s.Members, Storyline: s.Thread, Report: rep}, nil
}

// MainNames returns the n people, organisations and places that the most
// articles mention (then the most mentioned), each under its canonical
// name; with several articles, only names at least two of them use.
func MainNames(an *nlp.Analyzer, arts []*article.Article, n int) []string {
	all := make([]*nlp.Analysis, len(arts))
	for i, a := range arts {
		all[i] = an.Analyze(nlp.Input{Title: a.Title, Paragraphs: a.Paragraphs, Lang: a.Language})
	}
	type ranked struct {
		name           string
		articles, uses int
	}
	var rs []ranked
	for _, e := range nlp.Link(all) {
		seen := map[int]bool{}
		for _, m := range e.Members {
			seen[m.Article] = true
		}
		// With several articles, a name only one of them uses is not
		// what the story is about (and is often a capitalised common
		// word such as "Experts").
		if len(e.Forms) == 0 || e.Type == nlp.Other || (len(arts) > 1 && len(seen) < 2) {
			continue
		}
		uses := 0
		for _, f := range e.Forms {
			uses += f.Count
		}
		rs = append(rs, ranked{e.Name, len(seen), uses})
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].articles != rs[j].articles {
			return rs[i].articles > rs[j].articles
		}
		return rs[i].uses > rs[j].uses
	})
	names := []string{}
	for _, r := range rs[:min(n, len(rs))] {
		names = append(names, r.name)
	}
	return names
}
