package view

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/outlet"
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

	// analyses are the analyses of the first articles that StoryDetail
	// read for the names, kept for Report so that they are not done twice.
	analyses []*nlp.Analysis
	// Coverage is how the story's outlets spread over the spectrum; nil
	// when the store keeps no outlets.
	Coverage *outlet.Coverage `json:"coverage,omitempty"`
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
	// Merged is true for an article that started an event merged into
	// this story later: the story has one starter, the first member that
	// started an event.
	Merged bool `json:"merged,omitempty"`
	MemberOutlet
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
	// Coverage is the story's coverage by lean (see Story); OneSided
	// lists the facts that only outlets of one side report.
	Coverage *outlet.Coverage `json:"coverage,omitempty"`
	OneSided []OneSidedFact   `json:"one_sided,omitempty"`
	*compare.Report
}

// threadOfStory returns the match keys and stems of a story's storyline
// as the story's articles (read) write them: a key is the name of the
// linked entity it names (see displayed), else the whole name it is a
// piece of ("cortez", "hampshire"; see titleNames.name), and the names are
// shown as threadNames shows them; a key or stem the articles do not hold
// is left out.
func threadOfStory(read []*nlp.Analysis, keys, stems []string, nm *nlp.Naming) ([]string, []string) {
	names, words, keyOK, stemOK := displayed(read, keys, stems, nm)
	tn := newTitleNames(read, keys, nil, nm)
	for i, k := range keys {
		if !keyOK[i] {
			names[i] = tn.name(k)
			keyOK[i] = names[i] != ""
		}
	}
	shown := threadNames(kept(names, keyOK), nm)
	return shown, withoutAbbreviations(withoutNameWords(kept(words, stemOK), shown), shown)
}

// NamesFrom is how many of a story's articles are read for its names.
const NamesFrom = 50

// CompareAtMost is how many of a story's articles a report compares (the
// first to join).
const CompareAtMost = 100

// StoryDetail reads one story (by id, unique prefix or the id of a story
// merged into it) with its members and why each joined. The articles it
// returns (for Report) are cleaned with rd: page furniture blanked out.
func StoryDetail(ctx context.Context, st store.Store, an *nlp.Analyzer, rd *clean.Reader, id string) (Story, []*article.Article, error) {
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
			masked, _, err := rd.Masked(ctx, art)
			if err != nil {
				return Story{}, nil, err
			}
			// Cleaning blanks credit lines: the wire agencies the
			// article credits are read before (compare.WireCredits).
			masked.WireCredits = compare.WireCredits(art)
			arts = append(arts, masked)
		}
	}
	markMerged(out.Members)
	out.analyses = analyze(an, arts[:min(NamesFrom, len(arts))])
	nm := an.Naming(nlp.DefaultLang)
	out.Names = displayNames(mainNames(out.analyses, 8, nm), nm)
	out.Story.Entities, out.Story.Terms = display(out.analyses[:min(displayFrom, len(out.analyses))], out.Story.Entities, out.Story.Terms, nm)
	displayJoinTerms(out.analyses, out.Members, nm)
	if err := addOutlets(ctx, st, &out); err != nil {
		return Story{}, nil, err
	}
	if out.Thread, err = StorylineOf(ctx, st, s); err != nil {
		return Story{}, nil, err
	}
	if th := out.Thread; th != nil {
		// The storyline's match keys and stems, as this story's
		// articles write them; a key that is no name of theirs but a
		// piece of one ("cortez", "hampshire") is that whole name (see
		// titleNames.name); those they do not hold are left out.
		th.Entities, th.Terms = threadOfStory(out.analyses[:min(displayFrom, len(out.analyses))], th.Entities, th.Terms, nm)
	}
	return out, arts[:min(CompareAtMost, len(arts))], nil
}

// displayJoinTerms shows the terms each member joined on (the match keys
// and stems the clusterer stored with its decision: "jared golden",
// "articl") as the story's articles write them ("Jared Golden",
// "articles"), each once; a term they do not hold is left out, so that a
// reader never sees a stem. One pass over the analyses for all members.
func displayJoinTerms(all []*nlp.Analysis, ms []Member, nm *nlp.Naming) {
	var terms []string
	for _, m := range ms {
		terms = append(terms, m.Joined.TopTerms...)
	}
	if len(terms) == 0 {
		return
	}
	keys, stems, keyFound, stemFound := displayed(all, terms, terms, nm)
	at := 0
	for i := range ms {
		n := len(ms[i].Joined.TopTerms)
		var out []string
		seen := map[string]bool{}
		for k := at; k < at+n; k++ {
			w := ""
			switch {
			case keyFound[k]:
				w = keys[k]
			case stemFound[k]:
				w = stems[k]
			}
			if w != "" && !seen[strings.ToLower(w)] {
				seen[strings.ToLower(w)] = true
				out = append(out, w)
			}
		}
		ms[i].Joined.TopTerms = withoutPartWords(out)
		at += n
	}
}

