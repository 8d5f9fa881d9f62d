package compare

import (
	"strings"

	"github.com/kljensen/snowball/english"
)

// Words of one sense in other forms (issue 15: "only in X" means no
// other article states it in any words). Two outlets that tell one act
// often pick another form of its word: a verb and its noun ("Bo Lind
// denied it" / "Lind's denial"; "she died" / "news of her death"), a
// past form the stemmer leaves apart ("fled" / "flee", "won" / "win"),
// or a near synonym of the act ("killed" / "slain", "injured" /
// "wounded", "probe" / "inquiry"). The told-elsewhere test of only-in
// claims (toldElsewhere) matches words by stem, so such a pair shared
// nothing there. README of testdata/abpjudged, "Only-in: one sense in
// other forms (session 71, h/facts71)".

// senseSets are the sets of words that tell one act or thing: verbs and
// their nouns whose stems differ, past forms the stemmer does not join
// to their verb, and narrow sets of synonyms of news acts. Words of
// loose sense ("take", "cut off", "fire" as shooting or dismissal),
// verbs of saying (left out of the test anyway) and pairs whose
// participants swap ("won" / "defeated") are kept out: a word here
// joins two sentences as the same word would.
var senseSets = [][]string{
	// A verb and its noun.
	{"deny", "denial"},
	{"die", "death"},
	{"decide", "decision"},
	{"fail", "failure"},
	{"threaten", "threat"},
	{"testify", "testimony"},
	{"acquit", "acquittal"},
	{"invade", "invasion"},
	{"depart", "departure"},
	{"pay", "paid", "payment"},
	{"sell", "sold", "sale"},
	{"buy", "bought"},
	{"explode", "explosion"},
	{"destroy", "destruction"},
	{"win", "won"},
	{"lose", "lost", "loss"},
	{"grow", "grew", "growth"},
	{"apologize", "apologise", "apology"},
	{"criticize", "criticise", "criticism"},
	{"marry", "married", "marriage"},
	{"discover", "discovery"},
	{"recover", "recovery"},
	{"collide", "collision"},
	{"suspend", "suspension"},
	{"extend", "extension"},
	{"expand", "expansion"},
	{"oppose", "opposition"},
	// Past forms the stemmer leaves apart from their verb.
	{"flee", "fled"},
	{"shoot", "shot"},
	{"strike", "struck"},
	{"seek", "sought"},
	{"begin", "began", "begun"},
	{"bring", "brought"},
	{"meet", "met"},
	{"steal", "stole", "stolen"},
	{"fight", "fought"},
	{"catch", "caught"},
	{"build", "built"},
	{"send", "sent"},
	{"spend", "spent"},
	{"drive", "drove", "driven"},
	{"rise", "rose", "risen"},
	{"fall", "fell", "fallen"},
	{"choose", "chose", "chosen"},
	{"sink", "sank", "sunk"},
	{"swear", "swore", "sworn"},
	{"lead", "led"},
	{"hold", "held"},
	{"break", "broke", "broken"},
	{"throw", "threw", "thrown"},
	{"fly", "flew", "flown"},
}

// senseStem maps the stem of each word of senseSets to the stem of its
// set's first word, and senseForms that stem to the stems of its set.
// Both are built once and only read.
var senseStem, senseForms = func() (map[string]string, map[string][]string) {
	stem := map[string]string{}
	forms := map[string][]string{}
	for _, set := range senseSets {
		head := english.Stem(set[0], true)
		for _, w := range set {
			s := english.Stem(w, true)
			if _, dup := stem[s]; dup {
				continue
			}
			stem[s] = head
			forms[head] = append(forms[head], s)
		}
	}
	return stem, forms
}()

// sense returns feature f, a "w:" stem or a "b:" pair of stems, with
// each stem of senseSets replaced by the stem of its set's first word:
// two sentences that tell one act in other forms of its word hold the
// same sense feature ("w:deni" for "denied" and "denial"). Any other
// feature is returned as it is.
func sense(f string) string {
	switch {
	case strings.HasPrefix(f, "w:"):
		if h, ok := senseStem[f[len("w:"):]]; ok {
			return "w:" + h
		}
	case strings.HasPrefix(f, "b:"):
		a, b, ok := strings.Cut(f[len("b:"):], " ")
		if !ok {
			return f
		}
		ha, oka := senseStem[a]
		hb, okb := senseStem[b]
		if !oka && !okb {
			return f
		}
		if !oka {
			ha = a
		}
		if !okb {
			hb = b
		}
		return "b:" + ha + " " + hb
	}
	return f
}

// senseFeatures returns the "w:" features of every form of the sense of
// "w:" feature f (f alone when its stem is in no set of senseSets).
func senseFeatures(f string) []string {
	h, ok := senseStem[strings.TrimPrefix(f, "w:")]
	if !ok {
		return []string{f}
	}
	out := make([]string, 0, len(senseForms[h]))
	for _, s := range senseForms[h] {
		out = append(out, "w:"+s)
	}
	return out
}
