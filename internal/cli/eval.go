package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/parallax-news/parallax/internal/eval/extracteval"
	"github.com/parallax-news/parallax/internal/extract"
	"github.com/spf13/cobra"
)

// withExtractEval adds `extract` to the `eval` command group.
func (a *app) withExtractEval(eval *cobra.Command) *cobra.Command {
	eval.AddCommand(a.evalExtractCmd())
	return eval
}

func (a *app) evalExtractCmd() *cobra.Command {
	var (
		gold   string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "extract --gold DIR",
		Short: "Score main-text extraction against a benchmark folder",
		Long: `Extract scores Parallax's HTML extraction on a folder laid out like
../shared/data/extraction (html/ID.html.gz and ground-truth.json): token
precision, recall and F1 against the true article bodies, and pages per
second (extraction time only, one page at a time). With --json, print
{"precision", "recall", "f1", "pages", "failed", "pages_per_second", "seconds"}.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if gold == "" {
				return usageError{fmt.Errorf("--gold DIR is required")}
			}
			res, err := extracteval.Run(cmd.Context(), gold, extractText)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.env.Stdout, res)
			}
			fmt.Fprintf(a.env.Stdout, "pages %d (failed %d): precision %.3f, recall %.3f, F1 %.3f; %.1f pages/s\n",
				res.Pages, res.Failed, res.Precision, res.Recall, res.F1, res.PagesPerSecond)
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "the benchmark folder")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores as JSON")
	return cmd
}

// extractText is the extraction that Parallax ships, as the benchmark
// calls it.
func extractText(ctx context.Context, r io.Reader, pageURL string) (string, error) {
	doc, err := extract.HTML(ctx, r, extract.Options{URL: pageURL})
	if err != nil {
		return "", err
	}
	return strings.Join(doc.Paragraphs, "\n"), nil
}