// withoutPartWords returns terms without the one-word terms that are a
// word of a longer term among them ("Tulsi" beside "Tulsi Gabbard"), in
// order.
func withoutPartWords(terms []string) []string {
	part := map[string]bool{}
	for _, t := range terms {
		if ws := strings.Fields(t); len(ws) > 1 {
			for _, w := range ws {
				part[strings.ToLower(w)] = true
			}
		}
	}
	out := terms[:0]
	for _, t := range terms {
		if strings.Contains(t, " ") || !part[strings.ToLower(t)] {
			out = append(out, t)
		}
	}
	return out
}

// displayFrom is how many of a story's articles are read to show its
// match keys and stems as the articles write them.
const displayFrom = 10

// Display turns a story's entity match keys ("mark pettibone") and term
// stems ("protest") into the names and words its articles write ("Mark
// Pettibone", "protests"): for a key, the name of the linked entity whose
// form or name it matches, else the form the articles write most often;
// for a stem, the word with that stem the articles use most. A stem the
// articles do not hold is kept as it is; a key they do not hold is left
// out, and the names are shown as displayNames shows them (each entity
// once, in full, without titles): a reader never sees a match key.
func Display(an *nlp.Analyzer, arts []*article.Article, keys, stems []string) ([]string, []string) {
	return display(analyze(an, arts), keys, stems, an.Naming(nlp.DefaultLang))
}

// display is Display over the articles' analyses; the names are shown as
// displayNames shows them, with nm's titles.
func display(all []*nlp.Analysis, keys, stems []string, nm *nlp.Naming) ([]string, []string) {
	outKeys, outStems, _, _ := displayed(all, keys, stems, nm)
	names := displayNames(outKeys, nm)
	return names, withoutNameWords(outStems, names)
}

// withoutNameWords returns the words that are no word of a shown name: a
// story listed with "El Paso" needs no words "El" and "Paso" beside it.
func withoutNameWords(words, names []string) []string {
	in := map[string]bool{}
	for _, n := range names {
		for _, w := range strings.Fields(n) {
			in[strings.ToLower(w)] = true
		}
	}
	out := words[:0:0]
	for _, w := range words {
		if !in[strings.ToLower(w)] {
			out = append(out, w)
		}
	}
	return out
}

// displayed is display that also says which keys and stems the articles
// hold (the others are returned as they are).
func displayed(all []*nlp.Analysis, keys, stems []string, nm *nlp.Naming) (outKeys, outStems []string, keyFound, stemFound []bool) {
	names := map[string]string{} // lower-cased name or form -> display name
	// lower-cased last word of a name of several words -> the name, ""
	// when two names end with it ("york" -> "New York"; "carolina" ->
	// "" for North and South Carolina)
	tails := map[string]string{}
	for _, e := range nlp.Link(all, nm) {
		if e.Name == "" {
			continue
		}
		for _, k := range append([]string{e.Name, e.Key}, formTexts(e.Forms)...) {
			if lk := strings.ToLower(k); names[lk] == "" {
				names[lk] = e.Name
			}
		}
		if ws := strings.Fields(e.Name); len(ws) > 1 {
			last := strings.ToLower(ws[len(ws)-1])
			if n, seen := tails[last]; !seen || n == e.Name {
				tails[last] = e.Name
			} else {
				tails[last] = ""
			}
		}
	}
	// stem -> word as written -> count; words first in a sentence or in a
	// title (capitalised whatever they are) count only when the stem is
	// nowhere else.
	words, first := map[string]map[string]int{}, map[string]map[string]int{}
	for _, a := range all {
		for _, s := range a.Sentences {
			for k, t := range s.Tokens {
				if t.Kind != nlp.KindWord {
					continue
				}
				into, w := words, t.Surface
				if k == 0 || s.Para == nlp.TitlePara {
					into, w = first, t.Norm
				}
				m := into[t.Stem]
				if m == nil {
					m = map[string]int{}
					into[t.Stem] = m
				}
				m[w]++
			}
		}
	}
	outKeys, keyFound = make([]string, len(keys)), make([]bool, len(keys))
	for i, k := range keys {
		outKeys[i] = k
		lk := strings.ToLower(k)
		if n := names[lk]; n != "" {
			outKeys[i], keyFound[i] = n, true
		} else if n := tails[lk]; n != "" {
			// A one-word key that the clusterer's names keep without its
			// first word ("york" of New York): the one name it ends.
			outKeys[i], keyFound[i] = n, true
		}
	}
	outStems, stemFound = make([]string, len(stems)), make([]bool, len(stems))
	for i, st := range stems {
		outStems[i] = st
		best, bestN := "", 0
		ws := words[st]
		if len(ws) == 0 {
			ws = first[st]
		}
		for w, n := range ws {
			if n > bestN || n == bestN && w < best {
				best, bestN = w, n
			}
		}
		if best != "" {
			outStems[i], stemFound[i] = best, true
		}
	}
	return outKeys, outStems, keyFound, stemFound
}

func formTexts(fs []nlp.Form) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Text
	}
	return out
}

