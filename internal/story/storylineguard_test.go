package story

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestParticipantMassLeavesPlacesOut: names two storylines share count
// as participants unless they are a place of the gazetteer (a word of
// it, the whole name, its adjective) or a party's word.
func TestParticipantMassLeavesPlacesOut(t *testing.T) {
	v := func(keys ...string) vec {
		out := make(vec, len(keys))
		for i, k := range keys {
			out[i] = entry{h: hashKey(kindNames, k), key: k, w: 0.5}
		}
		return byHash(out)
	}
	for _, tc := range []struct {
		a, b []string
		want float64
	}{
		{[]string{"denver", "orla brennick"}, []string{"denver", "tavi koszal"}, 0},
		{[]string{"las vegas", "las", "vegas", "quill"}, []string{"las vegas", "las", "vegas", "marrow"}, 0},
		{[]string{"french", "france", "republicans", "democratic"}, []string{"french", "france", "republicans", "democratic"}, 0},
		{[]string{"nazis", "shiites", "sunnis", "zionists"}, []string{"nazis", "shiites", "sunnis", "zionists"}, 0},
		{[]string{"denver", "brennick"}, []string{"denver", "brennick"}, 0.25},
		{[]string{"orla brennick", "orla", "brennick"}, []string{"orla brennick", "orla", "brennick"}, 0.75},
	} {
		if got := participantMass(v(tc.a...), v(tc.b...)); got != tc.want {
			t.Errorf("participantMass(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestPlaceWordKeys: the stems of places are left out of the words two
// storylines share; a word of the news is not.
func TestPlaceWordKeys(t *testing.T) {
	for _, w := range []string{"Paris", "Iowa", "Ukrainian", "Las Vegas"} {
		for _, f := range NewTextExtractor().Extract(Doc{Title: w}).Terms {
			if !placeWordKeys[hashKey(kindWords, f.Key)] {
				t.Errorf("the word %q of %q is not a place's", f.Key, w)
			}
		}
	}
	words := func(title string) vec {
		var v vec
		for _, f := range NewTextExtractor().Extract(Doc{Title: title}).Terms {
			v = append(v, entry{h: hashKey(kindWords, f.Key), key: f.Key, w: 0.5})
		}
		return byHash(v)
	}
	if got := sharedMass(words("Paris Ukrainian"), words("Paris Ukrainian"), placeWordKeys); got != 0 {
		t.Errorf("sharedMass of two places' words = %v, want 0", got)
	}
	if got := sharedMass(words("Paris bombing"), words("Paris bombing"), placeWordKeys); got != 0.25 {
		t.Errorf("sharedMass of a place and an act = %v, want 0.25", got)
	}
	for _, w := range []string{"bombing", "climate", "caucus", "Brennick"} {
		for _, f := range NewTextExtractor().Extract(Doc{Title: w}).Terms {
			if placeWordKeys[hashKey(kindWords, f.Key)] {
				t.Errorf("the word %q of %q is taken for a place's", f.Key, w)
			}
		}
	}
}

// threadDocs returns n invented reports of one thread, a day apart from
// start: each names the thread's people and place and tells its act.
func threadDocs(id, outlet string, start time.Time, n int, title, lead string) []Doc {
	var docs []Doc
	for i := range n {
		docs = append(docs, Doc{ID: fmt.Sprintf("%s%d", id, i), Outlet: fmt.Sprintf("%s %d", outlet, i), Title: title,
			Paragraphs: []string{lead, fmt.Sprintf("Day %d of the matter brought no change, officials said.", i+1)},
			Published:  start.Add(time.Duration(i) * 24 * time.Hour), HasTime: true})
	}
	return docs
}

// TestStorylineMergeGuard: with loose merges, two threads that share
// only a city (an invented quarry blast and an invented chess final,
// both in Denver) merge unless the guard is on; with it on, two threads
// that share a participant (one invented councillor's budget and her
// recall petition) merge, and so do two that share an act with no
// participant in common (the blast and the inquiry into it).
func TestStorylineMergeGuard(t *testing.T) {
	day := time.Date(2031, 3, 2, 9, 0, 0, 0, time.UTC)
	threads := map[string][]Doc{
		"blast": threadDocs("blast", "Quill Wire", day, 3,
			"Quarry blast near Denver injures nine workers at Halloran Stoneworks",
			"A blast at the Halloran Stoneworks quarry near Denver injured nine workers on Monday, and the foreman Ivo Tremaine said the crusher had jammed."),
		"chess": threadDocs("chess", "Marrow Post", day.Add(5*24*time.Hour), 3,
			"Denver chess final goes to Petra Skalnik after seven-hour endgame",
			"Petra Skalnik won the Denver chess final after a seven-hour endgame against Oskar Feldt, taking the knight sacrifice that had stalled the opening rounds."),
		"inquiry": threadDocs("inquiry", "Marrow Post", day.Add(12*24*time.Hour), 3,
			"Inquiry into Denver quarry blast hears crusher was jammed for days",
			"The inquiry into the quarry blast heard that the crusher had jammed for days before it injured nine workers, the inspector Mirela Vance said."),
		"budget": threadDocs("budget", "Quill Wire", day.Add(20*24*time.Hour), 3,
			"Councillor Orla Brennick unveils harbour budget for Lindqvist ward",
			"Councillor Orla Brennick unveiled a harbour budget for the Lindqvist ward on Tuesday, with dredging money the ward had sought for years."),
		"recall": threadDocs("recall", "Marrow Post", day.Add(26*24*time.Hour), 3,
			"Petition to recall Orla Brennick gathers signatures in Lindqvist ward",
			"A petition to recall councillor Orla Brennick over the harbour budget gathered signatures across the Lindqvist ward, its organiser Wendel Acosta said."),
	}
	loose := DefaultConfig()
	loose.Storylines.Threshold, loose.Storylines.MergeThreshold = 0.95, 0.05
	loose.Storylines.MergeParticipants, loose.Storylines.MergeActs = 0, 0
	guarded := loose
	guarded.Storylines.MergeParticipants, guarded.Storylines.MergeActs = 0.02, 0.1
	for _, tc := range []struct {
		a, b, what string
		merge      bool // under the guard
	}{
		{"blast", "chess", "the quarry blast and the chess final, sharing only Denver", false},
		{"budget", "recall", "the councillor's budget and her recall petition, sharing her", true},
		{"blast", "inquiry", "the quarry blast and the inquiry into it, sharing the act", true},
	} {
		docs := append(slices.Clone(threads[tc.a]), threads[tc.b]...)
		loose.RepairEvery, guarded.RepairEvery = len(docs), len(docs) // one repair pass, once all are in
		events, lines := groupStream(t, loose, docs)
		for _, id := range []string{tc.a, tc.b} {
			if lines[id+"0"] != lines[id+"2"] {
				t.Fatalf("the %s thread is not one storyline: the test tests nothing", id)
			}
		}
		if events[tc.a+"0"] == events[tc.b+"0"] || lines[tc.a+"0"] != lines[tc.b+"0"] {
			t.Fatalf("%s: not two events of one storyline without the guard: the test tests nothing", tc.what)
		}
		guardedEvents, lines := groupStream(t, guarded, docs)
		if got := lines[tc.a+"0"] == lines[tc.b+"0"]; got != tc.merge {
			t.Errorf("%s: merged %v under the guard, want %v", tc.what, got, tc.merge)
		}
		want, got := partition(docs, events), partition(docs, guardedEvents)
		for _, d := range docs {
			if got[d.ID] != want[d.ID] {
				t.Errorf("the guard moved %s to another event", d.ID)
			}
		}
	}
}

// TestPlaceKeysCoverDerivedNames: every name key the extractor makes of a
// name of the gazetteer (or a party word) written mid-sentence is a place
// key, so that a place shared by two storylines never counts as a
// participant of both.
func TestPlaceKeysCoverDerivedNames(t *testing.T) {
	if len(guardNames) < 500 {
		t.Fatalf("%d guard names: nlp's gazetteer not read", len(guardNames))
	}
	for _, name := range guardNames {
		name = strings.ToUpper(name[:1]) + name[1:] // the party words come lower case
		names := bag{}
		deriveNames(names, tokenize(nil, "Officials met in "+name+" today."), &wordCounts{}, 1)
		for k := range names {
			if k != "officials" && !placeKeys[hashKey(kindNames, k)] {
				t.Errorf("%q: the name key %q is no place key", name, k)
			}
		}
	}
}

// TestSharesParticipantEachGuard: each of the two guards lets a merge
// through on its own share only when it is set (a guard of 0 is off, not
// passed by any share), at its threshold and not below it, and a place
// shared alone passes neither.
func TestSharesParticipantEachGuard(t *testing.T) {
	vecOf := func(kind kind, w float64, keys ...string) vec {
		var v vec
		for _, k := range keys {
			v = append(v, entry{h: hashKey(kind, k), key: k, w: w})
		}
		return byHash(v)
	}
	place := &profile{names: vecOf(kindNames, 0.5, "denver"), words: vecOf(kindWords, 0.5, "denver")}
	// Shared with itself: the participant's key weighs 0.25*0.25 = 0.0625.
	person := &profile{names: vecOf(kindNames, 0.25, "orla brennick"), words: vecOf(kindWords, 0.5, "denver")}
	// Shared with itself: the act's stem weighs 0.5*0.5 = 0.25.
	act := &profile{names: vecOf(kindNames, 0.5, "denver"), words: vecOf(kindWords, 0.5, "blast")}
	for _, tc := range []struct {
		what         string
		p            *profile
		participants float64
		acts         float64
		want         bool
	}{
		{"a place, no guard", place, 0, 0, true},
		{"a place, both guards", place, 0.02, 0.1, false},
		{"a participant, both guards", person, 0.02, 0.1, true},
		{"a participant at its guard", person, 0.0625, 0.1, true},
		{"a participant below its guard", person, 0.07, 0.1, false},
		{"a participant, only the act guard set", person, 0, 0.1, false},
		{"an act, both guards", act, 0.02, 0.1, true},
		{"an act at its guard", act, 0.02, 0.25, true},
		{"an act below its guard", act, 0.02, 0.26, false},
		{"an act, only the participant guard set", act, 0.02, 0, false},
	} {
		cfg := &StorylineConfig{MergeParticipants: tc.participants, MergeActs: tc.acts}
		if got := sharesParticipant(cfg, tc.p, tc.p); got != tc.want {
			t.Errorf("%s: sharesParticipant = %v, want %v", tc.what, got, tc.want)
		}
	}
}
