package cli

import (
	"fmt"

	"github.com/parallax-news/parallax/internal/eval/quoteeval"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/spf13/cobra"
)

func (a *app) evalQuotesCmd() *cobra.Command {
	var (
		asJSON bool
		gold   string
	)
	cmd := &cobra.Command{
		Use:   "quotes --gold FILE.jsonl",
		Short: "Score quote and speaker extraction against annotated articles",
		Long: `Score direct-quote extraction and speaker attribution against a file of
annotated articles in the format of ../shared/data/quotes (PolNeAR): a found
quote matches a gold direct quote when their spans inside the marks overlap
by at least half of the gold span (a match with a partial "mixed" quote
counts neither way); the speaker is right when the mention it was taken
from overlaps the gold source span.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if gold == "" {
				return usageError{fmt.Errorf("--gold FILE is required")}
			}
			an, err := nlp.NewAnalyzer()
			if err != nil {
				return err
			}
			res, err := quoteeval.Run(cmd.Context(), gold, an)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.env.Stdout, res)
			}
			fmt.Fprintf(a.env.Stdout, "direct quotes: precision %.3f, recall %.3f, F1 %.3f (%d gold, %d found)\nspeaker accuracy: %.3f over matched quotes\n",
				res.Precision, res.Recall, res.F1, res.Gold, res.Predicted, res.SpeakerAccuracy)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores as JSON")
	cmd.Flags().StringVar(&gold, "gold", "", "annotated articles (JSON Lines)")
	return cmd
}

// evalParentCmd groups the quality measurements.
func (a *app) evalParentCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Measure Parallax's quality against annotated data",
		Args:  exactArgs(0),
		RunE:  func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(a.evalQuotesCmd(), a.evalClusterCmd(), a.evalReuseCmd())
	return cmd
}
