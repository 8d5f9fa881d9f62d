package outlet

import (
	"reflect"
	"sort"
	"testing"
)

// src is a source of n articles whose URLs are at url (a domain key or a
// URL) and whose input gave site.
func src(id int64, name, url, site string, n int) Source {
	return Source{ID: id, Name: name, URLKey: DomainKey(url), SiteKey: DomainKey(site), Articles: n}
}

// outletsOf maps each source name to the outlet and section its articles
// went to ("~" before the outlet when the name is not one of its own).
func outletsOf(f Folding, srcs []Source) map[string]string {
	out := map[string]string{}
	for _, s := range srcs {
		a, ok := f.Assign[s.ID]
		v := "(none)"
		if ok {
			v = a.Outlet
			if !a.Alias {
				v = "~" + v
			}
			if a.Section != "" {
				v += "/" + a.Section
			}
		}
		key := s.Name + " @" + s.URLKey
		out[key] = v
	}
	return out
}

func TestFold(t *testing.T) {
	srcs := []Source{
		// One outlet under three names and two sections, one of its
		// articles linked only by its input's site.
		src(1, "Valmora Times - News", "https://www.valmoratimes.example/a", "", 120),
		src(2, "Valmora Times - Opinion", "https://valmoratimes.example/b", "", 30),
		src(3, "Valmora Times (Online)", "https://blogs.valmoratimes.example/c", "", 4),
		src(4, "Valmora Times - News", "https://www.aggregator.example/x", "www.valmoratimes.example", 1),
		// A columnist on the outlet's site is not one of its names, and
		// a piece of his elsewhere stays his.
		src(5, "Ann Writer", "https://www.valmoratimes.example/col", "", 9),
		src(6, "Ann Writer", "https://annwriter.example/post", "", 1),
		// Two outlets with one word in common stay apart.
		src(7, "Harbour Post", "https://harbourpost.example/a", "", 50),
		src(8, "Harbour Daily", "https://harbourdaily.example/a", "", 40),
		// The same name twice for two places: told apart by their domains.
		src(9, "Courier", "https://courier-estria.example/a", "", 10),
		src(10, "Courier (Reddin)", "https://reddincourier.example/a", "", 10),
		// One name with two places as sections: still two outlets.
		src(16, "Gazette - Estria", "https://estriagazette.example/a", "", 6),
		src(17, "Gazette - Reddin", "https://reddin-gazette.example/a", "", 6),
		// A name without any address joins by name alone.
		src(11, "Valmora Times - News", "", "", 2),
		// A guest writer's pieces on an outlet's site go to that outlet,
		// and where no outlet owns the site, to the name.
		src(12, "Guest Writer - Left", "https://harbourpost.example/guest", "", 5),
		src(13, "Guest Writer - Left", "https://unclaimed.example/guest", "", 1),
		// An aggregator's own address names nobody.
		src(14, "Continental Wire", "https://news.google.com/articles/1", "continentalwire.example", 7),
		src(15, "Continental Wire", "https://continentalwire.example/1", "", 70),
	}
	f := Fold(srcs, nil, nil)
	got := outletsOf(f, srcs)
	want := map[string]string{
		"Valmora Times - News @valmoratimes.example":    "valmora-times/News",
		"Valmora Times - Opinion @valmoratimes.example": "valmora-times/Opinion",
		"Valmora Times (Online) @valmoratimes.example":  "valmora-times/Online",
		"Valmora Times - News @aggregator.example":      "valmora-times/News",
		"Ann Writer @valmoratimes.example":              "~valmora-times",
		"Ann Writer @annwriter.example":                 "ann-writer",
		"Harbour Post @harbourpost.example":             "harbour-post",
		"Harbour Daily @harbourdaily.example":           "harbour-daily",
		"Courier @courier-estria.example":               "courier",
		"Courier (Reddin) @reddincourier.example":       "courier-reddin",
		"Valmora Times - News @":                        "valmora-times/News",
		"Guest Writer - Left @harbourpost.example":      "~harbour-post",
		"Guest Writer - Left @unclaimed.example":        "guest-writer/Left",
		"Continental Wire @":                            "continental-wire",
		"Continental Wire @continentalwire.example":     "continental-wire",
		"Gazette - Estria @estriagazette.example":       "gazette/Estria",
		"Gazette - Reddin @reddin-gazette.example":      "gazette-2/Reddin",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("fold:")
		for k, v := range want {
			if got[k] != v {
				t.Errorf("  %s: got %q, want %q", k, got[k], v)
			}
		}
	}
	byID := map[string]Folded{}
	for _, o := range f.Outlets {
		byID[o.ID] = o
	}
	vt := byID["valmora-times"]
	if vt.Name != "Valmora Times" || !reflect.DeepEqual(vt.Domains, []string{"valmoratimes.example"}) ||
		!reflect.DeepEqual(vt.Aliases, []string{"Valmora Times (Online)", "Valmora Times - News", "Valmora Times - Opinion"}) {
		t.Errorf("valmora-times = %+v", vt)
	}
	if _, ok := byID["aggregator-example"]; ok {
		t.Errorf("an outlet was made for an aggregator: %+v", f.Outlets)
	}
}

