package cli

import (
	"fmt"

	"github.com/parallax-news/parallax/internal/eval/reuseeval"
	"github.com/spf13/cobra"
)

func (a *app) evalReuseCmd() *cobra.Command {
	var (
		asJSON bool
		gold   string
	)
	cmd := &cobra.Command{
		Use:   "reuse --gold DIR",
		Short: "Score copy detection on graded text reuse (cut, light, heavy, none)",
		Long: `Score copy detection on a folder laid out like ../shared/data/reuse (the Corpus
of Plagiarised Short Answers: source texts, answers and file_information.csv):
the derived/not-derived decision and the grade (cut, light, heavy, non), each
as accuracy and macro-F1. The decision comes from the detector's alignment
features through small classification trees scored by leave-one-writer-out
cross-validation, so no answer is judged by thresholds fitted on it; the
detector's own news thresholds are reported beside them.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if gold == "" {
				return usageError{fmt.Errorf("--gold DIR is required")}
			}
			res, err := reuseeval.Run(cmd.Context(), gold)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.env.Stdout, res)
			}
			fmt.Fprintf(a.env.Stdout, "derived or not: accuracy %.3f, macro-F1 %.3f (%d answers)\ngrade:          accuracy %.3f, macro-F1 %.3f\ndetector's own thresholds: accuracy %.3f, macro-F1 %.3f\n",
				res.Accuracy, res.MacroF1, res.Pairs, res.GradeAccuracy, res.GradeMacroF1, res.DetectorAccuracy, res.DetectorMacroF1)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores as JSON")
	cmd.Flags().StringVar(&gold, "gold", "", "the graded reuse folder")
	return cmd
}
