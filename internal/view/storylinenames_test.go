package view

import (
	"reflect"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
)

// TestStorylineNamesNoPieces: the names of a storyline hold no name that
// is only a piece of what its titles write or no name at all (issue 14,
// the names session 51 left): the weekday a name runs into ("Super
// Tuesday", whose key the clusterer cuts to "super"), a state's
// abbreviation ("Mo."), adjectives of a faith or a people ("Muslim",
// "Kurdish"), the names of one group in the lexicon's naming sets
// ("ISIS", "ISIL" beside "Islamic State"), and a word joined to digits
// that the analysis finds only in a headline's longer run ("COVID-19",
// not "COVID-19 News").
func TestStorylineNamesNoPieces(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	nm := an.Naming(nlp.DefaultLang)
	for _, tc := range []struct {
		titles, keys, want []string
	}{
		{[]string{"Voters in Reddin turn out on Super Tuesday", "Ivo Kral wins big on Super Tuesday", "Super PACs pour money into Reddin races"},
			[]string{"super", "ivo kral", "reddin"}, []string{"Super Tuesday", "Ivo Kral", "Reddin"}},
		{[]string{"Protests in Brennholm, Mo., go on for a third night", "Mo. governor sends guards to Brennholm", "Missouri lawmakers visit Brennholm"},
			[]string{"brennholm", "mo", "missouri"}, []string{"Brennholm", "Missouri"}},
		{[]string{"Muslim leaders meet Edda Solvik in Brennholm", "Kurdish fighters hold the dam near Reddin", "Edda Solvik visits Reddin"},
			[]string{"muslim", "kurdish", "edda solvik", "reddin"}, []string{"Edda Solvik", "Reddin"}},
		{[]string{"Islamic State fighters take Reddin", "ISIS retreats from Reddin", "Strikes hit ISIL near Reddin", "Islamic State loses ground"},
			[]string{"islamic state", "isis", "reddin", "isil"}, []string{"Islamic State", "Reddin"}},
		{[]string{"Readers Immersed in COVID-19 News Every Day", "Brennholm shuts its schools over COVID-19", "COVID-19 reaches Reddin", "Brennholm News ends its print run"},
			[]string{"covid", "brennholm news", "reddin"}, []string{"COVID-19", "Brennholm News", "Reddin"}},
	} {
		evs := make([]store.Story, len(tc.titles))
		for i, ti := range tc.titles {
			evs[i] = store.Story{Title: ti}
		}
		tn := newTitleNames([]*nlp.Analysis{titleAnalysis(an, evs)}, tc.keys, evs, nm)
		if got := storylineNames(tc.keys, tn); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("storylineNames(%q) = %q, want %q", tc.keys, got, tc.want)
		}
	}
}
