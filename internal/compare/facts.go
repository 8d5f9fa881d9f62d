package compare

import (
	"sort"
)

// factGroup is a set of aligned sentences (indexes) and their articles.
type factGroup struct {
	members []int
	docs    map[int]bool
}

// groupFacts turns matching pairs into fact groups. Pairs are merged best
// first, never putting two sentences of one article into a group by
// merging; then a sentence left alone joins the group of its best match, so
// that an article that splits one fact over two sentences is still seen to
// report it.
func groupFacts(al []aligned, es []edge) []*factGroup {
	groupOf := make([]*factGroup, len(al))
	for i := range al {
		groupOf[i] = &factGroup{members: []int{i}, docs: map[int]bool{al[i].s.doc: true}}
	}
	for _, e := range es {
		ga, gb := groupOf[e.a], groupOf[e.b]
		if ga == gb || overlaps(ga, gb) {
			continue
		}
		if len(gb.members) > len(ga.members) {
			ga, gb = gb, ga
		}
		for _, m := range gb.members {
			ga.members = append(ga.members, m)
			groupOf[m] = ga
		}
		for d := range gb.docs {
			ga.docs[d] = true
		}
	}
	for _, e := range es {
		for _, p := range [2][2]int{{e.a, e.b}, {e.b, e.a}} {
			lone, other := p[0], p[1]
			g := groupOf[other]
			if len(groupOf[lone].members) == 1 && len(g.members) > 1 {
				g.members = append(g.members, lone)
				g.docs[al[lone].s.doc] = true
				groupOf[lone] = g
			}
		}
	}
	seen := map[*factGroup]bool{}
	var out []*factGroup
	for i := range al {
		g := groupOf[i]
		if seen[g] {
			continue
		}
		seen[g] = true
		sort.Ints(g.members)
		out = append(out, g)
	}
	return out
}

func overlaps(a, b *factGroup) bool {
	for d := range b.docs {
		if a.docs[d] {
			return true
		}
	}
	return false
}

// coverage classifies how many of n articles report a fact.
func coverage(k, n int) string {
	switch {
	case k == n:
		return CoverageAll
	case k == 1:
		return CoverageOne
	case 2*k > n:
		return CoverageMost
	}
	return CoverageSome
}

// facts aligns the sentences of all docs into fact groups.
func facts(docs []*doc) []Fact {
	var sents []*sent
	for _, d := range docs {
		for i := range d.sents {
			sents = append(sents, &d.sents[i])
		}
	}
	al, ft := newAligned(sents)
	groups := groupFacts(al, edges(al, ft))
	sort.SliceStable(groups, func(i, j int) bool {
		return len(groups[i].docs) > len(groups[j].docs)
	})
	out := make([]Fact, 0, len(groups))
	for _, g := range groups {
		out = append(out, describeFact(docs, al, ft, g))
	}
	return out
}

// describeFact writes one group for the report.
func describeFact(docs []*doc, al []aligned, ft *featureTable, g *factGroup) Fact {
	f := Fact{Coverage: coverage(len(g.docs), len(docs))}
	for _, d := range docs {
		if g.docs[d.idx] {
			f.ReportedBy = append(f.ReportedBy, d.art.ID)
		} else {
			f.MissingFrom = append(f.MissingFrom, d.art.ID)
		}
	}
	if len(g.docs) > 1 {
		f.Shared = sharedFeatures(docs, al, ft, g)
	}
	for _, m := range g.members {
		s := al[m].s
		fs := FactSentence{Article: docs[s.doc].art.ID, Text: s.text}
		if len(g.docs) > 1 {
			fs.OnlyHere = onlyHere(docs, al, g, m)
		}
		f.Sentences = append(f.Sentences, fs)
	}
	return f
}
