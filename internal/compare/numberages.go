package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Ages of one person over several rows (session 59, h/numbers59, issue
// 15). A census of the Numbers sections of every event of 3+ outlets
// found rows that share a value and a unit with another row of their
// story; of 40 drawn, 26 were one quantity split, and ages were the
// surest family (6 of 7): joinAges joins only ages whose person is named
// right beside the figure ("Orvik, 44,"), so "Orvik vanished at age 16",
// "the age of 16" of another outlet and "a 16-year-old activist" each
// stood in a row of their own.

// Who an age is told of, besides a person's global entity id.
const (
	agePersonUnknown = -2 // no person in its sentence ("a 16-year-old activist")
	agePersonMany    = -1 // persons the figure may belong to, none sure
)

// agePerson returns the person an age is told of: the person named right
// beside it (ageOwner); else, for an age said of the sentence's subject
// ("Orvik vanished at age 16", "when she was 14", "Orvik, now 27, left
// at the age of 16"), the one person the sentence speaks of;
// agePersonUnknown when the sentence speaks of no person at all (an
// adjective "16-year-old" with no name); agePersonMany otherwise (an
// adjective "a 14-year-old girl" in a sentence about someone else, unless
// it follows a verb of being: "he was a 32-year-old lawyer").
func agePerson(it numItem) int {
	if it.owner >= 0 {
		return it.owner
	}
	if it.subject < 0 && len(it.persons) == 0 {
		return agePersonUnknown
	}
	if ageAdjective(it.n) && !it.agePredicate || it.subject < 0 {
		return agePersonMany
	}
	if len(it.persons) == 0 || len(it.persons) == 1 && it.persons[0] == it.subject {
		return it.subject
	}
	return agePersonMany
}

// unknownAge returns who an age said of no one is told of: its
// article's main person (main, by article), which the row's person must
// then be (the caller compares persons), or agePersonMany when the
// article has no person it names most, so that the age's value joins
// nothing.
func unknownAge(it numItem, main []int) int {
	if it.doc < len(main) && main[it.doc] >= 0 {
		return main[it.doc]
	}
	return agePersonMany
}

// mainPersons returns, by article, the person (global entity id) its
// sentences name most often, pronouns aside; -1 when none or a tie.
func mainPersons(docs []*doc) []int {
	out := make([]int, len(docs))
	for i, d := range docs {
		best, bestN, tie := -1, 0, false
		for _, e := range d.an.Entities {
			if e.Type != nlp.Person {
				continue
			}
			n := 0
			for _, m := range e.Mentions {
				if m.Kind != nlp.MentionPronoun {
					n++
				}
			}
			switch {
			case n > bestN:
				best, bestN, tie = d.global[e.ID], n, false
			case n == bestN && n > 0 && d.global[e.ID] != best:
				tie = true
			}
		}
		if tie {
			best = -1
		}
		out[i] = best
	}
	return out
}

// beVerbs are the verbs of being, and "as", after which an age
// describes the subject ("he was a 32-year-old lawyer", "she joined as a
// 16-year-old").
var beVerbs = map[string]bool{"was": true, "is": true, "were": true, "became": true, "becomes": true, "as": true}

// ageAfterBe reports whether the age starting at token first follows a
// verb of being or "as" (beVerbs), an article between or not ("he was a
// 32-year-old lawyer", "when he was 32-year-old prosecutor", "she was
// 14").
func ageAfterBe(ts []nlp.Token, first int) bool {
	k := first - 1
	if k >= 0 && (ts[k].Norm == "a" || ts[k].Norm == "an") {
		k--
	}
	return k >= 0 && beVerbs[ts[k].Norm]
}

// ageAdjective reports whether an age is written as an adjective before
// a noun ("a 16-year-old girl"): it describes that noun, not the
// sentence's subject.
func ageAdjective(n nlp.Number) bool {
	t := strings.ToLower(n.Text)
	return strings.Contains(t, "-old") || strings.Contains(t, "-year")
}

// joinAgeRows merges the groups (see quantities) whose numbers are all
// ages of one value when the story's ages of that value are told of one
// person only: the groups said of that person and those said of no one
// ("the 19-year-old suspect", read beside "Dzhokhar Tsarnaev, 19") are one
// row. A value told of two persons, or of a person no one names, or in a
// sentence about someone else, joins nothing. Groups that share an article stay apart.
//
// An age said of no one joins only when its article speaks of that
// person more than of anyone else (main, by article): two candidates of
// one age, one named beside his figure, the other called "the 39-year-old
// mayor", stay apart.
func joinAgeRows(items []numItem, groups [][]int, groupOf []int, docsOf []map[int]bool, main []int) {
	type ageRow struct {
		g   int
		who int
	}
	byValue := map[float64][]ageRow{}
	var values []float64
	for g, members := range groups {
		if len(members) == 0 {
			continue
		}
		v, who, ok := items[members[0]].n.Value, agePersonUnknown, true
		for _, m := range members {
			it := items[m]
			if it.n.Kind != nlp.NumAge || it.n.Value != v || it.n.High != nil {
				ok = false
				break
			}
			p := agePerson(it)
			if p == agePersonUnknown {
				p = unknownAge(it, main)
			}
			switch {
			case p == agePersonMany, p >= 0 && who >= 0 && p != who:
				who = agePersonMany
			case p >= 0 && who == agePersonUnknown:
				who = p
			}
		}
		if !ok {
			continue
		}
		if _, seen := byValue[v]; !seen {
			values = append(values, v)
		}
		byValue[v] = append(byValue[v], ageRow{g, who})
	}
	for _, v := range values {
		rows := byValue[v]
		person := agePersonUnknown
		for _, r := range rows {
			if r.who == agePersonMany || r.who >= 0 && person >= 0 && r.who != person {
				person = agePersonMany
				break
			}
			if r.who >= 0 && person == agePersonUnknown {
				person = r.who
			}
		}
		if person < 0 {
			continue // no person named, or two
		}
		// The first row said of the person takes in the others.
		into := -1
		for _, r := range rows {
			if r.who == person {
				into = r.g
				break
			}
		}
		for _, r := range rows {
			if r.g == into || len(groups[r.g]) == 0 || shareDoc(docsOf[into], docsOf[r.g]) {
				continue
			}
			mergeGroups(items, groups, groupOf, docsOf, into, r.g)
		}
		ownerLabel(items, groups[into], person)
	}
}

// ownerLabel makes the row of a person's age take its label from a
// mention with the person named beside it ("Hamyd Mourad, 18"), not from
// one said of no one ("an 18-year-old suspect"): the label is the first
// member's (describeQuantity), so the others' labels are cleared when
// such a mention has one.
func ownerLabel(items []numItem, g []int, person int) {
	named := false
	for _, m := range g {
		if items[m].owner == person && items[m].shownCounts != "" {
			named = true
		}
	}
	if !named {
		return
	}
	for _, m := range g {
		if items[m].owner != person {
			items[m].shownCounts = ""
		}
	}
}

// ageLabel returns the label of a row of ages: "age of" and the name of
// the person they are told of (agePerson) when every member said of
// someone is said of that one person, a name after the figure only
// with at most one word between ("his 11-year-old son Brodie", not "a
// 46-year-old man sued Orvik"); else "age of" the noun an adjective age
// describes ("a 2-year-old civil war"); "" when none or two persons are.
func ageLabel(docs []*doc, items []numItem, g []int) string {
	name, who, noun := "", agePersonUnknown, ""
	for _, m := range g {
		it := items[m]
		if noun == "" && ageAdjective(it.n) && !timeCounts(it.shownCounts) && !verbAfterAge(it.shownCounts) {
			noun = it.shownCounts
		}
		p := agePerson(it)
		// A person read as the sentence's subject labels only an age
		// said of it with a verb of being ("Vell, who is 80"), not
		// "his son Cody, 22" of the father.
		if p < 0 || p == it.owner && !ownerClose(docs[it.doc], it.n, p) || p != it.owner && !it.agePredicate {
			continue
		}
		if who >= 0 && p != who {
			return ""
		}
		if who < 0 {
			who, name = p, personName(docs[it.doc], p)
		}
	}
	switch {
	case name != "":
		return "age of " + name
	case noun != "":
		return "age of " + noun
	}
	return ""
}

// verbAfterAge reports whether label, the word an adjective age was read
// to describe, is one word in small letters of five letters or more in
// "-ed" or "-ing": the verb of the person the age stands for ("the
// 24-year-old staggered out", "the 30-year-old working there"), no noun;
// a participle before its noun is read with the noun ("retired teacher").
func verbAfterAge(label string) bool {
	if len(label) < 5 || strings.ContainsAny(label, " -") || strings.ToLower(label) != label {
		return false
	}
	return strings.HasSuffix(label, "ed") || strings.HasSuffix(label, "ing")
}

// ownerClose reports whether person p is named in age n's sentence
// before the figure (not as its possessive) or after it with at most one
// word between.
func ownerClose(d *doc, n nlp.Number, p int) bool {
	s := d.an.Sentences[n.Sentence]
	for _, e := range d.an.Entities {
		if e.ID >= len(d.global) || d.global[e.ID] != p {
			continue
		}
		for _, m := range e.Mentions {
			if m.Sentence != n.Sentence || m.Para != n.Span.Para || m.Kind == nlp.MentionPronoun {
				continue
			}
			if m.End <= n.Span.Start {
				// "Vell's 17-year-old son" is the son's age.
				for _, t := range s.Tokens {
					if t.Start >= m.End && t.End <= n.Span.Start && (strings.HasPrefix(t.Surface, "'") || strings.HasPrefix(t.Surface, "’")) {
						return false
					}
				}
				return true
			}
			words := 0
			for _, t := range s.Tokens {
				if t.Start >= n.Span.End && t.End <= m.Start && t.Kind == nlp.KindWord {
					words++
				}
			}
			if words <= 1 {
				return true
			}
		}
	}
	return false
}

// personName returns the display name of the person of global entity id
// p as doc d writes it, or "" when d does not name it.
func personName(d *doc, p int) string {
	for _, e := range d.an.Entities {
		if e.ID < len(d.global) && d.global[e.ID] == p {
			return e.Name
		}
	}
	return ""
}
