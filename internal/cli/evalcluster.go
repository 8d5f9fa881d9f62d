package cli

import (
	"fmt"

	"github.com/parallax-news/parallax/internal/eval/clustereval"
	"github.com/parallax-news/parallax/internal/story"
	"github.com/spf13/cobra"
)

func (a *app) evalClusterCmd() *cobra.Command {
	var (
		asJSON            bool
		gold, distractors string
	)
	cmd := &cobra.Command{
		Use:   "cluster --gold FILE.jsonl [--distractors FILE.jsonl.gz]",
		Short: "Score story clustering against articles with gold events",
		Long: `Cluster the articles of a file (JSON Lines in the format of ../shared/data:
gold event in "event"), mixed with the articles of --distractors (no gold),
in published order with the clusterer parallax stories uses and its default
setting, and score the clustering of the gold articles: BCubed and pairwise
precision, recall and F1, the numbers of predicted and gold clusters and the
share of singleton clusters. The clusterer runs in memory; the database is
not touched.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if gold == "" {
				return usageError{fmt.Errorf("--gold FILE is required")}
			}
			res, err := clustereval.Run(cmd.Context(), gold, distractors, clustereval.Config{Story: story.DefaultConfig()})
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.env.Stdout, res)
			}
			fmt.Fprintf(a.env.Stdout, "BCubed:   precision %.3f, recall %.3f, F1 %.3f\npairwise: precision %.3f, recall %.3f, F1 %.3f\n"+
				"%d clusters for %d gold events (%.0f%% singletons), %d articles in %.1f s\n",
				res.BCubed.Precision, res.BCubed.Recall, res.BCubed.F1, res.Pairwise.Precision, res.Pairwise.Recall, res.Pairwise.F1,
				res.Clusters, res.GoldClusters, 100*res.SingletonRate, res.Articles, res.Seconds)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores as JSON")
	cmd.Flags().StringVar(&gold, "gold", "", "articles with gold events (JSON Lines)")
	cmd.Flags().StringVar(&distractors, "distractors", "", "articles without gold to mix in (JSON Lines, may be gzip)")
	return cmd
}
