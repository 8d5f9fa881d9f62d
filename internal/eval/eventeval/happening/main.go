// Command happening reads the happening (Happening: main act, agent,
// objects) of the title and of the lead of every article of the events
// that hold a judged pair's article, in a grouped copy of a Parallax
// database, and prints one row per article for the pair-by-pair study of
// SAMPLING.md, "A reader of the happening (session 70, h/events70)". It
// prints the readings' lemmas and keys and the lemmas of the title and
// lead sentence; the article text only with --text, for reading in a
// scratch directory (never to commit).
//
//	go run ./internal/eval/eventeval/happening --db COPY.db > readings.tsv
//
// The database is opened for writing (cleaning brings its outlets' models
// up to date), so give a copy.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/eval/eventeval"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/stories"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "happening:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("happening", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "grouped copy of a Parallax SQLite database")
	file := fs.String("pairs", "internal/eval/eventeval/testdata/pairs.tsv", "pairs file")
	text := fs.Bool("text", false, "add the title and lead sentence read (for reading in scratch, never to commit)")
	actions := fs.String("actions", "internal/story/data/actions.txt", "kinds of happening (word lists)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *db == "" || fs.NArg() > 0 {
		return fmt.Errorf("usage: happening --db COPY.db [--pairs FILE] [--actions FILE] [--text]")
	}
	kinds, err := readActions(*actions)
	if err != nil {
		return err
	}
	r, err := NewReader(kinds)
	if err != nil {
		return fmt.Errorf("load the language data: %w", err)
	}
	in, err := eventeval.OpenPairsDB(ctx, *db, *file)
	if err != nil {
		return err
	}
	defer in.Store.Close()
	joins, err := eventeval.ReadJoins(ctx, *db)
	if err != nil {
		return err
	}
	members := eventeval.Members(joins)
	want := map[string]bool{}
	found, missing := in.Corpus.Labelled(in.Pairs)
	if missing > 0 {
		fmt.Fprintf(stderr, "happening: %d labelled pairs with an article not in %s, left out\n", missing, *db)
	}
	for _, f := range found {
		for _, id := range []string{f.A.ID, f.B.ID} {
			want[id] = true
			for _, m := range members[joins[id].Event] {
				want[m] = true
			}
		}
	}
	ids := make([]string, 0, len(want))
	for id := range want {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	rd, err := store.NewCleanReader(ctx, in.Store)
	if err != nil {
		return fmt.Errorf("clean reader for %s: %w", *db, err)
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	fmt.Fprintln(w, strings.Join([]string{"id", "event", "seq", "published",
		"t_act", "t_light", "t_family", "t_agent", "t_objects", "t_reported",
		"l_act", "l_light", "l_family", "l_agent", "l_objects", "l_reported", "stems", "text"}, "\t"))
	var spent time.Duration
	for _, id := range ids {
		a, err := in.Store.Get(ctx, id)
		if err != nil {
			return fmt.Errorf("article %s: %w", id, err)
		}
		d, err := stories.ClusterDoc(ctx, rd, a)
		if err != nil {
			return fmt.Errorf("article %s: %w", id, err)
		}
		t0 := time.Now()
		th := r.Title(d.Title)
		lh, ls := r.LeadSentence(d.Paragraphs)
		spent += time.Since(t0)
		pub := ""
		if !a.Published.IsZero() {
			pub = a.Published.Time.UTC().Format("2006-01-02")
		}
		j := joins[id]
		row := []string{id, j.Event, fmt.Sprint(j.Seq), pub}
		row = append(row, cells(th)...)
		row = append(row, cells(lh)...)
		row = append(row, dot(stemsOf(r, d.Title, ls)))
		shown := "."
		if *text && ls != nil {
			shown = strings.NewReplacer("\t", " ", "\n", " ").Replace(d.Title + " || " + ls.Text)
		}
		row = append(row, shown)
		fmt.Fprintln(w, strings.Join(row, "\t"))
	}
	fmt.Fprintf(stderr, "happening: %d articles read in %v (%.0f µs an article)\n", len(ids), spent,
		float64(spent.Microseconds())/float64(max(len(ids), 1)))
	return nil
}

// stemsOf returns the distinct lemmas (see lemma) of the content words
// of the title and of the lead sentence, space-separated: what a looser
// comparison of acts reads (an act of one side named anywhere in the
// other's title or lead).
func stemsOf(r *Reader, title string, lead *nlp.Sentence) string {
	seen := map[string]bool{}
	var out []string
	add := func(ts []nlp.Token) {
		for _, t := range ts {
			if w := lemma(t.Norm, t.Stem); t.Kind == nlp.KindWord && !t.Stop && !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	for _, s := range r.an.Analyze(nlp.Input{Paragraphs: []string{title}}).Sentences {
		add(s.Tokens)
	}
	if lead != nil {
		add(lead.Tokens)
	}
	return strings.Join(out, " ")
}

// cells returns a happening's columns ("." for an empty one).
func cells(h Happening) []string {
	rep := "0"
	switch {
	case h.Said:
		rep = "said"
	case h.Reported:
		rep = "1"
	}
	return []string{dot(h.Act), dot(h.Light), dot(h.Family), dot(h.Agent), dot(strings.Join(h.Objects, "|")), rep}
}

// dot returns s, or "." when it is empty.
func dot(s string) string {
	if s == "" {
		return "."
	}
	return s
}

// readActions reads internal/story's data/actions.txt: "kind: word ..."
// lines, "#" comments. It returns each word mapped to its kind.
func readActions(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read kinds of happening: %w", err)
	}
	m := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, words, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("read kinds of happening %s: no colon in %q", path, line)
		}
		for _, w := range strings.Fields(words) {
			if _, dup := m[w]; !dup {
				m[w] = strings.TrimSpace(kind)
			}
		}
	}
	return m, nil
}