// Report compares the first CompareAtMost articles of a story (as
// StoryDetail returned them, with s) and puts the story beside the
// comparison.
func Report(ctx context.Context, an *nlp.Analyzer, s Story, arts []*article.Article) (StoryReport, error) {
	arts = arts[:min(CompareAtMost, len(arts))]
	done := s.analyses
	for i := range done[:min(len(done), len(arts))] {
		if done[i] == nil || arts[i].ID != s.Members[i].ID {
			done = nil // not the articles StoryDetail read
			break
		}
	}
	rep, err := compare.CompareAnalyzed(ctx, underOutlets(arts, s.Members), done, an)
	if err != nil {
		return StoryReport{}, err
	}
	markKinds(rep, arts)
	rep.SameStory, rep.Story = true, storedCheck(s, len(arts))
	title := ReportTitle(rep, s.Title)
	return StoryReport{ID: s.ID, Title: title, Summary: s.Story, Overview: Overview(rep, title), MainNames: s.Names,
		Members: s.Members, Storyline: s.Thread, Coverage: s.Coverage, OneSided: oneSided(s, rep), Report: rep}, nil
}

// markKinds sets the kind of rep's articles whose outlet's name as the
// input gave it is an opinion section ("Fox News Opinion", "The Week -
// Opinion"): the comparison reads arts under their outlet records' names
// (see underOutlets), which no longer say so.
func markKinds(rep *compare.Report, arts []*article.Article) {
	raw := make(map[string]string, len(arts))
	for _, a := range arts {
		raw[a.ID] = a.Outlet
	}
	for i, a := range rep.Articles {
		if a.Kind == "" {
			rep.Articles[i].Kind = compare.OutletKind(raw[a.ID])
		}
	}
}

// storedCheck says why the n compared articles of stored story s are one
// event: the clusterer put them there as they arrived, weighing each
// against the whole stream. (The comparison's own check clusters the few
// articles it is given with no stream to weigh their words by, and would
// contradict the event the page shows.)
func storedCheck(s Story, n int) compare.StoryCheck {
	ck := compare.StoryCheck{Score: 1, Shared: s.Names[:min(len(s.Names), 5)]}
	joined := 0
	for _, m := range s.Members[:min(len(s.Members), n)] {
		if !m.Joined.New && !m.Merged {
			ck.Score = min(ck.Score, m.Joined.Score)
			joined++
		}
	}
	if joined == 0 {
		ck.Score = 0
		ck.Reason = "one stored event"
		return ck
	}
	ck.Reason = fmt.Sprintf("Parallax put them in one event as they arrived, each weighed against the whole stream (the weakest joined at %.2f)", ck.Score)
	return ck
}

// underOutlets returns arts with each article's outlet the display name of
// its outlet record, where the store has folded it into one: the
// comparison counts and names outlets as the story page's columns do, so
// two sections of one outlet are one outlet and a byline-like source name
// ("Guest Writer - Left" of a cnn.com page) is shown as the outlet. arts
// itself is left as it was; articles without a record keep their name.
func underOutlets(arts []*article.Article, members []Member) []*article.Article {
	name := make(map[string]string, len(members))
	for _, m := range members {
		if m.OutletID != "" && m.OutletName != "" {
			name[m.ID] = m.OutletName
		}
	}
	var out []*article.Article
	for i, a := range arts {
		n, ok := name[a.ID]
		if !ok || n == a.Outlet {
			continue
		}
		if out == nil {
			out = slices.Clone(arts)
		}
		c := *a
		c.Outlet = n
		out[i] = &c
	}
	if out == nil {
		return arts
	}
	return out
}

// MainNames returns the n people, organisations and places that the most
// articles mention (then the most mentioned), each under its canonical
// name; with several articles, only names at least two of them use.
func MainNames(an *nlp.Analyzer, arts []*article.Article, n int) []string {
	return mainNames(analyze(an, arts), n, an.Naming(nlp.DefaultLang))
}

// analyze analyses each article.
func analyze(an *nlp.Analyzer, arts []*article.Article) []*nlp.Analysis {
	all := make([]*nlp.Analysis, len(arts))
	for i, a := range arts {
		all[i] = an.Analyze(nlp.Input{Title: a.Title, Paragraphs: a.Paragraphs, Lang: a.Language})
	}
	return all
}

// mainNames is MainNames over the articles' analyses.
func mainNames(all []*nlp.Analysis, n int, nm *nlp.Naming) []string {
	type ranked struct {
		name           string
		articles, uses int
	}
	var rs []ranked
	for _, e := range nlp.Link(all, nm) {
		seen := map[int]bool{}
		for _, m := range e.Members {
			seen[m.Article] = true
		}
		// With several articles, a name only one of them uses is not
		// what the story is about (and is often a capitalised common
		// word such as "Experts").
		if len(e.Forms) == 0 || e.Type == nlp.Other || (len(all) > 1 && len(seen) < 2) {
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

// markMerged marks the members that started an event merged into the
// story later: every member that started an event after the first (the
// members are in the order they joined).
func markMerged(ms []Member) {
	started := false
	for i := range ms {
		if ms[i].Joined.New {
			ms[i].Merged, started = started, true
		}
	}
}
