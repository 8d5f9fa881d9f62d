package view

import (
	"reflect"
	"testing"

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
	got := storylineNames([]string{"solvik", "edda solvik", "brennholm", "harbour", "arne kvist", "kvist"}, eventTitles(evs), an.Naming(nlp.DefaultLang))
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
	got := newTitleVocab(an, evs, stems, an.Naming(nlp.DefaultLang)).words(stems, []string{"Edda Solvik"})
	if want := []string{"strikes", "Dockworkers"}; !reflect.DeepEqual(got, want) {
		t.Errorf("title words = %q, want %q", got, want)
	}
}
