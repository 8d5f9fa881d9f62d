package nlp

import (
	"sort"
	"strings"
)

// EntityRef points at one entity of one analysis given to Link.
type EntityRef struct {
	// Article is the index of the analysis in Link's argument.
	Article int `json:"article"`
	// Entity is the entity ID within that analysis.
	Entity int `json:"entity"`
	// Forms and Aliases are that article's surface forms and roles.
	Forms   []Form   `json:"forms"`
	Aliases []string `json:"aliases,omitempty"`
}

// GlobalEntity is one real-world entity named in several articles.
type GlobalEntity struct {
	ID   int        `json:"id"`
	Name string     `json:"name"`
	Type EntityType `json:"type"`
	Key  string     `json:"key"`
	// Forms are all surface forms over the articles, with total counts,
	// most frequent first: "Kiev" and "Kyiv" both appear here when
	// outlets differ.
	Forms []Form `json:"forms"`
	// Members are the per-article entities merged into this one.
	Members []EntityRef `json:"members"`
}

// Link resolves entities across articles. Entities with the same key
// (names folded for case, diacritics and transliteration variants, so
// "Kiev"/"Kyiv" and "Vladimir"/"Volodymyr Zelensky"/"Zelenskyy" agree)
// become one; an entity known only by a surname joins the one person with
// that surname, when there is exactly one. The result is deterministic and
// ordered by first appearance.
func Link(analyses []*Analysis) []GlobalEntity {
	type node struct {
		art, ent int
	}
	var nodes []node
	parent := []int{}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		a, b = find(a), find(b)
		if a == b {
			return
		}
		if b < a {
			a, b = b, a
		}
		parent[b] = a
	}
	byKey := map[string]int{}
	surnames := map[string][]int{} // surname -> full-name person nodes
	var singles []int
	for ai, an := range analyses {
		if an == nil {
			continue
		}
		for ei, e := range an.Entities {
			id := len(nodes)
			nodes = append(nodes, node{ai, ei})
			parent = append(parent, id)
			key := string(e.Type) + "|" + e.Key
			if e.Type == Person || e.Type == Other {
				key = "name|" + e.Key
			}
			if first, ok := byKey[key]; ok {
				union(first, id)
			} else {
				byKey[key] = id
			}
			words := strings.Fields(e.Key)
			switch {
			case e.Type == Person && len(words) >= 2:
				last := words[len(words)-1]
				surnames[last] = append(surnames[last], id)
			case (e.Type == Person || e.Type == Other) && len(words) == 1:
				singles = append(singles, id)
			}
		}
	}
	for _, id := range singles {
		n := nodes[id]
		w := analyses[n.art].Entities[n.ent].Key
		cands := surnames[w]
		roots := map[int]bool{}
		for _, c := range cands {
			roots[find(c)] = true
		}
		if len(roots) == 1 {
			union(cands[0], id)
		}
	}
	groups := map[int][]int{}
	var rootsOrder []int
	for id := range nodes {
		r := find(id)
		if _, ok := groups[r]; !ok {
			rootsOrder = append(rootsOrder, r)
		}
		groups[r] = append(groups[r], id)
	}
	sort.Ints(rootsOrder)
	out := make([]GlobalEntity, 0, len(rootsOrder))
	for gi, r := range rootsOrder {
		g := GlobalEntity{ID: gi}
		counts := map[string]int{}
		var order []string
		for _, id := range groups[r] {
			n := nodes[id]
			e := analyses[n.art].Entities[n.ent]
			g.Members = append(g.Members, EntityRef{Article: n.art, Entity: n.ent, Forms: e.Forms, Aliases: e.Aliases})
			if g.Type == "" || g.Type == Other && e.Type != Other {
				g.Type = e.Type
			}
			if len(e.Key) > len(g.Key) {
				g.Key = e.Key
			}
			if len(e.Name) > len(g.Name) || len(e.Name) == len(g.Name) && shouted(g.Name) && !shouted(e.Name) {
				g.Name = e.Name // the fullest form; "Washington" over a dateline's "WASHINGTON"
			}
			for _, f := range e.Forms {
				if _, ok := counts[f.Text]; !ok {
					order = append(order, f.Text)
				}
				counts[f.Text] += f.Count
			}
		}
		for _, t := range order {
			g.Forms = append(g.Forms, Form{Text: t, Count: counts[t]})
		}
		sort.SliceStable(g.Forms, func(i, j int) bool { return g.Forms[i].Count > g.Forms[j].Count })
		out = append(out, g)
	}
	return out
}

// shouted reports whether name is written in capitals only, as a dateline
// writes a place ("WASHINGTON —") and an abbreviation a body ("FBI").
func shouted(name string) bool {
	return strings.ToUpper(name) == name && strings.ToLower(name) != name
}
