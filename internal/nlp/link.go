package nlp

import (
	"sort"
	"strings"
	"unicode"
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
// become one, unless they are persons whose names give two different
// middle initials (the elder Bush, "George H. W.", apart from "George W."). Persons of
// one surname whose given names nm takes for forms of one name ("Bill
// Barr" and "William P. Barr") become one too, when every given name of
// that surname in the articles that could be one of them can be every
// other (nm may be nil: then no short forms are known). An entity known
// only by a surname joins the one person with that surname, when there is
// exactly one; a person of that surname its own article names in full and
// keeps apart from it is not counted, unless that person is the only one
// and the two do not clash: a single whose title or gender its own
// article's namesake cannot share ("President Lund" and "first lady Ada
// Lund", see clashing) joins neither that namesake nor, through another
// article's single of that key, any group holding it. The result is
// deterministic and ordered by first appearance.
func Link(analyses []*Analysis, nm *Naming) []GlobalEntity {
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
	var keys []string
	byKey := map[string][]int{}
	middle := map[int]string{}     // node -> the middle initials its person name gives
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
			key := matchKey(e.Type, e.Key, nm)
			if _, ok := byKey[key]; !ok {
				keys = append(keys, key)
			}
			byKey[key] = append(byKey[key], id)
			for _, k := range e.Keys { // shorter names the article ties to it ("aca")
				k = matchKey(e.Type, k, nm)
				if _, ok := byKey[k]; !ok {
					keys = append(keys, k)
				}
				byKey[k] = append(byKey[k], id)
			}
			words := strings.Fields(e.Key)
			switch {
			case e.Type == Person && len(words) >= 2:
				last := words[len(words)-1]
				surnames[last] = append(surnames[last], id)
				if m := middleInitials(e, words[0], last, nm); m != "" {
					middle[id] = m
				}
			case (e.Type == Person || e.Type == Other) && len(words) == 1:
				singles = append(singles, id)
			}
		}
	}
	// split holds the keys whose persons give two middle initials.
	split := map[string]bool{}
	for _, key := range keys {
		ids := byKey[key]
		byMiddle := map[string]int{}
		for _, id := range ids {
			if m := middle[id]; m != "" {
				if _, ok := byMiddle[m]; !ok {
					byMiddle[m] = id
				}
			}
		}
		if len(byMiddle) < 2 {
			for _, id := range ids[1:] {
				union(ids[0], id)
			}
			continue
		}
		// Two people of one given name and surname: each middle
		// initial is one person; a name without one could be either
		// and stays apart.
		split[key] = true
		for _, id := range ids {
			if m := middle[id]; m != "" {
				union(byMiddle[m], id)
			}
		}
	}
	linkShortForms(analyses, surnames, split, nm, func(i int) (int, int) { return nodes[i].art, nodes[i].ent }, union)
	linkCompoundSurnames(analyses, nm, func(i int) (int, int) { return nodes[i].art, nodes[i].ent }, len(nodes), find, union)
	// A single its own article keeps apart from a namesake whose title or
	// gender clashes with its own ("President Lund" beside the later
	// "first lady Ada Lund") is not that namesake, nor is any entity the
	// single's key or a later join makes one with it.
	var bars [][2]int
	for _, id := range singles {
		n := nodes[id]
		s := &analyses[n.art].Entities[n.ent]
		for _, c := range surnames[s.Key] {
			if cn := nodes[c]; cn.art == n.art && clashing(s, &analyses[cn.art].Entities[cn.ent]) {
				bars = append(bars, [2]int{id, c})
			}
		}
	}
	barred := func(a, b int) bool {
		a, b = find(a), find(b)
		for _, p := range bars {
			if x, y := find(p[0]), find(p[1]); x == a && y == b || x == b && y == a {
				return true
			}
		}
		return false
	}
	for _, id := range singles {
		n := nodes[id]
		w := analyses[n.art].Entities[n.ent].Key
		// A namesake the single's own article names in full and keeps
		// apart from it is someone else (the son "Eric Trump" beside the
		// president that article calls "Trump"): that person's group is
		// no candidate. When the article keeps two or more apart so, it
		// could not say whose the surname is, and neither can the link;
		// when its one namesake is the only person of the surname, the
		// single joins it as before.
		own := map[int]bool{}
		for _, c := range surnames[w] {
			if nodes[c].art == n.art {
				own[find(c)] = true
			}
		}
		if len(own) >= 2 {
			continue
		}
		var cands []int
		roots := map[int]bool{}
		for _, c := range surnames[w] {
			if r := find(c); !own[r] && !barred(c, id) {
				roots[r] = true
				cands = append(cands, c)
			}
		}
		if len(roots) == 0 {
			for _, c := range surnames[w] {
				if !barred(c, id) {
					roots[find(c)] = true
					cands = append(cands, c)
				}
			}
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
		if g.Type == Person {
			written := map[string]map[int]bool{}
			for _, id := range groups[r] {
				n := nodes[id]
				name := analyses[n.art].Entities[n.ent].Name
				if written[name] == nil {
					written[name] = map[int]bool{}
				}
				written[name][n.art] = true
			}
			g.Name = commonFullName(written, g.Name)
		}
		for _, t := range order {
			g.Forms = append(g.Forms, Form{Text: t, Count: counts[t]})
		}
		sort.SliceStable(g.Forms, func(i, j int) bool { return g.Forms[i].Count > g.Forms[j].Count })
		out = append(out, g)
	}
	return out
}