// TestFoldSharedHost is the wrong-merge guard: different writers on one
// hosting platform are different outlets, whatever their names share.
func TestFoldSharedHost(t *testing.T) {
	srcs := []Source{
		src(1, "Estria Notes", "https://estrianotes.substack.com/p/strike", "", 5),
		src(2, "Estria Letters", "https://estrialetters.substack.com/p/strike", "", 5),
		src(3, "Ann's Notebook", "https://medium.com/@ann/strike-1", "", 4),
		src(4, "Bob's Notebook", "https://medium.com/@bob/strike-2", "", 4),
		src(5, "Reddin Diary", "https://reddindiary.blogspot.com/2026/03/x.html", "", 3),
		src(6, "Valmora Diary", "https://valmoradiary.blogspot.com/2026/03/x.html", "", 3),
		src(7, "Carol Writes", "https://carolwrites.wordpress.com/2026/x", "", 2),
		src(8, "Dan Writes", "https://danwrites.wordpress.com/2026/x", "", 2),
		// Their platform's bare address, given as the input's site, names
		// nobody either.
		src(9, "Erin Posts", "", "substack.com", 2),
		src(10, "Finn Posts", "", "substack.com", 2),
	}
	f := Fold(srcs, nil, nil)
	seen := map[string]string{}
	for _, s := range srcs {
		a := f.Assign[s.ID]
		if !a.Alias {
			t.Errorf("%s went to %s as a stranger", s.Name, a.Outlet)
		}
		if other, ok := seen[a.Outlet]; ok {
			t.Errorf("%s and %s were folded into one outlet %s", other, s.Name, a.Outlet)
		}
		seen[a.Outlet] = s.Name
	}
	if len(f.Outlets) != len(srcs) {
		t.Errorf("%d outlets, want %d", len(f.Outlets), len(srcs))
	}
}

