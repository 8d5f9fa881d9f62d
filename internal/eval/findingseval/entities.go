package findingseval

import (
	"fmt"
	"strconv"

	"github.com/parallax-news/parallax/internal/nlp"
)

// MentionKey locates a name mention: article id, paragraph (-1 for the
// title) and byte offsets.
type MentionKey struct {
	Article    string
	Para       int
	Start, End int
}

// entityTypes are the types a mention may be judged to have; "none" is a
// span that is no entity or has wrong boundaries.
var entityTypes = map[string]bool{"person": true, "org": true, "place": true, "event": true, "other": true, "none": true}

// ReadEntityLabels reads abp-entities.tsv: article id, paragraph, start,
// end and true type per line.
func ReadEntityLabels(path string) (map[MentionKey]string, error) {
	out := map[MentionKey]string{}
	err := readTSV(path, 5, func(f []string) error {
		var k MentionKey
		var err error
		k.Article = f[0]
		if k.Para, err = strconv.Atoi(f[1]); err != nil {
			return fmt.Errorf("paragraph %q: %w", f[1], err)
		}
		if k.Start, err = strconv.Atoi(f[2]); err != nil {
			return fmt.Errorf("start %q: %w", f[2], err)
		}
		if k.End, err = strconv.Atoi(f[3]); err != nil || k.End <= k.Start {
			return fmt.Errorf("end %q: want a number after start", f[3])
		}
		if !entityTypes[f[4]] {
			return fmt.Errorf("type %q: want person, org, place, event, other or none", f[4])
		}
		out[k] = f[4]
		return nil
	})
	return out, err
}

// TypeCounts are the judged mentions of one entity type.
type TypeCounts struct {
	// Predicted judged mentions the analysis gives this type, Right those
	// whose true type it is, Gold the judged mentions of this true type.
	Predicted, Right, Gold int
}

// Precision is Right over Predicted (0 when nothing is predicted).
func (c TypeCounts) Precision() float64 {
	if c.Predicted == 0 {
		return 0
	}
	return float64(c.Right) / float64(c.Predicted)
}

// Recall is Right over Gold (0 when there is no gold mention).
func (c TypeCounts) Recall() float64 {
	if c.Gold == 0 {
		return 0
	}
	return float64(c.Right) / float64(c.Gold)
}

// ScoreEntities compares the name mentions of the analyses (by article
// id) with the judged ones. Only judged spans count: a mention the sample
// does not hold is neither right nor wrong.
func ScoreEntities(an map[string]*nlp.Analysis, gold map[MentionKey]string) map[string]*TypeCounts {
	out := map[string]*TypeCounts{}
	get := func(t string) *TypeCounts {
		if out[t] == nil {
			out[t] = &TypeCounts{}
		}
		return out[t]
	}
	found := map[MentionKey]string{}
	for id, a := range an {
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if m.Kind == nlp.MentionName {
					found[MentionKey{id, m.Para, m.Start, m.End}] = string(e.Type)
				}
			}
		}
	}
	for k, t := range gold {
		if _, ok := an[k.Article]; !ok {
			continue
		}
		if t != "none" {
			get(t).Gold++
		}
		if p, ok := found[k]; ok {
			c := get(p)
			c.Predicted++
			if p == t {
				c.Right++
			}
		}
	}
	return out
}
