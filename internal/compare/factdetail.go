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
	opens := openingNames(d, s.pos)
	var out []string
	start, last, words := -1, -1, 0
	flush := func() {
		if start >= 0 && words >= 2 {
			out = append(out, usableDetails(sen.Tokens, start, last, figure, opens, para)...)
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
	// A ranked event of a period whose words the others lack.
	out = append(out, rankedPeriods(sen.Tokens, para, func(i int) bool { return !covered[i] && !others(sen.Tokens[i].Stem) })...)
	// A lone word of a name another article of the story writes anywhere
	// ("Trump", "Twitter") is a name the reader has met, no detail only
	// this one adds.
	return slices.DeleteFunc(out, func(w string) bool {
		if strings.ContainsAny(w, " 0123456789") {
			return false
		}
		for _, o := range docs {
			if o != d && o.art.ID != d.art.ID && slices.ContainsFunc(o.art.Paragraphs, func(p string) bool { return wordIn(w, p) }) {
				return true
			}
		}
		return false
	})
}

// usableDetails returns the parts of the run of tokens from..to of a
// sentence that a reader can use as details of their own: each stretch
// from a name or figure to the last one before a gap of wording (a
// capitalised word that does not open the sentence or a quotation, a
// figure only this member gives), with the noun after a figure or a
// name's adjective ("10 steps", "Democratic caucus"). A run with no name
// or figure ("help the country", "toward the end", "argued that
// despite"), a lone name that is the subject or time of a saying verb
// ("Obama said", "said Friday"), a piece of a longer name, a stretch of
// more than eight words and one that cuts a quotation in half are no
// detail.
//
// A person's name of two words or more that opens the sentence, set
// off by a comma, is a name (opens, see openingNames): "Ana Lind, a
// spokeswoman for the port, declined to comment" names the
// spokeswoman.
func usableDetails(ts []nlp.Token, from, to int, figure, opens []bool, para string) []string {
	anchor := func(i int) bool {
		if figure[i] || opens[i] {
			return true
		}
		t := ts[i]
		if t.Kind != nlp.KindWord || !capitalised(t.Surface) || len(t.Norm) < 2 || weekdays[t.Norm] != 0 || onlySayVerbs[t.Norm] || notNames[strings.TrimSuffix(t.Norm, ".")] {
			return false
		}
		// A capital that opens the sentence or a quotation marks no name.
		return i > 0 && !(ts[i-1].Kind == nlp.KindPunct && strings.ContainsAny(ts[i-1].Surface, "“\"‘:"))
	}
	if !hasAnchor(from, to, anchor) {
		return quotedPhrases(ts, from, to, para)
	}
	var out []string
	first, last, gap := -1, -1, 0
	emit := func() {
		defer func() { first, last, gap = -1, -1, 0 }()
		if first < 0 {
			return
		}
		// The noun after a figure or a name's adjective.
		if figure[last] && last+2 <= to && ts[last+1].Norm == "of" {
			// "thousands of families", "a quarter of a percentage point"
			for last+2 <= to && (ts[last+1].Norm == "of" || ts[last+1].Norm == "a" || ts[last+1].Norm == "the") {
				last++
			}
		}
		for k := 0; k < 2 && last < to && (figure[last] || k > 0 || ts[last].Stop || nameAdjective(ts[last].Norm) || acronym(ts[last].Surface)); k++ {
			t := ts[last+1]
			if t.Kind != nlp.KindWord || t.Stop || capitalised(t.Surface) || onlySayVerbs[t.Norm] || len(t.Norm) < 2 ||
				strings.HasSuffix(t.Norm, "ing") || strings.HasSuffix(t.Norm, "ed") {
				break
			}
			last++
		}
		said := false
		for k := max(from, first-2); k <= min(to, last+2); k++ {
			said = said || onlySayVerbs[ts[k].Norm]
		}
		if said && first == last && !figure[first] {
			return
		}
		// A piece of a longer name ("South" of "South Korea", "House"
		// of "White House", "Eight" of "Gang of Eight") is no name.
		if !figure[first] && first > 0 && (ts[first-1].Kind == nlp.KindWord && capitalised(ts[first-1].Surface) ||
			first > 1 && ts[first-1].Norm == "of" && capitalised(ts[first-2].Surface)) ||
			!figure[last] && last+1 < len(ts) && ts[last+1].Kind == nlp.KindWord && capitalised(ts[last+1].Surface) {
			return
		}
		words := 0
		for k := first; k <= last; k++ {
			if ts[k].Kind != nlp.KindPunct {
				words++
			}
		}
		w := para[ts[first].Start:ts[last].End]
		if words > 8 || strings.Count(w, "“") != strings.Count(w, "”") || strings.Count(w, "\"")%2 != 0 {
			return
		}
		out = append(out, w)
	}
	for i := from; i <= to; i++ {
		switch {
		case anchor(i):
			if first < 0 {
				first = i
			}
			last, gap = i, 0
		case first >= 0 && (content(ts[i]) || onlySayVerbs[ts[i].Norm] || stretchBreaks[ts[i].Norm]):
			// Two words of wording, a saying verb or the start of a
			// clause end a stretch.
			gap++
			if gap >= 2 || onlySayVerbs[ts[i].Norm] || stretchBreaks[ts[i].Norm] {
				emit()
			}
		}
	}
	emit()
	return out
}

func hasAnchor(from, to int, anchor func(int) bool) bool {
	for i := from; i <= to; i++ {
		if anchor(i) {
			return true
		}
	}
	return false
}

// acronym reports whether w is written in capitals ("NATO", "FBI").
func acronym(w string) bool {
	return len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// quotedPhrases returns the parts of a run with no name or figure that
// are short phrases of the outlet's own wording a reader can use: words
// inside a quotation or a hyphened compound ("contact line", "non-combat
// force"), of at most six words, with no saying verb, cut at the
// quotation marks and without function words at their ends.
func quotedPhrases(ts []nlp.Token, from, to int, para string) []string {
	quote := func(t nlp.Token) bool {
		switch t.Surface {
		case "“", "”", "\"":
			return true
		}
		return false
	}
	open := 0
	for i := 0; i < from; i++ {
		if quote(ts[i]) {
			open++
		}
	}
	var out []string
	piece := func(a, b int, inside bool) {
		// Words of a quotation are a phrase only when the quotation is
		// whole: a mark before and after them.
		r := b + 1
		for r < len(ts) && r <= b+2 && ts[r].Kind == nlp.KindPunct && !quote(ts[r]) {
			r++
		}
		inside = inside && a > 0 && quote(ts[a-1]) && r < len(ts) && quote(ts[r])
		for a <= b && (ts[a].Kind != nlp.KindWord || ts[a].Stop) {
			a++
		}
		for b >= a && (ts[b].Kind != nlp.KindWord || ts[b].Stop) {
			b--
		}
		words, hyphen := 0, false
		for i := a; i <= b; i++ {
			if onlySayVerbs[ts[i].Norm] || clitic(ts[i].Surface) {
				return
			}
			if ts[i].Kind == nlp.KindWord && content(ts[i]) {
				words++
			}
			hyphen = hyphen || strings.Contains(ts[i].Surface, "-")
		}
		// A hyphened compound outside a quotation is a phrase when it
		// leads a short noun phrase ("non-combat force").
		if !inside && (b-a > 2 || a == b || strings.Contains(ts[b].Surface, "-")) {
			return
		}
		if words < 2 && !hyphen || b-a > 10 || !inside && !hyphen {
			return
		}
		out = append(out, para[ts[a].Start:ts[b].End])
	}
	a := from
	for i := from; i <= to; i++ {
		if quote(ts[i]) {
			piece(a, i-1, open%2 == 1)
			open++
			a = i + 1
		}
	}
	piece(a, to, open%2 == 1)
	return out
}

// notNames are capitalised words that name no one: titles and honorifics
// before a name, clock zones.
var notNames = setOf("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "edt", "est", "et", "pt", "pdt", "gmt",
	"secretary", "president", "vice", "senator", "chairman", "speaker", "the", "a", "an")

// stretchBreaks open a clause or a place: a stretch of names does not run across them
// ("Hispanic lawmakers that Trump").
var stretchBreaks = setOf("that", "which", "who", "whom", "because", "after", "before", "when", "while", "by", "in")

// nameAdjective reports whether a capitalised word reads as the adjective
// of a name ("Democratic", "Republican", "Chinese", "British", "U.S.") that wants
// the noun after it.
func nameAdjective(n string) bool {
	if strings.Count(n, ".") > 1 {
		return true // "U.S. funding"
	}
	for _, suf := range []string{"ic", "an", "ese", "ish"} {
		if strings.HasSuffix(n, suf) {
			return true
		}
	}
	return false
}

// onlySayVerbs are verbs of saying and claiming; with them a name is the
// speaker, no detail.
var onlySayVerbs = setOf("said", "says", "say", "told", "tells", "reported", "wrote", "added", "stated", "explained", "noted", "tweeted",
	"argued", "argues", "claimed", "claims", "announced", "described", "deems", "insisted", "suggested", "warned", "asked")

// heldByOthersOf returns, for the sentences ss of one fact, whether a
// member of another article than sentence i's (its shown text or its
// whole sentence, inside a quotation too) holds detail w: then it is no
// detail only one article adds. Each sentence is lower-cased once for
// all the details asked.
func heldByOthersOf(ss []FactSentence) func(w string, i int) bool {
	text, whole := make([]string, len(ss)), make([]string, len(ss))
	for j, o := range ss {
		text[j], whole[j] = strings.ToLower(o.Text), strings.ToLower(o.Whole)
	}
	return func(w string, i int) bool {
		w = strings.ToLower(w)
		for j, o := range ss {
			if j == i || o.Article == ss[i].Article {
				continue
			}
			if wordIn(w, text[j]) || wordIn(w, whole[j]) {
				return true
			}
		}
		return false
	}
}

// wordIn reports whether w occurs in s as whole words.
func wordIn(w, s string) bool {
	for k := 0; ; {
		i := strings.Index(s[k:], w)
		if i < 0 {
			return false
		}
		i += k
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if (i == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before)) && (i+len(w) == len(s) || !unicode.IsLetter(after) && !unicode.IsDigit(after)) {
			return true
		}
		k = i + 1
	}
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
