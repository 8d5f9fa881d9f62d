package compare

import (
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Number matching: two numbers of different articles give the same
// quantity when they have the same kind and unit and enough in common:
// one point per content word shared within numberWindow tokens of each,
// two when they count the same thing, one when they have the same value;
// minNumberScore points make a match.
const (
	numberWindow   = 6
	minNumberScore = 2
)

// numItem is one number with its context.
type numItem struct {
	doc    int
	n      nlp.Number
	what   string // lower-cased Counts
	window map[string]bool
}

// collectNumbers lists the numbers of all docs (dates excluded).
func collectNumbers(docs []*doc) []numItem {
	var out []numItem
	for _, d := range docs {
		for _, n := range d.an.Numbers {
			if n.Kind == nlp.NumDate || n.Sentence < 0 || n.Sentence >= len(d.an.Sentences) {
				continue
			}
			out = append(out, numItem{doc: d.idx, n: n, what: strings.ToLower(n.Counts), window: numberContext(d.an.Sentences[n.Sentence], n)})
		}
	}
	return out
}

// numberContext returns the content stems near a number in its sentence.
func numberContext(s nlp.Sentence, n nlp.Number) map[string]bool {
	first, last := -1, -1
	for i, t := range s.Tokens {
		if s.Para == n.Para && t.Start >= n.Start && t.End <= n.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	ctx := map[string]bool{}
	if first < 0 {
		return ctx
	}
	for i := max(0, first-numberWindow); i < min(len(s.Tokens), last+numberWindow+1); i++ {
		if (i < first || i > last) && content(s.Tokens[i]) {
			ctx[s.Tokens[i].Stem] = true
		}
	}
	return ctx
}

// numberScore scores a pair of numbers of different articles.
func numberScore(a, b numItem) int {
	if a.n.Kind != b.n.Kind || a.n.Unit != b.n.Unit {
		return 0
	}
	sc := 0
	for w := range a.window {
		if b.window[w] {
			sc++
		}
	}
	if a.what != "" && a.what == b.what {
		sc += 2
	}
	if a.n.Value == b.n.Value {
		sc++
	}
	return sc
}

// quantities groups the numbers of docs into quantities.
func quantities(docs []*doc) []Quantity {
	items := collectNumbers(docs)
	type pair struct{ a, b, sc int }
	var pairs []pair
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			if items[i].doc == items[j].doc {
				continue
			}
			if sc := numberScore(items[i], items[j]); sc >= minNumberScore {
				pairs = append(pairs, pair{i, j, sc})
			}
		}
	}
	sort.SliceStable(pairs, func(x, y int) bool { return pairs[x].sc > pairs[y].sc })
	groupOf := make([]int, len(items))
	groups := make([][]int, len(items))
	for i := range items {
		groupOf[i], groups[i] = i, []int{i}
	}
	hasDoc := func(g, d int) bool {
		for _, m := range groups[g] {
			if items[m].doc == d {
				return true
			}
		}
		return false
	}
	for _, p := range pairs {
		ga, gb := groupOf[p.a], groupOf[p.b]
		if ga == gb {
			continue
		}
		clash := false
		for _, m := range groups[gb] {
			if hasDoc(ga, items[m].doc) {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		if gb < ga {
			ga, gb = gb, ga
		}
		for _, m := range groups[gb] {
			groupOf[m] = ga
		}
		groups[ga] = append(groups[ga], groups[gb]...)
		groups[gb] = nil
	}
	var out []Quantity
	for _, g := range groups {
		if len(g) == 0 {
			continue
		}
		sort.Ints(g)
		out = append(out, describeQuantity(docs, items, g))
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].ReportedBy) > len(out[j].ReportedBy) })
	return out
}

// describeQuantity writes one quantity for the report.
func describeQuantity(docs []*doc, items []numItem, g []int) Quantity {
	first := items[g[0]].n
	q := Quantity{Kind: string(first.Kind), Unit: first.Unit}
	for _, m := range g {
		it := items[m]
		if q.What == "" {
			q.What = it.n.Counts
		}
		id := docs[it.doc].art.ID
		q.ReportedBy = appendNew(q.ReportedBy, id)
		q.Values = append(q.Values, NumberUse{Article: id, Text: it.n.Text, Value: it.n.Value, Approx: it.n.Approx,
			Sentence: sentenceText(docs[it.doc].an, it.n.Sentence)})
		if !it.n.Approx && !first.Approx && it.n.Value != first.Value {
			q.Discrepancy = true
		}
	}
	for _, a := range q.Values {
		for _, b := range q.Values {
			if !a.Approx && !b.Approx && a.Value != b.Value {
				q.Discrepancy = true
			}
		}
	}
	return q
}