func TestFoldPinsAndStableIDs(t *testing.T) {
	srcs := []Source{
		src(1, "Valmora Times - News", "https://valmoratimes.example/a", "", 10),
		src(2, "VT Digital", "https://valmoratimes.example/b", "", 3),
		src(3, "Harbour Post", "https://harbourpost.example/a", "", 10),
		src(4, "Harbour Post Weekly", "https://harbourpostweekly.example/a", "", 2),
	}
	// The user says the Harbour Post Weekly is the Harbour Post's, and
	// keeps the Valmora Times under an id of their own.
	pins := []Pin{
		{ID: "harbour-post-group", Names: []string{"Harbour Post", "Harbour Post Weekly"}},
		{ID: "vt", Names: []string{"Valmora Times"}, Domains: []string{"valmoratimes.example"}},
	}
	f := Fold(srcs, pins, map[string]bool{"vt": true, "harbour-post-group": true})
	got := outletsOf(f, srcs)
	want := map[string]string{
		"Valmora Times - News @valmoratimes.example":     "vt/News",
		"VT Digital @valmoratimes.example":               "~vt",
		"Harbour Post @harbourpost.example":              "harbour-post-group",
		"Harbour Post Weekly @harbourpostweekly.example": "harbour-post-group",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("with pins: got %v\nwant %v", got, want)
	}
	// An outlet keeps its id when its articles had it, even when its
	// name would now make another.
	srcs2 := []Source{
		{ID: 1, Name: "Harbour Post", URLKey: "harbourpost.example", Articles: 10, Outlet: "hp-old"},
		{ID: 2, Name: "Harbour Post - Opinion", URLKey: "harbourpost.example", Articles: 40},
		{ID: 3, Name: "Reddin Radio", URLKey: "reddinradio.example", Articles: 5, Outlet: "gone"},
	}
	f2 := Fold(srcs2, nil, map[string]bool{"hp-old": true, "reddin-radio": true})
	if a := f2.Assign[2]; a.Outlet != "hp-old" || a.Section != "Opinion" {
		t.Errorf("Harbour Post - Opinion went to %+v, want hp-old/Opinion", a)
	}
	if a := f2.Assign[3]; a.Outlet != "gone" {
		t.Errorf("Reddin Radio went to %+v, want its old id gone", a)
	}
	// A new outlet never takes an id in use.
	f3 := Fold([]Source{src(1, "Reddin Radio", "https://reddinradio.example/", "", 1)}, nil, map[string]bool{"reddin-radio": true})
	if a := f3.Assign[1]; a.Outlet != "reddin-radio-2" {
		t.Errorf("a new outlet with a taken slug got %q, want reddin-radio-2", a.Outlet)
	}
}

// TestFoldOrderFree checks that the fold does not depend on the order of
// its sources.
func TestFoldOrderFree(t *testing.T) {
	srcs := []Source{
		src(1, "Valmora Times - News", "https://valmoratimes.example/a", "", 10),
		src(2, "Valmora Times - Opinion", "https://valmoratimes.example/b", "", 10),
		src(3, "Ann Writer", "https://valmoratimes.example/c", "", 10),
		src(4, "Ann Writer", "https://annwriter.example/c", "", 10),
		src(5, "Harbour Post", "https://harbourpost.example/a", "", 10),
		src(6, "Harbour Post (Web News)", "https://harbourpost.example/b", "", 10),
	}
	first := outletsOf(Fold(srcs, nil, nil), srcs)
	rev := append([]Source(nil), srcs...)
	sort.Slice(rev, func(i, j int) bool { return rev[i].ID > rev[j].ID })
	if second := outletsOf(Fold(rev, nil, nil), rev); !reflect.DeepEqual(first, second) {
		t.Errorf("order changed the fold:\n%v\n%v", first, second)
	}
}

func TestInputLeans(t *testing.T) {
	srcs := []Source{
		{ID: 1, Name: "Valmora Times - News", URLKey: "valmoratimes.example", Articles: 30, FirstSeen: "2026-03-02T10:00:00Z",
			Input: InputRatings{Lean: "left", LeanRaw: "0", Field: "bias"}},
		{ID: 2, Name: "Valmora Times - News", URLKey: "valmoratimes.example", Articles: 3, FirstSeen: "2026-02-01T10:00:00Z",
			Input: InputRatings{Lean: "center", Field: "bias"}},
		{ID: 3, Name: "Ann Writer", URLKey: "valmoratimes.example", Articles: 9, Input: InputRatings{Lean: "right", Field: "bias"}},
		{ID: 4, Name: "Valmora Times - Opinion", URLKey: "valmoratimes.example", Articles: 5, Input: InputRatings{Lean: "nonsense"}},
	}
	f := Fold(srcs, nil, nil)
	got := InputLeans(srcs, f.Assign)["valmora-times"]
	if len(got) != 2 {
		t.Fatalf("input ratings of valmora-times: %+v; want left (30 articles) and center (3), not the columnist's", got)
	}
	l := got[1]
	if l.Label != LabelLeft || l.Section != "News" || l.Articles != 30 || l.Source != "bias" || l.Raw != "left (0)" ||
		l.Date != "2026-03-02" || l.Provenance != FromInput {
		t.Errorf("left rating: %+v", l)
	}
	if r, _ := Best(got, KindLean, "News"); r.Label != LabelLeft {
		t.Errorf("lean of News: %+v, want left", r)
	}
}
