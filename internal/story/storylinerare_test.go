package story

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// rareNameDocs returns an invented incident (a cargo ship's fire, its
// captain missing) and its follow-up a hundred days on (the captain
// charged: other words, the ship and the captain the same).
func rareNameDocs() (incident, followUp []Doc) {
	day := time.Date(2033, 5, 4, 8, 0, 0, 0, time.UTC)
	incident = threadDocs("fire", "Quill Wire", day, 3,
		"Cargo ship Marisol Venn burns off Caldera Point as crew abandon her",
		"The cargo ship Marisol Venn caught fire off Caldera Point on Sunday and her crew took to the boats, while captain Tobiah Krell stayed aboard to fight the blaze in the hold.")
	later := day.Add(100 * 24 * time.Hour)
	followUp = threadDocs("charge", "Marrow Post", later, 2,
		"Prosecutors charge Tobiah Krell with negligence over the Marisol Venn",
		"Prosecutors in Brantholm charged Tobiah Krell with gross negligence on Thursday, saying the Marisol Venn sailed with a broken pump and an untrained deck watch.")
	return incident, followUp
}

// TestStorylineRareName: a follow-up a hundred days after an incident
// shares its ship and its captain (full names written in no other
// article) but few words, and scores under the storyline threshold with
// the time counted: with RareNames it joins the incident's storyline,
// without it (or when the names are more common than RareNames) it
// starts its own. No article changes event.
func TestStorylineRareName(t *testing.T) {
	incident, followUp := rareNameDocs()
	docs := slices.Concat(incident, followUp)
	on := DefaultConfig()
	on.RepairEvery = 1 // a repair after each article: the follow-up is its own storyline at the first
	off := on
	off.Storylines.RareNames = 0
	offEvents, lines := groupStream(t, off, docs)
	if lines["fire0"] != lines["fire2"] || lines["charge0"] != lines["charge1"] {
		t.Fatal("the incident or the follow-up is not one storyline: the test tests nothing")
	}
	if lines["fire0"] == lines["charge0"] {
		t.Fatal("the follow-up joins the incident without the rare names: the test tests nothing")
	}
	common := on
	common.Storylines.RareNames = 2 // the captain and the ship are in 4 articles when the follow-up is checked
	for _, tc := range []struct {
		what string
		cfg  Config
		join bool
	}{
		{"default", on, true},
		{"names more common than RareNames", common, false},
	} {
		events, lines := groupStream(t, tc.cfg, docs)
		if got := lines["fire0"] == lines["charge0"]; got != tc.join {
			t.Errorf("%s: the follow-up joined the incident %v, want %v", tc.what, got, tc.join)
		}
		want, got := partition(docs, offEvents), partition(docs, events)
		for _, d := range docs {
			if got[d.ID] != want[d.ID] {
				t.Errorf("%s: the rare names moved %s to another event", tc.what, d.ID)
			}
		}
	}
}

// TestFullNameKeys: only runs of two or more words that are no place
// are a storyline's full names, each once.
func TestFullNameKeys(t *testing.T) {
	names := func(keys ...string) vec {
		var v vec
		for _, k := range keys {
			v = append(v, entry{h: hashKey(kindNames, k), key: k, w: 0.5})
		}
		return byHash(v)
	}
	l := &storyline{events: []*profile{
		{names: names("tobiah krell", "krell", "marisol venn", "las vegas", "las")},
		{names: names("tobiah krell", "tobiah")},
	}}
	got := l.fullNameKeys()
	want := []uint64{hashKey(kindNames, "tobiah krell"), hashKey(kindNames, "marisol venn")}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("fullNameKeys = %v, want %v (tobiah krell, marisol venn)", got, want)
	}
}

// TestRareNear: a storyline joins by rare names only one within
// TimeSlack days, or within the storyline Window when the other holds at
// most rareIncidentEvents events; an undated storyline wakes no dormant
// one.
func TestRareNear(t *testing.T) {
	cfg := DefaultConfig().Storylines
	line := func(n int, days ...int32) *storyline {
		l := &storyline{}
		for i := range n {
			p := &profile{}
			if len(days) > 0 {
				p.dated, p.core = true, days[i%len(days)]
			}
			l.events = append(l.events, p)
		}
		return l
	}
	small := line(1, 1000)
	for _, tc := range []struct {
		what    string
		l, o    *storyline
		dormant bool
		want    bool
	}{
		{"a saga within TimeSlack", small, line(40, 700, 975), false, true},
		{"an incident 100 days before", small, line(rareIncidentEvents, 890, 900), false, true},
		{"a saga 100 days before", small, line(rareIncidentEvents+1, 890, 900), false, false},
		{"an incident beyond the Window", small, line(3, 800), true, false},
		{"an undated storyline and a dormant one", line(2), line(3, 800), true, false},
		{"an undated storyline and an active one", line(2), line(3, 990), false, true},
		{"a dated storyline and an undated dormant one", small, line(3), true, true},
	} {
		if got := rareNear(&cfg, tc.l, tc.o, tc.dormant); got != tc.want {
			t.Errorf("%s: rareNear = %v, want %v", tc.what, got, tc.want)
		}
	}
}

