package compare

import (
	"math"
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Lead facts. Every report tells the news in its first sentence, and
// each outlet tells it in its own words: "Governor X warned Friday
// she would shut the ports unless lawmakers drop their budget fight"
// and "Governor X said on Friday the ports would close if the
// legislature kept blocking her budget". The words
// they share are the story's topic words, in many sentences of every
// article, so match finds no rare word of what is said in common (its
// predicate test) and the pair's cosine stays below minCosine; sameAct
// helps only when the two verbs fall in one of its narrow classes. Read
// on the blind sets fresh50 to fresh54 (session 70, h/leadfacts70), the
// lead fact of 15 of 20 events formed no group.
//
// Two ledes state one fact (leadPair) when both are their article's
// first sentence and: the first entity each names past its dateline,
// places left out, is one (leadAgent: who acts); what their main clauses
// say (sent.said, weighed by rarity) is a good part shared (minLeadSaid
// of the lighter side, two words at least) and the pair's cosine is at
// least minLeadCosine; they share the act, a verb of both main clauses
// (sharedVerb) or one of sameAct's classes; and nothing tells them
// apart: no figure of one kind, weekday or date that the two give
// differently (a difference, not agreement). Ledes of one agent that
// share only nouns (his visit, the policy, the interview) mostly tell two
// acts: read on 340 drawn stories (seeds 7330, 7331), a rule without the
// agent and the verb made 31 groups, 16 right; with them, 8, all right.
// The passes of regroup (polarity, opposed claims, stances, previews,
// acts of other days) weigh the group as they weigh any other.

// minLeadSaid is the least share of the lighter main clause's weight
// that two ledes must both say. On fresh50-54's 20 lede pairs the three
// that tell one fact shared 0.30 to 0.50 (filibuster deal, newsprint
// duty cut, hearings announced); most pairs that tell two facts of one
// story shared less (a straw poll won / running-mate talk pushed back,
// 0.24; a family forgiving / a reward posted, 0.19).
const minLeadSaid = 0.28

// minLeadCosine is the least cosine of the whole pair: two ledes that
// share their main clause but little else (one a long list of details)
// are left to match.
const minLeadCosine = 0.3

// leadLimit is the last sentence position (in Analysis.Sentences) a
// lede may have: a dateline or byline line can come first.
const leadLimit = 3

// leadGroups joins the ledes of different articles that state one fact
// (leadPair) into one group, when each is a fact of its own article
// alone so far or one of them is in a group the other's article is not
// in and whose every member the other states or matches (complete
// linkage, as groupFacts). It costs one look per pair of articles.
func leadGroups(docs []*doc, al []aligned, ft *featureTable, groups []*factGroup, p alignParams) []*factGroup {
	if len(docs) < 2 {
		return groups
	}
	lead := map[int]int{}
	for i, a := range al {
		if j, ok := lead[a.s.doc]; (!ok || a.s.pos < al[j].s.pos) && a.s.pos <= leadLimit {
			lead[a.s.doc] = i
		}
	}
	in := membership(al, groups)
	groupOf := map[int]*factGroup{}
	for _, g := range groups {
		for _, m := range g.members {
			groupOf[m] = g
		}
	}
	rare := rareLimit(al)
	linked := func(x, y int) bool {
		if sc, ok := match(al[x], al[y], ft, rare, p); ok || sc >= p.minLink {
			return true
		}
		return leadPair(docs, al[x], al[y], ft)
	}
	gone := map[*factGroup]bool{}
	for d := range docs {
		for e := d + 1; e < len(docs); e++ {
			x, okx := lead[d]
			y, oky := lead[e]
			if !okx || !oky || in[x] != 1 || in[y] != 1 {
				continue
			}
			gx, gy := groupOf[x], groupOf[y]
			if gx == gy || len(gx.members) > 1 && len(gy.members) > 1 || !leadPair(docs, al[x], al[y], ft) {
				continue
			}
			if len(gy.members) > 1 {
				gx, gy = gy, gx
			}
			// gy is y's or x's group of one sentence; gx takes it.
			m := gy.members[0]
			if gx.docs[al[m].s.doc] || slices.ContainsFunc(gx.members, func(o int) bool { return !linked(o, m) }) {
				continue
			}
			gx.members = append(gx.members, m)
			slices.Sort(gx.members)
			gx.docs[al[m].s.doc] = true
			gx.best = max(gx.best, sureCosine)
			groupOf[m] = gx
			gone[gy] = true
		}
	}
	if len(gone) == 0 {
		return groups
	}
	return slices.DeleteFunc(groups, func(g *factGroup) bool { return gone[g] })
}

// leadPair reports whether a and b, the first sentences of two articles,
// state one fact (see the section comment above).
func leadPair(docs []*doc, a, b aligned, ft *featureTable) bool {
	if a.s.doc == b.s.doc {
		return false
	}
	if ag := leadAgent(docs, a.s); ag < 0 || ag != leadAgent(docs, b.s) {
		return false
	}
	wa, wb, shared, n := 0.0, 0.0, 0.0, 0
	for _, f := range a.said {
		wa += ft.weight[f]
		if slices.Contains(b.said, f) {
			shared += ft.weight[f]
			n++
		}
	}
	for _, f := range b.said {
		wb += ft.weight[f]
	}
	if n < 2 || wa == 0 || wb == 0 || shared < minLeadSaid*min(wa, wb) || cosine(a, b, ft) < minLeadCosine || differentFigures(a, b, ft) {
		return false
	}
	return sameAct(a, b, ft) || sharedVerb(docs, a, b, ft)
}

// leadAgent returns the entity a lede names first (its global id), past
// its dateline and leaving places out ("Missouri voters", "WASHINGTON
// (Reuters) -"): whom the news is about, who acts. -1 when it names none.
func leadAgent(docs []*doc, s *sent) int {
	d := docs[s.doc]
	sn := d.an.Sentences[s.pos]
	from := sn.Start
	if k := datelineEnd(sn); k > 0 && k < len(sn.Tokens) {
		from = sn.Tokens[k].Start
	}
	best, at := -1, -1
	for _, m := range d.mentions[s.pos] {
		if m.place || m.start < from {
			continue
		}
		if at < 0 || m.start < at {
			best, at = m.entity, m.start
		}
	}
	return best
}

// auxiliaries are the words before a verb's bare or -ing form that make
// it the verb of its clause ("will extend", "is rejecting"). "to" is
// none: an infinitive is as often another's act ("pressed Mexico to
// stop the caravans" against "Mexico has stopped a caravan") or a
// purpose ("a deal to keep 1,000 jobs", "a victory lap to tout a
// negotiation to keep 1,000 jobs") as the news.
var auxiliaries = map[string]bool{"will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"should": true, "must": true, "has": true, "have": true, "had": true, "is": true, "was": true, "are": true, "were": true,
	"be": true, "been": true, "he's": true, "she's": true, "it's": true}

// sideOpeners are the words after which a verb is a side clause's, not
// the news: "the memo that alleges", "hours after agents raided".
var sideOpeners = map[string]bool{"that": true, "which": true, "who": true, "whose": true, "after": true, "before": true,
	"when": true, "while": true, "as": true, "because": true, "if": true, "since": true, "until": true}

// sharedVerb reports whether a word both main clauses say (sent.said) is
// a verb of each, told as the news rather than in a side clause: in the
// past in -ed or after an auxiliary ("threatened", "can use", "is
// rejecting"), the word before it no opener of a side clause. Ledes that
// share only nouns (the policy, the visit, the interview) tell two acts
// as often as one.
func sharedVerb(docs []*doc, a, b aligned, ft *featureTable) bool {
	for _, f := range a.said {
		name := ft.names[f]
		if !strings.HasPrefix(name, "w:") || !slices.Contains(b.said, f) {
			continue
		}
		if verbIn(docs, a.s, name[2:]) && verbIn(docs, b.s, name[2:]) {
			return true
		}
	}
	return false
}

// verbIn reports whether a word of s with the given stem is a verb of a
// main clause (see sharedVerb).
func verbIn(docs []*doc, s *sent, stem string) bool {
	toks := docs[s.doc].an.Sentences[s.pos].Tokens
	for i, t := range toks {
		if t.Stem != stem || t.Kind != nlp.KindWord {
			continue
		}
		prev := ""
		if i > 0 {
			prev = strings.ToLower(toks[i-1].Norm)
		}
		if sideOpeners[prev] {
			continue
		}
		norm := strings.ToLower(t.Norm)
		if len(norm) > 4 && strings.HasSuffix(norm, "ed") || auxiliaries[prev] {
			return true
		}
	}
	return false
}

// cosine is the IDF-weighted overlap of a's and b's features over the
// geometric mean of their weights, as match scores a pair.
func cosine(a, b aligned, ft *featureTable) float64 {
	if a.total == 0 || b.total == 0 {
		return 0
	}
	shared, i, j := 0.0, 0, 0
	for i < len(a.feats) && j < len(b.feats) {
		switch {
		case a.feats[i] < b.feats[j]:
			i++
		case a.feats[i] > b.feats[j]:
			j++
		default:
			shared += ft.weight[a.feats[i]]
			i++
			j++
		}
	}
	return shared / math.Sqrt(a.total*b.total)
}

// differentFigures reports whether a and b tell something apart: each
// gives a figure of one kind ("n:money:", "n:count:", a date) and none
// of its figures of that kind is the other's, or each names a weekday
// and none is the other's.
func differentFigures(a, b aligned, ft *featureTable) bool {
	kinds := func(x aligned) map[string][]string {
		m := map[string][]string{}
		for _, f := range x.feats {
			name := ft.names[f]
			switch {
			case strings.HasPrefix(name, "n:"):
				if k, v, ok := strings.Cut(name[2:], ":"); ok {
					m[k] = append(m[k], v)
				}
			case strings.HasPrefix(name, "w:") && weekdays[name[2:]] != 0:
				m["weekday"] = append(m["weekday"], name)
			}
		}
		return m
	}
	ka, kb := kinds(a), kinds(b)
	for k, va := range ka {
		vb, ok := kb[k]
		if ok && !slices.ContainsFunc(va, func(v string) bool { return slices.Contains(vb, v) }) {
			return true
		}
	}
	return false
}