// clashing reports whether the titled surname-only person s ("President
// Lund") and the namesake c its own article names in full only after it
// cannot be one person by what the article says of each: both carry
// titles, one of them a relative's ("first
// lady", "wife", see relational), and no head word of one is a head word
// of the other ("President" against "first lady"; titles of two offices,
// "candidate" and "President", may be one person's at two times), or
// both have a told gender and they differ
// (pronouns that stand for them, a title such as "first lady").
func clashing(s, c *Entity) bool {
	if len(s.Aliases) == 0 || !namedBefore(s, c) {
		return false
	}
	sh, ch := titleHeads(s.Aliases), titleHeads(c.Aliases)
	if len(sh) > 0 && len(ch) > 0 && (relational(sh) || relational(ch)) {
		shared := false
		for h := range sh {
			shared = shared || ch[h]
		}
		if !shared {
			return true
		}
	}
	return genderClash(entityGender(s), entityGender(c))
}

// titleHeads returns the head words of the titles aliases gives, lower
// case, an abbreviation spelled out: "president" of "President" and of
// "U.S. President", "lady" of "first lady", "senator" of "Sen.".
func titleHeads(aliases []string) map[string]bool {
	out := map[string]bool{}
	for _, a := range aliases {
		ws := strings.Fields(strings.ToLower(a))
		if len(ws) == 0 {
			continue
		}
		h := strings.TrimSuffix(ws[len(ws)-1], ".")
		if full, ok := titleAbbreviations[h]; ok {
			h = full
		}
		out[h] = true
	}
	return out
}

// namedBefore reports whether the body of the article names a before b:
// a's first mention outside the title comes before b's.
func namedBefore(a, b *Entity) bool {
	first := func(e *Entity) (Span, bool) {
		var f Span
		ok := false
		for _, m := range e.Mentions {
			if m.Para >= 0 && (!ok || m.Para < f.Para || m.Para == f.Para && m.Start < f.Start) {
				f, ok = m.Span, true
			}
		}
		return f, ok
	}
	fa, oka := first(a)
	fb, okb := first(b)
	return oka && okb && (fa.Para < fb.Para || fa.Para == fb.Para && fa.Start < fb.Start)
}

