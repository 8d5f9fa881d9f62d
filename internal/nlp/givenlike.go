package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// unlistedGiven reports whether w, a word written before a double surname
// ("Enrique" of "Enrique Peña Nieto", "Omarosa" of "Omarosa Manigault
// Newman"), can be read as a given name the language data lacks: a word
// of three letters or more, capitalised and lower case after, with no
// point or digit, that the data knows as nothing else (no title or first
// word of one, stop word, verb, word never a name, party or faith word,
// position word, publication, body, place or adjective of one, month,
// honorific, head word of a thing's or place's name, or surname that is
// also a common word). A title or word glued on in front ("Sen.",
// "Moderator", "Tories", "Mexican") is none.
func (l *lang) unlistedGiven(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if n == 0 || !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 3 {
		return false
	}
	for _, c := range w[n:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	lw := strings.ToLower(w)
	if _, ok := l.places[lw]; ok {
		return false
	}
	_, hon := l.honorifics[lw]
	_, month := l.months[lw]
	return !hon && !month && !l.titles[lw] && l.titleFirst[lw] == 0 && !l.stop[lw] && !l.verbs[lw] &&
		!l.notNames[lw] && !l.nameAdjs[lw] && !l.descriptors[lw] && !l.pubs[lw] && !l.orgs[lw] &&
		!l.thingHeads[lw] && !l.placeHeads[lw] && !l.wordNames[lw] && l.placeFirst[lw] == 0
}
