package clean

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

//go:embed data
var dataFS embed.FS

// DefaultLang is the language whose data reads an article that names none,
// or one without data.
const DefaultLang = "en"

// defaultMaxWords bounds the paragraphs a starts, ends or has phrase
// applies to when its line gives no bound.
const defaultMaxWords = 40

// phrase is one line of phrases.txt.
type phrase struct {
	kind   string
	how    string // is, starts, ends, has
	text   string // folded
	max    int    // most words a paragraph may have for the phrase to apply
	reason string
}

// rules is the data of one language.
type rules struct {
	is     map[string]phrase
	starts [256][]phrase // by first byte
	ends   []phrase
	// has holds the has phrases in groups of one first three bytes, the
	// longer first; hasAt maps a hash of three bytes to the index + 1 of
	// the first group whose bytes hash so (0: none), and each group's next
	// to the next such group. The table is small enough to stay in the
	// fastest cache, looked up at every word of every paragraph.
	has     []hasGroup
	hasAt   [1 << hasBits]uint16
	maxLen  int             // largest max of starts, ends and has
	heads   map[string]bool // folded, without a trailing colon
	credits map[string]bool // folded
	bio     []string        // folded
	cues    []string        // folded
	dates   map[string]bool // folded; false for words that only join a date's words
}

var hows = map[string]string{"is": "is", "starts": "starts with", "ends": "ends with", "has": "has"}

var kinds = map[string]bool{KindCaption: true, KindCredit: true, KindPromo: true, KindRelated: true,
	KindShare: true, KindNewsletter: true, KindSubscription: true, KindByline: true, KindDateline: true,
	KindBio: true, KindSocial: true, KindUpdate: true, KindCopyright: true, KindDisclaimer: true,
	KindAd: true, KindNavigation: true, KindOther: true}

