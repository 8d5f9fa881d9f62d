package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/store"
)

// rated is a test article whose input rated its outlet.
func rated(url, outletName, title, lean, site string) *article.Article {
	a := Article(url, outletName, title, "2026-03-02", title+" text.")
	if lean != "" || site != "" {
		a.OutletInput = &article.OutletInput{Site: site, Lean: lean, Field: "bias"}
	}
	return a
}

// valmora puts the articles of the fictional outlets the outlet tests
// read: the Valmora Times under three names, a columnist on its site, the
// Harbour Post, and an article of no outlet.
func valmora(t *testing.T, s store.Store) []*article.Article {
	arts := []*article.Article{
		rated("https://www.valmoratimes.example/1", "Valmora Times - News", "Port strike", "left", "www.valmoratimes.example"),
		rated("https://valmoratimes.example/2", "Valmora Times - News", "Port talks", "left", ""),
		rated("https://valmoratimes.example/3", "Valmora Times - Opinion", "Strike view", "left", ""),
		rated("https://valmoratimes.example/4", "Ann Writer", "A column", "right", ""),
		rated("https://harbourpost.example/1", "Harbour Post", "Strike ends", "right", ""),
		rated("", "Harbour Post", "Strike ends, wire", "right", "harbourpost.example"),
		Article("", "", "Nobody's", "2026-03-02", "Nobody's text."),
	}
	put(t, s, arts...)
	if _, err := s.SyncOutlets(context.Background()); err != nil {
		t.Fatal(err)
	}
	return arts
}

func testOutletFold(t *testing.T, s store.Store) {
	ctx := context.Background()
	v0, _ := s.OutletVersion(ctx)
	valmora(t, s)
	if v, _ := s.OutletVersion(ctx); v == v0 {
		t.Errorf("OutletVersion did not change with the fold")
	}
	if again, err := s.SyncOutlets(ctx); err != nil || again {
		t.Errorf("SyncOutlets with nothing new = %v, %v; want false", again, err)
	}
	list, err := s.Outlets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range list {
		got = append(got, fmt.Sprintf("%s:%s:%d", o.ID, o.Name, o.Articles))
	}
	if want := "[valmora-times:Valmora Times:4 harbour-post:Harbour Post:2]"; fmt.Sprint(got) != want {
		t.Errorf("Outlets = %v, want %s", got, want)
	}
	vt := list[0]
	if !reflect.DeepEqual(vt.Aliases, []string{"Valmora Times - News", "Valmora Times - Opinion"}) ||
		!reflect.DeepEqual(vt.Domains, []string{"valmoratimes.example"}) || vt.Origin != outlet.OriginAuto {
		t.Errorf("valmora-times = %+v", vt)
	}
	if vt.Lean == nil || vt.Lean.Label != outlet.LabelLeft || vt.Lean.Provenance != outlet.FromInput || vt.Side != outlet.Left {
		t.Errorf("valmora-times lean = %+v (side %s); want left from the input, not the columnist's right", vt.Lean, vt.Side)
	}
	if len(vt.Sections) != 2 || vt.Sections[0] != (outlet.Section{Name: "News", Articles: 2, Lean: vt.Sections[0].Lean}) {
		t.Errorf("sections = %+v", vt.Sections)
	}
	for _, ref := range []string{"valmora-times", "Valmora Times", "valmora times - opinion", "valmoratimes.example",
		"https://www.valmoratimes.example/any/page"} {
		if o, err := s.Outlet(ctx, ref); err != nil || o.ID != "valmora-times" {
			t.Errorf("Outlet(%q) = %s, %v; want valmora-times", ref, o.ID, err)
		}
	}
	for _, ref := range []string{"Ann Writer", "", "nowhere.example"} {
		if o, err := s.Outlet(ctx, ref); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Outlet(%q) = %s, %v; want not found", ref, o.ID, err)
		}
	}
}

func testOutletSharedHost(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s,
		rated("https://estrianotes.substack.com/p/1", "Estria Notes", "Notes one", "", ""),
		rated("https://estrianotes.substack.com/p/2", "Estria Notes", "Notes two", "", ""),
		rated("https://estrialetters.substack.com/p/1", "Estria Letters", "Letters one", "", ""),
		rated("https://medium.com/@ann/x-1", "Ann's Notebook", "Ann one", "", ""),
		rated("https://medium.com/@bob/x-1", "Bob's Notebook", "Bob one", "", ""),
	)
	if _, err := s.SyncOutlets(ctx); err != nil {
		t.Fatal(err)
	}
	list, err := s.Outlets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 4 {
		t.Errorf("%d outlets, want 4 (one per writer): %+v", len(list), list)
	}
	for _, o := range list {
		if len(o.Aliases) > 0 {
			t.Errorf("%s took other names: %v", o.ID, o.Aliases)
		}
	}
}

