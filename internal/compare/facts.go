package compare

import (
	"slices"
	"sort"
	"strconv"
	"strings"
)

// factGroup is a set of aligned sentences (indexes) and their articles.
type factGroup struct {
	members []int
	docs    map[int]bool
	// best is the score of the strongest match that built the group.
	best float64
	// join maps a member to the neighbour sentence of its paragraph it
	// is shown with (index plus one; see joinedMembers).
	join map[int]int
	// cut maps a member to the text it is shown as when its sentence
	// runs on past the shared fact (cutRunOns).
	cut map[int]string
	// adds maps a member shown whole to the clause of it no other member
	// gives (addsPart): what it says beside the shared fact.
	adds map[int]string
}

// groupFacts turns matching pairs into fact groups. Pairs are merged best
// first, never putting two sentences of one article into a group: when an
// article states a fact in two sentences, the one that matches the others'
// best joins the group, and the other gets a group of its own with its
// matches.
func groupFacts(al []aligned, ft *featureTable, es []edge, p alignParams) []*factGroup {
	rare := rareLimit(al)
	// linked reports whether every sentence of a states the fact of every
	// sentence of b (complete linkage): a group is one proposition, not a
	// chain of sentences each sharing some words with the next.
	linked := func(a, b []int) bool {
		for _, x := range a {
			for _, y := range b {
				if sc, ok := match(al[x], al[y], ft, rare, p); !ok && sc < p.minLink {
					return false
				}
			}
		}
		return true
	}
	groupOf := make([]*factGroup, len(al))
	for i := range al {
		groupOf[i] = &factGroup{members: []int{i}, docs: map[int]bool{al[i].s.doc: true}}
	}
	for _, e := range es {
		ga, gb := groupOf[e.a], groupOf[e.b]
		if ga == gb || overlaps(ga, gb) || !linked(ga.members, gb.members) {
			continue
		}
		if len(gb.members) > len(ga.members) {
			ga, gb = gb, ga
		}
		ga.best = max(ga.best, gb.best, e.score)
		for _, m := range gb.members {
			ga.members = append(ga.members, m)
			groupOf[m] = ga
		}
		for d := range gb.docs {
			ga.docs[d] = true
		}
	}
	// A matching pair left in two groups joins them no more, but the
	// sentence also states the other group's fact when its article is not
	// there yet: one sentence often packs two facts that another article
	// gives in two sentences. A sentence left alone although it matches
	// others restates a fact its article gives in another sentence (or
	// packs together what the other article says apart): it gets a group
	// of its own with its best match in each other article, rather than
	// being shown as a fact only its article reports.
	second := map[int]*factGroup{}
	for _, e := range es {
		for _, xy := range [2][2]int{{e.a, e.b}, {e.b, e.a}} {
			x, y := xy[0], xy[1]
			gx, gy, dx := groupOf[x], groupOf[y], al[x].s.doc
			switch {
			case gx == gy:
			case len(gx.members) > 1:
				if len(gy.members) > 1 && !gy.docs[dx] && e.score >= p.minJoin && linked([]int{x}, gy.members) {
					gy.members = append(gy.members, x)
					gy.docs[dx] = true
					gy.best = max(gy.best, e.score)
				}
			case e.score >= p.minRestate:
				g := second[x]
				if g == nil {
					g = &factGroup{members: []int{x}, docs: map[int]bool{dx: true}}
					second[x] = g
				}
				if d := al[y].s.doc; !g.docs[d] {
					g.docs[d] = true
					g.members = append(g.members, y)
					g.best = max(g.best, e.score)
				}
			}
		}
	}
	seen := map[*factGroup]bool{}
	var out []*factGroup
	for i := range al {
		g := groupOf[i]
		if sg := second[i]; sg != nil {
			g = sg
		}
		if seen[g] {
			continue
		}
		seen[g] = true
		sort.Ints(g.members)
		out = append(out, g)
	}
	return withoutContained(al, out)
}

