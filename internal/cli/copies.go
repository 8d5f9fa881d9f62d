package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/copyshard"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
	"github.com/spf13/cobra"
)

// copyKinds are the kinds of relation copies lists (dedup's, less
// revisions, which are not copies).
var copyKinds = []string{"duplicate", "near-duplicate", "derived"}

// copiesSummary is what `copies --json` prints without --list.
type copiesSummary struct {
	Checked int            `json:"checked"`
	Found   int            `json:"found"`
	Kinds   map[string]int `json:"kinds"`
	Seconds float64        `json:"seconds"`
	Stored  struct {
		Relations int            `json:"relations"`
		Kinds     map[string]int `json:"kinds"`
	} `json:"stored"`
}

func (a *app) copiesCmd() *cobra.Command {
	var (
		asJSON, list bool
		id           string
		kinds        []string
		minShare     float64
		shards       int
		qf           queueFlags
	)
	cmd := &cobra.Command{
		Use:   "copies [--list [--kind K] [--min-share F]] [--article ID]",
		Short: "Find articles copied from other articles, and what the copier changed",
		Long: `Copies first checks every article added since the last run against all the
articles stored before it (oldest published first), with progress on
standard error, then says what it found: the articles checked, the copy
relations found by kind, and the relations stored.

--list lists the relations instead: duplicate, near-duplicate or derived
(wholly or partly), the likely source, the share of the copy taken from it,
and the edits: phrases the copier inserted, passages it removed, words it
substituted. --kind keeps one kind (repeatable, or comma-separated),
--min-share the relations where at least that share of the copy (0 to 1)
comes from the source; --article ID lists one article's relations.

Revisions of one article at one URL are kept as revisions (see show), not as
copies.

--shards N keeps the copy index on N shards served by 'parallax worker
--stage copyshard' workers over NATS (--nats or PARALLAX_NATS), as the
workers' copies stage does with --shards: a database checked with shards
must always be checked with the same shards (see docs/scale.md).`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if id != "" {
				if err := checkPrefix("--article", id); err != nil {
					return err
				}
			}
			for _, k := range kinds {
				if !slices.Contains(copyKinds, k) {
					return usageError{fmt.Errorf("--kind: want one of %s, not %q", strings.Join(copyKinds, ", "), k)}
				}
			}
			if minShare < 0 || minShare > 1 {
				return usageError{fmt.Errorf("--min-share: want a share from 0 to 1, not %g", minShare)}
			}
			if shards < 0 || shards > copyshard.MaxShards {
				return usageError{fmt.Errorf("--shards %d: want 0 (the index in the database) to %d", shards, copyshard.MaxShards)}
			}
			if shards > 0 && a.natsURL(qf) == "" {
				return usageError{errors.New("--shards needs the NATS server the shards are served over: give --nats nats://HOST:4222 or set PARALLAX_NATS")}
			}
			list = list || id != "" || len(kinds) > 0 || cmd.Flags().Changed("min-share")
			a.limitMemory()
			ctx := cmd.Context()
			st, err := a.openExisting(ctx, "parallax.db")
			if err != nil {
				return err
			}
			defer st.Close()
			var index func(context.Context, store.Lease) (copies.Index, error)
			if shards > 0 {
				q, err := a.connectQueue(ctx, qf, "parallax copies", nil, setupNothing)
				if err != nil {
					return err
				}
				defer q.Close()
				index = func(ctx context.Context, l store.Lease) (copies.Index, error) {
					return copyshard.NewMerger(ctx, copyshard.MergerConfig{Store: st, Shards: shards, Lease: l,
						Conn: q.Conn(), JetStream: q.JetStream()})
				}
			}
			start := time.Now()
			res, err := a.updateCopies(ctx, st, index)
			if err != nil {
				return err
			}
			if !list {
				return a.printCopiesSummary(ctx, st, res, time.Since(start), asJSON)
			}
			if id != "" {
				art, err := st.Get(ctx, id)
				if err != nil {
					return err
				}
				id = art.ID
			}
			out, err := view.LoadCopiesWhere(ctx, st, id, func(l store.CopyLink) bool {
				return l.Share >= minShare && (len(kinds) == 0 || slices.Contains(kinds, l.Kind))
			})
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.env.Stdout, out)
			}
			if len(out) == 0 {
				fmt.Fprintln(a.env.Stdout, "no copies found")
			}
			for _, c := range out {
				printCopy(a.env.Stdout, c)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary (with --list: the relations) as JSON")
	cmd.Flags().BoolVar(&list, "list", false, "list the copy relations")
	cmd.Flags().IntVar(&shards, "shards", 0, "keep the copy index on this many shards served by copyshard workers (0: in the database)")
	qf.register(cmd, false)
	cmd.Flags().StringVar(&id, "article", "", "list the relations of this article (id or unique prefix)")
	cmd.Flags().StringSliceVar(&kinds, "kind", nil, "list only relations of this kind: "+strings.Join(copyKinds, ", "))
	cmd.Flags().Float64Var(&minShare, "min-share", 0, "list only relations where at least this share of the copy (0 to 1) comes from the source")
	return cmd
}