func testOutletEdit(t *testing.T, s store.Store) {
	ctx := context.Background()
	valmora(t, s)
	v0, _ := s.OutletVersion(ctx)
	kind, owner := "news", "Valmora Media Group"
	val := -0.5
	res, err := s.EditOutlets(ctx, []store.OutletEdit{
		{Ref: "Valmora Times", Kind: &kind, Owner: &owner, Aliases: []string{"VT"},
			Ratings: []outlet.Rating{
				{Kind: outlet.KindLean, Label: outlet.LabelLeanLeft, Value: &val, Source: "Made-up Desk", Date: "2025-11-02", Provenance: outlet.FromImport},
				{Kind: outlet.KindFactuality, Label: "high", Source: "Made-up Desk", Provenance: outlet.FromImport},
			}},
		// A new record, found later by its domain.
		{Ref: "Reddin Radio", Domains: []string{"https://www.reddinradio.example/"},
			Ratings: []outlet.Rating{{Kind: outlet.KindLean, Label: outlet.LabelCenter, Source: "me"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	out := outletsOf(t, res)
	if len(out) != 2 || res[0].Created || !res[1].Created || out[0].ID != "valmora-times" || out[0].Origin != outlet.OriginUser || out[0].Kind != "news" ||
		out[0].Owner != owner || out[0].Lean == nil || out[0].Lean.Label != outlet.LabelLeanLeft || out[0].Factuality == nil {
		t.Fatalf("edited = %+v", out)
	}
	if rr := out[1]; rr.ID != "reddin-radio" || rr.Articles != 0 || rr.Lean == nil || rr.Lean.Provenance != outlet.FromUser ||
		!reflect.DeepEqual(rr.Domains, []string{"reddinradio.example"}) {
		t.Errorf("new record = %+v", rr)
	}
	if v, _ := s.OutletVersion(ctx); v == v0 {
		t.Error("OutletVersion did not change with an edit")
	}
	// Its articles arrive later and join it by domain.
	put(t, s, rated("https://reddinradio.example/flood", "RR Newsroom", "Flood", "", ""))
	if _, err := s.SyncOutlets(ctx); err != nil {
		t.Fatal(err)
	}
	if o, err := s.Outlet(ctx, "reddinradio.example"); err != nil || o.ID != "reddin-radio" || o.Articles != 1 {
		t.Errorf("Outlet(reddinradio.example) = %+v, %v; want reddin-radio with 1 article", o, err)
	}
	if o, err := s.Outlet(ctx, "VT"); err != nil || o.ID != "valmora-times" {
		t.Errorf("Outlet(VT) = %s, %v", o.ID, err)
	}
	// The same source's rating replaces the old one; removing it leaves
	// the input's.
	val2 := -1.0
	if res, err := s.EditOutlets(ctx, []store.OutletEdit{{Ref: "valmora-times", MustExist: true,
		Ratings: []outlet.Rating{{Kind: outlet.KindLean, Label: outlet.LabelLeft, Value: &val2, Source: "Made-up Desk", Provenance: outlet.FromImport}}}}); err != nil {
		t.Fatal(err)
	} else {
		outletsOf(t, res)
	}
	o, _ := s.Outlet(ctx, "valmora-times")
	n := 0
	for _, r := range o.Ratings {
		if r.Source == "Made-up Desk" && r.Kind == outlet.KindLean {
			n++
		}
	}
	if n != 1 || o.Lean.Label != outlet.LabelLeft || o.Lean.Source != "Made-up Desk" {
		t.Errorf("after a second rating of the same source: %d such ratings, lean %+v", n, o.Lean)
	}
	if res, err := s.EditOutlets(ctx, []store.OutletEdit{{Ref: "valmora-times", RemoveRatings: []outlet.Rating{{Kind: outlet.KindLean}}}}); err != nil {
		t.Fatal(err)
	} else {
		outletsOf(t, res)
	}
	if o, _ := s.Outlet(ctx, "valmora-times"); o.Lean == nil || o.Lean.Provenance != outlet.FromInput {
		t.Errorf("after removing the imported lean: %+v; want the input's", o.Lean)
	}
	// A refused edit names the outlet and the reason, leaves nothing of
	// itself behind, and the others are applied.
	bad := []store.OutletEdit{
		{Ref: "nobody at all", MustExist: true},
		{Ref: "Valmora Times", Aliases: []string{"Bad Alias 1"}, Ratings: []outlet.Rating{{Kind: outlet.KindLean, Label: "leftish"}}},
		{Ref: "Valmora Times", Aliases: []string{"Bad Alias 2"}, Domains: []string{"https://medium.com/"}},
		{Ref: "!!!"},
	}
	for i, e := range bad {
		alias := fmt.Sprintf("HP%d", i)
		res, err := s.EditOutlets(ctx, []store.OutletEdit{e, {Ref: "Harbour Post", Aliases: []string{alias}}})
		if err != nil {
			t.Fatal(err)
		}
		if res[0].Err == nil || res[1].Err != nil || res[1].Outlet.ID != "harbour-post" {
			t.Errorf("EditOutlets(%+v, good) = %+v; want the first refused, the second applied", e, res)
		}
		if o, err := s.Outlet(ctx, alias); err != nil || o.ID != "harbour-post" {
			t.Errorf("Outlet(%s) = %s, %v", alias, o.ID, err)
		}
	}
	for _, a := range []string{"Bad Alias 1", "Bad Alias 2"} {
		if o, err := s.Outlet(ctx, a); err == nil {
			t.Errorf("a refused edit was half applied: %s is %s", a, o.ID)
		}
	}
}

// outletsOf returns the outlets of edits that must all have succeeded.
func outletsOf(t *testing.T, res []store.EditResult) []outlet.Outlet {
	t.Helper()
	var out []outlet.Outlet
	for i, r := range res {
		if r.Err != nil {
			t.Fatalf("edit %d: %v", i, r.Err)
		}
		out = append(out, r.Outlet)
	}
	return out
}

func testOutletMerge(t *testing.T, s store.Store) {
	ctx := context.Background()
	valmora(t, s)
	o, err := s.MergeOutlets(ctx, "Valmora Times", "harbourpost.example")
	if err != nil {
		t.Fatal(err)
	}
	if o.ID != "valmora-times" || o.Articles != 6 || o.Origin != outlet.OriginUser {
		t.Errorf("merged = %+v", o)
	}
	if o, err := s.Outlet(ctx, "Harbour Post"); err != nil || o.ID != "valmora-times" {
		t.Errorf("Outlet(Harbour Post) after the merge = %s, %v", o.ID, err)
	}
	if o, err := s.Outlet(ctx, "harbour-post"); err != nil || o.ID != "valmora-times" {
		t.Errorf("the merged outlet's old id resolves to %s, %v; want valmora-times", o.ID, err)
	}
	// The merge holds when more articles come.
	put(t, s, rated("https://harbourpost.example/9", "Harbour Post", "Later", "", ""))
	if _, err := s.SyncOutlets(ctx); err != nil {
		t.Fatal(err)
	}
	if o, _ := s.Outlet(ctx, "valmora-times"); o.Articles != 7 {
		t.Errorf("after a new Harbour Post article: %d articles, want 7", o.Articles)
	}
	if _, err := s.MergeOutlets(ctx, "valmora-times", "Valmora Times"); err == nil {
		t.Error("merging an outlet into itself: want an error")
	}
}

func testOutletMembers(t *testing.T, s store.Store) {
	ctx := context.Background()
	arts := valmora(t, s)
	err := s.SaveStories(ctx, store.StoryUpdate{
		Assignments: []store.Assignment{
			{Article: arts[0].ID, Story: "sstrike001", New: true},
			{Article: arts[4].ID, Story: "sstrike001"},
			{Article: arts[3].ID, Story: "sstrike001"},
			{Article: arts[6].ID, Story: "sstrike001"},
			{Article: arts[1].ID, Story: "stalks0001", New: true},
		},
		Stories: []store.Story{{ID: "sstrike001", Title: "Strike"}, {ID: "stalks0001", Title: "Talks"}},
		State:   []byte("{}"),
		Version: version(t, s),
	})
	if err != nil {
		t.Fatal(err)
	}
	members, err := s.StoryMembers(ctx, []string{"sstrike001"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range members["sstrike001"] {
		got = append(got, m.Outlet+"/"+m.Section)
		if m.Outlet != "" && m.Published == 0 {
			t.Errorf("member %s has no publication time", m.Article)
		}
	}
	if want := "[valmora-times/News harbour-post/ valmora-times/ /]"; fmt.Sprint(got) != want {
		t.Errorf("StoryMembers = %v, want %s", got, want)
	}
	if all, err := s.StoryMembers(ctx, nil); err != nil || len(all) != 2 {
		t.Errorf("StoryMembers(nil) = %d stories, %v; want 2", len(all), err)
	}
	ms, err := s.ArticleOutlets(ctx, []string{arts[5].ID, "0000000000000000", arts[2].ID})
	if err != nil || len(ms) != 3 || ms[0].Outlet != "harbour-post" || ms[1].Outlet != "" || ms[2].Section != "Opinion" {
		t.Errorf("ArticleOutlets = %+v, %v", ms, err)
	}
	ids, err := s.OutletStories(ctx, "valmora-times")
	if err != nil || fmt.Sprint(ids) != "[sstrike001 stalks0001]" {
		t.Errorf("OutletStories = %v, %v", ids, err)
	}
	oa, err := s.OutletArticles(ctx, "valmora-times")
	if err != nil || len(oa) != 4 {
		t.Fatalf("OutletArticles = %+v, %v; want 4", oa, err)
	}
	stories := map[string]string{}
	for _, a := range oa {
		stories[a.ID] = a.Story
	}
	if stories[arts[0].ID] != "sstrike001" || stories[arts[2].ID] != "" {
		t.Errorf("OutletArticles stories = %v", stories)
	}
	// Copies: the Harbour Post took from the Valmora Times twice; a third
	// relation, whose direction is a guess (basis length), counts for
	// neither side.
	err = s.SaveCopyChecks(ctx, []store.CopyCheck{
		{ArticleID: arts[4].ID, ContentHash: arts[4].ContentHash, Links: []store.CopyLink{{Source: arts[0].ID, Copy: arts[4].ID, Kind: "derived", Share: 0.5, Detail: []byte(`{"basis":"published"}`), CheckedBy: arts[4].ID}}},
		{ArticleID: arts[5].ID, ContentHash: arts[5].ContentHash, Links: []store.CopyLink{
			{Source: arts[1].ID, Copy: arts[5].ID, Kind: "duplicate", Share: 1, Detail: []byte(`{"basis":"credit"}`), CheckedBy: arts[5].ID},
			{Source: arts[3].ID, Copy: arts[5].ID, Kind: "derived", Share: 0.3, Detail: []byte(`{"basis":"length"}`), CheckedBy: arts[5].ID}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	taken, given, err := s.OutletCopies(ctx, "valmora-times")
	if err != nil || len(taken) != 0 || len(given) != 1 || given[0] != (store.CopyCount{Outlet: "harbour-post", Copies: 2, Share: 0.75}) {
		t.Errorf("OutletCopies(valmora-times) = %+v, %+v, %v", taken, given, err)
	}
	taken, given, err = s.OutletCopies(ctx, "harbour-post")
	if err != nil || len(taken) != 1 || taken[0].Outlet != "valmora-times" || taken[0].Copies != 2 || len(given) != 0 {
		t.Errorf("OutletCopies(harbour-post) = %+v, %+v, %v", taken, given, err)
	}
}

// testStoryOutletCounts: a story's outlets are its articles' outlet
// records, as its page counts them (a columnist and a section of one
// outlet are that outlet; an article of no outlet is none), and a name not
// yet folded counts by itself until a fold gives it its record.
func testStoryOutletCounts(t *testing.T, s store.Store) {
	ctx := context.Background()
	arts := valmora(t, s)
	err := s.SaveStories(ctx, store.StoryUpdate{
		Assignments: []store.Assignment{
			{Article: arts[0].ID, Story: "sstrike001", New: true},
			{Article: arts[2].ID, Story: "sstrike001"},
			{Article: arts[3].ID, Story: "sstrike001"},
			{Article: arts[4].ID, Story: "sstrike001"},
			{Article: arts[6].ID, Story: "sstrike001"},
			{Article: arts[1].ID, Story: "stalks0001", New: true},
		},
		// The clusterer names outlets as the articles do.
		Stories: []store.Story{{ID: "sstrike001", Title: "Strike", Outlets: []string{"Ann Writer", "Harbour Post", "Valmora Times - News", "Valmora Times - Opinion"}, Storyline: "lport00001"},
			{ID: "stalks0001", Title: "Talks", Outlets: []string{"Valmora Times - News"}, Storyline: "lport00001"}},
		Storylines: []store.Storyline{{ID: "lport00001", Title: "Port", Outlets: []string{"Ann Writer", "Harbour Post", "Valmora Times - News", "Valmora Times - Opinion"}}},
		State:      []byte("{}"),
		Version:    version(t, s),
	})
	if err != nil {
		t.Fatal(err)
	}
	outlets := func(id string) string {
		t.Helper()
		st, _, err := s.Story(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(st.Outlets)
	}
	if got, want := outlets("sstrike001"), "[Harbour Post Valmora Times]"; got != want {
		t.Errorf("story outlets = %s, want %s", got, want)
	}
	late := rated("https://harbourpost.example/7", "Harbour Post Weekend", "Strike over", "", "")
	put(t, s, late)
	err = s.SaveStories(ctx, store.StoryUpdate{
		Assignments: []store.Assignment{{Article: late.ID, Story: "stalks0001"}},
		Stories:     []store.Story{{ID: "stalks0001", Title: "Talks", Outlets: []string{"Harbour Post Weekend", "Valmora Times - News"}, Storyline: "lport00001"}},
		Storylines:  []store.Storyline{{ID: "lport00001", Title: "Port", Outlets: []string{"Harbour Post Weekend"}}},
		State:       []byte("{}"),
		Version:     version(t, s),
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := outlets("stalks0001"), "[Harbour Post Weekend Valmora Times]"; got != want {
		t.Errorf("before the fold: story outlets = %s, want %s", got, want)
	}
	if _, err := s.SyncOutlets(ctx); err != nil {
		t.Fatal(err)
	}
	if got, want := outlets("stalks0001"), "[Harbour Post Valmora Times]"; got != want {
		t.Errorf("after the fold: story outlets = %s, want %s", got, want)
	}
	if l, _, err := s.Storyline(ctx, "lport00001"); err != nil || fmt.Sprint(l.Outlets) != "[Harbour Post Valmora Times]" {
		t.Errorf("after the fold: storyline outlets = %v, %v; want [Harbour Post Valmora Times]", l.Outlets, err)
	}
	list, err := s.Stories(ctx, store.StoryQuery{Covered: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range list {
		if len(st.Outlets) != 2 {
			t.Errorf("listed story %s has outlets %v, want two", st.ID, st.Outlets)
		}
	}
	// An outlet is found by its record's name or by a name its articles give.
	for name, want := range map[string]int{"Harbour Post Weekend": 1, "Valmora Times": 2, "Valmora Times - Opinion": 1} {
		got, err := s.Stories(ctx, store.StoryQuery{Outlet: name})
		if err != nil || len(got) != want {
			t.Errorf("Stories(Outlet: %q) = %d stories, %v; want %d", name, len(got), err, want)
		}
	}
}

func testOutletReAdd(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := rated("https://gazette.example/1", "Gazette", "Flood", "", "")
	put(t, s, a)
	if _, err := s.SyncOutlets(ctx); err != nil {
		t.Fatal(err)
	}
	if o, _ := s.Outlet(ctx, "gazette"); o.Lean != nil {
		t.Fatalf("unrated gazette has a lean: %+v", o.Lean)
	}
	// The same article again, now with its input's rating.
	b := rated("https://gazette.example/1", "Gazette", "Flood", "lean-right", "")
	if r := put(t, s, b); r[0].Outcome != store.Unchanged {
		t.Fatalf("re-add: %v", r[0].Outcome)
	}
	if _, err := s.SyncOutlets(ctx); err != nil {
		t.Fatal(err)
	}
	o, err := s.Outlet(ctx, "gazette")
	if err != nil || o.Lean == nil || o.Lean.Label != outlet.LabelLeanRight || o.Articles != 1 {
		t.Errorf("after re-adding with a rating: %+v, %v", o, err)
	}
	r, _ := s.OutletRatings(ctx)
	var ids []string
	for id := range r {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if fmt.Sprint(ids) != "[gazette]" || len(r["gazette"]) != 1 {
		t.Errorf("OutletRatings = %+v", r)
	}
}
