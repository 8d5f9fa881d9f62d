// Command pairfeat prints, for each labelled pair of a pairs file whose two
// articles are in a Parallax SQLite database, how the two articles compare
// part by part as the clusterer prepares them (story.Clusterer.ComparePair
// with the document frequencies of the database's saved clusterer state):
// the cosine of each content part, the hand-weighted content similarity,
// the headline gate's factor, the gaps between their days, their headline
// kinds, and whether the database puts them in one event. Beside these it
// prints the stored decision of the later of the two (by the order of
// decisions, `story_articles` seq): its score and parts, whether it
// started an event, how many members its event held before it
// (join_size; repairs that moved members after the join are not undone),
// and the headline kind and publication-day gap of its event's first
// member (seed_headline, seed_gap; -1 when either is undated). It prints
// ids and numbers only, for fitting and reading the score's weights:
//
//	go run ./internal/eval/eventeval/pairfeat --db COPY.db [--pairs internal/eval/eventeval/testdata/pairs.tsv] > feats.tsv
//
// The database is opened for writing (cleaning brings its outlets' models
// up to date first), so give it a copy.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/eval/eventeval"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/stories"
	"github.com/parallax-news/parallax/internal/story"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "pairfeat:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("pairfeat", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "copy of a Parallax SQLite database with saved story state")
	file := fs.String("pairs", "internal/eval/eventeval/testdata/pairs.tsv", "pairs file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *db == "" || fs.NArg() > 0 {
		return fmt.Errorf("usage: pairfeat --db COPY.db [--pairs FILE]")
	}
	in, err := eventeval.OpenPairsDB(ctx, *db, *file)
	if err != nil {
		return err
	}
	defer in.Store.Close()
	pairs, corpus, st := in.Pairs, in.Corpus, in.Store
	saved, err := st.StoryState(ctx)
	if err != nil {
		return err
	}
	if saved.Data == nil {
		return fmt.Errorf("%s has no saved story state: run parallax stories first", *db)
	}
	c, err := story.Resume(saved.Data, story.NewTextExtractor())
	if err != nil {
		return fmt.Errorf("read story state: %w", err)
	}
	joins, err := eventeval.ReadJoins(ctx, *db)
	if err != nil {
		return err
	}
	pub := map[string]time.Time{}
	for _, a := range corpus.Articles {
		pub[a.ID] = a.Published
	}
	seeds := map[string]string{}
	for id, j := range joins {
		if s, ok := seeds[j.Event]; !ok || j.Seq < joins[s].Seq {
			seeds[j.Event] = id
		}
	}
	before := func(j eventeval.Join) int {
		n := 0
		for _, o := range joins {
			if o.Event == j.Event && o.Seq < j.Seq {
				n++
			}
		}
		return n
	}
	rd, err := store.NewCleanReader(ctx, st)
	if err != nil {
		return err
	}
	names := story.PartNames()
	head := []string{"stratum", "split", "label", "id_a", "id_b", "joined"}
	for _, n := range names {
		head = append(head, n, "has_"+n)
	}
	head = append(head, "content", "head", "dated", "pub_gap", "day_gap", "told_a", "told_b", "headline_a", "headline_b",
		"later", "later_score", "later_new", "join_size", "seed_headline", "seed_gap", "later_parts")
	fmt.Fprintln(stdout, strings.Join(head, "\t"))
	docs := map[string]story.Doc{}
	doc := func(id string) (story.Doc, error) {
		if d, ok := docs[id]; ok {
			return d, nil
		}
		a, err := st.Get(ctx, id)
		if err != nil {
			return story.Doc{}, err
		}
		d, err := stories.ClusterDoc(ctx, rd, a)
		if err != nil {
			return story.Doc{}, err
		}
		docs[id] = d
		return d, nil
	}
	found, missing := corpus.Labelled(pairs)
	for _, f := range found {
		p, a, b := f.Pair, f.A, f.B
		da, err := doc(a.ID)
		if err != nil {
			return err
		}
		dbb, err := doc(b.ID)
		if err != nil {
			return err
		}
		r := c.ComparePair(da, dbb)
		row := []string{p.Stratum, p.Split, string(p.Label), p.A.ID, p.B.ID, b01(a.Event != "" && a.Event == b.Event)}
		for k := range names {
			row = append(row, fmt.Sprintf("%.4f", r.Parts[k]), b01(r.Has[k]))
		}
		row = append(row, fmt.Sprintf("%.4f", r.Content), fmt.Sprintf("%.4f", r.Head), b01(r.Dated),
			fmt.Sprint(r.PubGap), fmt.Sprint(r.DayGap), b01(r.Told[0]), b01(r.Told[1]),
			r.Headlines[0].String(), r.Headlines[1].String())
		later, err := laterColumns(a, b, da, dbb, joins, seeds, before, pub, doc, c)
		if err != nil {
			return err
		}
		row = append(row, later...)
		fmt.Fprintln(stdout, strings.Join(row, "\t"))
	}
	if missing > 0 {
		fmt.Fprintf(stderr, "pairfeat: %d pairs with an article not in the database\n", missing)
	}
	return nil
}

// laterColumns are the columns of the stored decision of the later of a
// and b, empty when either has none.
func laterColumns(a, b *eventeval.Article, da, db story.Doc, joins map[string]eventeval.Join, seeds map[string]string,
	before func(eventeval.Join) int, pub map[string]time.Time, doc func(string) (story.Doc, error), c *story.Clusterer) ([]string, error) {
	ja, oka := joins[a.ID]
	jb, okb := joins[b.ID]
	if !oka || !okb {
		return []string{"", "", "", "", "", "", ""}, nil
	}
	side, l, lj, ld := "b", b, jb, db
	if ja.Seq > jb.Seq {
		side, l, lj, ld = "a", a, ja, da
	}
	seed := seeds[lj.Event]
	sd, err := doc(seed)
	if err != nil {
		return nil, fmt.Errorf("first member %s of event %s: %w", seed, lj.Event, err)
	}
	gap := -1
	if s := pub[seed]; !s.IsZero() && !l.Published.IsZero() {
		gap = int(l.Published.Truncate(24*time.Hour).Sub(s.Truncate(24*time.Hour)).Hours() / 24)
	}
	parts := lj.Parts
	if parts == "" {
		parts = "null"
	}
	return []string{side, fmt.Sprintf("%.4f", lj.Score), b01(lj.New), fmt.Sprint(before(lj)),
		c.ComparePair(sd, ld).Headlines[0].String(), fmt.Sprint(gap), parts}, nil
}

func b01(b bool) string {
	if b {
		return "1"
	}
	return "0"
}
