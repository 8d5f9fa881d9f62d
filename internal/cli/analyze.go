package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/ingest"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
	"github.com/spf13/cobra"
)

// analyzed is one article and its analysis, as `analyze --json` prints it.
type analyzed struct {
	ID       string        `json:"id"`
	Title    string        `json:"title"`
	Outlet   string        `json:"outlet"`
	Source   string        `json:"source"`
	Analysis view.Analysis `json:"analysis"`
}

// analyzeReport is what `analyze --json` prints.
type analyzeReport struct {
	Articles []analyzed `json:"articles"`
	// Entities links the entities of all the articles: one entry per
	// real-world entity with every surface form used.
	Entities []nlp.GlobalEntity `json:"entities"`
}

func (a *app) analyzeCmd() *cobra.Command {
	var (
		asJSON  bool
		lexicon string
	)
	cmd := &cobra.Command{
		Use:   "analyze PATH|ID...",
		Short: "Analyse articles: sentences, entities, quotes, numbers, loaded terms",
		Long: `Analyze reads each argument as a file or directory (any format add reads) or,
when no such path exists, as the id of a stored article, and prints what the
analysis finds: sentences and tokens, entities with their aliases and surface
forms, quotations with their speaker and attribution verb, numbers with what
they count, and loaded, hedging and vague-attribution terms. With several
articles it also links their entities ("Kiev" and "Kyiv" as one place).

Page furniture (captions, credits, promos, bylines, bios, share widgets…) is
set aside first and not read; the analysis says for each paragraph whether
it was read and, if not, why. A stored article is cleaned with what Parallax
learned about its outlet's pages; a file by the form of its lines only.

Analysis is deterministic and fast (about a thousand articles a second on
one core), so it is recomputed when needed rather than stored.

--lexicon FILE adds terms to the built-in lexicon: one "category<TAB>phrase"
per line.`,
		Args: needArgs("files to read or ids of stored articles"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var opts []nlp.Option
			if lexicon != "" {
				opts = append(opts, nlp.WithLexiconFile(lexicon))
			}
			an, err := nlp.NewAnalyzer(opts...)
			if err != nil {
				return err
			}
			arts, views, err := a.articlesFor(cmd.Context(), args, nil)
			if err != nil {
				return err
			}
			rep := analyzeReport{Articles: make([]analyzed, len(arts))}
			all := make([]*nlp.Analysis, len(arts))
			for i, art := range arts {
				masked := clean.WithParagraphs(art, views[i].Masked())
				all[i] = an.Analyze(nlp.Input{Title: masked.Title, Paragraphs: masked.Paragraphs, Lang: masked.Language})
				rep.Articles[i] = analyzed{ID: art.ID, Title: art.Title, Outlet: art.Outlet, Source: art.Source.Location,
					Analysis: view.Analysis{Analysis: all[i], Paragraphs: views[i].Paras}}
			}
			rep.Entities = nlp.Link(all, an.Naming(nlp.DefaultLang))
			if asJSON {
				return writeJSON(a.env.Stdout, rep)
			}
			printAnalysis(a.env.Stdout, rep)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the analysis as JSON")
	cmd.Flags().StringVar(&lexicon, "lexicon", "", "a lexicon file of extra terms (category<TAB>phrase per line)")
	return cmd
}

// articlesFor reads the articles that arguments name, with their cleaned
// views: paths are read without touching the database (and cleaned by form
// only), other arguments are looked up as stored article ids (and cleaned
// with their outlets' models). outlets, when given, names the outlet of the
// files it lists. A bad input stops the command with its name and reason.
func (a *app) articlesFor(ctx context.Context, args []string, outlets fileOutlets) ([]*article.Article, []*clean.View, error) {
	c, err := clean.New()
	if err != nil {
		return nil, nil, err
	}
	var arts []*article.Article
	var views []*clean.View
	var ids []string
	var paths []string
	for _, arg := range args {
		if _, err := os.Stat(arg); err == nil || arg == "-" {
			paths = append(paths, arg)
		} else {
			ids = append(ids, arg)
		}
	}
	inputs, bad := ingest.Expand(paths)
	if len(bad) > 0 {
		return nil, nil, fmt.Errorf("%s: %w", bad[0].Input, bad[0].Err)
	}
	names, err := outlets.match(inputs)
	if err != nil {
		return nil, nil, err
	}
	for i, in := range inputs {
		err := ingest.ReadFile(ctx, in, a.env.Stdin, ingest.Options{Outlet: names[i]}, func(it ingest.Item) error {
			for _, w := range it.Warnings {
				fmt.Fprintf(a.env.Stderr, "parallax: warning: %s: %s\n", terminalSafe(it.Input), terminalSafe(w))
			}
			if it.Err != nil {
				return fmt.Errorf("%s: %w", it.Input, it.Err)
			}
			arts = append(arts, it.Article)
			views = append(views, c.Clean(it.Article, nil))
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	if len(ids) > 0 {
		st, err := a.openExisting(ctx, "parallax.db")
		if err != nil {
			return nil, nil, err
		}
		defer st.Close()
		rd, err := store.NewCleanReader(ctx, st)
		if err != nil {
			return nil, nil, err
		}
		for _, id := range ids {
			art, err := st.Get(ctx, id)
			if err != nil {
				return nil, nil, fmt.Errorf("%q is neither a file nor a stored article: %w", id, err)
			}
			v, err := rd.View(ctx, art)
			if err != nil {
				return nil, nil, err
			}
			arts = append(arts, art)
			views = append(views, v)
		}
	}
	if len(arts) == 0 {
		return nil, nil, errors.New("no articles to read")
	}
	return arts, views, nil
}

func printAnalysis(w io.Writer, rep analyzeReport) {
	s := terminalSafe
	for _, art := range rep.Articles {
		an := art.Analysis
		fmt.Fprintf(w, "%s\n%s  %s  %d sentences, %d entities, %d quotes, %d numbers, %d terms\n\n",
			s(orDash(art.Title)), art.ID, s(orDash(art.Outlet)), len(an.Sentences), len(an.Entities), len(an.Quotes), len(an.Numbers), len(an.Terms))
		var aside []string
		for _, p := range an.Paragraphs {
			if p.Verdict == clean.Text {
				continue
			}
			what := "set aside"
			if p.Verdict == clean.Mixed {
				what = fmt.Sprintf("%d part(s) set aside", len(p.Cuts))
			}
			aside = append(aside, fmt.Sprintf("  ¶%-3d %s: %s (%s)", p.Para+1, what, p.Kind, p.Reason))
		}
		if len(aside) > 0 {
			fmt.Fprintln(w, "Page furniture, not read")
			fmt.Fprintln(w, s(strings.Join(aside, "\n")))
			fmt.Fprintln(w)
		}
		names := map[int]string{}
		if len(an.Entities) > 0 {
			fmt.Fprintln(w, "Entities")
			for _, e := range an.Entities {
				names[e.ID] = e.Name
				forms := make([]string, len(e.Forms))
				for i, f := range e.Forms {
					forms[i] = fmt.Sprintf("%s ×%d", f.Text, f.Count)
				}
				fmt.Fprintf(w, "  %-28s %-7s %s\n", s(clip(e.Name, 28)), e.Type, s(strings.Join(forms, "; ")))
			}
			fmt.Fprintln(w)
		}
		if len(an.Quotes) > 0 {
			fmt.Fprintln(w, "Quotes")
			for _, q := range an.Quotes {
				who := "(no speaker)"
				if q.Speaker != nil {
					who = names[q.Speaker.Entity]
					if who == "" {
						who = q.Speaker.Mention
					}
				}
				kind := ""
				if q.Partial {
					kind = " (partial)"
				}
				fmt.Fprintf(w, "  %s %s%s: “%s”\n", s(who), s(orDash(q.Verb)), kind, s(clip(q.Text, 140)))
			}
			fmt.Fprintln(w)
		}
		if len(an.Numbers) > 0 {
			fmt.Fprintln(w, "Numbers")
			for _, n := range an.Numbers {
				counts := ""
				if n.Counts != "" {
					counts = " → " + n.Counts
				}
				fmt.Fprintf(w, "  %-20s %-9s %g%s\n", s(clip(n.Text, 20)), n.Kind, n.Value, s(counts))
			}
			fmt.Fprintln(w)
		}
		if len(an.Terms) > 0 {
			fmt.Fprintln(w, "Terms")
			for _, t := range an.Terms {
				fmt.Fprintf(w, "  %-24s %s\n", s(t.Text), t.Category)
			}
			fmt.Fprintln(w)
		}
	}
	if len(rep.Articles) > 1 {
		fmt.Fprintln(w, "Entities across the articles (forms used)")
		for _, e := range rep.Entities {
			if len(e.Forms) < 2 || len(e.Members) < 2 {
				continue
			}
			forms := make([]string, len(e.Forms))
			for i, f := range e.Forms {
				forms[i] = fmt.Sprintf("%s ×%d", f.Text, f.Count)
			}
			fmt.Fprintf(w, "  %-28s %s\n", s(clip(e.Name, 28)), s(strings.Join(forms, "; ")))
		}
	}
}
