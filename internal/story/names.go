package story

import "strings"

// deriveNames adds to names the runs of capitalised words of toks that
// only spaces separate, each weighing weight. A capitalised word that
// opens a sentence is dropped from its run when it is a function word,
// occurs in lower case elsewhere in the text, or is never capitalised
// inside a sentence while its run has no other word ("Word comes from
// People magazine" yields "People"; "Rescuers reached Velmora" yields
// "Velmora"). Weekdays and months are never names. Each run counts as a
// name, and so does each of its words, so "Tara Reid" also matches a later
// "Reid". words are the text's word statistics (see countWords).
func deriveNames(names bag, toks []token, words *wordCounts, weight int) {
	var run []string
	flush := func() {
		if len(run) == 0 {
			return
		}
		for _, w := range run {
			names[w] += weight
		}
		if len(run) > 1 {
			names[strings.Join(run, " ")] += weight
		}
		run = run[:0]
	}
	for i, t := range toks {
		if !t.joined {
			flush()
		}
		if !t.upper || t.digit {
			flush()
			continue
		}
		w := t.low
		if noContent[w] || len(w) < 2 {
			flush()
			continue
		}
		if t.start {
			ws := words.get(w)
			if ws.lower || !ws.midUp && !nextJoinedUpper(toks, i) {
				continue
			}
		}
		run = append(run, w)
	}
	flush()
}

// nextJoinedUpper reports whether the token after toks[i] continues a
// capitalised run.
func nextJoinedUpper(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i+1].joined && toks[i+1].upper && !toks[i+1].digit
}

// NameWord reports whether the clusterer may take the lower-case word w
// into a name's match key (see deriveNames): a function word, a weekday,
// a month, a single letter or a word with a digit never is one, so a name
// written with it ("New Hampshire", "Center for Medical Progress",
// "COVID-19") has no key of all its words.
func NameWord(w string) bool {
	return len(w) >= 2 && !noContent[w] && !strings.ContainsAny(w, "0123456789")
}

// CalendarWord reports whether the lower-case word w is a weekday or a
// month (or its short form), which the clusterer never takes into a name:
// so "Super Tuesday" has the key "super" alone.
func CalendarWord(w string) bool {
	return calendarWords[w]
}