// relational reports whether heads holds the title of a relative of
// someone: "first lady", "first gentleman", a kin noun ("wife", "son").
func relational(heads map[string]bool) bool {
	for h := range heads {
		if _, kin := kinGender[h]; kin || h == "lady" || h == "gentleman" {
			return true
		}
	}
	return false
}

// entityGender returns the gender ('m' or 'f') the article tells of
// person e, or 0: the pronouns that stand for it, or a woman's title
// ("first lady", "congresswoman"; a man's title, "congressman", is not
// read here). Signs that disagree tell none.
// A given name is no sign here: lists of given names by gender miss
// names borne by both ("Kim").
func entityGender(e *Entity) byte {
	var g byte
	mixed := false
	tell := func(x byte) {
		if x != 'm' && x != 'f' {
			return
		}
		if g != 0 && g != x {
			mixed = true
		}
		g = x
	}
	for _, m := range e.Mentions {
		if m.Kind == MentionPronoun {
			tell(pronounGender[strings.ToLower(m.Text)])
		}
	}
	for h := range titleHeads(e.Aliases) {
		if h == "lady" || strings.HasSuffix(h, "woman") {
			tell('f')
		}
	}
	if mixed {
		return 0
	}
	return g
}

// pronounGender is the gender of a personal pronoun of the third person.
var pronounGender = map[string]byte{"he": 'm', "him": 'm', "his": 'm', "himself": 'm',
	"she": 'f', "her": 'f', "hers": 'f', "herself": 'f'}

// commonFullName picks a person's display name among the full names (two
// words or more) in written, each name with the articles whose entity
// bears it: the one most articles write, so that nine articles' "Bernie
// Sanders" stands over one's "Bernard Sanders". fullest, the name found
// by length, is kept unless a full name is written by more articles; a
// tie among others goes to the longer, then the first in order.
func commonFullName(written map[string]map[int]bool, fullest string) string {
	best := fullest
	for name, a := range written {
		if len(strings.Fields(name)) < 2 || shouted(name) || name == best {
			continue
		}
		nb := len(written[best])
		if len(a) > nb || best != fullest && len(a) == nb && (len(name) > len(best) || len(name) == len(best) && name < best) {
			best = name
		}
	}
	return best
}

