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
setting, and score the clustering of the gold articles: at the event level,
BCubed and pairwise precision, recall and F1 against the gold events, the
numbers of predicted and gold clusters and the share of singletons; at the
storyline level, BCubed against the gold topics and against the gold
events. An undated article counts as arriving with the dated article
before it in the file. The clusterer runs in memory; the database is
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
			l := res.Storylines
			fmt.Fprintf(a.env.Stdout, "events:     BCubed precision %.3f, recall %.3f, F1 %.3f; pairwise precision %.3f, recall %.3f, F1 %.3f\n"+
				"            %d events for %d gold events (%.0f%% singletons), %d merges, %d splits\n"+
				"storylines: BCubed against gold topics precision %.3f, recall %.3f, F1 %.3f; against gold events precision %.3f, recall %.3f, F1 %.3f\n"+
				"            %d storylines for %d gold topics; %.0f%% of gold events over several storylines\n"+
				"%d articles in %.1f s\n",
				res.BCubed.Precision, res.BCubed.Recall, res.BCubed.F1, res.Pairwise.Precision, res.Pairwise.Recall, res.Pairwise.F1,
				res.Clusters, res.GoldClusters, 100*res.SingletonRate, res.Merges, res.Splits,
				l.BCubed.Precision, l.BCubed.Recall, l.BCubed.F1, l.ByEvent.Precision, l.ByEvent.Recall, l.ByEvent.F1,
				l.Clusters, l.GoldClusters, 100*l.EventsSplit, res.Articles, res.Seconds)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores as JSON")
	cmd.Flags().StringVar(&gold, "gold", "", "articles with gold events (JSON Lines)")
	cmd.Flags().StringVar(&distractors, "distractors", "", "articles without gold to mix in (JSON Lines, may be gzip)")
	return cmd
}
