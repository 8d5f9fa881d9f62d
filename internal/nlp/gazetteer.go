package nlp

import (
	"fmt"
	"strings"
)

// placeFields splits a line of places.txt ("Canonical|variant|@adjective")
// into its names, each trimmed and without the adjective's "@", and says
// which are adjectives.
func placeFields(line string) (names []string, adjective []bool) {
	for _, f := range strings.Split(line, "|") {
		f = strings.TrimSpace(f)
		adj := strings.HasPrefix(f, "@")
		f = strings.TrimSpace(strings.TrimPrefix(f, "@"))
		if f == "" {
			continue
		}
		names = append(names, f)
		adjective = append(adjective, adj)
	}
	return names, adjective
}

// PlaceNames returns every name the gazetteer of language lang
// (data/LANG/places.txt, the places entity analysis knows) writes a place
// with: each canonical name, variant and adjective ("France", "French"),
// as the file spells it, in the file's order. It is read from the embedded
// data at each call; an error names the file and line.
func PlaceNames(lang string) ([]string, error) {
	var out []string
	err := readData(dataFS, "data/"+lang+"/places.txt", func(line string) error {
		names, _ := placeFields(line)
		out = append(out, names...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("place names of %q: %w", lang, err)
	}
	return out, nil
}

// NameAdjectives returns the words of language lang
// (data/LANG/name_adjectives.txt) that name a party, faith or movement's
// members or serve as its adjective ("Republican", "Catholic"): alone they
// are no entity. They come lower case, in the file's order, read from the
// embedded data at each call.
func NameAdjectives(lang string) ([]string, error) {
	var out []string
	err := readData(dataFS, "data/"+lang+"/name_adjectives.txt", func(line string) error {
		out = append(out, strings.ToLower(line))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("name adjectives of %q: %w", lang, err)
	}
	return out, nil
}
