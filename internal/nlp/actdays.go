package nlp

import "time"

// Days a sentence names for what it tells: "Mayor Varn on Saturday
// defended …", "… defeated Ivo Lund Sunday", "The council voted
// yesterday". A day that tells when something was said ("said Monday",
// "told reporters on Friday"), when a source put it out ("according to a
// count released Monday night"), a possessive ("Saturday's vote") or a
// day inside a quotation tells no time of the act: it is not read.

// weekdayOf maps the Norm of a day's name to its weekday.
var weekdayOf = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

// otherWeekWords before a day's name put it in another week ("next
// Wednesday", "last Friday") or make it no one day ("every Sunday").
var otherWeekWords = setOfWords("next", "last", "this", "coming", "following", "previous", "every", "each", "past")

// spanWords before a day's name make it a bound of a stretch of time or
// a deadline ("through Saturday", "until Monday", "by Friday", "as soon
// as Sunday"), no day of the act.
var spanWords = setOfWords("through", "until", "till", "by", "before", "after", "since", "from", "as")

// dayFrameWords stand beside a day that tells when something was said or
// put out: verbs and nouns of saying, and a source's statement.
var dayFrameWords = setOfWords("said", "says", "say", "told", "tells", "saying", "telling", "announced", "announces",
	"tweeted", "wrote", "writes", "stated", "added", "noted", "confirmed", "reported", "reports", "declared", "warned",
	"insisted", "argued", "claimed", "explained", "acknowledged", "predicted", "vowed", "statement", "interview",
	"briefing", "conference", "speech", "remarks", "released", "published", "posted", "according")

// dayClauseWords open a clause or phrase whose day is not the act's
// of the sentence: a subordinate or relative clause ("since he was
// captured Thursday", "a game that was scheduled for Thursday") or a
// phrase of another happening ("following testimony Wednesday").
var dayClauseWords = setOfWords("since", "following", "after", "before", "until", "when", "while", "who", "whom",
	"whose", "which", "that", "where", "what")

// dayModifierWords before a day's name make it part of a noun phrase ("a
// Saturday deadline", "his Monday comments"), no day of the act.
var dayModifierWords = setOfWords("a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "'s", "’s")

// monthNames follow a day's name that opens a full date ("Monday, March
// 25"): the date is read elsewhere, not as a weekday.
var monthNames = setOfWords("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// ActDays returns the days of the week a sentence's tokens name for what
// it tells outside quotations, and whether it names "yesterday". ok is
// false when the sentence names a day of another week ("next Wednesday",
// "last Friday", "this Sunday") or every week: its days are then not
// one act's. A day is not read
//   - inside a quotation (a sentence whose first quotation mark closes one
//     is inside it from its start) or parentheses;
//   - when a word of saying or of a source's statement stands within four
//     words of it ("said on Monday", "told the news agency Monday", "a
//     count released Monday night") or "according to" opens its clause;
//   - when a subordinate or relative clause or a phrase of another
//     happening holds it ("since he was captured Thursday", "following
//     testimony Wednesday"), or an apposition opened by a verb in -ed
//     ("Vell, arrested on Saturday, …");
//   - when it modifies a noun ("Saturday's vote", "a Saturday deadline",
//     "North Ostra's Wednesday decision"), bounds a stretch of time
//     ("through Saturday", "by Friday", "as soon as Sunday"), follows
//     "midnight" (which of two days is meant varies) or opens a full date
//     ("Monday, March 25").
func ActDays(toks []Token) (days []time.Weekday, yesterday, ok bool) {
	inQuote, inParen, skipClause := startsInQuote(toks), false, false
	clauseStart := true
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
		case "(":
			inParen = true
			continue
		case ")":
			inParen = false
			continue
		case ",", ";", ":", "–", "—":
			skipClause, clauseStart = false, true
			continue
		}
		if t.Kind != KindWord {
			continue
		}
		opens := clauseStart
		clauseStart = false
		if t.Norm == "according" || dayClauseWords[t.Norm] || opens && i > 0 && pastParticiple(t) {
			skipClause = true
		}
		wd, isDay := weekdayOf[t.Norm]
		if !isDay && t.Norm != "yesterday" {
			continue
		}
		var prev string
		if i > 0 {
			prev = toks[i-1].Norm
			if prev == "" {
				prev = toks[i-1].Surface
			}
		}
		if inQuote || inParen || skipClause || possessiveNext(toks, i) || framedDay(toks, i) ||
			spanWords[prev] || dayModifierWords[prev] || prev == "midnight" || isDay && opensDate(toks, i) {
			continue
		}
		if isDay && otherWeekWords[prev] {
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

// startsInQuote reports whether the first quotation mark of toks closes
// one: the sentence goes on a quotation an earlier one opened.
func startsInQuote(toks []Token) bool {
	for i := range toks {
		switch toks[i].Surface {
		case "“", "\"":
			return false
		case "”":
			return true
		}
	}
	return false
}

// pastParticiple reports whether t is a lower-case word in -ed ("arrested").
func pastParticiple(t *Token) bool {
	s := t.Surface
	return len(s) > 4 && s[0] >= 'a' && s[0] <= 'z' && s[len(s)-2:] == "ed"
}

// opensDate reports whether the day's name at i is followed by a comma and
// a month's name ("Monday, March 25").
func opensDate(toks []Token, i int) bool {
	return i+2 < len(toks) && toks[i+1].Surface == "," && monthNames[toks[i+2].Norm]
}

// possessiveNext reports whether the token after i is a possessive "'s".
func possessiveNext(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	s := toks[i+1].Surface
	return s == "'s" || s == "’s" || s == "'" || s == "’"
}

// framedDay reports whether a word of dayFrameWords stands within four
// words before or after token i (punctuation not counted, a sentence's
// end not passed).
func framedDay(toks []Token, i int) bool {
	for dir := -1; dir <= 1; dir += 2 {
		n := 0
		for j := i + dir; j >= 0 && j < len(toks) && n < 4; j += dir {
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
