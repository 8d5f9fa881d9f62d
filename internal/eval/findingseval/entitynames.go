package findingseval

import (
	"fmt"

	"github.com/parallax-news/parallax/internal/nlp"
)

// NameLabel is one judged entity name of abp-entity-names.tsv: the name an
// analysis gives an entity of one article, with the type it truly has.
type NameLabel struct {
	// Article is the article id, Name the entity's name in that article.
	Article, Name string
	// Stratum is "diff" when the two judged builds typed the name
	// differently (every such name is in the sample) or "random" when it
	// was drawn from the names both typed alike; in a sample drawn per
	// type (abp-entity-names-fresh2.tsv) it is the type the judged build
	// gave the name ("person", "org", "place", "event" or "other").
	Stratum string
	// Before and After are the types of the two judged builds ("-" when a
	// build held no entity of that name).
	Before, After string
	// Verdict is the true type, or "none" when the name is no name.
	Verdict string
	// Span is "w" (the whole name), "p" (a name word left off) or "x"
	// (extra words such as a title kept).
	Span string
	// Reason is the judge's short reason, in the judge's own words.
	Reason string
}

// nameBuildTypes are the types a judged build may have given a name.
var nameBuildTypes = map[string]bool{"person": true, "org": true, "place": true, "event": true, "other": true, "-": true}

// ReadNameLabels reads abp-entity-names.tsv (see its header comment).
func ReadNameLabels(path string) ([]NameLabel, error) {
	var out []NameLabel
	seen := map[[2]string]bool{}
	err := readTSV(path, 8, func(f []string) error {
		l := NameLabel{Article: f[0], Name: f[1], Stratum: f[2], Before: f[3], After: f[4], Verdict: f[5], Span: f[6], Reason: f[7]}
		switch {
		case l.Article == "" || l.Name == "":
			return fmt.Errorf("want an article id and a name")
		case l.Stratum != "diff" && l.Stratum != "random" && (!entityTypes[l.Stratum] || l.Stratum == "none"):
			return fmt.Errorf("stratum %q: want diff, random or an entity type", l.Stratum)
		case !nameBuildTypes[l.Before] || !nameBuildTypes[l.After]:
			return fmt.Errorf("build types %q, %q: want an entity type or -", l.Before, l.After)
		case !entityTypes[l.Verdict]:
			return fmt.Errorf("verdict %q: want person, org, place, event, other or none", l.Verdict)
		case l.Span != "w" && l.Span != "p" && l.Span != "x":
			return fmt.Errorf("span %q: want w, p or x", l.Span)
		case l.Reason == "":
			return fmt.Errorf("want a reason")
		}
		k := [2]string{l.Article, l.Name}
		if seen[k] {
			return fmt.Errorf("%s %q judged twice", l.Article, l.Name)
		}
		seen[k] = true
		out = append(out, l)
		return nil
	})
	return out, err
}

// NameCounts are the judged names an analysis gives one type.
type NameCounts struct {
	// Predicted judged names of this type, Right those whose verdict is
	// the type, Whole those of them that also span the whole name.
	Predicted, Right, Whole int
	// WPredicted and WRight weigh each name by its stratum (a random
	// name stands for the unsampled names typed alike, a name of a type
	// stratum for the unsampled names of that type), estimating the
	// precision over all names of the sampled articles.
	WPredicted, WRight float64
}

// Precision is Right over Predicted (0 when nothing is predicted).
func (c NameCounts) Precision() float64 {
	if c.Predicted == 0 {
		return 0
	}
	return float64(c.Right) / float64(c.Predicted)
}

// Weighted is WRight over WPredicted (0 when nothing is predicted).
func (c NameCounts) Weighted() float64 {
	if c.WPredicted == 0 {
		return 0
	}
	return c.WRight / c.WPredicted
}

// NameScore is the score of analyses on the judged names.
type NameScore struct {
	// ByType counts the judged names per predicted type; "all" sums them.
	ByType map[string]*NameCounts
	// Dropped counts, per verdict, the judged names the analyses no
	// longer hold (a dropped "none" is a fixed error).
	Dropped map[string]int
	// Names counts every entity name of the analyses per type, judged or
	// not, to show how the population the sample stands for shifts.
	Names map[string]int
}

// ScoreNames scores the entity names of the analyses (by article id)
// against the judged names: a judged name counts under the type the
// analysis gives the entity of that name in that article. A name weighs
// the weight of its stratum (names of the articles per judged name of the
// stratum); a name of a stratum weights does not list weighs 1, as a
// diff name does.
// Articles missing from an are skipped.
func ScoreNames(an map[string]*nlp.Analysis, labels []NameLabel, weights map[string]float64) NameScore {
	s := NameScore{ByType: map[string]*NameCounts{}, Dropped: map[string]int{}, Names: map[string]int{}}
	get := func(t string) *NameCounts {
		if s.ByType[t] == nil {
			s.ByType[t] = &NameCounts{}
		}
		return s.ByType[t]
	}
	types := map[[2]string]string{}
	for id, a := range an {
		for _, e := range a.Entities {
			k := [2]string{id, e.Name}
			if _, ok := types[k]; ok {
				continue // the first entity of a name, as the sample was drawn
			}
			types[k] = string(e.Type)
			s.Names[string(e.Type)]++
			s.Names["all"]++
		}
	}
	for _, l := range labels {
		if _, ok := an[l.Article]; !ok {
			continue
		}
		t, ok := types[[2]string{l.Article, l.Name}]
		if !ok {
			s.Dropped[l.Verdict]++
			continue
		}
		w, ok := weights[l.Stratum]
		if !ok {
			w = 1
		}
		for _, c := range []*NameCounts{get(t), get("all")} {
			c.Predicted++
			c.WPredicted += w
			if t == l.Verdict {
				c.Right++
				c.WRight += w
				if l.Span == "w" {
					c.Whole++
				}
			}
		}
	}
	return s
}

