package story

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// guardNames are the names a storyline merge does not count as a shared
// participant or act: every name, variant and adjective of the
// gazetteer entity analysis reads (nlp.PlaceNames) and the party and
// faith words (nlp.NameAdjectives), which name a side or a beat, not a
// body.
var guardNames = func() []string {
	places, err := nlp.PlaceNames(nlp.DefaultLang)
	if err != nil {
		panic("story: the storyline merge guard: " + err.Error())
	}
	return append(places, sideNames...)
}()

// sideNames are the party and faith words of guardNames
// (nlp.NameAdjectives, lower case).
var sideNames = func() []string {
	sides, err := nlp.NameAdjectives(nlp.DefaultLang)
	if err != nil {
		panic("story: the storyline merge guard: " + err.Error())
	}
	return sides
}()

// placeKeys are the name keys (hashKey of kindNames) that name a place or
// a beat rather than a participant: every key deriveNames makes of one of
// guardNames written capitalised in mid-sentence (each word and, of a run
// of two or more, the whole run: "Democratic Republic of Congo" gives
// "democratic", "republic", "democratic republic" and "congo"), and the
// plural of each party and faith word (sideNames): "Democrats",
// "Nazis", "Shiites" name a side, not a participant.
var placeKeys = func() map[uint64]bool {
	keys := map[uint64]bool{}
	names := bag{}
	var words wordCounts
	for _, name := range guardNames {
		toks := tokenize(nil, strings.ToUpper(name[:1])+name[1:]) // the party words come lower case
		for i := range toks {
			toks[i].start = false // mid-sentence: no sentence-start reading
		}
		deriveNames(names, toks, &words, 1)
	}
	for _, side := range sideNames {
		names[strings.ToLower(side)+"s"]++
	}
	for k := range names {
		keys[hashKey(kindNames, k)] = true
	}
	return keys
}()

// participantMass is how much of what two storylines' names share is a
// participant: their shared mass (see sharedMass) leaving out the place
// and beat keys (placeKeys).
func participantMass(a, b vec) float64 {
	return sharedMass(a, b, placeKeys)
}

// placeWordKeys are the word keys (hashKey of kindWords: stems) of
// guardNames, as the extractor makes them of a title.
var placeWordKeys = func() map[uint64]bool {
	keys := map[uint64]bool{}
	x := NewTextExtractor()
	for _, name := range guardNames {
		for _, f := range x.Extract(Doc{Title: name}).Terms {
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
// specific act (MergeActs of their words). A guard of zero is off: its
// share never lets a merge through; with both off it never refuses.
func sharesParticipant(cfg *StorylineConfig, a, b *profile) bool {
	if cfg.MergeParticipants <= 0 && cfg.MergeActs <= 0 {
		return true
	}
	return participantMass(a.names, b.names) >= cfg.MergeParticipants && cfg.MergeParticipants > 0 ||
		sharedMass(a.words, b.words, placeWordKeys) >= cfg.MergeActs && cfg.MergeActs > 0
}
