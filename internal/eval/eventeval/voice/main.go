// Command voice measures the commentary reader of an article's voice
// (nlp.ReadVoice, story.Doc.Styled) against labels given by reading: for
// each labelled article of a Parallax SQLite database it prints what the
// clusterer reads of it (stories.ClusterDoc: its outlet's kind and
// whether its voice is a commentary's) beside the label, then the
// reader's precision and recall on the labels:
//
//	go run ./internal/eval/eventeval/voice --db COPY.db [--labels internal/eval/eventeval/testdata/voice.tsv]
//
// The labels file has the columns stratum, id, label (news, commentary
// or analysis) and reason, with a header line; lines opening with # are
// notes. The database is opened for writing (cleaning brings its outlets'
// models up to date first), so give it a copy.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/eval/eventeval"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
	"github.com/parallax-news/parallax/internal/stories"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "voice:", err)
		os.Exit(1)
	}
}

// label is one labelled article.
type label struct {
	stratum, id, label string
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) (err error) {
	fs := flag.NewFlagSet("voice", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "copy of a Parallax SQLite database")
	file := fs.String("labels", "internal/eval/eventeval/testdata/voice.tsv", "labels file")
	all := fs.Bool("styled", false, "instead of the labels, print the id, outlet and title of every article the outlet leaves unmarked that the reader marks")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *db == "" || fs.NArg() > 0 {
		return fmt.Errorf("usage: voice --db COPY.db [--labels FILE]")
	}
	var labels []label
	if *all {
		corpus, err := eventeval.ReadDB(ctx, *db, false)
		if err != nil {
			return err
		}
		for _, a := range corpus.Articles {
			labels = append(labels, label{id: a.ID})
		}
	} else if labels, err = readLabels(*file); err != nil {
		return err
	}
	st, err := sqlite.OpenExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	rd, err := store.NewCleanReader(ctx, st)
	if err != nil {
		return err
	}
	if *all {
		return styled(ctx, st, rd, labels, stdout)
	}
	var t tally
	fmt.Fprintln(stdout, "stratum\tid\tlabel\tkind\tstyled\tread\tfirst\tsecond\tquestions\targument\treported\tweekdays\tspoken")
	for _, l := range labels {
		a, err := st.Get(ctx, l.id)
		if err != nil {
			return fmt.Errorf("article %s: %w", l.id, err)
		}
		d, err := stories.ClusterDoc(ctx, rd, a)
		if err != nil {
			return err
		}
		// The voice is read here whatever the headline: the clusterer
		// reads it (Doc.Styled) only where it can change a title.
		v := nlp.ReadVoice(d.Title, d.Paragraphs)
		styled := d.Kind == "" && v.Commentary()
		kind := d.Kind
		if kind == "" {
			kind = "-"
		}
		fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\t%v\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%v\n", l.stratum, l.id, l.label, kind, styled,
			v.Read, v.FirstPerson, v.SecondPerson, v.Questions, v.Argument, v.Reported, v.Weekdays, v.Spoken)
		t.add(l.label, d.Kind != "", v.Commentary())
	}
	t.print(stdout)
	return nil
}

// styled prints the id, outlet and title of each article of ls that
// the outlet leaves unmarked and the reader marks, then how many of how
// many unmarked articles it marks.
func styled(ctx context.Context, st *sqlite.Store, rd *clean.Reader, ls []label, w io.Writer) error {
	marked, unmarked := 0, 0
	for _, l := range ls {
		a, err := st.Get(ctx, l.id)
		if err != nil {
			return fmt.Errorf("article %s: %w", l.id, err)
		}
		d, err := stories.ClusterDoc(ctx, rd, a)
		if err != nil {
			return err
		}
		if d.Kind != "" || d.Title == "" {
			continue
		}
		unmarked++
		if nlp.ReadVoice(d.Title, d.Paragraphs).Commentary() {
			marked++
			fmt.Fprintf(w, "%s\t%s\t%s\n", d.ID, d.Outlet, d.Title)
		}
	}
	fmt.Fprintf(w, "# styled %d of %d titled articles without a kind\n", marked, unmarked)
	return nil
}

// tally counts the reader's marks against the labels.
type tally struct {
	// n[unmarked][label][styled]
	n [2]map[string][2]int
}

func (t *tally) add(lab string, marked, styled bool) {
	i := 0
	if !marked {
		i = 1
	}
	if t.n[i] == nil {
		t.n[i] = map[string][2]int{}
	}
	c := t.n[i][lab]
	if styled {
		c[1]++
	} else {
		c[0]++
	}
	t.n[i][lab] = c
}

// print writes, for the articles the outlet leaves unmarked (the only
// ones the reader marks), how many of each label the reader marks, and
// its precision and recall with commentary alone and with analysis too
// as what it should mark.
func (t *tally) print(w io.Writer) {
	u := t.n[1]
	fmt.Fprintf(w, "\nunmarked by the outlet: styled/all news %d/%d, analysis %d/%d, commentary %d/%d\n",
		u["news"][1], u["news"][0]+u["news"][1], u["analysis"][1], u["analysis"][0]+u["analysis"][1],
		u["commentary"][1], u["commentary"][0]+u["commentary"][1])
	marked := u["news"][1] + u["analysis"][1] + u["commentary"][1]
	pr := func(name string, pos ...string) {
		tp, all := 0, 0
		for _, p := range pos {
			tp += u[p][1]
			all += u[p][0] + u[p][1]
		}
		fmt.Fprintf(w, "%s: precision %d/%d, recall %d/%d\n", name, tp, marked, tp, all)
	}
	pr("commentary", "commentary")
	pr("commentary or analysis", "commentary", "analysis")
	m := t.n[0]
	fmt.Fprintf(w, "marked by the outlet (the reader is not run on them; read here as if unmarked): read as commentary by voice news %d/%d, analysis %d/%d, commentary %d/%d\n",
		m["news"][1], m["news"][0]+m["news"][1], m["analysis"][1], m["analysis"][0]+m["analysis"][1], m["commentary"][1], m["commentary"][0]+m["commentary"][1])
}

// readLabels reads a labels file (see the package comment).
func readLabels(path string) ([]label, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []label
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") || strings.HasPrefix(s, "stratum\t") {
			continue
		}
		c := strings.Split(s, "\t")
		if len(c) < 3 {
			return nil, fmt.Errorf("%s:%d: want stratum, id, label, reason", path, line)
		}
		switch c[2] {
		case "news", "commentary", "analysis":
		default:
			return nil, fmt.Errorf("%s:%d: label %q is not news, commentary or analysis", path, line, c[2])
		}
		out = append(out, label{stratum: c[0], id: c[1], label: c[2]})
	}
	return out, sc.Err()
}
