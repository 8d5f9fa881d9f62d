package compare

import (
	"cmp"
	"slices"
	"strings"
)

// FactCopy says that one article of a fact group is a copy of another of
// the group (a copy relation of the report: duplicate, near-duplicate,
// derived or revision; two articles that only quote the same statements
// are no copy): its sentence repeats its source's rather than confirming
// it.
type FactCopy struct {
	Copy   string `json:"copy"`
	Source string `json:"source"`
	// Via, when set, is an article outside the group through which Copy
	// repeats Source: Copy copies Via, which copies Source, or Copy and
	// Source both copy Via (Shared).
	Via    string `json:"via,omitempty"`
	Shared bool   `json:"shared,omitempty"`
}

// copyChains links the articles related by copying: each article's
// chain is the set of docs its copy relations join, and an event's
// independent accounts are its chains (a source, its copies and theirs
// count once).
type copyChains struct {
	idx  map[string]int // article id → doc index
	rels [][2]int       // copy, source (doc indexes), closest copies first
	// added are, per relation, the passages the copy has and its source
	// lacks (Copy.Inserted), made comparable (see plainText).
	added [][]string
	n     int // docs
}

// newCopyChains links the articles of ids (the docs, in order) by the
// copy relations cps.
func newCopyChains(ids []string, cps []Copy) copyChains {
	c := copyChains{idx: make(map[string]int, len(ids)), n: len(ids)}
	for i, id := range ids {
		c.idx[id] = i
	}
	// The closest copy first: a reprint of a wire story that rewrote a
	// paper's is the wire's copy.
	cps = slices.Clone(cps)
	slices.SortStableFunc(cps, func(a, b Copy) int { return cmp.Compare(b.Share, a.Share) })
	for _, cp := range cps {
		if cp.Kind == KindSharesQuotes {
			continue // the speaker's words, not the outlet's
		}
		s, ok1 := c.idx[cp.Source]
		k, ok2 := c.idx[cp.Copy]
		if ok1 && ok2 && s != k {
			c.rels = append(c.rels, [2]int{k, s})
			var added []string
			for _, p := range cp.Inserted {
				added = append(added, plainText(p))
			}
			c.added = append(c.added, added)
		}
	}
	return c
}

// plainText is text with its spaces made single and without the marks
// that end a sentence or close a quotation, to find one text in another.
func plainText(s string) string {
	return strings.TrimRight(strings.Join(strings.Fields(s), " "), ".!?\"”’' ")
}

// holds reports whether relation i holds the copy's sentence text: the
// copy does not add it wholly of its own (a copy that takes part of
// another article writes the rest itself, and a sentence of that rest
// repeats nothing), or it still gives a run of its source's sentence
// (copyRun words: a rewrite of the source's line, "A huge trade gap
// continues" for "A huge trade deficit … continues", that the copy's
// alignment with its source counts as added). No text (nil) holds every
// sentence.
func (c copyChains) holds(i int, text map[int]string) bool {
	t := text[c.rels[i][0]]
	if t == "" {
		return true
	}
	pt := plainText(t)
	for _, p := range c.added[i] {
		if strings.Contains(p, pt) {
			src := text[c.rels[i][1]]
			return src != "" && longestRun(t, src) >= copyRun
		}
	}
	return true
}

// copyRun is the fewest words in a row a copy's own sentence must share
// with its source's for the relation to hold it (see holds).
const copyRun = 5