// linkCompoundSurnames joins a person named by a surname of two words
// ("Wasserman Schultz", "Peña Nieto"), or by the first word of it alone
// ("Blasey" of "Christine Blasey Ford"), to the one person of the
// articles named in full as a given name and that surname. The surname's
// first word must be no given name the language data knows (so "Al
// Franken" is not read as a surname of "Sen. Al Franken"), the full name
// must open with a given name it knows, or with a word it knows as
// nothing else (lang.unlistedGiven: "Enrique", "Omarosa"), the word its key opens with (not
// a title or a word glued on in front: "Punish Bowe Bergdahl", "Piers
// Morgan Tonight" stay apart), and end in no generational suffix ("Trump" is not the first word of a surname
// in "Donald Trump Jr."), and a lone word must be nobody's last name.
// at gives a node's article and entity, n the number of nodes.
func linkCompoundSurnames(analyses []*Analysis, nm *Naming, at func(int) (int, int), n int, find func(int) int, union func(a, b int)) {
	if nm == nil {
		return
	}
	given := func(w string) bool { return nm.l.firstNames[w] != 0 || len(nm.l.nicknames[w]) > 0 }
	person := func(i int) []string {
		ai, ei := at(i)
		e := analyses[ai].Entities[ei]
		if e.Type != Person || e.Key == "" {
			return nil
		}
		// The key keeps a given name and the last name only ("christine
		// ford"): the name has the words between.
		ws := strings.Fields(e.Name)
		for j, w := range ws {
			ws[j] = nm.Fold(w)
		}
		return ws
	}
	// keyOpens: the analysis took w for the person's given name (its key
	// opens with it), not a title or a word glued on in front.
	keyOpens := func(i int, w string) bool {
		ai, ei := at(i)
		f, _, _ := strings.Cut(analyses[ai].Entities[ei].Key, " ")
		return f == w
	}
	// firstWord: the first word of a node's name as written.
	// A name written family name first after it ("Marshal Ri Chol-un")
	// has a title there, not a given name.
	firstWord := func(i int) string {
		ai, ei := at(i)
		ws := strings.Fields(analyses[ai].Entities[ei].Name)
		if len(ws) != 3 || givenNameAt(ws[1:], 1) {
			return ""
		}
		return ws[0]
	}
	// bare: last words some article calls a person by alone ("Romney"):
	// before them a word the data lacks is a glued one ("Senators Mitt
	// Romney"), not a given name before a double surname.
	bare := map[string]bool{}
	for i := 0; i < n; i++ {
		ai, ei := at(i)
		if e := analyses[ai].Entities[ei]; e.Type == Person {
			for _, f := range e.Forms {
				if !strings.Contains(f.Text, " ") {
					bare[nm.Fold(f.Text)] = true
				}
			}
		}
	}
	full := map[string][]int{} // compound surname "a b" -> full-name nodes
	// unlisted: full names opening with a word the data lacks; a lone
	// word joins none of them ("Morgan" and a show "Piers Morgan
	// Tonight").
	unlisted := map[int]bool{}
	lasts := map[string]bool{} // last words of names of two words or more
	for i := 0; i < n; i++ {
		ws := person(i)
		if len(ws) >= 2 {
			lasts[ws[len(ws)-1]] = true
		}
		if len(ws) != 3 || !given(ws[0]) && (!nm.l.unlistedGiven(firstWord(i)) || bare[ws[2]]) || given(ws[1]) || generational(ws[2]) || !keyOpens(i, ws[0]) {
			continue
		}
		k := ws[1] + " " + ws[2]
		full[k] = append(full[k], i)
		if !given(ws[0]) {
			unlisted[i] = true
		}
	}
	if len(full) == 0 {
		return
	}
	first := map[string][]int{} // first word of a compound surname -> its full names
	for k, ids := range full {
		w, _, _ := strings.Cut(k, " ")
		for _, id := range ids {
			if !unlisted[id] {
				first[w] = append(first[w], id)
			}
		}
	}
	for i := 0; i < n; i++ {
		ws := person(i)
		var cands []int
		switch {
		case len(ws) == 2 && !given(ws[0]):
			cands = full[ws[0]+" "+ws[1]]
		case len(ws) == 1 && !lasts[ws[0]]:
			cands = first[ws[0]]
		}
		roots := map[int]bool{}
		for _, c := range cands {
			roots[find(c)] = true
		}
		if len(roots) == 1 {
			union(cands[0], i)
		}
	}
}

// shouted reports whether name is written in capitals only, as a dateline
// writes a place ("WASHINGTON —") and an abbreviation a body ("FBI").
func shouted(name string) bool {
	return strings.ToUpper(name) == name && strings.ToLower(name) != name
}

