package nlp

import "time"

// Days a sentence names for what it tells: "Trump on Saturday defended
// …", "… defeated Le Pen Sunday", "The council voted yesterday". A day
// that tells when something was said ("said Monday", "told reporters on
// Friday"), when a source put it out ("according to a count released
// Monday night"), a possessive ("Saturday's vote") or a day inside a
// quotation tells no time of the act: it is not read.

// weekdayOf maps the Norm of a day's name to its weekday.
var weekdayOf = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

// otherWeekWords before a day's name put it in another week ("next
// Wednesday", "last Friday") or make it no one day ("every Sunday").
var otherWeekWords = setOfWords("next", "last", "this", "coming", "following", "previous", "every", "each", "past")

// spanWords before a day's name make it a bound of a stretch of time or
// a deadline ("through Saturday", "until Monday", "by Friday"), no day of
// the act.
var spanWords = setOfWords("through", "until", "till", "by", "before", "after", "since", "from")

// dayFrameWords stand beside a day that tells when something was said or
// put out: verbs and nouns of saying, and a source's statement.
var dayFrameWords = setOfWords("said", "says", "say", "told", "tells", "saying", "telling", "announced", "announces",
	"tweeted", "wrote", "writes", "stated", "added", "noted", "confirmed", "reported", "reports", "declared", "warned",
	"insisted", "argued", "claimed", "explained", "acknowledged", "predicted", "vowed", "statement", "interview",
	"briefing", "conference", "speech", "remarks", "released", "published", "posted", "according")

// ActDays returns the days of the week a sentence's tokens name for what
// it tells outside quotations, and whether it names "yesterday". ok is
// false when the sentence names a day of another week ("next Wednesday",
// "last Friday", "this Sunday") or every week: its days are then not
// one act's. A day is not read when a word of saying or of a source's
// statement stands within three words of it ("said on Monday", "on
// Friday told reporters", "a count released Monday night"), when it is
// a possessive ("Saturday's vote"), when it bounds a stretch of time
// ("through Saturday", "by Friday") or when it follows "according to" in
// its clause.
func ActDays(toks []Token) (days []time.Weekday, yesterday, ok bool) {
	inQuote, according := false, false
	for i := range toks {
		t := &toks[i]
		switch t.Surface {
		case "“":
			inQuote = true
			continue
		case "”":
			inQuote = false
			continue
		case "\"":
			inQuote = !inQuote
			continue
		case ",", ";", ":", "–", "—", "(", ")":
			according = false
			continue
		}
		if t.Kind != KindWord {
			continue
		}
		if t.Norm == "according" {
			according = true
		}
		wd, isDay := weekdayOf[t.Norm]
		if !isDay && t.Norm != "yesterday" {
			continue
		}
		if inQuote || according || possessiveNext(toks, i) || framedDay(toks, i) || i > 0 && spanWords[toks[i-1].Norm] {
			continue
		}
		if isDay && i > 0 && otherWeekWords[toks[i-1].Norm] {
			return nil, false, false
		}
		if isDay {
			days = append(days, wd)
		} else {
			yesterday = true
		}
	}
	return days, yesterday, true
}

// possessiveNext reports whether the token after i is a possessive "'s".
func possessiveNext(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	s := toks[i+1].Surface
	return s == "'s" || s == "’s" || s == "'" || s == "’"
}

// framedDay reports whether a word of dayFrameWords stands within three
// words before or after token i (punctuation not counted, a sentence's
// end not passed).
func framedDay(toks []Token, i int) bool {
	for dir := -1; dir <= 1; dir += 2 {
		n := 0
		for j := i + dir; j >= 0 && j < len(toks) && n < 3; j += dir {
			if toks[j].Kind != KindWord {
				continue
			}
			if dayFrameWords[toks[j].Norm] {
				return true
			}
			n++
		}
	}
	return false
}
