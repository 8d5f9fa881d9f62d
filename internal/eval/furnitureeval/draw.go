package furnitureeval

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/parallax-news/parallax/internal/ingest"
)

// Stratum is the part of an article a paragraph belongs to, for sampling.
// The strata partition all paragraphs: the first paragraph, the last one
// (of an article with two or more), and the middle ones split by whether
// they look suspicious (see Suspicious).
type Stratum string

// The strata.
const (
	First Stratum = "first"
	Last  Stratum = "last"
	Cue   Stratum = "cue"
	Body  Stratum = "body"
)

// StratumOf returns the stratum of paragraph i of an article whose
// paragraphs are ps.
func StratumOf(ps []string, i int) Stratum {
	switch {
	case i == 0:
		return First
	case i == len(ps)-1:
		return Last
	case Suspicious(ps[i]):
		return Cue
	}
	return Body
}

// Doc is what drawing needs of one article: its ABP id, its URL and outlet
// as Parallax stores them, and the stratum of each stored paragraph. It
// holds no article text.
type Doc struct {
	ABPID  string
	URL    string
	Outlet string
	Strata []Stratum
}

// ReadABP reads the ABP corpus (JSON Lines, optionally gzip) with
// Parallax's own reader, so that paragraph indexes are those of stored
// articles, and returns every article whose Parallax id is unique in the
// corpus (an article whose URL repeats is stored as a revision of another,
// so its paragraphs could differ from the stored ones).
func ReadABP(ctx context.Context, path string) ([]Doc, error) {
	var docs []Doc
	ids := map[string]int{}
	var pids []string
	var failed []string
	err := ingest.ReadFile(ctx, ingest.Input{Path: path}, nil, ingest.Options{}, func(it ingest.Item) error {
		if it.Err != nil {
			failed = append(failed, it.Err.Error())
			return nil
		}
		a := it.Article
		d := Doc{ABPID: a.ExternalID, URL: a.URL, Outlet: a.Outlet, Strata: make([]Stratum, len(a.Paragraphs))}
		for i := range a.Paragraphs {
			d.Strata[i] = StratumOf(a.Paragraphs, i)
		}
		ids[a.ID]++
		pids = append(pids, a.ID)
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("read %s: no articles (%d records failed)", path, len(failed))
	}
	out := docs[:0]
	for i, d := range docs {
		if ids[pids[i]] == 1 && d.ABPID != "" {
			out = append(out, d)
		}
	}
	return out, nil
}

// Class is one size class of outlets: those with at least MinArticles
// articles (and fewer than the previous class's minimum). Outlets of them
// are drawn uniformly, and Articles of each drawn outlet.
type Class struct {
	Name        string
	MinArticles int
	Outlets     int
	Articles    int
}

// Design is a sampling design: the seed, the outlet classes from the
// largest outlets down (the last class should have MinArticles 1), and
// how many suspicious middle paragraphs to draw per outlet.
type Design struct {
	Seed    uint64
	Classes []Class
	Cue     int
}

// SampleDesign is the design of testdata/sample.tsv.
func SampleDesign() Design {
	return Design{Seed: 13, Cue: 3, Classes: []Class{
		{Name: "large", MinArticles: 500, Outlets: 20, Articles: 5},
		{Name: "medium", MinArticles: 50, Outlets: 16, Articles: 4},
		{Name: "small", MinArticles: 5, Outlets: 10, Articles: 3},
		{Name: "tiny", MinArticles: 1, Outlets: 4, Articles: 2},
	}}
}

// HeldoutDesign is the design of testdata/heldout.tsv: the same classes,
// another seed, fewer outlets and articles.
func HeldoutDesign() Design {
	return Design{Seed: 1313, Cue: 3, Classes: []Class{
		{Name: "large", MinArticles: 500, Outlets: 10, Articles: 4},
		{Name: "medium", MinArticles: 50, Outlets: 6, Articles: 3},
		{Name: "small", MinArticles: 5, Outlets: 4, Articles: 2},
		{Name: "tiny", MinArticles: 1, Outlets: 2, Articles: 1},
	}}
}

// Drawn is one drawn paragraph: where it is, its stratum, its outlet and
// size class, and its sampling weight (the inverse of its probability of
// being drawn), with which sample counts estimate corpus counts.
type Drawn struct {
	ABPID   string
	URL     string
	Para    int
	Stratum Stratum
	Outlet  string
	Class   string
	Weight  float64
}

// Draw draws paragraphs from docs by design d. Outlets are taken in name
// order within each class and drawn uniformly without replacement; from
// each drawn outlet, Articles articles (all when it has fewer) uniformly
// without replacement from its articles in ABP id order. The first
// ceil(m/2) of the m drawn articles, in drawing order, give their first
// paragraph, the last ceil(m/2) their last paragraph, and every drawn
// article one of its body paragraphs uniformly. Then Cue paragraphs are
// drawn uniformly from all the outlet's cue paragraphs. The result is
// sorted by outlet, ABP id and paragraph.
func Draw(docs []Doc, d Design) []Drawn {
	byOutlet := map[string][]Doc{}
	for _, doc := range docs {
		byOutlet[doc.Outlet] = append(byOutlet[doc.Outlet], doc)
	}
	names := make([]string, 0, len(byOutlet))
	for name, ds := range byOutlet {
		names = append(names, name)
		slices.SortFunc(ds, func(a, b Doc) int { return cmp.Compare(a.ABPID, b.ABPID) })
	}
	slices.Sort(names)
	r := newRNG(d.Seed)
	var out []Drawn
	for ci, c := range d.Classes {
		var members []string
		for _, name := range names {
			n := len(byOutlet[name])
			if n >= c.MinArticles && (ci == 0 || n < d.Classes[ci-1].MinArticles) {
				members = append(members, name)
			}
		}
		k := min(c.Outlets, len(members))
		chosen := r.choose(len(members), k)
		slices.Sort(chosen)
		pOutlet := float64(k) / float64(len(members))
		for _, oi := range chosen {
			out = append(out, drawOutlet(r, byOutlet[members[oi]], c, d.Cue, pOutlet)...)
		}
	}
	slices.SortFunc(out, func(a, b Drawn) int {
		return cmp.Or(cmp.Compare(a.Outlet, b.Outlet), cmp.Compare(a.ABPID, b.ABPID), cmp.Compare(a.Para, b.Para))
	})
	return out
}

// drawOutlet draws the paragraphs of one outlet's articles (sorted by id);
// pOutlet is the probability that the outlet was drawn.
func drawOutlet(r *rng, arts []Doc, c Class, cue int, pOutlet float64) []Drawn {
	var out []Drawn
	add := func(doc Doc, i int, p float64) {
		out = append(out, Drawn{ABPID: doc.ABPID, URL: doc.URL, Para: i, Stratum: doc.Strata[i],
			Outlet: doc.Outlet, Class: c.Name, Weight: 1 / (pOutlet * p)})
	}
	a := len(arts)
	m := min(c.Articles, a)
	half := (m + 1) / 2
	for j, ai := range r.choose(a, m) {
		doc := arts[ai]
		n := len(doc.Strata)
		if j < half {
			add(doc, 0, float64(half)/float64(a))
		}
		if j >= m-half && n >= 2 {
			add(doc, n-1, float64(half)/float64(a))
		}
		var body []int
		for i, s := range doc.Strata {
			if s == Body {
				body = append(body, i)
			}
		}
		if len(body) > 0 {
			add(doc, body[r.intn(len(body))], float64(m)/float64(a)/float64(len(body)))
		}
	}
	type ref struct{ doc, para int }
	var pool []ref
	for di, doc := range arts {
		for i, s := range doc.Strata {
			if s == Cue {
				pool = append(pool, ref{di, i})
			}
		}
	}
	k := min(cue, len(pool))
	for _, pi := range r.choose(len(pool), k) {
		add(arts[pool[pi].doc], pool[pi].para, float64(k)/float64(len(pool)))
	}
	return out
}

// Count is the number of outlets and paragraphs of one outlet class and
// stratum in a corpus.
type Count struct {
	Class      string
	Stratum    Stratum
	Outlets    int
	Paragraphs int
}

// Population counts the paragraphs of docs per class of design d and
// stratum, in class order then First, Last, Cue, Body.
func Population(docs []Doc, d Design) []Count {
	articles := map[string]int{}
	for _, doc := range docs {
		articles[doc.Outlet]++
	}
	classOf := func(outlet string) int {
		for ci, c := range d.Classes {
			if articles[outlet] >= c.MinArticles {
				return ci
			}
		}
		return len(d.Classes) - 1
	}
	strata := []Stratum{First, Last, Cue, Body}
	counts := make([]Count, len(d.Classes)*len(strata))
	outlets := make([]map[string]bool, len(d.Classes))
	for ci, c := range d.Classes {
		outlets[ci] = map[string]bool{}
		for si, s := range strata {
			counts[ci*len(strata)+si] = Count{Class: c.Name, Stratum: s}
		}
	}
	for _, doc := range docs {
		ci := classOf(doc.Outlet)
		outlets[ci][doc.Outlet] = true
		for _, s := range doc.Strata {
			counts[ci*len(strata)+slices.Index(strata, s)].Paragraphs++
		}
	}
	for i := range counts {
		counts[i].Outlets = len(outlets[i/len(strata)])
	}
	return counts
}