// BenchmarkReindexRare re-indexes the full names of a grown storyline
// after one more event, in an index where its names are held by many
// other storylines (a saga's cast in a beat's threads): the cost of a
// dirty storyline at each repair.
func BenchmarkReindexRare(b *testing.B) {
	var ls storylines
	ls.init()
	name := func(i int) entry {
		k := fmt.Sprintf("vell ardent%d", i)
		return entry{h: hashKey(kindNames, k), key: k, w: 0.1}
	}
	event := func(first int) *profile {
		var v vec
		for i := range 16 {
			v = append(v, name(first+i))
		}
		return &profile{names: byHash(v)}
	}
	for s := range 2000 {
		l := &storyline{serial: int64(s + 1), events: []*profile{event(s % 300)}}
		ls.lines[l.serial] = l
		ls.reindexRare(l)
	}
	saga := &storyline{serial: 5000}
	for e := range 300 {
		saga.events = append(saga.events, event(e))
	}
	ls.lines[saga.serial] = saga
	ls.reindexRare(saga)
	b.ResetTimer()
	for i := range b.N {
		saga.events = append(saga.events[:300], event(1000+i%2))
		ls.reindexRare(saga)
	}
}

// TestSortedDiff: the keys lost and gained between two sorted key lists.
func TestSortedDiff(t *testing.T) {
	for _, tc := range []struct {
		was, now, gone, added []uint64
	}{
		{nil, []uint64{1, 2}, nil, []uint64{1, 2}},
		{[]uint64{1, 2}, nil, []uint64{1, 2}, nil},
		{[]uint64{1, 3, 5, 9}, []uint64{2, 3, 9, 11}, []uint64{1, 5}, []uint64{2, 11}},
		{[]uint64{4, 7}, []uint64{4, 7}, nil, nil},
	} {
		gone, added := sortedDiff(tc.was, tc.now)
		if !slices.Equal(gone, tc.gone) || !slices.Equal(added, tc.added) {
			t.Errorf("sortedDiff(%v, %v) = %v, %v; want %v, %v", tc.was, tc.now, gone, added, tc.gone, tc.added)
		}
	}
}

// TestReindexRareKeepsPostings: re-indexing a storyline whose names
// changed leaves in the index exactly the storylines holding each name,
// as indexing every storyline afresh does.
func TestReindexRareKeepsPostings(t *testing.T) {
	prof := func(keys ...string) *profile {
		var v vec
		for _, k := range keys {
			v = append(v, entry{h: hashKey(kindNames, k), key: k, w: 0.5})
		}
		return &profile{names: byHash(v)}
	}
	var ls storylines
	ls.init()
	a := &storyline{serial: 1, events: []*profile{prof("tobiah krell", "marisol venn")}}
	b := &storyline{serial: 2, events: []*profile{prof("tobiah krell", "edda quist")}}
	for _, l := range []*storyline{a, b} {
		ls.lines[l.serial] = l
		ls.reindexRare(l)
	}
	a.events = []*profile{prof("edda quist", "oro vantessa")}
	ls.reindexRare(a)
	var fresh storylines
	fresh.init()
	for _, l := range []*storyline{a, b} {
		c := &storyline{serial: l.serial, events: l.events}
		fresh.reindexRare(c)
	}
	if len(ls.rare.post) != len(fresh.rare.post) {
		t.Fatalf("%d names indexed, want %d", len(ls.rare.post), len(fresh.rare.post))
	}
	for h, want := range fresh.rare.post {
		got := slices.Sorted(slices.Values(ls.rare.post[h]))
		if !slices.Equal(got, slices.Sorted(slices.Values(want))) {
			t.Errorf("name %x held by %v, want %v", h, got, want)
		}
	}
}