// linkShortForms joins the persons of one surname whose given names are
// forms of one name (see Link). at gives a node's article and entity;
// keys in split are left alone.
func linkShortForms(analyses []*Analysis, surnames map[string][]int, split map[string]bool, nm *Naming, at func(int) (int, int), union func(a, b int)) {
	if nm == nil {
		return
	}
	lasts := make([]string, 0, len(surnames))
	for last := range surnames {
		lasts = append(lasts, last)
	}
	sort.Strings(lasts)
	for _, last := range lasts {
		if generational(last) {
			continue // "Donald Trump Jr." keys as "donald trump jr": a suffix, no surname
		}
		var firsts []string // distinct given names, in order of first appearance
		byFirst := map[string][]int{}
		bad := map[string]bool{}
		for _, id := range surnames[last] {
			ai, ei := at(id)
			e := analyses[ai].Entities[ei]
			first := strings.Fields(e.Key)[0]
			if _, ok := byFirst[first]; !ok {
				firsts = append(firsts, first)
			}
			byFirst[first] = append(byFirst[first], id)
			if split["name|"+e.Key] {
				bad[first] = true
			}
		}
		if len(firsts) < 2 {
			continue
		}
		// The given names that can be one another form groups; a group
		// joins only when each of its names can be each other one
		// ("jerry" beside both "jerrold" and "gerald" joins none).
		seen := map[string]bool{}
		for _, f := range firsts {
			if seen[f] {
				continue
			}
			group := []string{f}
			seen[f] = true
			for k := 0; k < len(group); k++ {
				for _, g := range firsts {
					if !seen[g] && nm.SameGiven(group[k], g) {
						seen[g] = true
						group = append(group, g)
					}
				}
			}
			if len(group) < 2 || !allSame(group, nm) || anyIn(group, bad) {
				continue
			}
			for _, g := range group {
				for _, id := range byFirst[g] {
					union(byFirst[f][0], id)
				}
			}
		}
	}
}

// allSame reports whether every two given names of names can be one.
func allSame(names []string, nm *Naming) bool {
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			if !nm.SameGiven(names[i], names[j]) {
				return false
			}
		}
	}
	return true
}

func anyIn(names []string, set map[string]bool) bool {
	for _, n := range names {
		if set[n] {
			return true
		}
	}
	return false
}

// middleInitials returns the middle initials a person entity's written
// names put between its given name first and its surname last ("hw" for
// "H. W.", "H.W." and "HW" in a Bush's name, "p" for
// "William P. Barr"); "" when none writes initials only there, or when
// two write different ones. A middle name written out ("Arenda L.
// Wright Allen", "John G. Roberts Jr") says too little: it may be part
// of the surname.
func middleInitials(e Entity, first, last string, nm *Naming) string {
	fold := strings.ToLower
	if nm != nil {
		fold = nm.Fold
	}
	out := ""
	for _, f := range e.Forms {
		ws := strings.Fields(f.Text)
		i, j := -1, -1
		for k, w := range ws {
			switch fw := fold(w); {
			case fw == first && i < 0:
				i = k
			case fw == last && i >= 0:
				j = k
			}
		}
		if i < 0 || j <= i+1 {
			continue
		}
		m := ""
		for _, w := range ws[i+1 : j] {
			in, ok := initials(w)
			if !ok {
				m = ""
				break
			}
			m += in
		}
		switch {
		case m == "":
		case out == "":
			out = m
		case out != m:
			return ""
		}
	}
	return out
}

// initials returns the letters of a word made of initials only ("H.",
// "H.W.", "HW", "W"), lower-cased; ok is false for any other word.
func initials(w string) (string, bool) {
	var b strings.Builder
	if strings.Contains(w, ".") {
		for _, p := range strings.Split(w, ".") {
			r := []rune(p)
			switch {
			case len(r) == 0:
			case len(r) == 1 && unicode.IsLetter(r[0]):
				b.WriteRune(unicode.ToLower(r[0]))
			default:
				return "", false
			}
		}
		return b.String(), b.Len() > 0
	}
	r := []rune(w)
	if len(r) == 0 || len(r) > 2 {
		return "", false
	}
	for _, c := range r {
		if !unicode.IsUpper(c) {
			return "", false
		}
		b.WriteRune(unicode.ToLower(c))
	}
	return b.String(), true
}

// matchKey is the key Link matches an entity of type t by when key is
// one of its entity keys: persons and others by name whatever their type
// (a name typed two ways in two articles still meets), organisations by
// nm's OrgKey ("DOJ" and "Justice Department"), places by type and key.
func matchKey(t EntityType, key string, nm *Naming) string {
	switch {
	case t == Person || t == Other:
		return "name|" + key
	case t == Org && nm != nil:
		return string(t) + "|" + nm.OrgKey(key)
	}
	return string(t) + "|" + key
}
