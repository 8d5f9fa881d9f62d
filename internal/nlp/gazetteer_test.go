package nlp

import (
	"slices"
	"testing"
)

// TestPlaceNames: the gazetteer's names come one a field, canonical
// names, variants and adjectives alike, without the adjective's "@" and
// without the file's comments; the name adjectives come lower case.
func TestPlaceNames(t *testing.T) {
	places, err := PlaceNames(DefaultLang)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"France", "French", "Democratic Republic of Congo", "DRC", "U.S.", "Mar-a-Lago"} {
		if !slices.Contains(places, want) {
			t.Errorf("PlaceNames lacks %q", want)
		}
	}
	for _, p := range places {
		if p == "" || p[0] == '@' || p[0] == '#' || p[0] == ' ' || p[len(p)-1] == ' ' {
			t.Errorf("PlaceNames gives %q", p)
		}
	}
	adjs, err := NameAdjectives(DefaultLang)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(adjs, "republican") || !slices.Contains(adjs, "catholic") || slices.Contains(adjs, "France") {
		t.Errorf("NameAdjectives = %v", adjs)
	}
	if _, err := PlaceNames("xx"); err == nil {
		t.Errorf("PlaceNames of a language without data gives no error")
	}
}
