package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads (issue 15; README of testdata/abpjudged, "Only-in of
// session 58") two kinds of line that state no fact of their own,
// and two forms in which another article writes a name.

// bareVerbs are the verbs of a line that only says who spoke.
var bareVerbs = map[string]bool{
	"said": true, "says": true, "tweeted": true, "tweets": true, "wrote": true, "writes": true,
	"added": true, "adds": true, "noted": true, "notes": true, "explained": true, "explains": true,
	"commented": true, "remarked": true, "told": true, "tells": true,
}

// attributionFiller are the words that may follow the verb of a line
// that only says who spoke ("added some context", "said on Twitter on
// Tuesday", "told reporters"): none of them tells what was said.
var attributionFiller = map[string]bool{
	"some": true, "more": true, "context": true, "the": true, "following": true, "on": true,
	"twitter": true, "facebook": true, "instagram": true, "in": true, "a": true, "statement": true,
	"later": true, "then": true, "too": true, "also": true, "as": true, "well": true, "reporters": true,
	"today": true, "yesterday": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "earlier": true, "recently": true,
}

// bareClauseWords start or join a clause: a line with one of them before
// its verb of saying tells something beside who spoke.
var bareClauseWords = map[string]bool{
	"that": true, "who": true, "whom": true, "which": true, "when": true, "after": true, "before": true,
	"because": true, "while": true, "if": true, "as": true, "since": true, "although": true, "but": true,
	"than": true, "to": true, "not": true, "never": true, "has": true, "had": true, "have": true,
	"is": true, "was": true, "were": true, "are": true, "will": true, "would": true,
}

// bareAttribution reports whether text is a line that only says who
// spoke: a subject of at most ten words and a verb of saying, with at
// most a few words after it that tell when, where or how (see
// attributionFiller), no quotation mark, comma, semicolon or colon, and
// no clause word before the verb ("Party adviser Ann Lee tweeted.",
// "Radio host Bo Park added some context."). Such a line is the
// attribution of words the article sets apart: a quote that the
// sentence splitter left in the sentence before, or a clip or post the
// page embeds after it. It states no fact of its own, and the names it
// gives are the speaker's, which the quote's own claim shows (README
// of testdata/abpjudged, "Only-in of session 58": a split attribution
// and a video's lead-in of fresh41).
func bareAttribution(text string) bool {
	t := strings.TrimSpace(strings.TrimLeft(text, "•*-–— \t"))
	t, ok := strings.CutSuffix(t, ".")
	if !ok || strings.ContainsAny(t, "\"“”‘,;:()!?") {
		return false
	}
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 14 {
		return false
	}
	v := -1
	for i, w := range words {
		if i > 0 && bareVerbs[strings.ToLower(w)] {
			v = i
		}
	}
	if v < 0 || v > 10 || len(words)-v-1 > 4 {
		return false
	}
	for _, w := range words[:v] {
		if bareClauseWords[strings.ToLower(w)] {
			return false
		}
	}
	told := strings.EqualFold(words[v], "told") || strings.EqualFold(words[v], "tells")
	for _, w := range words[v+1:] {
		r, _ := utf8.DecodeRuneInString(w)
		// "told CNN", "told The Washington Post": the outlet a speaker
		// talked to.
		if !attributionFiller[strings.ToLower(w)] && !(told && unicode.IsUpper(r)) {
			return false
		}
	}
	return true
}

// mediaWords are what a page embeds in its body.
var mediaWords = []string{"video", "videos", "clip", "clips", "footage", "segment", "interview", "tweet", "tweets", "post", "audio", "podcast", "photo", "photos", "image", "images", "chart", "graphic", "map"}

// mediaLeadIn reports whether text is a line that leads in to media
// the page embeds: a line of at most twelve words and no quotation
// mark that starts "Watch", "Listen", "See" or "View" ("Watch the
// clip.", "See below."), or that points to a video, clip, tweet or
// other medium "below" or "above" ("The full segment is below.").
// Such a line is page furniture: what it shows is in the medium, which
// the text does not hold.
func mediaLeadIn(text string) bool {
	t := strings.ToLower(strings.TrimSpace(strings.TrimLeft(text, "•*-–— \t")))
	if strings.ContainsAny(t, "\"“”‘") {
		return false
	}
	words := strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' })
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	media := slices.ContainsFunc(words, func(w string) bool { return slices.Contains(mediaWords, w) })
	where := slices.Contains(words, "below") || slices.Contains(words, "above")
	switch words[0] {
	case "watch", "listen", "see", "view":
		return media || where || len(words) <= 2
	}
	return media && where
}

// genericTails are the last words a name may be written with or
// without, the name the same ("Thanksgiving Day" and "Thanksgiving",
// "Carrier Corp." and "Carrier").
var genericTails = map[string]bool{
	"Day": true, "Inc.": true, "Inc": true, "Corp.": true, "Corp": true, "Co.": true,
	"Corporation": true, "Company": true, "Ltd": true, "Ltd.": true, "LLC": true,
}

// namedWithoutTail reports whether seen writes name, a name of several
// words whose last is a generic tail (genericTails), without that tail,
// capitalised inside a sentence with no other name around it
// ("Thanksgiving" for "Thanksgiving Day", see standsAlone; "New" of
// "New York" is no "New Day"). A name mention is not enough: one reads
// "Election" of "Board of Election". One own-part miss of fresh41
// showed a holiday another article names as the article's own name.
func namedWithoutTail(seen thingsSeen, name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || !genericTails[f[len(f)-1]] {
		return false
	}
	rest := strings.Join(f[:len(f)-1], " ")
	return seen.other(seen.all.firstWriting(&seen.all.alone, rest, standsAlone))
}

// firstWriting returns the first two articles (-1: none) whose cased
// text holds key by writes, read once per comparison and kept in *cache:
// a story's sentences ask for the same names again and again, and each
// ask read every other article's text (review58a).
func (a *allSeen) firstWriting(cache *map[string][2]int, key string, writes func(text, key string) bool) [2]int {
	if w, ok := (*cache)[key]; ok {
		return w
	}
	w := [2]int{-1, -1}
	for j, c := range a.cased {
		if writes(c, key) {
			if firstOf(&w, j); w[1] >= 0 {
				break
			}
		}
	}
	if *cache == nil {
		*cache = map[string][2]int{}
	}
	(*cache)[key] = w
	return w
}

// leadWords may open a sentence before a name ("On Thanksgiving, …").
var leadWords = map[string]bool{"on": true, "in": true, "at": true, "by": true, "before": true, "after": true,
	"since": true, "until": true, "during": true, "over": true, "from": true, "this": true, "last": true, "next": true, "the": true}

// standsAlone reports whether text writes name as whole words inside a
// sentence with no capitalised word after it: "Thanksgiving" in "on
// Thanksgiving, Trump", not "New" of "New York" or a sentence's first
// word, nor "Election" of "Election Night" or "Board of Election",
// other names.
func standsAlone(text, name string) bool {
	return wholeWords(text, name, func(k, end int) bool {
		before := strings.TrimRight(text[:k], " \"“‘'(")
		if before == "" || strings.ContainsAny(before[len(before)-1:], ".!?:\n") {
			return false // a sentence's or a line's first word
		}
		// The word before: the last field of before, found from its end
		// (strings.Fields of all of before, per occurrence, was quadratic
		// in a long paragraph that writes the name often; review58a).
		if b := strings.TrimRightFunc(before, unicode.IsSpace); b != "" {
			prev := b[strings.LastIndexFunc(b, unicode.IsSpace)+1:]
			if r, _ := utf8.DecodeRuneInString(prev); unicode.IsUpper(r) && !leadWords[strings.ToLower(prev)] || prev == "of" || prev == "for" || prev == "and" || prev == "&" {
				return false // the end of a longer name ("Board of Election")
			}
		}
		after := strings.TrimLeft(text[end:], " ")
		r, _ := utf8.DecodeRuneInString(after)
		return text[end:] == after || !unicode.IsUpper(r) // else another name goes on
	})
}

// acronymSpelledOut reports whether seen writes acronym (isAcronym) as the run
// of capitalised words it stands for, small words between them allowed
// (initialsOf), though no name mention there is that run: a show's
// name in quotation marks ("Saturday Night Live" for SNL) is often no
// name mention at all (one own-part miss of fresh41).
func acronymSpelledOut(seen thingsSeen, acronym string) bool {
	if !isAcronym(acronym) {
		return false
	}
	return seen.other(seen.all.firstWriting(&seen.all.spelled, acronym, spellsOut))
}

// spellsOut reports whether text c writes acronym as the run of
// capitalised words it stands for (see acronymSpelledOut).
func spellsOut(c, acronym string) bool {
	n := utf8.RuneCountInString(acronym)
	first, _ := utf8.DecodeRuneInString(acronym)
	if !strings.ContainsRune(c, first) {
		return false
	}
	words := strings.Fields(c)
	for i, w := range words {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "\"“‘'(")); r != first {
			continue
		}
		// The run of capitalised words from word i, up to the first
		// word that is not one or that punctuation ends: a name of its
		// own, read whole ("Castillo of National Nurses" is a name, a
		// small word and another name, no CNN).
		var run []string
		for k := i; k < len(words) && len(run) <= n; k++ {
			bare := strings.TrimLeft(words[k], "\"“‘'(")
			core := strings.TrimRight(bare, "\"”’',.;:!?)")
			r, _ := utf8.DecodeRuneInString(core)
			if core == "" || !unicode.IsUpper(r) || k > i && bare != words[k] {
				break
			}
			run = append(run, core)
			if core != bare {
				break
			}
		}
		if len(run) == n && slices.Contains(initialsOf(strings.Join(run, " ")), acronym) {
			return true
		}
	}
	return false
}
