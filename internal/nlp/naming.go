package nlp

import "strings"

// Naming answers questions about name forms for comparing how articles
// name one entity. It reads the language data of an Analyzer and is safe
// for concurrent use.
type Naming struct {
	l  *lang
	tr *translit
}

// Naming returns the name helper of language lang (DefaultLang when it
// has no data).
func (a *Analyzer) Naming(lang string) *Naming {
	l := a.langs[lang]
	if l == nil {
		l = a.langs[DefaultLang]
	}
	return &Naming{l: l, tr: a.translit}
}

// Fold returns the match key of one name word: lower case, without
// diacritics or punctuation, with known transliteration and spelling
// variants made one ("Kiev" and "Kyiv" give the same key).
func (n *Naming) Fold(word string) string { return n.tr.token(word) }

// OrgKey returns the match key of the organisation whose entity key
// (Entity.Key) is key: that of its first name in org_aliases.txt when
// the key is one of its names ("doj" and "department of justice" give
// "justice department"), else key itself.
func (n *Naming) OrgKey(key string) string {
	if k, ok := n.l.orgKeys[key]; ok {
		return k
	}
	return key
}

// orgKeys maps the match key of every name of groups, the lines of
// org_aliases.txt, to the key of its line's first name, keys made as an
// organisation's entity key is (words folded by tr, "the" in front left
// out).
func orgKeys(groups [][]string, tr *translit) map[string]string {
	key := func(name string) string {
		return tr.key(strings.Join(trimThe(strings.Fields(name)), " "))
	}
	out := map[string]string{}
	for _, g := range groups {
		canon := key(g[0])
		for _, n := range g {
			out[key(n)] = canon
		}
	}
	return out
}

// SameGiven reports whether two given names, folded as Fold folds them,
// can name one person: they are equal, one is a short form of the other
// ("bill" and "william"), or both are short forms of one name ("bill"
// and "billy"). Two formal names that share a short form ("jerrold" and
// "gerald", both "jerry") are not. A nil Naming knows no short forms.
func (n *Naming) SameGiven(a, b string) bool {
	if a == b {
		return true
	}
	if n == nil {
		return false
	}
	nick := n.l.nicknames
	if nick[a][b] {
		return true
	}
	if n.l.formalNames[a] || n.l.formalNames[b] {
		return false
	}
	for f := range nick[a] {
		if n.l.formalNames[f] && nick[f][b] {
			return true
		}
	}
	return false
}

// generational reports whether a folded word is a generational suffix
// that may close a person's name ("jr", "sr", "iii").
func generational(w string) bool {
	switch w {
	case "jr", "sr", "ii", "iii", "iv", "junior", "senior":
		return true
	}
	return false
}

// Plain returns a name word lower-cased, without diacritics, apostrophes,
// periods and hyphens: two words with the same Plain form differ only in
// case, accents or punctuation.
func (n *Naming) Plain(word string) string { return n.tr.plain(word) }

// Honorific reports whether word is an honorific or a title that may
// stand before a name ("Sir", "Sen.", "President").
func (n *Naming) Honorific(word string) bool {
	w := strings.ToLower(word)
	t := strings.TrimSuffix(w, ".")
	return n.l.honorifics[w] != 0 || n.l.honorifics[t] != 0 || n.l.titles[w] || n.l.titles[t] || n.l.abbr[w] == abbrTitle
}

// Affiliation reports whether word names a party, faith or movement's
// members or serves as its adjective ("Republican", "Democrats"): such a
// word before a name is a description, not part of the name.
func (n *Naming) Affiliation(word string) bool {
	w := strings.ToLower(word)
	return n.l.nameAdjs[w] || n.l.nameAdjs[strings.TrimSuffix(w, "s")]
}

// Body reports whether name is the name of an organisation: one the
// gazetteer knows ("Justice Department") or one that ends in a body's
// head word ("Reddin Harbour Authority"). A title in such a name ("Justice")
// is part of it, not an office held by a person named after it.
func (n *Naming) Body(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return false
	}
	return n.l.orgs[strings.Join(ws, " ")] || n.l.orgSuffixes[strings.TrimSuffix(ws[len(ws)-1], ".")]
}

// Title reports whether a lower-case phrase is a role or title
// ("prime minister", "envoy").
func (n *Naming) Title(phrase string) bool { return n.l.titles[strings.ToLower(phrase)] }

// Descriptor reports whether the word names a position without being an
// office ("leader", "strongman", "regime"): an outlet that writes it
// where another writes an office takes a stance.
func (n *Naming) Descriptor(word string) bool { return n.l.descriptors[strings.ToLower(word)] }

// Place returns the canonical gazetteer name of a place name or variant
// ("Britain" → "United Kingdom"), or "".
func (n *Naming) Place(name string) string {
	e, ok := n.l.places[placeKey(name)]
	if !ok || e.adjective {
		return ""
	}
	return e.canonical
}

// PlaceOf returns the canonical gazetteer name of a place name, variant
// or adjective ("Ukrainian" → "Ukraine", "Britain's" → "United Kingdom"),
// or "".
func (n *Naming) PlaceOf(name string) string {
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	if e, ok := n.l.places[placeKey(name)]; ok {
		return e.canonical
	}
	return ""
}

// ChargedNaming reports whether x and y are different names of one thing
// in the lexicon's charged naming sets (category "naming": Kiev/Kyiv,
// Burma/Myanmar…; users add sets with WithLexicon). Names are compared
// case-insensitively.
func (n *Naming) ChargedNaming(x, y string) bool {
	x = strings.ToLower(strings.Join(strings.Fields(x), " "))
	y = strings.ToLower(strings.Join(strings.Fields(y), " "))
	if x == y {
		return false
	}
	a, ok := n.l.lexicon.naming[x]
	b, ok2 := n.l.lexicon.naming[y]
	return ok && ok2 && a == b
}

// Abbreviation reports whether word, with or without its full stop, is
// one the language's list of abbreviations knows ("Mo.", "Calif", "Sen.").
func (n *Naming) Abbreviation(word string) bool {
	return n.l.abbr[strings.TrimSuffix(strings.ToLower(word), ".")] != 0
}

// SpeechVerb reports whether word is an attribution verb ("said",
// "claimed").
func (n *Naming) SpeechVerb(word string) bool { return n.l.verbs[strings.ToLower(word)] }
