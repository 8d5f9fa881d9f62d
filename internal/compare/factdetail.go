package compare

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/nlp"
)

// maxShared caps the shared features listed for a fact.
const maxShared = 8

// sharedFeatures lists, for people, the features found in sentences of at
// least two articles of the group, rarest first.
// count is scratch space of len(ft.names) zeros, left zeroed.
func sharedFeatures(docs []*doc, al []aligned, ft *featureTable, g *factGroup, count []int32) []string {
	// A group holds one sentence per article: counting members counts
	// articles.
	// A member joined to its neighbour (joinedMembers) counts each of
	// their features once.
	var fs []int
	for _, m := range g.members {
		sp := g.span(m)
		for k, x := range sp {
			for _, f := range al[x].feats {
				if k == 1 && slices.Contains(al[sp[0]].feats, f) {
					continue
				}
				if count[f]++; count[f] == 2 {
					fs = append(fs, f)
				}
			}
		}
	}
	for _, m := range g.members {
		for _, x := range g.span(m) {
			for _, f := range al[x].feats {
				count[f] = 0
			}
		}
	}
	sort.Slice(fs, func(i, j int) bool {
		if ft.weight[fs[i]] != ft.weight[fs[j]] {
			return ft.weight[fs[i]] > ft.weight[fs[j]]
		}
		return ft.names[fs[i]] < ft.names[fs[j]]
	})
	// The words of every member's name of a shared entity ("Ash Carter",
	// another's "Ashton B. Carter") are that entity, not words of their
	// own: none is shown beside or before it.
	seen := map[string]bool{}
	for _, f := range fs {
		kind, key, _ := strings.Cut(ft.names[f], ":")
		gid, err := strconv.Atoi(key)
		if kind != "e" || err != nil {
			continue
		}
		last := -1
		for _, m := range g.members {
			for _, x := range g.span(m) {
				if d := al[x].s.doc; d != last { // a name is the article's, not the sentence's
					last = d
					for _, w := range strings.Fields(strings.ToLower(entityName(docs[d], gid))) {
						seen[w] = true
					}
				}
			}
		}
	}
	var out []string
	shown := map[string]bool{}
	for _, f := range fs {
		if len(out) == maxShared {
			break
		}
		s := display(docs, al, g, ft.names[f])
		ls := strings.ToLower(s)
		if s == "" || clitic(s) || shown[ls] || !strings.HasPrefix(ft.names[f], "e:") && seen[ls] || labelNoise[ls] {
			continue
		}
		shown[ls], seen[ls] = true, true
		for _, w := range strings.Fields(ls) {
			seen[w] = true // "Keir Starmer" covers "keir"
		}
		out = append(out, s)
	}
	return out
}

// labelNoise are words that say nothing of a fact group's content as a
// label: days of the week (every article dates its event) and words
// that only introduce a source.
var labelNoise = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "according")