// withoutContained drops every group whose sentences all belong to another
// group (the first of two equal ones stays), a sentence counted as the
// first one of its article with the same words (a page that prints a
// passage twice, or once more with a lead-in: "He also demanded: “Act
// now…”" and the tweet's "Act now…” ", see sameWordsKey): a sentence joined to a second group as one that packs
// two facts can leave that group holding nothing the other does not, and
// the page then showed one fact twice, once as missing from an outlet
// whose sentence the other shows.
func withoutContained(al []aligned, gs []*factGroup) []*factGroup {
	type key struct {
		doc  int
		text string
	}
	first := map[key]int{}
	canon := make([]int, len(al))
	for i := range al {
		k := key{al[i].s.doc, sameWordsKey(al[i])}
		if j, ok := first[k]; ok {
			canon[i] = j
		} else {
			first[k], canon[i] = i, i
		}
	}
	sets := make([][]int, len(gs))
	in := map[int][]int{} // sentence → the groups holding it
	for gi, g := range gs {
		set := make([]int, 0, len(g.members))
		for _, m := range g.members {
			set = append(set, canon[m])
		}
		sort.Ints(set)
		set = slices.Compact(set)
		sets[gi] = set
		for _, m := range set {
			in[m] = append(in[m], gi)
		}
	}
	contains := func(big, small []int) bool {
		j := 0
		for _, m := range small {
			for j < len(big) && big[j] < m {
				j++
			}
			if j == len(big) || big[j] != m {
				return false
			}
		}
		return true
	}
	out := gs[:0:0]
	for gi, g := range gs {
		dropped := false
		for _, hi := range in[sets[gi][0]] {
			if hi == gi || len(sets[hi]) < len(sets[gi]) || !contains(sets[hi], sets[gi]) {
				continue
			}
			if len(sets[hi]) > len(sets[gi]) || hi < gi {
				dropped = true
				break
			}
		}
		if !dropped {
			out = append(out, g)
		}
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

// facts aligns the sentences of all docs into fact groups. A figure
// rows holds (a number row's figure beside an agreeing one of another
// article) is no own detail of a fact (see pairedFigures); rows may be
// nil.
func facts(docs []*doc, cps []Copy, rows rowFigures) []Fact {
	al, ft, groups := alignFacts(docs, defaultAlign)
	groups = propositions(docs, al, ft, groups)
	groups = leadGroups(docs, al, ft, groups, defaultAlign)
	mainOf := mainClauseOf(docs, al) // read once for both passes
	groups = regroup(docs, al, ft, mainOf, groups)
	cutRunOns(docs, al, ft, groups)
	out := make([]Fact, 0, len(groups))
	count := make([]int32, len(ft.names))
	para, told, scored := paraphrasedIn(docs, al, ft, groups, defaultAlign)
	headlined(docs, al, ft, groups, para)
	seen := seenElsewhere(docs)
	withRows(seen, rows)
	words := newWordIndex(docs)
	figs := newFigureIndex(docs)
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.art.ID
	}
	chains := newCopyChains(ids, cps)
	account, accounts := chains.accounts()
	unit, units := outletUnits(docs, account)
	outletUnit, _ := outletUnits(docs, nil)
	for _, g := range groups {
		f := describeFact(docs, al, ft, g, count)
		if accounts < len(docs) || units < len(docs) {
			text := make(map[int]string, len(g.members))
			for _, m := range g.members {
				text[al[m].s.doc] = g.text(al, m)
			}
			rels, _ := chains.within(g.docs, text)
			for _, r := range rels {
				f.Copies = append(f.Copies, chains.factCopy(docs, r))
			}
			of := map[int]bool{}
			for d := range g.docs {
				of[unit[d]] = true
			}
			f.Coverage = accountCoverage(groupUnits(g.docs, rels, outletUnit), len(of), units)
		}
		f.StatedBy = para[g]
		f.ToldBy = told[g]
		if len(g.docs) == 1 && len(f.StatedBy) == 0 && len(docs) > 1 {
			s := al[g.members[0]].s
			f.MaybeElsewhere = !claimable(docs, s, seen) || speakerSaysElsewhere(docs, ft, s) ||
				quotedShare(docs[s.doc], s.pos) >= 0.5 && quotedWordsElsewhere(docs, s)
			part := func() *PartBasis { return nil }
			if !f.MaybeElsewhere {
				f.MaybeElsewhere, part = toldElsewhere(docs, ft, words, s)
				if !f.MaybeElsewhere {
					if b := figureActElsewhere(docs, figs, s); b != nil {
						part = func() *PartBasis { return b }
					}
				}
			}
			if f.OnlyIn() {
				f.Own = ownParts(docs, s, seen[s.doc])
				f.QuoteOnly = quoteOnly(f.Own)
				if f.QuoteOnly == "" && len(f.Own) > 0 {
					f.PartBasis = part()
					f.PartElsewhere = f.PartBasis != nil
				}
			}
			scoredOnly(&f, scored[g])
		}
		// An article that states the fact in other words does not lack
		// it: "not in" names only the articles that do not state it.
		f.MissingFrom = slices.DeleteFunc(f.MissingFrom, func(id string) bool { return slices.Contains(f.StatedBy, id) })
		if len(g.docs) > 1 {
			f.Conflict = conflict(docs, al, g)
			f.Tentative = g.best < sureCosine
		}
		out = append(out, f)
	}
	return out
}

// regroup runs the passes that weigh each fact group after propositions:
// they take members out (the main clause, two speakers, polarity,
// percentages, opposite claims and stances, acts of other days), split twins and restated
// lines, and join a sentence cut in two.
func regroup(docs []*doc, al []aligned, ft *featureTable, mainOf func(int) clauseWords, groups []*factGroup) []*factGroup {
	groups = mainClauseGroups(mainOf, al, groups)
	groups = framedGroups(docs, al, mainOf, groups)
	groups = twoSpeakerGroups(docs, al, ft, groups)
	groups = twinGroups(mainOf, al, ft, groups)
	groups = restatedGroups(mainOf, al, ft, groups)
	groups = askedGroups(mainOf, al, groups)
	groups = polarityGroups(docs, al, ft, groups)
	groups = percentGroups(docs, al, ft, groups)
	groups = opposedGroups(docs, al, ft, groups)
	groups = stanceGroups(docs, al, groups)
	groups = previewGroups(docs, al, groups)
	groups = dayGroups(docs, al, groups)
	groups = joinedMembers(docs, al, ft, groups)
	// The passes after groupFacts split, join and move members: a group
	// can end holding only sentences another group holds (a split-off
	// part beside the group of a second sentence, read in session 58),
	// and the page showed one fact twice. The same sentences are one group.
	groups = withoutContained(al, groups)
	return groups
}

// outletUnits returns the unit each doc counts as when a fact's
// coverage is weighed, and how many units the story has: an independent
// account (account, see copyChains.accounts) and, when the docs come from
// two outlets or more, an outlet, whose articles (a report and its
// update, two reports of one desk) are one outlet's account, as the
// overview and the story page count them (view.outletShare). Read in
// session 56 (h/read56), groups of one outlet's two articles were listed
// under "Reported by some outlets" on four of 16 pages.
//
// With account nil, the unit of a doc is its outlet's alone.
func outletUnits(docs []*doc, account []int) ([]int, int) {
	unit := slices.Clone(account)
	if account == nil {
		unit = make([]int, len(docs))
		for i := range unit {
			unit[i] = i
		}
	}
	// A copy counts with its source, never with its own outlet's other
	// articles: an outlet that runs another's report beside one of its
	// own would otherwise chain the two outlets into one unit.
	first := map[string]int{}
	for _, d := range docs {
		if o := outletOf(d); o != "" && unit[d.idx] == d.idx {
			if _, ok := first[o]; !ok {
				first[o] = d.idx
			}
		}
	}
	if len(first) >= 2 {
		uf := newUnionFind(len(docs))
		for i, a := range unit {
			uf.union(i, a)
		}
		for _, d := range docs {
			if o := outletOf(d); o != "" && unit[d.idx] == d.idx {
				uf.union(d.idx, first[o])
			}
		}
		for i := range unit {
			unit[i] = uf.find(i)
		}
	}
	seen := map[int]bool{}
	for _, u := range unit {
		seen[u] = true
	}
	return unit, len(seen)
}

// groupUnits is how many independent units the docs of a group are: its
// docs less the copy relations within it (rels, see copyChains.within;
// a copy that writes the fact in its own words is a second account of
// it), two docs of one outlet counted once (unit, the outlet of each doc,
// see outletUnits).
func groupUnits(in map[int]bool, rels [][3]int, unit []int) int {
	idx := map[int]int{}
	var ds []int
	for d := range in {
		idx[d] = len(ds)
		ds = append(ds, d)
	}
	uf := newUnionFind(len(ds))
	copied := map[int]bool{} // docs that repeat another doc of the group
	for _, r := range rels {
		uf.union(idx[r[0]], idx[r[1]])
		copied[r[0]] = true
	}
	byUnit := map[int]int{}
	for i, d := range ds {
		if copied[d] {
			// With its source, not with its outlet (see outletUnits).
			continue
		}
		if j, ok := byUnit[unit[d]]; ok {
			uf.union(i, j)
		} else {
			byUnit[unit[d]] = i
		}
	}
	roots := map[int]bool{}
	for i := range ds {
		roots[uf.find(i)] = true
	}
	return len(roots)
}

// propositions keeps the groups that are surely one fact and those
// possibly one whose every pair states one proposition: what the two
// sentences say is much the same (saidCosine), or both say one phrase
// after one name (saysPhraseOf), or both open their articles telling one
// news act of one participant (sameAct), or both give one figure of one
// counted thing with one act word (sameFigureFact). The sentences of the
// others are facts of their own articles, as if they had matched nothing
// (the paraphrase search still finds the articles that state them in
// other words).
func propositions(docs []*doc, al []aligned, ft *featureTable, groups []*factGroup) []*factGroup {
	in := membership(al, groups)
	cache := map[*sent][]string{}
	out := groups[:0:0]
	var alone []*factGroup
	for _, g := range groups {
		if len(g.docs) < 2 || g.best >= sureCosine {
			out = append(out, g)
			continue
		}
		if oneProposition(docs, al, ft, g, cache) {
			out = append(out, g)
			continue
		}
		alone = release(g, in, al, alone)
	}
	return append(out, alone...)
}

// oneProposition reports whether every pair of sentences of g states one
// proposition; a pair whose shared verbs are said of different people
// (otherSubjects) states two.
func oneProposition(docs []*doc, al []aligned, ft *featureTable, g *factGroup, cache map[*sent][]string) bool {
	for i, x := range g.members {
		for _, y := range g.members[i+1:] {
			a, b := al[x], al[y]
			if a.s.doc != b.s.doc && otherSubjects(docs, a.s, b.s) {
				return false
			}
			if saidCosine(docs, a.s, b.s, ft, cache) < minSaid && !saysPhraseOf(docs, a, b, ft, saidOf(docs, a.s, cache), saidOf(docs, b.s, cache)) && !sameAct(a, b, ft) && !sameFigureFact(a.s, b.s) {
				return false
			}
		}
	}
	return true
}

// alignFacts aligns the sentences of all docs into fact groups, most
// widely reported first.
func alignFacts(docs []*doc, p alignParams) ([]aligned, *featureTable, []*factGroup) {
	var sents []*sent
	for _, d := range docs {
		for i := range d.sents {
			sents = append(sents, &d.sents[i])
		}
	}
	al, ft := newAligned(sents)
	// A lead-in to a list below it ("Here's what we learned:") states
	// no fact: it matches no sentence (listLeadIn).
	es := slices.DeleteFunc(edges(al, ft, p), func(e edge) bool {
		return leadIn(docs, al[e.a].s) || leadIn(docs, al[e.b].s)
	})
	groups := groupFacts(al, ft, es, p)
	sort.SliceStable(groups, func(i, j int) bool {
		return len(groups[i].docs) > len(groups[j].docs)
	})
	return al, ft, groups
}

// leadIn reports whether s is a lead-in to a list (listLeadIn).
func leadIn(docs []*doc, s *sent) bool {
	return listLeadIn(docs[s.doc].an.Sentences, s.pos)
}

// describeFact writes one group for the report.
func describeFact(docs []*doc, al []aligned, ft *featureTable, g *factGroup, count []int32) Fact {
	f := Fact{Coverage: coverage(len(g.docs), len(docs))}
	// The lists of a story of n articles take O(n) per fact whatever is
	// done; they are at least built without a map lookup per article.
	in := make([]int, 0, len(g.docs))
	for d := range g.docs {
		in = append(in, d)
	}
	sort.Ints(in)
	f.ReportedBy = make([]string, 0, len(in))
	if len(docs) > len(in) {
		f.MissingFrom = make([]string, 0, len(docs)-len(in))
	}
	k := 0
	for _, d := range docs {
		if k < len(in) && in[k] == d.idx {
			f.ReportedBy = append(f.ReportedBy, d.art.ID)
			k++
		} else {
			f.MissingFrom = append(f.MissingFrom, d.art.ID)
		}
	}
	if len(g.docs) > 1 {
		f.Shared = sharedFeatures(docs, al, ft, g, count)
	}
	var gw groupWords
	if len(g.docs) > 1 {
		gw = newGroupWords(docs, al, g)
	}
	for _, m := range g.members {
		sp := g.span(m)
		s := al[sp[0]].s
		fs := FactSentence{Article: docs[s.doc].art.ID, Text: shown(withoutDateline(docs[s.doc], s.pos, g.text(al, m))), Paragraph: docs[s.doc].an.Sentences[s.pos].Para,
			Speaker: quotedSpeaker(docs[s.doc], s.pos)}
		if _, ok := g.cut[m]; ok {
			fs.Whole = shown(withoutDateline(docs[s.doc], s.pos, g.whole(al, m)))
		}
		if a, ok := g.adds[m]; ok {
			// It reads as Text does: no dateline, one space between words.
			a = shown(withoutDateline(docs[s.doc], s.pos, a))
			if w := strings.Trim(a, cutMark); w != "" && strings.Contains(fs.Text, w) {
				fs.Adds = a
			}
		}
		if len(g.docs) > 1 {
			for _, x := range sp {
				fs.OnlyHere = append(fs.OnlyHere, onlyHere(docs, al, gw, x)...)
			}
			if _, ok := g.cut[m]; ok {
				fs.OnlyHere = slices.DeleteFunc(fs.OnlyHere, func(w string) bool { return !strings.Contains(fs.Text, w) })
			}
			// The article's own outlet ("In a statement to Ostra
			// Radio") is no detail it adds (see outletsName).
			o := outletKey(outletOf(docs[s.doc]))
			fs.OnlyHere = slices.DeleteFunc(fs.OnlyHere, func(w string) bool {
				return o != "" && outletKey(w) == o
			})
		}
		f.Sentences = append(f.Sentences, fs)
	}
	held := heldByOthersOf(f.Sentences)
	for i := range f.Sentences {
		f.Sentences[i].OnlyHere = slices.DeleteFunc(f.Sentences[i].OnlyHere, func(w string) bool { return held(w, i) })
	}
	return f
}

// text is what member m of g says: its sentence, or its sentence and the
// neighbour joined to it in reading order, one space between; the clause
// of it that states the group's fact when it was cut (g.cut).
func (g *factGroup) text(al []aligned, m int) string {
	if t, ok := g.cut[m]; ok {
		return t
	}
	return g.whole(al, m)
}

// whole is member m's sentence, or sentences, uncut.
func (g *factGroup) whole(al []aligned, m int) string {
	sp := g.span(m)
	if len(sp) == 1 {
		return al[m].s.text
	}
	return al[sp[0]].s.text + " " + al[sp[1]].s.text
}

// sameWordsKey is what two sentences of one article share when they say
// the same words: the words of the quotation they give (three or more),
// else their content features, in order of id, or their text when they
// have none. "He also demanded: “Act now…”" and the tweet's own "Act
// now…”" later on the page key alike.
func sameWordsKey(a aligned) string {
	ids := a.feats
	if len(a.quoted) >= 3 {
		ids = a.quoted // a quotation the line gives whole, with or without its lead-in
	}
	if len(ids) == 0 {
		return a.s.text
	}
	var b strings.Builder
	for _, f := range ids {
		b.WriteString(strconv.Itoa(f))
		b.WriteByte(' ')
	}
	return b.String()
}
