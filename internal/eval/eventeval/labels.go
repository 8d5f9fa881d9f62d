package eventeval

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// Label is a reader's verdict on a pair of articles.
type Label string

// The verdicts. Unlabelled marks a drawn pair that no one has judged yet.
const (
	// SameEvent: both articles report one specific happening (a vote, a
	// shooting, a speech, a ruling, a match...), or one reports its
	// immediate aftermath in the same news cycle as its main subject.
	SameEvent Label = "same-event"
	// SameTopic: a related subject or one saga, but different happenings.
	SameTopic Label = "same-topic"
	// Unrelated: neither.
	Unrelated Label = "unrelated"
	// Unlabelled: drawn, not judged yet.
	Unlabelled Label = ""
)

// Valid reports whether l is one of the verdicts or Unlabelled.
func (l Label) Valid() bool {
	switch l {
	case SameEvent, SameTopic, Unrelated, Unlabelled:
		return true
	}
	return false
}

// The splits of the sample: tune on Dev, report Test.
const (
	Dev  = "dev"
	Test = "test"
)

// Ref names an article independently of any one database: ID is its
// corpus id (for ABP, the corpus record id, which Parallax stores as the
// external id), URL its address. Either may be empty, not both.
type Ref struct {
	ID  string `json:"id"`
	URL string `json:"url"`
}

// key is what identifies the article in a label key: the id, else the URL.
func (r Ref) key() string {
	if r.ID != "" {
		return r.ID
	}
	return "url:" + r.URL
}

// Key identifies an unordered pair of articles: A sorts before B.
type Key struct{ A, B string }

// KeyOf returns the key of the unordered pair {a, b}.
func KeyOf(a, b Ref) Key {
	ka, kb := a.key(), b.key()
	if kb < ka {
		ka, kb = kb, ka
	}
	return Key{ka, kb}
}

// String returns "A|B".
func (k Key) String() string { return k.A + "|" + k.B }

// Pair is one drawn pair and, once judged, its label.
type Pair struct {
	// Stratum is the stratum the pair was drawn in (big, small,
	// lookalike, or another name a later draw gave).
	Stratum string
	A, B    Ref
	Label   Label
	// Storyline says whether the two articles belong to one storyline: a
	// thread of events over weeks or months linked by participants and
	// continuity. Always true for SameEvent, false for Unrelated.
	Storyline bool
	// Reason is the labeller's own one-line reason (never article text).
	Reason string
	// Split is Dev or Test.
	Split string
}

// Key returns the pair's key.
func (p Pair) Key() Key { return KeyOf(p.A, p.B) }

// StorylinePositive reports whether the labels put the pair in one
// storyline: the same event, or the same topic within one storyline.
func (p Pair) StorylinePositive() bool {
	return p.Label == SameEvent || (p.Label == SameTopic && p.Storyline)
}

// Columns are the columns of a pairs file, in order. A file begins with
// this header line; lines starting with # are comments.
var Columns = []string{"stratum", "id_a", "url_a", "id_b", "url_b", "label", "storyline", "reason", "split"}

// ReadPairsFile reads the pairs file at path.
func ReadPairsFile(path string) ([]Pair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read pairs: %w", err)
	}
	defer f.Close()
	pairs, err := ReadPairs(f)
	if err != nil {
		return nil, fmt.Errorf("read pairs %s: %w", path, err)
	}
	return pairs, nil
}

// ReadPairs reads a pairs file: the header line of Columns, then one
// tab-separated pair a line. Every line is checked: a bad label, a
// storyline that is not yes, no or (unlabelled) empty, a storyline that
// contradicts the label, a pair without an id or URL on either side, an
// article paired with itself, or the same pair twice is an error naming the
// line.
func ReadPairs(r io.Reader) ([]Pair, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var pairs []Pair
	seen := map[Key]int{}
	header := false
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if !header {
			if !slices.Equal(f, Columns) {
				return nil, fmt.Errorf("line %d: header %q, want %q", line, text, strings.Join(Columns, "\t"))
			}
			header = true
			continue
		}
		p, err := parsePair(f)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		k := p.Key()
		if prev, ok := seen[k]; ok {
			return nil, fmt.Errorf("line %d: pair %s already on line %d", line, k, prev)
		}
		seen[k] = line
		pairs = append(pairs, p)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if !header {
		return nil, errors.New("no header line")
	}
	return pairs, nil
}