// MissedName is one line of abp-entity-names-fresh2-missed.tsv: a person,
// organisation or place an article names of which the judged build made
// no entity at all, or (Name and Type "-") an article searched for such
// names that has none.
type MissedName struct {
	// Article is the article id, Name the name as the article writes it
	// ("-" for an article without a missed name).
	Article, Name string
	// Type is the true type: person, org or place ("-" with Name "-").
	Type string
	// Note is the judge's short note, in the judge's own words.
	Note string
}

// ReadMissedNames reads a file of missed names (see its header comment).
func ReadMissedNames(path string) ([]MissedName, error) {
	var out []MissedName
	seen := map[[2]string]bool{}
	err := readTSV(path, 4, func(f []string) error {
		m := MissedName{Article: f[0], Name: f[1], Type: f[2], Note: f[3]}
		switch {
		case m.Article == "" || m.Name == "":
			return fmt.Errorf("want an article id and a name")
		case (m.Name == "-") != (m.Type == "-"):
			return fmt.Errorf("name %q, type %q: want both or neither -", m.Name, m.Type)
		case m.Type != "person" && m.Type != "org" && m.Type != "place" && m.Type != "-":
			return fmt.Errorf("type %q: want person, org or place", m.Type)
		case m.Note == "":
			return fmt.Errorf("want a note")
		}
		k := [2]string{m.Article, m.Name}
		if seen[k] {
			return fmt.Errorf("%s %q listed twice", m.Article, m.Name)
		}
		seen[k] = true
		out = append(out, m)
		return nil
	})
	return out, err
}

// NameRecall estimates how many of the persons, organisations and places
// of some articles the analyses hold as entities.
type NameRecall struct {
	// Held weighs the judged names of the articles whose verdict is
	// person, org or place and that the analyses still hold (under any
	// type); HeldRight those of them the analyses type right. Each weighs
	// its stratum's weight, as in ScoreNames.
	Held, HeldRight float64
	// Missed counts the listed missed names the analyses still do not
	// hold; Found those they now hold as an entity of that name.
	Missed, Found int
}

// Recall is Held over Held plus Missed: the share of the names that are
// entities of any type.
func (r NameRecall) Recall() float64 {
	if r.Held+float64(r.Missed) == 0 {
		return 0
	}
	return r.Held / (r.Held + float64(r.Missed))
}

// RecallTyped is HeldRight over Held plus Missed: the share of the names
// that are entities of the right type.
func (r NameRecall) RecallTyped() float64 {
	if r.Held+float64(r.Missed) == 0 {
		return 0
	}
	return r.HeldRight / (r.Held + float64(r.Missed))
}

// ScoreRecall estimates the recall of person, org and place names over
// the articles of missed (every article searched for missed names, with
// or without one): the judged real names the analyses
// hold (weighted by stratum) against the missed names they still do not
// hold. A missed name counts as found when an entity of the article has
// that name; a found one is left out of both counts, since the judged
// sample does not stand for it. The estimate is exact in design only for
// the judged build; a build that drops judged names lowers Held.
func ScoreRecall(an map[string]*nlp.Analysis, labels []NameLabel, missed []MissedName, weights map[string]float64) NameRecall {
	var r NameRecall
	articles := map[string]bool{}
	for _, m := range missed {
		articles[m.Article] = true
	}
	for _, l := range labels {
		a := an[l.Article]
		if !articles[l.Article] || a == nil || (l.Verdict != "person" && l.Verdict != "org" && l.Verdict != "place") {
			continue
		}
		t, ok := typeOf(a, l.Name)
		if !ok {
			continue
		}
		w, ok := weights[l.Stratum]
		if !ok {
			w = 1
		}
		r.Held += w
		if t == l.Verdict {
			r.HeldRight += w
		}
	}
	for _, m := range missed {
		a := an[m.Article]
		if a == nil || m.Name == "-" {
			continue
		}
		if _, ok := typeOf(a, m.Name); ok {
			r.Found++
		} else {
			r.Missed++
		}
	}
	return r
}

// typeOf is the type of the first entity named name in a.
func typeOf(a *nlp.Analysis, name string) (string, bool) {
	for _, e := range a.Entities {
		if e.Name == name {
			return string(e.Type), true
		}
	}
	return "", false
}
