package clean

import (
	"fmt"
	"io/fs"
	"slices"
	"unicode/utf8"
	"unsafe"

	"github.com/parallax-news/parallax/internal/article"
)

// Cleaner sets furniture aside. It holds the language data and is safe for
// concurrent use; create it once with New.
type Cleaner struct {
	langs map[string]*rules
}

// New loads the embedded language data.
func New() (*Cleaner, error) {
	return newFrom(dataFS)
}

func newFrom(fsys fs.FS) (*Cleaner, error) {
	dirs, err := fs.ReadDir(fsys, "data")
	if err != nil {
		return nil, fmt.Errorf("cleaning data: %w", err)
	}
	c := &Cleaner{langs: map[string]*rules{}}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		r, err := loadRules(fsys, d.Name())
		if err != nil {
			return nil, fmt.Errorf("cleaning data: %w", err)
		}
		c.langs[d.Name()] = r
	}
	if c.langs[DefaultLang] == nil {
		return nil, fmt.Errorf("cleaning data: no %s data", DefaultLang)
	}
	return c, nil
}

// Languages returns the codes of the languages with data, sorted.
func (c *Cleaner) Languages() []string {
	var out []string
	for k := range c.langs {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// foldWords is the longest paragraph (in words) folded whole; of a longer
// one only the first and last foldBytes are folded: patterns of furniture
// in a long paragraph open or close it.
const (
	foldWords = 50
	foldBytes = 300
)

// suffixStart returns the start of the last n bytes of s, on a character
// boundary.
func suffixStart(s string, n int) int {
	if n >= len(s) {
		return 0
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// prefixEnd returns the end of the first n bytes of s, on a character
// boundary.
func prefixEnd(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// para is the work state of one paragraph.
type para struct {
	text string
	// fold is the folded text of a paragraph of at most foldWords words;
	// head and tail the folded start and end of a longer one.
	fold, head, tail string
	words            int
	// kind and reason are set when the whole paragraph is furniture.
	kind, reason string
	cuts         []Cut
	// repeats is the number of the outlet's articles that carry the
	// paragraph, 0 when fewer than MinRepeats do (or the model does not
	// know it).
	repeats int
	// key is Key(text) once keyed is set: computed once, where the learned
	// pass needs it, and carried into the View.
	key   uint64
	keyed bool
}

// keyOf returns Key(p.text), computing it once.
func (p *para) keyOf() uint64 {
	if !p.keyed {
		p.key, p.keyed = Key(p.text), true
	}
	return p.key
}

func (p *para) set(kind, reason string) {
	if p.kind == "" {
		p.kind, p.reason = kind, reason
	}
}

func (p *para) furniture() bool { return p.kind != "" }

// Clean returns the view of an article: what is text and what is
// furniture. m is the article's outlet's model; nil cleans by form only.
func (c *Cleaner) Clean(a *article.Article, m *Model) *View {
	r := c.langs[a.Language]
	if r == nil {
		r = c.langs[DefaultLang]
	}
	ps := foldAll(a.Paragraphs)
	for i := range ps {
		r.byForm(&ps[i], a.Outlet)
	}
	doubled(ps)
	tweetLines(ps)
	r.top(ps, a)
	highlights(ps)
	r.bottom(ps, a)
	tags(ps)
	signOffs(ps)
	r.afterHeads(ps)
	datedLinks(ps, a)
	pollPromos(ps)
	pullQuotes(ps)
	r.learned(ps, m, a.Outlet)
	lines(ps)
	linkLists(ps)
	return view(a.Paragraphs, ps)
}

// foldAll returns the work state of paragraphs, each with its words
// counted and its text folded (whole, or its head and tail when it is
// long). The folded texts are built in one buffer, sized for them unless
// lower-casing lengthens a character, and made one string, cut into the
// paragraphs' parts: one allocation an article rather than one a
// paragraph.
func foldAll(paragraphs []string) []para {
	ps := make([]para, len(paragraphs))
	// ends[3*i+k] is where part k (fold, head, tail) of paragraph i ends
	// in buf; each starts where the one before it ends.
	ends := make([]int, 3*len(paragraphs))
	n := 0
	for i, t := range paragraphs {
		ps[i] = para{text: t, words: words(t)}
		if ps[i].words <= foldWords {
			n += len(t)
		} else {
			n += prefixEnd(t, foldBytes) + len(t) - suffixStart(t, foldBytes)
		}
	}
	buf := make([]byte, 0, n+n/16)
	for i, t := range paragraphs {
		if ps[i].words <= foldWords {
			buf = appendFold(buf, t)
			ends[3*i], ends[3*i+1] = len(buf), len(buf)
		} else {
			ends[3*i] = len(buf)
			buf = appendFold(buf, t[:prefixEnd(t, foldBytes)])
			ends[3*i+1] = len(buf)
			buf = appendFold(buf, t[suffixStart(t, foldBytes):])
		}
		ends[3*i+2] = len(buf)
	}
	// buf is not written after this: its bytes can be the string's, as
	// strings.Builder does, without a copy.
	s := unsafe.String(unsafe.SliceData(buf), len(buf))
	start := 0
	for i := range ps {
		ps[i].fold = s[start:ends[3*i]]
		ps[i].head = s[ends[3*i]:ends[3*i+1]]
		ps[i].tail = s[ends[3*i+1]:ends[3*i+2]]
		start = ends[3*i+2]
	}
	return ps
}

// view turns the work state into a View.
func view(texts []string, ps []para) *View {
	v := &View{paragraphs: texts, Paras: make([]Para, len(ps))}
	for i, p := range ps {
		if p.keyed {
			if v.keys == nil {
				v.keys = make([]uint64, len(ps))
				v.keyed = make([]bool, len(ps))
			}
			v.keys[i], v.keyed[i] = p.key, true
		}
		out := Para{Para: i, Verdict: Text, Kept: true}
		switch {
		case p.furniture():
			out.Verdict, out.Kept, out.Kind, out.Reason = Furniture, false, p.kind, p.reason
			if p.text != "" {
				out.Cuts = []Cut{{Start: 0, End: len(p.text), Kind: p.kind, Reason: p.reason}}
			}
		case len(p.cuts) > 0:
			if !hasWord(mask(p.text, p.cuts)) {
				out.Verdict, out.Kept, out.Kind, out.Reason = Furniture, false, p.cuts[0].Kind, p.cuts[0].Reason
				out.Cuts = []Cut{{Start: 0, End: len(p.text), Kind: out.Kind, Reason: out.Reason}}
				break
			}
			out.Verdict, out.Kind, out.Reason, out.Cuts = Mixed, p.cuts[0].Kind, p.cuts[0].Reason, p.cuts
		}
		v.Paras[i] = out
	}
	return v
}
