package eventeval

import (
	"cmp"
	"errors"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strconv"
)

// Options are the parameters of a draw; DefaultOptions documents the
// values SAMPLING.md describes.
type Options struct {
	// Seed fixes every random choice of the draw and the dev/test split.
	Seed int64
	// Big, Small, Lookalike and Undated are how many pairs to draw in
	// each stratum (zero: none).
	Big, Small, Lookalike, Undated int
	// BigMin is the smallest story of the big stratum; stories of 2 to
	// BigMin-1 articles form the small stratum.
	BigMin int
	// PerBigStory and PerSmallStory cap the pairs drawn from one story,
	// so that the largest stories do not dominate.
	PerBigStory, PerSmallStory int
	// Window is how many days apart look-alike articles may be published
	// (1: the same or adjacent days).
	Window int
	// Bands are the lower edges, descending, of the look-alike similarity
	// bands; the look-alike quota is shared equally among them.
	Bands []float64
	// PerLookalikeStory caps how many look-alike pairs touch one story.
	PerLookalikeStory int
	// Fresh leaves out every pair the known labels already hold, so that
	// a new draw on a database gives only pairs never judged (the next
	// pair of the same story or band is drawn instead).
	Fresh bool
}

// DefaultOptions returns the options of the sample in testdata/pairs.tsv
// with the given seed.
func DefaultOptions(seed int64) Options {
	return Options{
		Seed: seed, Big: 130, Small: 130, Lookalike: 130,
		BigMin: 20, PerBigStory: 2, PerSmallStory: 1,
		Window: 1, Bands: []float64{0.4, 0.3, 0.2}, PerLookalikeStory: 2,
	}
}

func (o Options) check() error {
	switch {
	case o.BigMin < 3:
		return errors.New("draw: BigMin must be at least 3")
	case o.PerBigStory < 1 || o.PerSmallStory < 1 || o.PerLookalikeStory < 1:
		return errors.New("draw: the per-story caps must be at least 1")
	case o.Window < 0:
		return errors.New("draw: Window must not be negative")
	case o.Lookalike > 0 && len(o.Bands) == 0:
		return errors.New("draw: look-alike pairs need at least one band")
	case o.Big < 0 || o.Small < 0 || o.Lookalike < 0 || o.Undated < 0:
		return errors.New("draw: negative quota")
	}
	for i := 1; i < len(o.Bands); i++ {
		if o.Bands[i] >= o.Bands[i-1] {
			return errors.New("draw: Bands must descend")
		}
	}
	return nil
}

// Draw draws the sample of pairs from c's grouping, stratum by stratum, as
// SAMPLING.md describes. The draw depends only on c and opts: drawing
// again with larger quotas extends the same sequence. A drawn pair whose
// key known labels carries that label, reason and split; the others are
// Unlabelled with a split drawn from the seed. Pairs come sorted by
// stratum and key.
func Draw(c *Corpus, opts Options, known map[Key]Pair) ([]Pair, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	stories := groupEvents(c)
	used := map[Key]bool{}
	if opts.Fresh {
		for k := range known {
			used[k] = true
		}
	}
	var out []Pair
	var big, small, undated []story
	for _, s := range stories {
		switch {
		case len(s.members) >= opts.BigMin:
			big = append(big, s)
		case len(s.members) >= 2:
			small = append(small, s)
		}
		if len(s.members) >= 2 && allUndated(c, s) {
			undated = append(undated, s)
		}
	}
	out = append(out, withinStories(c, Big, big, opts.Big, opts.PerBigStory, false, opts.Seed, used)...)
	out = append(out, withinStories(c, Small, small, opts.Small, opts.PerSmallStory, true, opts.Seed, used)...)
	if opts.Lookalike > 0 {
		out = append(out, lookalikes(c, opts, used)...)
	}
	out = append(out, withinStories(c, Undated, undated, opts.Undated, 1, false, opts.Seed, used)...)
	for i := range out {
		if p, ok := known[out[i].Key()]; ok {
			out[i].Label, out[i].Storyline, out[i].Reason, out[i].Split = p.Label, p.Storyline, p.Reason, p.Split
		} else {
			out[i].Split = SplitOf(opts.Seed, out[i].Key())
		}
	}
	sortPairs(out)
	return out, nil
}

