package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/spf13/cobra"
)

func (a *app) compareCmd() *cobra.Command {
	var asJSON, asMD bool
	cmd := &cobra.Command{
		Use:   "compare PATH... [--json|--md]",
		Short: "Compare how several articles tell one story",
		Long: `Compare reads article files (any format add reads; directories are read
recursively) without touching the database, and shows side by side how
they tell the story: whether they report one event, the facts all of them
report and those only one gives, how each quotes the people involved (and
where a quote was altered), the names and words each chooses, the numbers
each gives and where they disagree, which article copied which, and who
reported first.

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
			an, err := nlp.NewAnalyzer()
			if err != nil {
				return err
			}
			arts, err := a.articlesFor(cmd.Context(), args)
			if err != nil {
				return err
			}
			if len(arts) < 2 {
				return usageError{fmt.Errorf("compare needs at least two articles; %s holds only %d", strings.Join(args, " "), len(arts))}
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
	return cmd
}
