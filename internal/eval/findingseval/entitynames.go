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
	// was drawn from the names both typed alike.
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
		case l.Stratum != "diff" && l.Stratum != "random":
			return fmt.Errorf("stratum %q: want diff or random", l.Stratum)
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
	// name stands for the unsampled names typed alike), estimating the
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
// analysis gives the entity of that name in that article. A random name
// weighs randomWeight (unsampled names typed alike per sampled one), a
// diff name 1. Articles missing from an are skipped.
func ScoreNames(an map[string]*nlp.Analysis, labels []NameLabel, randomWeight float64) NameScore {
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
		w := 1.0
		if l.Stratum == "random" {
			w = randomWeight
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
