package view

import (
	"context"
	"sort"
	"time"

	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/store"
)

// Outlet is one outlet as `outlets show --json` prints it and the API
// returns it: its record and ratings, its volume over time, the events it
// covered that most outlets covered, how often it reported first, the
// copies it took and gave, and the words and names that set its coverage
// apart.
type Outlet struct {
	outlet.Outlet
	Volume Volume `json:"volume"`
	// Stories are its stories that the most outlets covered, with their
	// coverage by lean; StoriesTotal counts all its stories.
	Stories      []OutletStory `json:"stories"`
	StoriesTotal int           `json:"stories_total"`
	First        FirstStats    `json:"first"`
	Copies       OutletCopies  `json:"copies"`
	// Words are the words and names (as phrases) it uses more than the
	// other outlets covering the same stories, measured on WordsArticles
	// of its articles against WordsOtherArticles of theirs.
	Words              []compare.Word `json:"words"`
	WordsArticles      int            `json:"words_articles"`
	WordsOtherArticles int            `json:"words_other_articles"`
}

// OutletStory is one story of an outlet.
type OutletStory struct {
	outlets.Story
	// Mine counts the outlet's articles in it.
	Mine int `json:"mine"`
	// ReportedFirst is true when the outlet's first article is the
	// story's first (alone or tied).
	ReportedFirst bool `json:"reported_first"`
}

// Volume is an outlet's articles over time, by Unit (day, week or
// month), from its first dated article to its last; Undated counts the
// others.
type Volume struct {
	Unit    string   `json:"unit"`
	Periods []Period `json:"periods"`
	Undated int      `json:"undated"`
	Max     int      `json:"max"`
}

// Period is one day, week (from Monday) or month of a Volume.
type Period struct {
	Start    string `json:"start"`
	Articles int    `json:"articles"`
}

// FirstStats counts, among an outlet's stories that other outlets also
// covered and that are dated, those it reported first (alone), tied first
// (at the same time as another outlet, which a day-only date often
// means), and later.
type FirstStats struct {
	Stories int     `json:"stories"`
	First   int     `json:"first"`
	Tied    int     `json:"tied"`
	Later   int     `json:"later"`
	Share   float64 `json:"share"`
}

// OutletCopies are the copies an outlet took from other outlets and those
// others took from it, by outlet, most first.
type OutletCopies struct {
	Taken      []CopyCount `json:"taken"`
	Given      []CopyCount `json:"given"`
	TakenTotal int         `json:"taken_total"`
	GivenTotal int         `json:"given_total"`
}

// CopyCount is the copy relations with one other outlet.
type CopyCount struct {
	store.CopyCount
	Name string `json:"name"`
}

// Limits of the outlet page, so that it stays fast on a large store.
const (
	outletStoriesShown   = 12
	outletCopiesShown    = 10
	outletWordStories    = 20
	outletArticlesEach   = 4
	outletOthersEach     = 6
	outletWordsShown     = 24
	maxVolumePeriodsDays = 92
	maxVolumeWeeks       = 104
)

// OutletDetail reads one outlet (by id, name, alias, domain or URL) with
// everything its page shows; ix is the coverage index (see outlets.Load).
// Its distinctive words are read from the articles' text cleaned by rd
// (page furniture left out).
func OutletDetail(ctx context.Context, st store.Store, an *nlp.Analyzer, rd *clean.Reader, ix *outlets.Index, ref string) (Outlet, error) {
	o, err := st.Outlet(ctx, ref)
	if err != nil {
		return Outlet{}, err
	}
	out := Outlet{Outlet: o, Stories: []OutletStory{}, Words: []compare.Word{}}
	arts, err := st.OutletArticles(ctx, o.ID)
	if err != nil {
		return Outlet{}, err
	}
	out.Volume = volumeOf(arts)
	mine := map[string]int{}
	var storyIDs []string
	for _, a := range arts {
		if a.Story == "" {
			continue
		}
		if mine[a.Story] == 0 {
			storyIDs = append(storyIDs, a.Story)
		}
		mine[a.Story]++
	}
	out.StoriesTotal = len(storyIDs)
	members, err := st.StoryMembers(ctx, storyIDs)
	if err != nil {
		return Outlet{}, err
	}
	type ranked struct {
		id      string
		outlets int
		size    int
		last    int64
	}
	var rs []ranked
	firstOf := map[string]bool{}
	for _, id := range storyIDs {
		ms := members[id]
		others := map[string]bool{}
		var myFirst, otherFirst, last int64
		for _, m := range ms {
			if m.Published > last {
				last = m.Published
			}
			if m.Outlet == o.ID {
				if m.Published != 0 && (myFirst == 0 || m.Published < myFirst) {
					myFirst = m.Published
				}
				continue
			}
			if m.Outlet != "" {
				others[m.Outlet] = true
			}
			if m.Published != 0 && (otherFirst == 0 || m.Published < otherFirst) {
				otherFirst = m.Published
			}
		}
		rs = append(rs, ranked{id, len(others) + 1, len(ms), last})
		if len(others) == 0 || myFirst == 0 || otherFirst == 0 {
			continue
		}
		out.First.Stories++
		switch {
		case myFirst < otherFirst:
			out.First.First++
			firstOf[id] = true
		case myFirst == otherFirst:
			out.First.Tied++
			firstOf[id] = true
		default:
			out.First.Later++
		}
	}
	if out.First.Stories > 0 {
		out.First.Share = float64(int(1000*float64(out.First.First)/float64(out.First.Stories)+0.5)) / 1000
	}
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].outlets != rs[j].outlets {
			return rs[i].outlets > rs[j].outlets
		}
		if rs[i].size != rs[j].size {
			return rs[i].size > rs[j].size
		}
		return rs[i].last > rs[j].last || rs[i].last == rs[j].last && rs[i].id < rs[j].id
	})
	for _, r := range rs[:min(outletStoriesShown, len(rs))] {
		s, _, err := st.Story(ctx, r.id)
		if err != nil {
			return Outlet{}, err
		}
		out.Stories = append(out.Stories, OutletStory{Story: outlets.Story{Story: s, Coverage: outlet.Cover(members[r.id], ix.Leans)},
			Mine: mine[r.id], ReportedFirst: firstOf[r.id]})
	}
	taken, given, err := st.OutletCopies(ctx, o.ID)
	if err != nil {
		return Outlet{}, err
	}
	out.Copies = OutletCopies{Taken: named(taken, ix), Given: named(given, ix)}
	for _, c := range taken {
		out.Copies.TakenTotal += c.Copies
	}
	for _, c := range given {
		out.Copies.GivenTotal += c.Copies
	}
	if err := outletWords(ctx, st, an, rd, &out, storyIDs, members); err != nil {
		return Outlet{}, err
	}
	return out, nil
}