// printCopiesSummary says what a run of copy detection did and what is
// stored.
func (a *app) printCopiesSummary(ctx context.Context, st store.Store, res copies.Result, took time.Duration, asJSON bool) error {
	stored, err := st.CopyKinds(ctx)
	if err != nil {
		return err
	}
	sum := copiesSummary{Checked: res.Checked, Found: res.Found, Kinds: res.Kinds, Seconds: took.Seconds()}
	sum.Stored.Kinds = stored
	for _, n := range stored {
		sum.Stored.Relations += n
	}
	if asJSON {
		return writeJSON(a.env.Stdout, sum)
	}
	w := a.env.Stdout
	if res.Checked == 0 {
		fmt.Fprintln(w, "no new articles to check")
	} else {
		fmt.Fprintf(w, "checked %s articles in %s: %s relations found%s\n", thousands(int64(res.Checked)),
			took.Round(100*time.Millisecond), thousands(int64(res.Found)), byKind(res.Kinds))
	}
	fmt.Fprintf(w, "stored: %s relations%s; list them with --list\n", thousands(int64(sum.Stored.Relations)), byKind(stored))
	return nil
}

// byKind writes relation counts as " (duplicate 12, derived 3)".
func byKind(n map[string]int) string {
	var parts []string
	for _, k := range copyKinds {
		if n[k] > 0 {
			parts = append(parts, k+" "+thousands(int64(n[k])))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

func printCopy(w io.Writer, c view.Copy) {
	s := terminalSafe
	kind := string(c.Kind)
	if c.Extent != "" {
		kind += " (" + c.Extent + ")"
	}
	if note := dedup.DirectionNote(c.Basis); note != "" {
		// The order is a guess: the two share text, neither is said to
		// have copied the other.
		fmt.Fprintf(w, "%s  %.0f%% of the second text shared with the first (%s)\n", kind, 100*c.Share, note)
		fmt.Fprintf(w, "  first   %s  %s  %s\n", c.Source, s(clip(orDash(c.SourceOutlet), 24)), s(clip(c.SourceTitle, 70)))
		fmt.Fprintf(w, "  second  %s  %s  %s\n", c.Copy, s(clip(orDash(c.CopyOutlet), 24)), s(clip(c.CopyTitle, 70)))
		for _, p := range c.Inserted {
			fmt.Fprintf(w, "  only in the second  “%s”\n", s(clip(p, 100)))
		}
		for _, p := range c.Removed {
			fmt.Fprintf(w, "  only in the first   “%s”\n", s(clip(p, 100)))
		}
		fmt.Fprintln(w)
		return
	}
	fmt.Fprintf(w, "%s  %.0f%% of the copy taken from the source\n", kind, 100*c.Share)
	fmt.Fprintf(w, "  source  %s  %s  %s\n", c.Source, s(clip(orDash(c.SourceOutlet), 24)), s(clip(c.SourceTitle, 70)))
	fmt.Fprintf(w, "  copy    %s  %s  %s\n", c.Copy, s(clip(orDash(c.CopyOutlet), 24)), s(clip(c.CopyTitle, 70)))
	for _, p := range c.Inserted {
		fmt.Fprintf(w, "  inserted     “%s”\n", s(clip(p, 100)))
	}
	for _, p := range c.Removed {
		fmt.Fprintf(w, "  removed      “%s”\n", s(clip(p, 100)))
	}
	if len(c.Substituted) > 0 {
		var subs []string
		for _, sub := range c.Substituted {
			subs = append(subs, sub.From+" → "+sub.To)
		}
		fmt.Fprintf(w, "  substituted  %s\n", s(clip(strings.Join(subs, "; "), 100)))
	}
	fmt.Fprintln(w)
}
