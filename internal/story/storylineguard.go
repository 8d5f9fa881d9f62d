package story

import (
	_ "embed"
	"strings"
)

//go:embed data/places.txt
var placesText string

// placeKeys are the name keys (hashKey of kindNames) that name a place or
// a beat rather than a participant: every key deriveNames makes of a
// place of data/places.txt (each word of the name and the whole name), and
// the party and faith words (with their plurals) that name a side, not a
// body ("Republican", "Democrats").
var placeKeys = func() map[uint64]bool {
	keys := map[uint64]bool{}
	add := func(k string) { keys[hashKey(kindNames, k)] = true }
	for _, line := range strings.Split(placesText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var run []string
		for _, t := range tokenize(nil, line) {
			if t.digit || stopwords[t.low] || len(t.low) < 2 {
				continue
			}
			run = append(run, t.low)
			add(t.low)
		}
		if len(run) > 1 {
			add(strings.Join(run, " "))
		}
		if len(run) == 1 && beatWords[run[0]] {
			add(run[0] + "s")
		}
	}
	return keys
}()

// beatWords are the one-word entries of data/places.txt whose plural
// names a side too ("Republicans").
var beatWords = setOf("republican", "democrat", "conservative", "liberal", "progressive", "communist", "socialist", "islamist", "christian", "muslim", "evangelical", "catholic", "libertarian")

// participantMass is how much of what two storylines' names share is a
// participant: the sum, over the names both hash-sorted unit vectors
// carry that place no place or beat key (see placeKeys), of the product
// of their weights.
func participantMass(a, b vec) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].h < b[j].h:
			i++
		case b[j].h < a[i].h:
			j++
		default:
			if !placeKeys[a[i].h] {
				s += a[i].w * b[j].w
			}
			i++
			j++
		}
	}
	return s
}

// placeWordKeys are the word keys (hashKey of kindWords: stems) of the
// places of data/places.txt, as the extractor makes them of a title.
var placeWordKeys = func() map[uint64]bool {
	keys := map[uint64]bool{}
	x := NewTextExtractor()
	for _, line := range strings.Split(placesText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, f := range x.Extract(Doc{Title: line}).Terms {
			keys[hashKey(kindWords, f.Key)] = true
		}
	}
	return keys
}()

// sharedMass is the sum, over the keys both hash-sorted unit vectors
// carry that skip does not hold, of the product of their weights.
func sharedMass(a, b vec, skip map[uint64]bool) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].h < b[j].h:
			i++
		case b[j].h < a[i].h:
			j++
		default:
			if !skip[a[i].h] {
				s += a[i].w * b[j].w
			}
			i++
			j++
		}
	}
	return s
}

// sharesParticipant reports whether storyline profiles a and b (see
// storyline.asProfile) share enough beyond places and beats to be merged
// under cfg: a participant (MergeParticipants of their names) or a
// specific act (MergeActs of their words). A guard of zero never refuses.
func sharesParticipant(cfg *StorylineConfig, a, b *profile) bool {
	if cfg.MergeParticipants <= 0 && cfg.MergeActs <= 0 {
		return true
	}
	return participantMass(a.names, b.names) >= cfg.MergeParticipants && cfg.MergeParticipants > 0 ||
		sharedMass(a.words, b.words, placeWordKeys) >= cfg.MergeActs && cfg.MergeActs > 0
}