func parsePair(f []string) (Pair, error) {
	if len(f) != len(Columns) {
		return Pair{}, fmt.Errorf("%d fields, want %d", len(f), len(Columns))
	}
	for i, v := range f {
		if strings.ContainsRune(v, '\r') {
			return Pair{}, fmt.Errorf("field %s holds a carriage return", Columns[i])
		}
	}
	p := Pair{
		Stratum: f[0],
		A:       Ref{ID: f[1], URL: f[2]},
		B:       Ref{ID: f[3], URL: f[4]},
		Label:   Label(f[5]),
		Reason:  f[7],
		Split:   f[8],
	}
	if p.Stratum == "" {
		return Pair{}, errors.New("empty stratum")
	}
	if p.A == (Ref{}) || p.B == (Ref{}) {
		return Pair{}, errors.New("an article without id or URL")
	}
	if p.A.key() == p.B.key() {
		return Pair{}, fmt.Errorf("article %s paired with itself", p.A.key())
	}
	if !p.Label.Valid() {
		return Pair{}, fmt.Errorf("label %q: want same-event, same-topic, unrelated or empty", f[5])
	}
	switch f[6] {
	case "yes":
		p.Storyline = true
	case "no":
	case "":
		if p.Label != Unlabelled {
			return Pair{}, errors.New("storyline empty on a labelled pair: want yes or no")
		}
	default:
		return Pair{}, fmt.Errorf("storyline %q: want yes or no", f[6])
	}
	if p.Label == Unlabelled && f[6] != "" {
		return Pair{}, errors.New("storyline given on an unlabelled pair")
	}
	if p.Label == SameEvent && !p.Storyline {
		return Pair{}, errors.New("same-event pair outside one storyline")
	}
	if p.Label == Unrelated && p.Storyline {
		return Pair{}, errors.New("unrelated pair in one storyline")
	}
	if p.Split != Dev && p.Split != Test {
		return Pair{}, fmt.Errorf("split %q: want dev or test", p.Split)
	}
	return p, nil
}

// WritePairs writes pairs as a pairs file (header first). Tabs and line
// breaks in a reason become spaces.
func WritePairs(w io.Writer, pairs []Pair) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, strings.Join(Columns, "\t"))
	clean := strings.NewReplacer("\t", " ", "\r", " ", "\n", " ")
	for _, p := range pairs {
		story := ""
		if p.Label != Unlabelled {
			story = "no"
			if p.Storyline {
				story = "yes"
			}
		}
		fmt.Fprintln(bw, strings.Join([]string{
			p.Stratum, p.A.ID, p.A.URL, p.B.ID, p.B.URL, string(p.Label), story,
			clean.Replace(p.Reason), p.Split,
		}, "\t"))
	}
	return bw.Flush()
}

// Index maps the labelled pairs of one or more pairs files by key. A pair
// labelled twice with different verdicts is an error.
func Index(files ...[]Pair) (map[Key]Pair, error) {
	m := map[Key]Pair{}
	for _, pairs := range files {
		for _, p := range pairs {
			if p.Label == Unlabelled {
				continue
			}
			k := p.Key()
			if prev, ok := m[k]; ok && (prev.Label != p.Label || prev.Storyline != p.Storyline) {
				return nil, fmt.Errorf("pair %s labelled %s/%v and %s/%v", k, prev.Label, prev.Storyline, p.Label, p.Storyline)
			}
			m[k] = p
		}
	}
	return m, nil
}

// sortPairs orders pairs by stratum (the standard strata first), then
// key, so that files diff well.
func sortPairs(pairs []Pair) {
	slices.SortStableFunc(pairs, func(a, b Pair) int {
		if c := cmp.Compare(stratumRank(a.Stratum), stratumRank(b.Stratum)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Stratum, b.Stratum); c != 0 {
			return c
		}
		ka, kb := a.Key(), b.Key()
		return cmp.Or(cmp.Compare(ka.A, kb.A), cmp.Compare(ka.B, kb.B))
	})
}

// The standard strata.
const (
	Big       = "big"
	Small     = "small"
	Lookalike = "lookalike"
	// Undated is the stratum of pairs inside events whose articles all
	// lack a publication date.
	Undated = "undated"
)

func stratumRank(s string) int {
	switch s {
	case Big:
		return 0
	case Small:
		return 1
	case Lookalike:
		return 2
	case Undated:
		return 3
	}
	return 3
}
