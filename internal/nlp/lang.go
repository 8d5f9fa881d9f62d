package nlp

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
)

//go:embed data
var dataFS embed.FS

// abbreviation classes, see data/en/abbreviations.txt.
const (
	abbrTitle = iota + 1
	abbrNum
	abbrMonth
	abbrEnd
)

// numWord is one entry of numbers.txt.
type numWord struct {
	value float64
	kind  byte // 'n' number, 'm' multiplier, 'v' vague plural, 'f' fraction, 'o' ordinal
}

// placeEntry is one gazetteer entry, by folded form.
type placeEntry struct {
	canonical string
	adjective bool
}

// lang holds the data of one language. It is read-only after loading.
type lang struct {
	code        string
	abbr        map[string]int
	stop        map[string]bool
	verbs       map[string]bool
	titles      map[string]bool // single words and multi-word titles, lower case
	titleFirst  map[string]int  // first word of a title -> longest title length in words
	honorifics  map[string]byte
	pronouns    map[string]byte
	orgSuffixes map[string]bool
	orgs        map[string]bool // lower case
	// orgAliases are the lines of org_aliases.txt: the names of one
	// organisation, the first its own; orgKeys maps each name's match
	// key to the first's (see Analyzer's New and Naming.OrgKey).
	orgAliases  [][]string
	orgKeys     map[string]string
	places      map[string]placeEntry
	placeFirst  map[string]int // first word -> longest entry length in words
	numbers     map[string]numWord
	months      map[string]int
	notNames    map[string]bool            // capitalised words that are never names
	descriptors map[string]bool            // position words that are not an office
	pubs        map[string]bool            // publications, lower case, without "the"
	firstNames  map[string]byte            // lower case -> 'm' or 'f'
	nameAdjs    map[string]bool            // party or faith words that are no name alone
	thingHeads  map[string]bool            // last words of names of things, not people
	thingNames  map[string]bool            // whole names of things (things.txt), lower case
	placeHeads  map[string]bool            // last words of names of places, not people
	wordNames   map[string]bool            // surnames that are also common words
	nicknames   map[string]map[string]bool // given name -> its short or formal forms, both ways
	formalNames map[string]bool            // the given names nicknames.txt gives short forms of

	eventNames  map[string]bool // lower case
	eventHeads  map[string]bool
	eventPrefix map[string]bool
	lexicon     *lexicon
	stem        func(string) string
}

// lines calls fn with every non-comment, non-blank line of r.
func lines(r io.Reader, name string, fn func(line string) error) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

