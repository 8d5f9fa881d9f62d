package main

import (
	"strings"
	"time"
	"unicode"

	"github.com/parallax-news/parallax/internal/nlp"
)

// happening is one act an article tells, read from one sentence: who
// (actor: entity keys, or a role word), what (act: the verb's lemma and
// its classes), on whom or what (object: entity keys, or the stem of the
// first content word after the verb), and on which day.
type happening struct {
	actor   []string
	lemma   string
	classes []string
	object  []string
	// day is the day number (days since 1970-01-01, UTC) the sentence's
	// nearest time phrase resolves to; hasDay is false when it names none.
	day    int32
	hasDay bool
	// title is true for a happening of the title, lead for one of the
	// first leadSentences body sentences.
	title, lead bool
	say         bool
}

// leadSentences is how many body sentences make an article's lead.
const leadSentences = 2

// weekdayOf maps weekday names to their number.
var weekdayOf = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// monthOf maps month names and abbreviations to their number.
var monthOf = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// modals before a verb (at most two tokens before it) make it a plan,
// not a happening.
var modals = map[string]bool{"will": true, "would": true, "could": true, "should": true, "may": true, "might": true,
	"must": true, "to": true, "can": true, "shall": true, "wo": true, "ll": true}

// passiveAux before a past form make it passive.
var passiveAux = map[string]bool{"was": true, "were": true, "been": true, "being": true, "is": true, "are": true,
	"be": true, "got": true, "get": true, "gets": true}

// determiners before a verb-shaped word make it a noun ("the vote").
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
	"s": true, "of": true, "for": true, "in": true, "on": true, "with": true, "new": true, "no": true, "any": true,
	"first": true, "last": true, "after": true, "by": true, "at": true, "from": true, "over": true, "into": true}

// subjectPronouns may stand before a present (-s) verb in the body.
var subjectPronouns = map[string]bool{"he": true, "she": true, "it": true, "who": true, "which": true, "that": true}

// dayAt is a time phrase's token in its sentence and the day it resolves
// to.
type dayAt struct {
	tok int
	day int32
}

