package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/spf13/cobra"
)

func (a *app) compareCmd() *cobra.Command {
	var asJSON, asMD bool
	var outlets []string
	cmd := &cobra.Command{
		Use:   "compare PATH... [--outlet FILE=NAME]... [--json|--md]",
		Short: "Compare how several articles tell one story",
		Long: `Compare reads article files (any format add reads; directories are read
recursively) without touching the database, and shows side by side how
they tell the story: whether they report one event, the facts all of them
report and those only one gives, how each quotes the people involved (and
where a quote was altered), the names and words each chooses, the numbers
each gives and where they disagree, which article copied which, and who
reported first.

Each article's outlet is the one its own metadata names (an HTML page's
site name, front matter's outlet or source, a JSON record's outlet, else
its URL's host); --outlet FILE=NAME (repeatable) names it instead, FILE
being the path as given or the file's name. An article with neither is
shown under its file name.

Both reports open with "What differs": the differences that matter most,
ranked (altered quotes, opposite accounts, disputed figures, charged names,
loaded wording, figures and facts one outlet alone gives, what an outlet
leaves out, copies and what the copier inserted).

--md prints a Markdown report, --json one JSON document (fields in the
README). Without either, the Markdown report is printed.`,
		Args: needArgs("two or more article files (or a directory of them)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if asJSON && asMD {
				return usageError{errors.New("--json and --md cannot be used together")}
			}
			for _, p := range args {
				if _, err := os.Stat(p); err != nil && p != "-" {
					return usageError{fmt.Errorf("%s: no such file or directory (compare reads files only)", p)}
				}
			}
			named, err := parseFileOutlets(outlets)
			if err != nil {
				return err
			}
			an, err := nlp.NewAnalyzer()
			if err != nil {
				return err
			}
			arts, views, err := a.articlesFor(cmd.Context(), args, named)
			if err != nil {
				return err
			}
			if len(arts) < 2 {
				return usageError{fmt.Errorf("compare needs at least two articles; %s holds only %d", strings.Join(args, " "), len(arts))}
			}
			for i := range arts {
				arts[i] = clean.WithParagraphs(arts[i], views[i].Masked()) // page furniture is not compared
			}
			rep, err := compare.Compare(cmd.Context(), arts, an)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.env.Stdout, rep)
			}
			return writeMarkdown(a.env.Stdout, rep)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the comparison as JSON")
	cmd.Flags().BoolVar(&asMD, "md", false, "print the comparison as Markdown (the default)")
	cmd.Flags().StringArrayVar(&outlets, "outlet", nil, "FILE=NAME: the outlet of FILE (repeatable; FILE as given or its file name)")
	return cmd
}
