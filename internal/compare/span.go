package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Thresholds of joinedMembers, on the content words (stems, entities and
// numbers) of the other article's sentence.
const (
	// spanCover is the share of them the two sentences together need.
	spanCover = 0.75
	// spanGain is how much more of them the pair must cover than either
	// sentence alone.
	spanGain = 0.25
	// spanRest is how many of the words the group's sentence lacks the
	// neighbour must give, of what the other sentence says (not who says
	// it: names, titles and verbs of saying left out).
	spanRest = 1
	// spanOwn is the share of the words said (as for spanRest) of each
	// of the two sentences the other sentence must hold: they carry one
	// statement, not the other's and a new one.
	spanOwn = 0.5
)

// joinedMembers lets a member of a fact group stand for two consecutive
// sentences of one passage of its article (one paragraph, or two side by
// side, see sameOrNextPara) when another article gives
// them as one sentence: one outlet writes a statement or tweet as one
// sentence, another cuts it at a full stop, and the group paired the long
// sentence with only one half, so that one side seemed to hold more. The
// neighbour (the sentence after the member, or the one before) joins when
// the two together cover most of the long sentence's content words
// (spanCover) and much more of them than either alone (spanGain), it
// gives at least spanRest of the words the member lacks (of what is said,
// not of who says it) and the member as many the neighbour lacks (else the
// neighbour alone is the match), and most of the words said of each of the two are
// in the long sentence (spanOwn). A neighbour that is in a
// group with sentences of other articles outside the group stays apart;
// the groups left holding nothing but sentences of the joined group are
// dropped (the neighbour's own group, or the long sentence paired with
// the neighbour alone).
func joinedMembers(docs []*doc, al []aligned, ft *featureTable, groups []*factGroup) []*factGroup {
	in := map[int][]*factGroup{}
	for _, g := range groups {
		for _, m := range g.members {
			in[m] = append(in[m], g)
		}
	}
	// content and told are read once per sentence (memo).
	contents, tolds := map[int]map[int]bool{}, map[int]map[int]bool{}
	content := func(x int) map[int]bool {
		if c, ok := contents[x]; ok {
			return c
		}
		out := map[int]bool{}
		contents[x] = out
		for _, f := range al[x].feats {
			if n := ft.names[f]; strings.HasPrefix(n, "w:") || strings.HasPrefix(n, "e:") || strings.HasPrefix(n, "n:") {
				out[f] = true
			}
		}
		return out
	}
	// told are the "w:" and "n:" features of what a sentence says, not
	// who says it: its predicate words (sent.pred, outside names, roles
	// and titles) less its verbs of saying.
	told := func(x int) map[int]bool {
		if c, ok := tolds[x]; ok {
			return c
		}
		out := map[int]bool{}
		tolds[x] = out
		s := al[x].s
		for _, f := range al[x].pred {
			out[f] = true
		}
		for _, t := range docs[s.doc].an.Sentences[s.pos].Tokens {
			if attributionVerbs[t.Norm] {
				if id, ok := ft.ids["w:"+t.Stem]; ok {
					delete(out, id)
				}
			}
		}
		return out
	}
	// neighbour reports whether y is the sentence right before or after
	// x in x's passage (sameOrNextPara).
	neighbour := func(x, y int) bool {
		if y < 0 || y >= len(al) {
			return false
		}
		a, b := al[x].s, al[y].s
		if a.doc != b.doc || (b.pos != a.pos+1 && b.pos != a.pos-1) {
			return false
		}
		return sameOrNextPara(docs[a.doc].an.Sentences, a.pos, b.pos)
	}
	// free reports whether y may join g: every other group holding it
	// holds nothing but y and g's sentences.
	free := func(g *factGroup, y int) bool {
		for _, h := range in[y] {
			if h == g {
				return false
			}
			for _, m := range h.members {
				if m != y && !g.has(m) {
					return false
				}
			}
		}
		return true
	}
	joinedAny := false
	for _, g := range groups {
		if len(g.docs) < 2 {
			continue
		}
		for _, m := range g.members {
			cm := content(m)
			best, bestGain := -1, 0.0
			for _, y := range [2]int{m + 1, m - 1} {
				if !neighbour(m, y) || !free(g, y) {
					continue
				}
				cy, ty := content(y), told(y)
				// the neighbour says what every other article of the
				// group says: in a group of three, joining it to one
				// member must not leave a third holding less
				everywhere := true
				for _, o := range g.members {
					if al[o].s.doc != al[m].s.doc && !mostlyIn(ty, told(o)) {
						everywhere = false
					}
				}
				if !everywhere {
					continue
				}
				for _, o := range g.members {
					if al[o].s.doc == al[m].s.doc || g.join[o] != 0 {
						continue
					}
					co := content(o)
					if len(co) == 0 || len(cy) == 0 {
						continue
					}
					alone, both, rest := 0, 0, 0
					for f := range co {
						switch {
						case cm[f]:
							alone++
							both++
						case cy[f]:
							both++
						}
					}
					to, tm := told(o), told(m)
					first := 0 // what only the member gives of it
					for f := range to {
						switch {
						case ty[f] && !cm[f]:
							rest++
						case tm[f] && !ty[f]:
							first++
						}
					}
					if !mostlyIn(ty, to) || !mostlyIn(tm, to) {
						continue
					}
					n := float64(len(co))
					gain := float64(both-alone) / n
					if float64(both)/n >= spanCover && gain >= spanGain && rest >= spanRest && first >= spanRest &&
						gain > bestGain {
						best, bestGain = y, gain
					}
				}
			}
			if best >= 0 {
				if g.join == nil {
					g.join = map[int]int{}
				}
				// stored as the index plus one, so that 0 means none
				g.join[m] = best + 1
				joinedAny = true
			}
		}
	}
	if !joinedAny {
		return groups
	}
	// drop the groups that hold nothing but sentences of a joined group
	var joined []*factGroup
	at := map[*factGroup]int{} // a joined group's index in groups
	for i, g := range groups {
		if len(g.join) > 0 {
			joined = append(joined, g)
			at[g] = i
		}
	}
	// covered counts the sentences a group stands for
	covered := func(g *factGroup) int { return len(g.members) + len(g.join) }
	dropped := map[*factGroup]bool{}
	for gi, g := range groups {
		for _, h := range joined {
			if h == g || dropped[h] {
				continue
			}
			all := true
			for _, m := range g.members {
				for _, x := range g.span(m) {
					all = all && h.has(x)
				}
			}
			// of two groups holding the same sentences the first stays
			if all && (covered(h) > covered(g) || len(g.join) == 0 || at[h] < gi) {
				dropped[g] = true
				break
			}
		}
	}
	out := groups[:0:0]
	for _, g := range groups {
		if !dropped[g] {
			out = append(out, g)
		}
	}
	return out
}

// has reports whether sentence x is a member of g or the neighbour joined
// to one.
func (g *factGroup) has(x int) bool {
	for _, m := range g.members {
		if m == x || g.join[m] == x+1 {
			return true
		}
	}
	return false
}

// span lists the sentences member m stands for in reading order: m alone,
// or m with the neighbour joined to it.
func (g *factGroup) span(m int) []int {
	n := g.join[m] - 1
	switch {
	case n < 0:
		return []int{m}
	case n < m:
		return []int{n, m}
	}
	return []int{m, n}
}

// mostlyIn reports whether at least spanOwn of the features of a, and at
// least one, are in b.
func mostlyIn(a, b map[int]bool) bool {
	k := 0
	for f := range a {
		if b[f] {
			k++
		}
	}
	return k > 0 && float64(k) >= spanOwn*float64(len(a))
}

// sameOrNextPara reports whether sentences i and j (next to each other)
// of one article may be read as one passage: they are in one paragraph,
// or in two paragraphs side by side, one of which holds its sentence
// alone. Web copy often sets each sentence of a statement as a paragraph
// of its own (a quote, then "… she said" apart, or a tweet cut at a full
// stop), where another outlet gives the two as one sentence; read in
// session 72, the paragraph rule left such halves unjoined, and one side
// seemed to hold more. Two paragraphs of several sentences each stay
// apart. The title is no paragraph. Cost: a few index reads.
func sameOrNextPara(ss []nlp.Sentence, i, j int) bool {
	pi, pj := ss[i].Para, ss[j].Para
	if pi < 0 || pj < 0 {
		return false
	}
	if pi == pj {
		return true
	}
	if pj != pi+1 && pj != pi-1 {
		return false
	}
	return aloneInPara(ss, i) || aloneInPara(ss, j)
}

// aloneInPara reports whether sentence i is the only sentence of its
// paragraph.
func aloneInPara(ss []nlp.Sentence, i int) bool {
	p := ss[i].Para
	return (i == 0 || ss[i-1].Para != p) && (i+1 == len(ss) || ss[i+1].Para != p)
}