// longestRun is the length of the longest run of words a and b share,
// case and punctuation aside.
func longestRun(a, b string) int {
	wa, wb := keys(words(a)), keys(words(b))
	best := 0
	prev := make([]int, len(wb)+1)
	cur := make([]int, len(wb)+1)
	for i := range wa {
		for j := range wb {
			cur[j+1] = 0
			if wa[i] == wb[j] {
				cur[j+1] = prev[j] + 1
				best = max(best, cur[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return best
}

// within returns the copy relations among the docs of in, and how many
// independent accounts in holds: each doc of in is a copy at most once,
// and a relation whose two ends the ones before already join is left
// out, so that the accounts are len(in) less the relations. A relation
// is a copy relation of two docs of in (first), else a chain of them
// through docs outside in ("c copies b, which copies a": c repeats a
// through b), else a source outside in that both copy ("b and c both
// copy a"); the last two give the doc outside as third element (-1 for
// none).
//
// text, when not nil, holds the sentence of each doc of in: a relation
// whose copy adds its sentence of its own (see holds) relates nothing.
func (c copyChains) within(in map[int]bool, text map[int]string) ([][3]int, int) {
	if len(c.rels) == 0 {
		return nil, len(in)
	}
	root := make(map[int]int, len(in))
	var members []int
	for d := range in {
		root[d] = d
		members = append(members, d)
	}
	slices.Sort(members)
	find := func(d int) int {
		for root[d] != d {
			d = root[d]
		}
		return d
	}
	var out [][3]int
	copied := map[int]bool{}
	join := func(k, s, via int) bool {
		if copied[k] {
			return false
		}
		a, b := find(k), find(s)
		if a == b {
			return false
		}
		root[a] = b
		copied[k] = true
		out = append(out, [3]int{k, s, via})
		return true
	}
	for i, r := range c.rels {
		if in[r[0]] && in[r[1]] && c.holds(i, text) {
			join(r[0], r[1], -1)
		}
	}
	if len(out) == len(in)-1 {
		return out, 1
	}
	// Chains through docs outside in, then common sources outside in.
	for _, k := range members {
		if copied[k] {
			continue
		}
		for _, a := range c.ancestors(k, text) {
			if in[a.doc] && join(k, a.doc, a.via) {
				break
			}
		}
	}
	for i, k := range members {
		if copied[k] {
			continue
		}
		up := c.ancestors(k, text)
		for _, s := range members[:i] {
			if find(s) == find(k) {
				continue
			}
			if via := commonSource(up, c.ancestors(s, text), in); via >= 0 && join(k, s, via) {
				break
			}
		}
	}
	return out, len(in) - len(out)
}

// ancestor is a doc k repeats through copying, with the first doc of the
// chain after k when the chain is longer than one link (else -1).
type ancestor struct{ doc, via int }

// ancestors returns the docs k copies, directly or through other copies,
// nearest first; text is within's (k's first link must hold its
// sentence).
func (c copyChains) ancestors(k int, text map[int]string) []ancestor {
	var out []ancestor
	seen := map[int]bool{k: true}
	type step struct{ doc, first int }
	queue := []step{{k, -1}}
	for len(queue) > 0 {
		at := queue[0]
		queue = queue[1:]
		for i, r := range c.rels {
			if r[0] != at.doc || seen[r[1]] || at.doc == k && !c.holds(i, text) {
				continue
			}
			seen[r[1]] = true
			first := at.first
			if at.doc != k && first < 0 {
				first = at.doc
			}
			out = append(out, ancestor{r[1], first})
			queue = append(queue, step{r[1], first})
		}
	}
	return out
}

// commonSource returns the nearest doc outside in that both lists of
// ancestors hold, or -1.
func commonSource(a, b []ancestor, in map[int]bool) int {
	for _, x := range a {
		if in[x.doc] {
			continue
		}
		for _, y := range b {
			if y.doc == x.doc {
				return x.doc
			}
		}
	}
	return -1
}

// accounts returns the independent accounts of the story, as the
// account of each doc (a number, one for a source and its copies and
// theirs), and how many there are.
func (c copyChains) accounts() ([]int, int) {
	all := make(map[int]bool, c.n)
	for i := 0; i < c.n; i++ {
		all[i] = true
	}
	rels, k := c.within(all, nil)
	up := make([]int, c.n)
	for i := range up {
		up[i] = i
	}
	for _, r := range rels {
		up[r[0]] = r[1]
	}
	of := make([]int, c.n)
	for i := range of {
		d := i
		for up[d] != d {
			d = up[d]
		}
		of[i] = d
	}
	return of, k
}

// Sources returns the articles of ReportedBy that are no copy of another
// article of the group: the independent accounts of the fact.
func (f Fact) Sources() []string {
	if len(f.Copies) == 0 {
		return f.ReportedBy
	}
	return slices.DeleteFunc(slices.Clone(f.ReportedBy), f.IsCopy)
}

// IsCopy reports whether article id's sentence in the group is its copy
// of another's.
func (f Fact) IsCopy(id string) bool {
	_, ok := f.CopyOf(id)
	return ok
}

// CopiesOf returns the articles of the group that copy id, directly or
// through another copy, in the group's order.
func (f Fact) CopiesOf(id string) []string {
	var out []string
	from := []string{id}
	for len(from) > 0 {
		s := from[0]
		from = from[1:]
		for _, c := range f.Copies {
			if c.Source == s && !slices.Contains(out, c.Copy) {
				out = append(out, c.Copy)
				from = append(from, c.Copy)
			}
		}
	}
	return out
}

// CopyOf returns the relation that makes id's sentence a copy of
// another of the group, if any.
func (f Fact) CopyOf(id string) (FactCopy, bool) {
	for _, c := range f.Copies {
		if c.Copy == id {
			return c, true
		}
	}
	return FactCopy{}, false
}

// factCopy names the docs of a relation of within.
func (c copyChains) factCopy(docs []*doc, r [3]int) FactCopy {
	fc := FactCopy{Copy: docs[r[0]].art.ID, Source: docs[r[1]].art.ID}
	if r[2] >= 0 {
		fc.Via = docs[r[2]].art.ID
		// A chain runs from the copy through Via to Source; else both
		// copy Via.
		fc.Shared = !slices.Contains(c.rels, [2]int{r[0], r[2]}) ||
			!slices.ContainsFunc(c.ancestors(r[2], nil), func(a ancestor) bool { return a.doc == r[1] })
	}
	return fc
}

// accountCoverage classifies a fact that k independent accounts give
// (see within) of a story's n accounts of several articles, m of which
// the fact's articles belong to: one account is CoverageOne even when
// the story has no other (every article copies one); a fact every
// account gives is CoverageAll, and the share of the others counts the
// story's accounts, so that a copy that writes a fact in its own words
// counts as a second account of the fact but not of the story.
func accountCoverage(k, m, n int) string {
	switch {
	case k == 1:
		return CoverageOne
	case m == n:
		return CoverageAll
	case 2*m > n:
		return CoverageMost
	}
	return CoverageSome
}

// Accounts is how many independent accounts the report's articles give:
// an article that copies another (Copies, shares-quotes aside) counts
// with its source as one.
func (r *Report) Accounts() int {
	ids := make([]string, len(r.Articles))
	for i, a := range r.Articles {
		ids[i] = a.ID
	}
	_, n := newCopyChains(ids, r.Copies).accounts()
	return n
}

// AccountRoots returns the articles that copy no other article of the
// report (Copies, shares-quotes aside): one per independent account.
func (r *Report) AccountRoots() []string {
	ids := make([]string, len(r.Articles))
	for i, a := range r.Articles {
		ids[i] = a.ID
	}
	of, _ := newCopyChains(ids, r.Copies).accounts()
	var out []string
	for i, id := range ids {
		if of[i] == i {
			out = append(out, id)
		}
	}
	return out
}