// loadRules reads the data of language code from fsys (data/CODE/…). A
// missing file reads as empty; a malformed line is an error naming it.
func loadRules(fsys fs.FS, code string) (*rules, error) {
	r := &rules{is: map[string]phrase{}, heads: map[string]bool{}, credits: map[string]bool{}, dates: map[string]bool{}}
	dir := "data/" + code + "/"
	err := eachLine(fsys, dir+"phrases.txt", func(line string) error {
		f := strings.Split(line, "\t")
		if len(f) < 3 || len(f) > 4 {
			return errors.New("want kind<TAB>how<TAB>phrase[<TAB>max words]")
		}
		p := phrase{kind: f[0], how: f[1], text: fold(f[2]), max: defaultMaxWords}
		if !kinds[p.kind] {
			return fmt.Errorf("unknown kind %q", p.kind)
		}
		verb, ok := hows[p.how]
		if !ok {
			return fmt.Errorf("unknown match %q: want is, starts, ends or has", p.how)
		}
		if p.how == "is" || p.how == "starts" {
			p.text = stripLead(p.text)
		}
		if p.how == "is" || p.how == "ends" {
			p.text = trimEnd(p.text)
		}
		if p.text == "" {
			return errors.New("empty phrase")
		}
		if len(f) == 4 {
			n, err := strconv.Atoi(f[3])
			if err != nil || n < 1 {
				return fmt.Errorf("max words %q: want a number ≥ 1", f[3])
			}
			p.max = n
		}
		p.reason = fmt.Sprintf("%s %q", verb, p.text)
		switch p.how {
		case "is":
			r.is[p.text] = p
		case "starts":
			r.starts[p.text[0]] = append(r.starts[p.text[0]], p)
		case "ends":
			r.ends = append(r.ends, p)
		case "has":
			if len(p.text) < 3 {
				return errors.New("a has phrase needs three bytes at least")
			}
			if err := r.addHas(p); err != nil {
				return err
			}
		}
		if p.how != "is" {
			r.maxLen = max(r.maxLen, p.max)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Longer phrases first, so that a reason names the most specific one.
	byLength := func(a, b phrase) int { return len(b.text) - len(a.text) }
	for _, l := range r.starts {
		slices.SortStableFunc(l, byLength)
	}
	slices.SortStableFunc(r.ends, byLength)
	for _, g := range r.has {
		slices.SortStableFunc(g.phrases, byLength)
	}
	sets := []struct {
		file string
		set  map[string]bool
	}{{"heads.txt", r.heads}, {"credits.txt", r.credits}, {"dates.txt", r.dates}}
	for _, s := range sets {
		if err := eachLine(fsys, dir+s.file, func(line string) error {
			if w, join := strings.CutPrefix(line, "-"); join && s.file == "dates.txt" {
				s.set[fold(w)] = false
				return nil
			}
			s.set[strings.TrimRight(fold(line), ":")] = true
			return nil
		}); err != nil {
			return nil, err
		}
	}
	lists := []struct {
		file string
		list *[]string
	}{{"bio.txt", &r.bio}, {"cues.txt", &r.cues}}
	for _, l := range lists {
		if err := eachLine(fsys, dir+l.file, func(line string) error {
			*l.list = append(*l.list, fold(line))
			return nil
		}); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// eachLine calls fn with each line of a data file that is not blank or a
// comment; a missing file has no lines.
func eachLine(fsys fs.FS, name string, fn func(line string) error) error {
	f, err := fsys.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// stripLead removes the bullets, dashes, brackets and stars a line may
// start with (not quotation marks: a quotation is text).
func stripLead(s string) string {
	if s != "" && s[0] < utf8.RuneSelf && !leads[s[0]] {
		return s // most lines: no need for TrimLeft's look at each character
	}
	return strings.TrimLeft(s, leadChars)
}

// leadChars are what stripLead removes; leads its ASCII bytes.
const leadChars = " *•·-|>#([_~+="

var leads = func() (c cutset) {
	for _, r := range leadChars {
		if r < utf8.RuneSelf {
			c[r] = true
		}
	}
	return c
}()

// match returns the first phrase that a folded paragraph of n words
// matches.
func (r *rules) match(f string, n int) (phrase, bool) {
	s := stripLead(f)
	if p, ok := r.is[trimEnd(s)]; ok {
		return p, true
	}
	if n > r.maxLen {
		return phrase{}, false
	}
	if p, ok := r.matchStarts(s, n); ok {
		return p, true
	}
	if p, ok := r.matchEnds(f, n); ok {
		return p, true
	}
	return r.matchHas(f, n)
}

// matchLong is match for a paragraph too long to fold whole: head and tail
// are its folded start and end.
func (r *rules) matchLong(head, tail string, n int) (phrase, bool) {
	if n > r.maxLen {
		return phrase{}, false
	}
	if p, ok := r.matchStarts(stripLead(head), n); ok {
		return p, true
	}
	if p, ok := r.matchEnds(tail, n); ok {
		return p, true
	}
	if p, ok := r.matchHas(head, n); ok {
		return p, true
	}
	return r.matchHas(tail, n)
}

func (r *rules) matchStarts(s string, n int) (phrase, bool) {
	if s == "" {
		return phrase{}, false
	}
	for _, p := range r.starts[s[0]] {
		if n <= p.max && strings.HasPrefix(s, p.text) && !(len(s) > len(p.text) && isLetter(s[len(p.text)]) && isLetter(p.text[len(p.text)-1])) {
			return p, true
		}
	}
	return phrase{}, false
}

func (r *rules) matchEnds(f string, n int) (phrase, bool) {
	t := trimEnd(f)
	for _, p := range r.ends {
		if n <= p.max && strings.HasSuffix(t, p.text) && (len(t) == len(p.text) || !isWordByte(t[len(t)-len(p.text)-1])) {
			return p, true
		}
	}
	return phrase{}, false
}

// matchHas looks the has phrases up by the first three bytes at each word
// start.
func (r *rules) matchHas(f string, n int) (phrase, bool) {
	for i := 0; i+2 < len(f); {
		v := key3(f[i:])
		for g := r.hasAt[hash3(v)]; g != 0; g = r.has[g-1].next {
			grp := &r.has[g-1]
			if grp.key != v {
				continue
			}
			for _, p := range grp.phrases {
				if n <= p.max && strings.HasPrefix(f[i:], p.text) {
					return p, true
				}
			}
			break
		}
		j := spaceAfter(f, i)
		if j < 0 {
			break
		}
		i = j + 1
	}
	return phrase{}, false
}

// hasGroup is the has phrases of one first three bytes.
type hasGroup struct {
	key     uint32 // key3 of the phrases
	phrases []phrase
	next    uint16 // index + 1 of the next group in hasAt's chain; 0: none
}

// hasBits is the size of the hasAt table in bits of the hash.
const hasBits = 12

// addHas adds a has phrase (three bytes at least) to its group.
func (r *rules) addHas(p phrase) error {
	v := key3(p.text)
	h := hash3(v)
	for g := r.hasAt[h]; g != 0; g = r.has[g-1].next {
		if r.has[g-1].key == v {
			r.has[g-1].phrases = append(r.has[g-1].phrases, p)
			return nil
		}
	}
	if len(r.has) == 1<<16-1 {
		return errors.New("too many has phrases")
	}
	r.has = append(r.has, hasGroup{key: v, phrases: []phrase{p}, next: r.hasAt[h]})
	r.hasAt[h] = uint16(len(r.has))
	return nil
}

// key3 packs the first three bytes of s (which has three at least).
func key3(s string) uint32 {
	return uint32(s[0])<<16 | uint32(s[1])<<8 | uint32(s[2])
}

// hash3 spreads a key3 over the hasAt table.
func hash3(v uint32) uint32 {
	return v * 0x9e3779b1 >> (32 - hasBits)
}

func isLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 0x80
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}