func readData(fsys fs.FS, name string, fn func(line string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return lines(f, name, fn)
}

// loadLang reads data/CODE/*.txt.
func loadLang(fsys fs.FS, code string) (*lang, error) {
	l := &lang{
		code: code, abbr: map[string]int{}, stop: map[string]bool{}, verbs: map[string]bool{},
		titles: map[string]bool{}, titleFirst: map[string]int{}, honorifics: map[string]byte{},
		pronouns: map[string]byte{}, orgSuffixes: map[string]bool{}, orgs: map[string]bool{}, thingHeads: map[string]bool{}, thingNames: map[string]bool{}, placeHeads: map[string]bool{}, wordNames: map[string]bool{}, nicknames: map[string]map[string]bool{}, formalNames: map[string]bool{},
		places: map[string]placeEntry{}, placeFirst: map[string]int{}, numbers: map[string]numWord{},
		months: map[string]int{}, notNames: map[string]bool{}, descriptors: map[string]bool{}, lexicon: newLexicon(),
		pubs: map[string]bool{}, firstNames: map[string]byte{}, nameAdjs: map[string]bool{}, eventNames: map[string]bool{}, eventHeads: map[string]bool{}, eventPrefix: map[string]bool{},
	}
	dir := "data/" + code + "/"
	set := func(m map[string]bool) func(string) error {
		return func(s string) error { m[strings.ToLower(s)] = true; return nil }
	}
	steps := []struct {
		file string
		fn   func(string) error
	}{
		{"abbreviations.txt", func(s string) error {
			f := strings.Fields(s)
			if len(f) != 2 {
				return fmt.Errorf("want 2 fields")
			}
			c := map[string]int{"title": abbrTitle, "num": abbrNum, "month": abbrMonth, "end": abbrEnd}[f[1]]
			if c == 0 {
				return fmt.Errorf("unknown class %q", f[1])
			}
			l.abbr[strings.ToLower(f[0])] = c
			return nil
		}},
		{"stopwords.txt", set(l.stop)},
		{"verbs.txt", set(l.verbs)},
		{"titles.txt", func(s string) error {
			s = strings.ToLower(s)
			l.titles[s] = true
			w := strings.Fields(s)
			if len(w) > l.titleFirst[w[0]] {
				l.titleFirst[w[0]] = len(w)
			}
			return nil
		}},
		{"honorifics.txt", func(s string) error {
			f := strings.Fields(s)
			if len(f) != 2 {
				return fmt.Errorf("want 2 fields")
			}
			l.honorifics[strings.ToLower(f[0])] = f[1][0]
			return nil
		}},
		{"pronouns.txt", func(s string) error {
			f := strings.Fields(s)
			if len(f) != 2 {
				return fmt.Errorf("want 2 fields")
			}
			l.pronouns[strings.ToLower(f[0])] = f[1][0]
			return nil
		}},
		{"org_suffixes.txt", set(l.orgSuffixes)},
		{"thing_heads.txt", set(l.thingHeads)},
		{"things.txt", set(l.thingNames)},
		{"place_heads.txt", set(l.placeHeads)},
		{"word_surnames.txt", set(l.wordNames)},
		{"nicknames.txt", func(s string) error {
			f := strings.Fields(strings.ToLower(s))
			if len(f) < 2 {
				return fmt.Errorf("want a name and its short forms")
			}
			l.formalNames[f[0]] = true
			for _, n := range f[1:] {
				for _, p := range [][2]string{{f[0], n}, {n, f[0]}} {
					if l.nicknames[p[0]] == nil {
						l.nicknames[p[0]] = map[string]bool{}
					}
					l.nicknames[p[0]][p[1]] = true
				}
			}
			return nil
		}},
		{"orgs.txt", func(s string) error {
			// Keyed as normsKey reads a run: each word's final period
			// dropped ("J.P. Morgan" is "j.p morgan").
			ws := strings.Fields(strings.ToLower(s))
			for i, w := range ws {
				ws[i] = strings.TrimSuffix(w, ".")
			}
			l.orgs[strings.Join(ws, " ")] = true
			return nil
		}},
		{"org_aliases.txt", func(s string) error {
			var names []string
			for _, f := range strings.Split(s, "|") {
				if f = strings.TrimSpace(f); f != "" {
					names = append(names, f)
				}
			}
			if len(names) < 2 {
				return fmt.Errorf("want a name and its other names, split by |")
			}
			l.orgAliases = append(l.orgAliases, names)
			return nil
		}},
		{"places.txt", func(s string) error {
			names, adjs := placeFields(s)
			if len(names) == 0 {
				return errors.New("want a place's names, split by |")
			}
			canon := names[0]
			for i, f := range names {
				adj := adjs[i]
				key := placeKey(f)
				if _, dup := l.places[key]; dup && adj {
					continue // a name wins over an adjective of the same spelling
				}
				l.places[key] = placeEntry{canonical: canon, adjective: adj}
				w := strings.Fields(key)
				if len(w) > l.placeFirst[w[0]] {
					l.placeFirst[w[0]] = len(w)
				}
			}
			return nil
		}},
		{"numbers.txt", func(s string) error {
			f := strings.Fields(s)
			if len(f) != 3 {
				return fmt.Errorf("want 3 fields")
			}
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				return err
			}
			l.numbers[f[0]] = numWord{value: v, kind: f[2][0]}
			return nil
		}},
		{"months.txt", func(s string) error {
			f := strings.Fields(s)
			m, err := strconv.Atoi(f[len(f)-1])
			if err != nil || len(f) != 2 {
				return fmt.Errorf("bad month line")
			}
			l.months[f[0]] = m
			return nil
		}},
		{"not_names.txt", set(l.notNames)},
		{"descriptors.txt", set(l.descriptors)},
		{"name_adjectives.txt", set(l.nameAdjs)},
		{"first_names.txt", func(s string) error {
			f := strings.Fields(s)
			if len(f) < 2 || f[0] != "m" && f[0] != "f" {
				return errors.New("want m or f, then one or more names")
			}
			for _, n := range f[1:] {
				l.firstNames[strings.ToLower(n)] = f[0][0]
			}
			return nil
		}},
		{"publications.txt", func(s string) error {
			n := strings.ToLower(strings.Join(strings.Fields(s), " "))
			l.pubs[strings.TrimPrefix(n, "the ")] = true
			l.orgs[n] = true
			l.orgs[strings.TrimPrefix(n, "the ")] = true
			return nil
		}},
		{"events.txt", func(s string) error {
			kind, rest, ok := strings.Cut(s, " ")
			rest = strings.ToLower(strings.TrimSpace(rest))
			if !ok || rest == "" {
				return fmt.Errorf("want KIND WORDS")
			}
			switch kind {
			case "name":
				l.eventNames[rest] = true
			case "head":
				l.eventHeads[rest] = true
			case "prefix":
				l.eventPrefix[rest] = true
			default:
				return fmt.Errorf("unknown kind %q", kind)
			}
			return nil
		}},
		{"lexicon.txt", func(s string) error { return l.lexicon.addLine(s) }},
	}
	for _, st := range steps {
		if err := readData(fsys, dir+st.file, st.fn); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// placeKey is how the gazetteer keys a place: lower case, one space
// between words, and no final dot on a word ("U.S." → "u.s"), as names
// are looked up (see doc.joinNorms).
func placeKey(name string) string {
	w := strings.Fields(strings.ToLower(name))
	for i := range w {
		w[i] = strings.TrimSuffix(w[i], ".")
	}
	return strings.Join(w, " ")
}