// nameCased reports whether written word w begins with a capital and
// goes on in lower case ("Washington", not "NATO" nor "the"): written so
// inside a sentence, it is a name.
func nameCased(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w[n:] {
		if unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

// display finds how the first sentence of g with feature f writes it.
func display(docs []*doc, al []aligned, g *factGroup, f string) string {
	kind, key, _ := strings.Cut(f, ":")
	if kind == "w" {
		return displayWord(docs, al, g, key)
	}
	for _, m := range g.members {
		for _, x := range g.span(m) {
			if v := displayIn(docs, al[x].s, kind, key, f); v != "" || kind == "b" || kind == "q" {
				return v
			}
		}
	}
	return ""
}

// officeWords are titles that articles capitalise before a name
// ("President Trump") but that are no name: a label writes them in lower
// case.
var officeWords = setOf("president", "vice", "secretary", "director", "deputy", "attorney", "general", "chairman", "chairwoman", "office", "committee", "minister")

// displayWord writes the word of stem key as a label: as a name
// ("Washington", "Democratic") when some member writes it capitalised
// after another word and none writes it in lower case there, else in
// lower case (a capital that opens a sentence or a quotation says
// nothing).
func displayWord(docs []*doc, al []aligned, g *factGroup, key string) string {
	lower, cased := "", ""
	lowerInside := false
	for _, m := range g.members {
		for _, x := range g.span(m) {
			s := al[x].s
			toks := docs[s.doc].an.Sentences[s.pos].Tokens
			for i, t := range toks {
				if !content(t) || t.Stem != key {
					continue
				}
				if lower == "" {
					lower = t.Norm
				}
				if i == 0 || toks[i-1].Kind == nlp.KindPunct {
					continue
				}
				if nameCased(t.Surface) {
					if cased == "" {
						cased = t.Surface
					}
				} else if t.Surface == strings.ToLower(t.Surface) {
					lowerInside = true
				}
			}
		}
	}
	if cased != "" && !lowerInside && !officeWords[lower] {
		return cased
	}
	return lower
}

// displayIn finds how sentence s writes feature f (kind and key its two
// parts).
func displayIn(docs []*doc, s *sent, kind, key, f string) string {
	d := docs[s.doc]
	switch kind {
	case "b":
		return ""
	case "q":
		c, _ := strings.CutPrefix(key, "c:")
		if c == key {
			return "" // a counted noun: shown as a word
		}
		return c
	case "w":
		for _, t := range d.an.Sentences[s.pos].Tokens {
			if content(t) && t.Stem == key {
				return t.Norm
			}
		}
	case "e":
		for _, e := range d.an.Entities {
			if itoa(d.global[e.ID]) == key {
				return d.shownName(e.ID)
			}
		}
	case "n":
		for _, n := range d.an.Numbers {
			if n.Sentence == s.pos && numberFeature(n) == f {
				return n.Text
			}
		}
	}
	return ""
}

// groupWords counts, for the members of a fact group, in how many of
// their articles each stem and each entity occurs, so that onlyHere can
// tell what the other articles' sentences lack in time linear in the
// group.
type groupWords struct {
	stems map[string]int
	ents  map[int]int
	// nums counts the members whose sentences give each value, a
	// range's bounds each (figureValues).
	nums map[string]int
}

func newGroupWords(docs []*doc, al []aligned, g *factGroup) groupWords {
	gw := groupWords{stems: map[string]int{}, ents: map[int]int{}, nums: map[string]int{}}
	lastStem, lastEnt, lastNum := map[string]int{}, map[int]int{}, map[string]int{}
	for k, m := range g.members {
		for _, x := range g.span(m) {
			s := al[x].s
			d := docs[s.doc]
			for _, t := range d.an.Sentences[s.pos].Tokens {
				if l, ok := lastStem[t.Stem]; !ok || l != k {
					lastStem[t.Stem] = k
					gw.stems[t.Stem]++
				}
			}
			for _, mn := range d.mentions[s.pos] {
				if l, ok := lastEnt[mn.entity]; !ok || l != k {
					lastEnt[mn.entity] = k
					gw.ents[mn.entity]++
				}
			}
			for _, n := range d.an.Numbers {
				if n.Sentence != s.pos {
					continue
				}
				for _, f := range figureValues(n) {
					if l, ok := lastNum[f]; !ok || l != k {
						lastNum[f] = k
						gw.nums[f]++
					}
				}
			}
		}
	}
	return gw
}

// figureValues are the values a number gives, whatever its kind: its
// value and a range's upper bound (a poll's two shares read as a range
// in one article and as two numbers in another give the same two).
func figureValues(n nlp.Number) []string {
	vs := []string{ftoa(n.Value)}
	if n.High != nil {
		vs = append(vs, ftoa(*n.High))
	}
	return vs
}

// ownFigures marks the tokens of the numbers of sentence pos of d none
// of whose values (figureValues) another member of the group gives, with
// their unit and its points: a count, a sum or a date only this member states
// ("a 24-17 vote", "$4.6 million", "Sept. 11, 2012"); ordinals are left
// out.
func ownFigures(d *doc, pos int, gw groupWords) []bool {
	sen := d.an.Sentences[pos]
	own := make([]bool, len(sen.Tokens))
	for _, n := range d.an.Numbers {
		// An ordinal ("first", "fifth") is a word of the phrase it
		// ranks, no figure of its own.
		if n.Sentence != pos || n.Kind == nlp.NumOrdinal || slices.ContainsFunc(figureValues(n), func(f string) bool { return gw.nums[f] > 1 }) {
			continue
		}
		for i, t := range sen.Tokens {
			if t.Start >= n.Start && t.End <= n.End {
				own[i] = true
			}
		}
	}
	return own
}

// onlyHere returns the phrases of member m that no sentence of another
// article in its group has: runs of at least two content words whose stems
// and entities the others lack.
func onlyHere(docs []*doc, al []aligned, gw groupWords, m int) []string {
	s := al[m].s
	d := docs[s.doc]
	// m's sentence is one of the group's: another has a stem or entity
	// of it when more than one member does.
	others := func(st string) bool { return gw.stems[st] > 1 }
	sen := d.an.Sentences[s.pos]
	covered := make([]bool, len(sen.Tokens))
	for _, mn := range d.mentions[s.pos] {
		if gw.ents[mn.entity] <= 1 {
			continue
		}
		for i, t := range sen.Tokens {
			if t.Start >= mn.start && t.End <= mn.end {
				covered[i] = true
			}
		}
	}
	para := d.art.Paragraphs[sen.Para]
	// A figure only this member gives is a detail of its own: it joins
	// a run and counts as two words, so that it is named even alone
	// ("only Halm Radio adds: “24-17”", "“300 passengers”").
	figure := ownFigures(d, s.pos, gw)
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
		case figure[i]:
			if start < 0 {
				start = i
			}
			last, words = i, words+2
		case content(t) && !covered[i] && !others(t.Stem):
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

// clitic reports whether a shared word is a possessive or contracted
// ending the tokenizer split off ("'s", "’re"): a sign of nothing to a
// reader.
func clitic(w string) bool {
	return strings.HasPrefix(w, "'") || strings.HasPrefix(w, "\u2019")
}

// entityName is the name article d gives the linked entity gid, "" when
// it names none.
func entityName(d *doc, gid int) string {
	for _, e := range d.an.Entities {
		if d.global[e.ID] == gid {
			return e.Name
		}
	}
	return ""
}