// SplitOf assigns a pair to Dev (two in three) or Test by a hash of the
// seed and the pair's key, so that the split of a pair never depends on
// which other pairs were drawn.
func SplitOf(seed int64, k Key) string {
	h := fnv.New64a()
	h.Write([]byte(strconv.FormatInt(seed, 10) + "\x00split\x00" + k.A + "\x00" + k.B))
	if h.Sum64()%3 == 2 {
		return Test
	}
	return Dev
}

// story is one event of the system with its members' indexes into
// Corpus.Articles, ordered by Ref key.
type story struct {
	id      string
	members []int
	outlets int
}

// groupEvents returns the system's events ordered by id.
func groupEvents(c *Corpus) []story {
	by := map[string][]int{}
	for i, a := range c.Articles {
		if a.Event != "" {
			by[a.Event] = append(by[a.Event], i)
		}
	}
	out := make([]story, 0, len(by))
	for id, m := range by {
		slices.SortFunc(m, func(x, y int) int { return cmp.Compare(c.Articles[x].Ref.key(), c.Articles[y].Ref.key()) })
		outlets := map[string]bool{}
		for _, i := range m {
			outlets[c.Articles[i].Outlet] = true
		}
		out = append(out, story{id: id, members: m, outlets: len(outlets)})
	}
	slices.SortFunc(out, func(a, b story) int { return cmp.Compare(a.id, b.id) })
	return out
}

// allUndated reports whether no article of s has a publication date.
func allUndated(c *Corpus, s story) bool {
	for _, i := range s.members {
		if !c.Articles[i].Published.IsZero() {
			return false
		}
	}
	return true
}

// rng returns the generator of one stratum of a draw.
func rng(seed int64, stratum string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(stratum))
	return rand.New(rand.NewPCG(uint64(seed), h.Sum64()))
}

// withinStories draws n pairs inside stories: the stories in a seeded
// random order (multi-outlet stories first when preferMulti), one pair
// from each in turn, then a second round, up to perStory pairs a story.
func withinStories(c *Corpus, stratum string, stories []story, n, perStory int, preferMulti bool, seed int64, used map[Key]bool) []Pair {
	r := rng(seed, stratum)
	order := slices.Clone(stories)
	r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	if preferMulti {
		slices.SortStableFunc(order, func(a, b story) int {
			return cmp.Compare(min(b.outlets, 2), min(a.outlets, 2))
		})
	}
	var out []Pair
	for round := 0; round < perStory && len(out) < n; round++ {
		for _, s := range order {
			if len(out) == n {
				break
			}
			a, b, ok := pickPair(c, r, s.members, used)
			if !ok {
				continue
			}
			used[KeyOf(a.Ref, b.Ref)] = true
			out = append(out, Pair{Stratum: stratum, A: a.Ref, B: b.Ref})
		}
	}
	return out
}

// pickPair draws one pair of a story not drawn before: a member at random,
// then a member of another outlet at random (any other member when all
// share the outlet).
func pickPair(c *Corpus, r *rand.Rand, members []int, used map[Key]bool) (Article, Article, bool) {
	for range 64 {
		a := c.Articles[members[r.IntN(len(members))]]
		var others, rest []int
		for _, m := range members {
			x := c.Articles[m]
			if x.Ref.key() == a.Ref.key() {
				continue
			}
			rest = append(rest, m)
			if x.Outlet != a.Outlet {
				others = append(others, m)
			}
		}
		if len(others) == 0 {
			others = rest
		}
		if len(others) == 0 {
			return Article{}, Article{}, false
		}
		b := c.Articles[others[r.IntN(len(others))]]
		if !used[KeyOf(a.Ref, b.Ref)] {
			return a, b, true
		}
	}
	return Article{}, Article{}, false
}
