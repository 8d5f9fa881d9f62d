package compare

import (
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// maxShared caps the shared features listed for a fact.
const maxShared = 8

// sharedFeatures lists, for people, the features found in sentences of at
// least two articles of the group, rarest first.
func sharedFeatures(docs []*doc, al []aligned, ft *featureTable, g *factGroup) []string {
	byFeat := map[int]map[int]bool{}
	for _, m := range g.members {
		for _, f := range al[m].feats {
			if byFeat[f] == nil {
				byFeat[f] = map[int]bool{}
			}
			byFeat[f][al[m].s.doc] = true
		}
	}
	var fs []int
	for f, ds := range byFeat {
		if len(ds) > 1 {
			fs = append(fs, f)
		}
	}
	sort.Slice(fs, func(i, j int) bool {
		if ft.weight[fs[i]] != ft.weight[fs[j]] {
			return ft.weight[fs[i]] > ft.weight[fs[j]]
		}
		return ft.names[fs[i]] < ft.names[fs[j]]
	})
	var out []string
	seen := map[string]bool{}
	for _, f := range fs {
		if len(out) == maxShared {
			break
		}
		if s := display(docs, al, g, ft.names[f]); s != "" && !seen[strings.ToLower(s)] {
			seen[strings.ToLower(s)] = true
			for _, w := range strings.Fields(strings.ToLower(s)) {
				seen[w] = true // "Keir Starmer" covers "keir"
			}
			out = append(out, s)
		}
	}
	return out
}

// display finds how the first sentence of g with feature f writes it.
func display(docs []*doc, al []aligned, g *factGroup, f string) string {
	kind, key, _ := strings.Cut(f, ":")
	for _, m := range g.members {
		s := al[m].s
		d := docs[s.doc]
		switch kind {
		case "b":
			return ""
		case "w":
			for _, t := range d.an.Sentences[s.pos].Tokens {
				if content(t) && t.Stem == key {
					return t.Norm
				}
			}
		case "e":
			for _, e := range d.an.Entities {
				if itoa(d.global[e.ID]) == key {
					return e.Name
				}
			}
		case "n":
			for _, n := range d.an.Numbers {
				if n.Sentence == s.pos && numberFeature(n) == f {
					return n.Text
				}
			}
		}
	}
	return ""
}

// onlyHere returns the phrases of member m that no sentence of another
// article in its group has: runs of at least two content words whose stems
// and entities the others lack.
func onlyHere(docs []*doc, al []aligned, g *factGroup, m int) []string {
	s := al[m].s
	d := docs[s.doc]
	stems, ents := map[string]bool{}, map[int]bool{}
	for _, o := range g.members {
		os := al[o].s
		if os.doc == s.doc {
			continue
		}
		od := docs[os.doc]
		for _, t := range od.an.Sentences[os.pos].Tokens {
			stems[t.Stem] = true
		}
		for _, e := range od.an.Entities {
			for _, mn := range e.Mentions {
				if mn.Sentence == os.pos {
					ents[od.global[e.ID]] = true
				}
			}
		}
	}
	sen := d.an.Sentences[s.pos]
	covered := make([]bool, len(sen.Tokens))
	for _, e := range d.an.Entities {
		if !ents[d.global[e.ID]] {
			continue
		}
		for _, mn := range e.Mentions {
			if mn.Sentence != s.pos {
				continue
			}
			for i, t := range sen.Tokens {
				if t.Start >= mn.Start && t.End <= mn.End {
					covered[i] = true
				}
			}
		}
	}
	para := d.art.Paragraphs[sen.Para]
	var out []string
	start, last, words := -1, -1, 0
	flush := func() {
		if start >= 0 && words >= 2 {
			out = append(out, para[sen.Tokens[start].Start:sen.Tokens[last].End])
		}
		start, last, words = -1, -1, 0
	}
	for i, t := range sen.Tokens {
		switch {
		case content(t) && !covered[i] && !stems[t.Stem]:
			if start < 0 {
				start = i
			}
			last, words = i, words+1
		case t.Kind == nlp.KindWord && t.Stop, t.Kind == nlp.KindPunct && isJoiner(t.Surface):
			// stop words and hyphens may sit inside a run
		default:
			flush()
		}
	}
	flush()
	return out
}

// isJoiner reports whether punctuation may sit inside a phrase.
func isJoiner(s string) bool {
	switch s {
	case "-", "'", "’", "“", "”", "\"", "‘":
		return true
	}
	return false
}
