package view

import (
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
)

// addPhrases counts the content of an analysed article into c, phrase
// by phrase: a mention of a named person, organisation or place counts
// once under the entity's name ("Hong Kong", not "hong" and "kong"; "Keir
// Starmer" for "Starmer" too), every other content word under its stem.
func addPhrases(c *compare.WordCounts, an *nlp.Analysis) {
	type span struct {
		start, end int
		key, name  string
	}
	byPara := map[int][]span{}
	for _, e := range an.Entities {
		name := entityName(e)
		if e.Type == nlp.Other || name == "" {
			continue
		}
		key := "e:" + e.Key
		if e.Key == "" {
			key = "e:" + strings.ToLower(name)
		}
		for _, m := range e.Mentions {
			if m.Kind == nlp.MentionName {
				byPara[m.Para] = append(byPara[m.Para], span{m.Start, m.End, key, name})
			}
		}
	}
	for _, s := range an.Sentences {
		spans := byPara[s.Para]
		var last *span
		for _, t := range s.Tokens {
			var in *span
			for i := range spans {
				if t.Start >= spans[i].start && t.End <= spans[i].end {
					in = &spans[i]
					break
				}
			}
			if in != nil {
				if in != last {
					c.Counts[in.key]++
					if _, ok := c.Surface[in.key]; !ok {
						c.Surface[in.key] = in.name
					}
					c.Total++
				}
				last = in
				continue
			}
			last = nil
			if t.Kind != nlp.KindWord || t.Stop || len(t.Norm) <= 1 {
				continue
			}
			c.Counts[t.Stem]++
			if _, ok := c.Surface[t.Stem]; !ok {
				c.Surface[t.Stem] = t.Norm
			}
			c.Total++
		}
	}
}

// entityName is how a name is shown: its most used form of two words or
// more (a full name, "Joe Biden"), else its canonical name, without
// leading lower-case words ("of Defense …" becomes "Defense …").
func entityName(e nlp.Entity) string {
	name, best := e.Name, 0
	for _, f := range e.Forms {
		if len(strings.Fields(f.Text)) >= 2 && f.Count > best {
			name, best = f.Text, f.Count
		}
	}
	words := strings.Fields(name)
	for len(words) > 1 {
		if r := []rune(words[0]); len(r) > 0 && unicode.IsLower(r[0]) {
			words = words[1:]
			continue
		}
		break
	}
	return strings.Join(words, " ")
}