// sentenceDays resolves the time phrases of the sentence's tokens against
// the publication time pub, as internal/story's mentionedDays does for
// title and lead: "yesterday", "last night" (the day before), "today",
// "tonight", "this morning" (the day), "tomorrow" (the day after),
// capitalised weekdays (the last such day on or before pub; the weekday
// after pub only with "last" or "next" before it) and "May 7" or "7 May".
func sentenceDays(toks []nlp.Token, pub time.Time) []dayAt {
	pubDay := int32(pub.UTC().Unix() / 86400)
	var out []dayAt
	for i, t := range toks {
		w := t.Norm
		prev := ""
		if i > 0 {
			prev = toks[i-1].Norm
		}
		switch w {
		case "yesterday":
			out = append(out, dayAt{i, pubDay - 1})
			continue
		case "today", "tonight":
			out = append(out, dayAt{i, pubDay})
			continue
		case "tomorrow":
			out = append(out, dayAt{i, pubDay + 1})
			continue
		case "night":
			if prev == "last" {
				out = append(out, dayAt{i, pubDay - 1})
			}
			continue
		case "morning", "afternoon", "evening":
			if prev == "this" {
				out = append(out, dayAt{i, pubDay})
			}
			continue
		}
		if t.Kind != nlp.KindWord || !upperFirst(t.Surface) {
			continue
		}
		if wd, ok := weekdayOf[w]; ok {
			back := (int(pub.UTC().Weekday()) - int(wd) + 7) % 7
			d := pubDay - int32(back)
			switch {
			case prev == "next":
				d += 7
				if back == 0 {
					d = pubDay + 7
				}
			case back == 6 && prev != "last":
				d = pubDay + 1 // tomorrow's weekday: what is coming
			}
			out = append(out, dayAt{i, d})
			continue
		}
		m, ok := monthOf[w]
		if !ok {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Kind == nlp.KindNumber {
			if day, ok := dayNumber(toks[i+1].Norm); ok {
				if d, ok := resolveDate(pub, m, day); ok {
					out = append(out, dayAt{i, d})
				}
				continue
			}
		}
		if i > 0 && toks[i-1].Kind == nlp.KindNumber {
			if day, ok := dayNumber(toks[i-1].Norm); ok {
				if d, ok := resolveDate(pub, m, day); ok {
					out = append(out, dayAt{i, d})
				}
			}
		}
	}
	return out
}

func upperFirst(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// dayNumber reads a day of the month: "7", "07", "7th", "21st".
func dayNumber(s string) (int, bool) {
	s = strings.TrimRight(strings.ToLower(s), "stndrh")
	n := 0
	if s == "" || len(s) > 2 {
		return 0, false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, n >= 1 && n <= 31
}

// resolveDate returns the day of month m, day day in the year that puts
// it nearest to pub.
func resolveDate(pub time.Time, m time.Month, day int) (int32, bool) {
	pub = pub.UTC()
	pubDay := int32(pub.Unix() / 86400)
	best, found := int32(0), false
	for _, y := range []int{pub.Year() - 1, pub.Year(), pub.Year() + 1} {
		t := time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
		if t.Day() != day {
			continue
		}
		d := int32(t.Unix() / 86400)
		if !found || abs32(d-pubDay) < abs32(best-pubDay) {
			best, found = d, true
		}
	}
	return best, found
}

func abs32(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}

// reader reads happenings from analyses.
type reader struct {
	acts *acts
}

// happenings reads the happenings of an analysed article published at
// pub (zero: undated, no day resolves): every verb of a news act in the
// title or the body (outside quotation marks, not after a modal or "to",
// not a noun after a determiner), with its actor, object and the day of
// the sentence's time phrase nearest to it.
func (r *reader) happenings(an *nlp.Analysis, pub time.Time) []happening {
	// Entity mentions by sentence, and quote parts by paragraph.
	bySent := map[int][]ment{}
	for _, e := range an.Entities {
		keys := entityKeys(e)
		for _, m := range e.Mentions {
			bySent[m.Sentence] = append(bySent[m.Sentence], ment{m.Start, m.End, keys, e.Type == nlp.Place})
		}
	}
	quoted := map[int][][2]int{}
	for _, q := range an.Quotes {
		for _, p := range q.Parts {
			quoted[p.Para] = append(quoted[p.Para], [2]int{p.Start, p.End})
		}
	}
	inQuote := func(para, off int) bool {
		for _, p := range quoted[para] {
			if off >= p[0] && off < p[1] {
				return true
			}
		}
		return false
	}
	var out []happening
	body := 0
	for si, s := range an.Sentences {
		title := s.Para == nlp.TitlePara
		lead := false
		if !title {
			lead = body < leadSentences
			body++
		}
		toks := s.Tokens
		var days []dayAt
		if !pub.IsZero() {
			days = sentenceDays(toks, pub)
		}
		ms := bySent[si]
		mentionEndingBefore := func(i int) []string {
			// the entity mention nearest before token i (a place only
			// when no person, organisation or other name stands
			// before it: "In Cairo, protesters …"), not across a
			// quotation mark or a semicolon
			var best []string
			bestEnd, bestPlace := -1, true
			for _, m := range ms {
				if m.end > toks[i].Start {
					continue
				}
				if m.place && !bestPlace && bestEnd >= 0 {
					continue
				}
				if m.end > bestEnd || bestPlace && !m.place {
					best, bestEnd, bestPlace = m.keys, m.end, m.place
				}
			}
			for k := i - 1; k >= 0 && bestEnd >= 0 && toks[k].Start >= bestEnd; k-- {
				if toks[k].Surface == ";" || toks[k].Surface == "“" || toks[k].Surface == "”" || toks[k].Surface == "\"" {
					return nil
				}
			}
			return best
		}
		mentionAt := keysAt(ms, toks)
		for i, t := range toks {
			if t.Kind != nlp.KindWord {
				continue
			}
			f, ok := r.acts.forms[t.Norm]
			if !ok || inQuote(s.Para, t.Start) || mentionAt(i) != nil {
				continue
			}
			prev, prev2 := "", ""
			if i > 0 {
				prev = toks[i-1].Norm
			}
			if i > 1 {
				prev2 = toks[i-2].Norm
			}
			if modals[prev] || modals[prev2] && !determiners[prev] || determiners[prev] {
				continue
			}
			passive := false
			switch {
			case f.past:
				passive = passiveAux[prev] || passiveAux[prev2] && (prev == "not" || strings.HasSuffix(prev, "ly"))
				if title && !passive && !f.third && !f.base {
					// a headline's bare participle is passive ("Man
					// charged in shooting") unless a verb form of the
					// present is the same word ("hit", "cut").
					passive = true
				}
			case f.third:
				if !title && mentionEndingBefore(i) == nil && !subjectPronouns[prev] && !roleWords[prev] {
					continue
				}
			case f.base:
				if !title {
					continue
				}
			}
			h := happening{lemma: f.lemma, classes: r.acts.class[f.lemma], title: title, lead: lead}
			h.say = len(h.classes) == 1 && h.classes[0] == "say"
			before := mentionEndingBefore(i)
			if before == nil {
				for k := i - 1; k >= 0 && k >= i-3; k-- {
					if roleWords[toks[k].Norm] {
						before = []string{"role:" + toks[k].Norm}
						break
					}
				}
			}
			after := objectAfter(toks, i, keysAt(ms, toks))
			if passive {
				h.object = before
				if by := byAgent(toks, i, keysAt(ms, toks)); by != nil {
					h.actor = by
				}
			} else {
				h.actor, h.object = before, after
			}
			if h.say {
				h.object = nil
			}
			// the day of the nearest time phrase
			bestDist := -1
			for _, d := range days {
				dist := d.tok - i
				if dist < 0 {
					dist = -dist
				}
				if bestDist < 0 || dist < bestDist {
					h.day, h.hasDay, bestDist = d.day, true, dist
				}
			}
			out = append(out, h)
		}
	}
	return out
}

// tokenKeys maps a token index to the keys of the entity mention that
// covers it, nil when none.
type tokenKeys func(i int) []string

// ment is an entity mention: its byte range in its paragraph and the
// entity's keys.
type ment struct {
	start, end int
	keys       []string
	place      bool
}

// keysAt is the tokenKeys of the mentions ms of a sentence of tokens toks.
func keysAt(ms []ment, toks []nlp.Token) tokenKeys {
	return func(i int) []string {
		for _, m := range ms {
			if toks[i].Start >= m.start && toks[i].Start < m.end {
				return m.keys
			}
		}
		return nil
	}
}

// objectAfter is the object of the verb at token i: the keys of the first
// entity mention in the next eight tokens, else the stem of the first
// content word (not a stop word, a time word or a number), nil at a
// clause's end.
func objectAfter(toks []nlp.Token, i int, at tokenKeys) []string {
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		t := toks[k]
		if t.Kind == nlp.KindPunct {
			if t.Surface == "," || t.Surface == "." || t.Surface == ";" || t.Surface == ":" {
				return nil
			}
			continue
		}
		if keys := at(k); keys != nil {
			return keys
		}
		if t.Kind != nlp.KindWord || t.Stop || isTimeWord(t.Norm) || modals[t.Norm] {
			continue
		}
		return []string{"w:" + t.Stem}
	}
	return nil
}

// byAgent is the agent of a passive verb at token i: the entity after
// "by" in the next six tokens.
func byAgent(toks []nlp.Token, i int, at tokenKeys) []string {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].Norm != "by" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if keys := at(j); keys != nil {
				return keys
			}
		}
		return nil
	}
	return nil
}

func isTimeWord(w string) bool {
	if _, ok := weekdayOf[w]; ok {
		return true
	}
	switch w {
	case "yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "week", "weekend":
		return true
	}
	return false
}

// entityKeys are the keys an entity is matched by across articles: its
// key, its shorter keys, and a person's last name.
func entityKeys(e nlp.Entity) []string {
	keys := []string{"e:" + e.Key}
	for _, k := range e.Keys {
		keys = append(keys, "e:"+k)
	}
	if e.Type == nlp.Person {
		if f := strings.Fields(e.Key); len(f) > 1 {
			keys = append(keys, "e:"+f[len(f)-1])
		}
	}
	return keys
}
