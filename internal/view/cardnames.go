package view

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/nlp"
)

// displayNames returns an event's or a storyline's main names (strongest
// first, as the clusterer keeps them) as a reader should see them on a
// story card: each entity once, in its most complete form, without the
// titles written before it, and no common words:
//
//   - a key that opens with a lower-case letter ("court", "repeal") is a
//     word, not a name, and is left out, as is a title alone ("Judge");
//   - titles and honorifics before a name go ("Attorney General Jeff
//     Sessions", "FBI Director James Comey" and "Jeff Sessions" are one);
//   - a name inside a stronger one is the same entity, named less fully
//     ("Brett" after "Brett Kavanaugh", "Vegas" after "Las Vegas"), or a
//     name run on with the next word ("Jeff Sessions Jefferson" after
//     "Jeff Sessions"): the stronger stays;
//   - a single word that a weaker name ends with is a surname or a short
//     form ("Ford" before "Christine Blasey Ford"): the full form takes
//     its place.
//
// nm gives the titles; nil leaves them.
func displayNames(keys []string, nm *nlp.Naming) []string {
	same := strings.EqualFold
	if nm != nil {
		same = func(a, b string) bool { return nm.Plain(a) == nm.Plain(b) }
	}
	var out []shownName
	for _, k := range keys {
		ws := nameForm(k, nm)
		if ws == nil {
			continue
		}
		if !mergeName(&out, ws, same) {
			out = append(out, shownName{words: ws, covers: ws})
		}
	}
	names := make([]string, 0, len(out))
	for _, n := range out {
		names = append(names, strings.Join(n.words, " "))
	}
	return names
}

// shownName is one name of a card: the words shown, and every word of the
// forms folded into it.
type shownName struct {
	words, covers []string
}

// nameForm returns the words of key without the titles before them, nil
// when key is no name: empty, a lower-case word, or a title alone.
func nameForm(key string, nm *nlp.Naming) []string {
	ws := strings.Fields(key)
	if len(ws) == 0 {
		return nil
	}
	if r, _ := utf8.DecodeRuneInString(ws[0]); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return nil
	}
	if nm == nil || nm.Body(key) {
		return ws // "Justice Department": a body, no title before a name
	}
	// Drop up to the last title among the first four words, so that the
	// office's qualifiers go with it ("Senate majority leader", "FBI
	// Director").
	cut := 0
	for i := 0; i < min(4, len(ws)); i++ {
		if nm.Honorific(ws[i]) {
			cut = i + 1
		}
	}
	// A party's word before a full name describes the person ("Democrat
	// Jon Ossoff"); before one word it names something ("Republican
	// Party").
	if len(ws)-cut >= 3 && nm.Affiliation(ws[cut]) {
		cut++
	}
	if cut == len(ws) {
		return nil
	}
	return ws[cut:]
}

// mergeName folds the name ws into one of the stronger names of *out
// when they name one entity, and reports whether it did; same compares
// words. When ws becomes the shown form of a name ("Ford", then
// "Christine Blasey Ford"), the weaker names it holds go too.
func mergeName(out *[]shownName, ws []string, same func(a, b string) bool) bool {
	names := *out
	for i, o := range names {
		switch {
		case within(ws, o.covers, same):
			return true // already there, as fully or more
		case !within(o.words, ws, same):
			continue
		}
		names[i].covers = append(o.covers[:len(o.covers):len(o.covers)], ws...)
		if len(o.words) > 1 || !same(o.words[0], ws[len(ws)-1]) {
			// "Jeff Sessions", then "Jeff Sessions Jefferson": the
			// stronger stays.
			return true
		}
		names[i].words = ws // "Ford", then "Christine Blasey Ford"
		kept := names[:i+1]
		for _, n := range names[i+1:] {
			if within(n.words, ws, same) {
				kept[i].covers = append(kept[i].covers, n.covers...)
			} else {
				kept = append(kept, n)
			}
		}
		*out = kept
		return true
	}
	return false
}

// within reports whether every word of a is a word of b, words compared
// with same.
func within(a, b []string, same func(a, b string) bool) bool {
	for _, w := range a {
		found := false
		for _, x := range b {
			if same(w, x) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