func named(cs []store.CopyCount, ix *outlets.Index) []CopyCount {
	out := []CopyCount{}
	for _, c := range cs[:min(outletCopiesShown, len(cs))] {
		c.Share = float64(int(c.Share*1000+0.5)) / 1000
		out = append(out, CopyCount{CopyCount: c, Name: ix.Names[c.Outlet]})
	}
	return out
}

// outletWords measures the words and names that set an outlet's articles
// apart from the other outlets' articles in its newest shared stories.
func outletWords(ctx context.Context, st store.Store, an *nlp.Analyzer, rd *clean.Reader, out *Outlet, storyIDs []string, members map[string][]outlet.Member) error {
	type cand struct {
		id   string
		last int64
	}
	var cs []cand
	for _, id := range storyIDs {
		ms := members[id]
		shared, last := false, int64(0)
		for _, m := range ms {
			shared = shared || (m.Outlet != out.ID && m.Outlet != "")
			last = max(last, m.Published)
		}
		if shared {
			cs = append(cs, cand{id, last})
		}
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].last > cs[j].last || cs[i].last == cs[j].last && cs[i].id < cs[j].id })
	mine, others := compare.NewWordCounts(), compare.NewWordCounts()
	for _, c := range cs[:min(outletWordStories, len(cs))] {
		nMine, nOther := 0, 0
		for _, m := range members[c.id] {
			isMine := m.Outlet == out.ID
			switch {
			case isMine && nMine < outletArticlesEach:
				nMine++
			case !isMine && nOther < outletOthersEach:
				nOther++
			default:
				continue
			}
			a, err := st.Get(ctx, m.Article)
			if err != nil {
				return err
			}
			if a, _, err = rd.Masked(ctx, a); err != nil {
				return err
			}
			res := an.Analyze(nlp.Input{Title: a.Title, Paragraphs: a.Paragraphs, Lang: a.Language})
			if isMine {
				addPhrases(mine, res)
			} else {
				addPhrases(others, res)
			}
		}
		out.WordsArticles += nMine
		out.WordsOtherArticles += nOther
	}
	if w := compare.DistinctiveWords(mine, others, outletWordsShown); w != nil {
		out.Words = w
	}
	return nil
}

// volumeOf counts articles by day, week or month, whichever keeps the
// periods few enough to draw.
func volumeOf(arts []store.OutletArticle) Volume {
	v := Volume{Periods: []Period{}}
	var first, last time.Time
	for _, a := range arts {
		if a.Published.IsZero() {
			v.Undated++
			continue
		}
		if first.IsZero() || a.Published.Before(first) {
			first = a.Published
		}
		if a.Published.After(last) {
			last = a.Published
		}
	}
	if first.IsZero() {
		v.Unit = "month"
		return v
	}
	span := last.Sub(first)
	start := func(t time.Time) time.Time {
		t = t.UTC()
		d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		switch v.Unit {
		case "week":
			return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
		case "month":
			return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		}
		return d
	}
	next := func(t time.Time) time.Time {
		switch v.Unit {
		case "week":
			return t.AddDate(0, 0, 7)
		case "month":
			return t.AddDate(0, 1, 0)
		}
		return t.AddDate(0, 0, 1)
	}
	switch {
	case span <= maxVolumePeriodsDays*24*time.Hour:
		v.Unit = "day"
	case span <= maxVolumeWeeks*7*24*time.Hour:
		v.Unit = "week"
	default:
		v.Unit = "month"
	}
	counts := map[time.Time]int{}
	for _, a := range arts {
		if !a.Published.IsZero() {
			counts[start(a.Published)]++
		}
	}
	for t := start(first); !t.After(start(last)); t = next(t) {
		n := counts[t]
		v.Periods = append(v.Periods, Period{Start: t.Format("2006-01-02"), Articles: n})
		v.Max = max(v.Max, n)
	}
	return v
}
