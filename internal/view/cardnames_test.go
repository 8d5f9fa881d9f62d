package view

import (
	"reflect"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
)

// TestDisplayNames: the main names on a story card name each entity
// once, in its fullest form, without titles, and hold no common words.
func TestDisplayNames(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	nm := an.Naming(nlp.DefaultLang)
	for _, tc := range []struct{ keys, want []string }{
		{[]string{"Edda Solvik", "Brennholm", "Edda", "Solvik"}, []string{"Edda Solvik", "Brennholm"}},
		{[]string{"Arne Kvist", "Mayor Arne Kvist", "Harbour Director Arne Kvist", "Kvist"}, []string{"Arne Kvist"}},
		{[]string{"Ana Ruiz", "Ana Ruiz Ruizdale", "Port"}, []string{"Ana Ruiz", "Port"}},
		{[]string{"Lind", "Sorn", "Mara Tove Lind", "Mara"}, []string{"Mara Tove Lind", "Sorn"}},
		{[]string{"Reddin", "Reddin Valley", "Valley"}, []string{"Reddin"}},
		{[]string{"court", "Judge", "Senate majority leader Ivo Kral", "harbour", "Ivo Kral"}, []string{"Ivo Kral"}},
		{[]string{"Port Authority", "Authority", "Port", "Sorn"}, []string{"Port Authority", "Sorn"}},
		{[]string{"COVID", "2030 Games", "Games"}, []string{"COVID", "2030 Games"}},
		{[]string{"Pe\u00f1a Nieto", "Pe\u00f1a", "Republican Party", "Democrat Lena Maria Ost", "Lena Maria Ost"}, []string{"Pe\u00f1a Nieto", "Republican Party", "Lena Maria Ost"}},
		{[]string{"Nieto", "Pe\u00f1a", "Mexico", "Enrique", "Pe\u00f1a Nieto"}, []string{"Pe\u00f1a Nieto", "Mexico", "Enrique"}},
		{[]string{"Justice Department", "Ivo Kral", "Chief Justice Ivo Kral"}, []string{"Justice Department", "Ivo Kral"}},
		{nil, []string{}},
	} {
		if got := displayNames(tc.keys, nm); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("displayNames(%q) = %q, want %q", tc.keys, got, tc.want)
		}
	}
}

// TestStorylineNames: a storyline's match keys are shown as its events'
// titles write them; keys no title holds are left out.
func TestStorylineNames(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	evs := []store.Story{{Title: "Mayor Edda Solvik quits in Brennholm"}, {Title: "Solvik's deputy Arne Kvist sworn in"}}
	keys := []string{"solvik", "edda solvik", "brennholm", "harbour", "arne kvist", "kvist"}
	got := storylineNames(keys, newTitleNames([]*nlp.Analysis{titleAnalysis(an, evs)}, keys, evs, an.Naming(nlp.DefaultLang)))
	if want := []string{"Edda Solvik", "Brennholm", "Arne Kvist"}; !reflect.DeepEqual(got, want) {
		t.Errorf("storylineNames = %q, want %q", got, want)
	}
}

// TestWordsOfTitles: a storyline's term stems are shown as its events'
// titles write them, in small letters when some title writes the word
// so; a stem no title holds and a word of a name shown are left out.
func TestWordsOfTitles(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	evs := []store.Story{{Title: "Harbour Strikes Spread to Brennholm"}, {Title: "Dock strikes end as Solvik signs the deal"}, {Title: "Solvik Thanks Dockworkers"}}
	stems := []string{"strike", "dockwork", "solvik", "zzqx"}
	got := newTitleVocab(titleAnalysis(an, evs), stems, an.Naming(nlp.DefaultLang)).words(stems, []string{"Edda Solvik"})
	if want := []string{"strikes", "Dockworkers"}; !reflect.DeepEqual(got, want) {
		t.Errorf("title words = %q, want %q", got, want)
	}
}

// TestStorylineWholeNames: a storyline's names are the whole names its
// event titles write, not the pieces the clusterer keys them by (issue
// 14: "Jong" and "Kim" for Kim Jong Un, "Hampshire" for New Hampshire,
// "Cortez" for a hyphenated surname, "Iranian" beside "Iran"): a surname
// alone is the person named in full, a piece of a name is the name, a
// demonym is its place, and an abbreviation is the name it stands for.
func TestStorylineWholeNames(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	nm := an.Naming(nlp.DefaultLang)
	evs := []store.Story{
		{Title: "Kim Jong Un meets harbour envoys in Varnholt", Entities: []string{"kim jong un", "kim", "varnholt"}},
		{Title: "Envoys say Kim Jong Un agreed to talks on the Varnholt dock dispute", Entities: []string{"kim", "jong", "kim jong", "varnholt"}},
		{Title: "Kim warns Sorn over harbour tolls", Entities: []string{"kim", "sorn"}},
		{Title: "Lena Ortiz-Varga wins New Hampshire primary", Entities: []string{"lena ortiz", "varga", "hampshire"}},
		{Title: "Ortiz-Varga thanks New Hampshire voters", Entities: []string{"ortiz", "varga", "hampshire"}},
		{Title: "Iran rejects the Varnholt harbour tolls", Entities: []string{"iran", "varnholt"}},
		{Title: "Iranian envoy visits the Harbour Transport Authority", Entities: []string{"iranian", "harbour transport authority", "hta"}},
		{Title: "HTA raises tolls", Entities: []string{"hta"}},
	}
	for _, tc := range []struct{ keys, want []string }{
		{[]string{"kim", "jong", "kim jong", "varnholt"}, []string{"Kim Jong Un", "Varnholt"}},
		{[]string{"hampshire", "varga", "lena ortiz", "ortiz"}, []string{"New Hampshire", "Lena Ortiz-Varga"}},
		{[]string{"iranian", "iran", "hta", "authority", "harbour transport authority"}, []string{"Iran", "Harbour Transport Authority"}},
	} {
		tn := newTitleNames([]*nlp.Analysis{titleAnalysis(an, evs)}, tc.keys, evs, nm)
		if got := storylineNames(tc.keys, tn); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("storylineNames(%q) = %q, want %q", tc.keys, got, tc.want)
		}
	}
}

// TestThreadOfStory: on a story's page its storyline's keys are the
// whole names the story's articles write; a key that is only a piece of
// one ("varga" of "Lena Ortiz-Varga") is that name, not left out.
func TestThreadOfStory(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	arts := []*article.Article{
		{ID: "a", Title: "Ortiz-Varga wins New Hampshire primary", Paragraphs: []string{"Lena Ortiz-Varga won the New Hampshire primary on Tuesday, beating the harbour mayor of Varnholt."}},
		{ID: "b", Title: "New Hampshire votes", Paragraphs: []string{"Voters in New Hampshire backed Lena Ortiz-Varga, who thanked them in Concord."}},
	}
	names, _ := threadOfStory(analyze(an, arts), []string{"hampshire", "varga", "lena ortiz"}, nil, an.Naming(nlp.DefaultLang))
	if want := []string{"New Hampshire", "Lena Ortiz-Varga"}; !reflect.DeepEqual(names, want) {
		t.Errorf("threadOfStory = %q, want %q", names, want)
	}
}
