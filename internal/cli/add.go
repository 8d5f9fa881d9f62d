package cli

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/parallax-news/parallax/internal/ingest"
	"github.com/parallax-news/parallax/internal/pipeline"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/spf13/cobra"
)

// addSummary is what `add --json` prints.
type addSummary struct {
	Added     int          `json:"added"`
	Unchanged int          `json:"unchanged"`
	Revised   int          `json:"revised"`
	Failed    int          `json:"failed"`
	Warnings  int          `json:"warnings"`
	Errors    []inputError `json:"errors"`
	Articles  []addedItem  `json:"articles"`
}

type inputError struct {
	Input string `json:"input"`
	Error string `json:"error"`
}

type addedItem struct {
	ID       string        `json:"id"`
	Outcome  store.Outcome `json:"outcome"`
	Revision int           `json:"revision"`
	Input    string        `json:"input"`
}

func (a *app) addCmd() *cobra.Command {
	var (
		outlet   string
		asJSON   bool
		maxSize  string
		maxTotal string
		qo       queueOpts
	)
	cmd := &cobra.Command{
		Use:   "add [--outlet NAME] PATH...",
		Short: "Add articles from files, directories or standard input (-)",
		Long: `Add reads articles and stores them. Each PATH is a file, a directory (read
recursively) or - for standard input; any of them may be gzip-compressed.
The reader is chosen by content and name: plain text (with a " date YYYY-MM-DD
Title" first line, "Key: value" header lines or a "By ..." byline), Markdown
with YAML or TOML front matter, HTML pages, and JSON Lines (one article per
line, with Parallax's, news-please's or the evaluation corpora's field names).

The same article added twice is stored once; the same URL with a changed text
becomes a new revision of that article. A bad input is reported on standard
error with its name and the reason, and the others are still stored; the exit
status is then 1. A document over --max-size is skipped (in JSON Lines, only
its line); a compressed input that decompresses to more than --max-total is
read no further, and what was read before the limit is stored.

With --nats (or PARALLAX_NATS) the articles are read here and queued on NATS
JetStream for 'parallax worker' to store, check for copies and group into
stories; it prints "queued N articles" (--wait waits for the workers).`,
		Args: needArgs("files or directories to read (or - for standard input)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			limit, err := parseSize(maxSize)
			if err != nil {
				return usageError{fmt.Errorf("--max-size: %w", err)}
			}
			total, err := parseTotal(maxTotal)
			if err != nil {
				return usageError{fmt.Errorf("--max-total: %w", err)}
			}
			opt := ingest.Options{Outlet: outlet, MaxSize: limit, MaxTotal: total}
			if a.queued(qo) {
				return a.runAddQueued(cmd.Context(), args, opt, qo, asJSON)
			}
			return a.runAdd(cmd.Context(), args, opt, asJSON)
		},
	}
	cmd.Flags().StringVar(&outlet, "outlet", "", "outlet name for every article read (overrides what the files say)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary as JSON")
	cmd.Flags().StringVar(&maxSize, "max-size", "32MiB", "largest document accepted (a file, or one JSON line), e.g. 500KB, 64MiB")
	qo.register(cmd)
	cmd.Flags().StringVar(&maxTotal, "max-total", "4GiB", "most a compressed input (.gz, .warc.gz) may decompress to before reading stops; 0 for no limit")
	return cmd
}

func (a *app) runAdd(ctx context.Context, paths []string, opt ingest.Options, asJSON bool) error {
	a.limitMemory()
	st, err := a.openStore(ctx, "parallax.db")
	if err != nil {
		return err
	}
	defer st.Close()
	inputs, bad := ingest.Expand(paths)
	sum := &addSummary{Errors: []inputError{}, Articles: []addedItem{}}
	report := func(it ingest.Item) {
		for _, w := range it.Warnings {
			sum.Warnings++
			fmt.Fprintf(a.env.Stderr, "parallax: warning: %s: %s\n", terminalSafe(it.Input), terminalSafe(w))
		}
		if it.Err != nil {
			msg := it.Err.Error()
			if errors.Is(it.Err, ingest.ErrTotalTooLarge) {
				msg += " (--max-total raises the limit)"
			}
			sum.Failed++
			sum.Errors = append(sum.Errors, inputError{Input: it.Input, Error: msg})
			fmt.Fprintf(a.env.Stderr, "parallax: %s: %s\n", terminalSafe(it.Input), terminalSafe(msg))
		}
	}
	for _, it := range bad {
		report(it)
	}
	bar := a.addProgress(inputs)
	var stored atomic.Int64
	bar.note = func() string { return thousands(stored.Load()) + " articles stored" }
	opt.Progress = bar.add
	// The writer's callback counts outcomes; report, on this goroutine,
	// counts failures and warnings: they touch different fields.
	w := pipeline.NewWriter(ctx, 0, pipeline.Store(st, func(it ingest.Item, r store.PutResult) {
		switch r.Outcome {
		case store.Added:
			sum.Added++
		case store.Unchanged:
			sum.Unchanged++
		case store.Revised:
			sum.Revised++
		}
		sum.Articles = append(sum.Articles, addedItem{ID: r.ID, Outcome: r.Outcome, Revision: r.Revision, Input: it.Input})
		stored.Add(1)
	}))
	err = pipeline.Read(ctx, inputs, a.env.Stdin, opt, func(it ingest.Item) error {
		if it.Article == nil {
			bar.clear()
			report(it)
			return nil
		}
		if len(it.Warnings) > 0 {
			bar.clear()
			report(ingest.Item{Input: it.Input, Warnings: it.Warnings})
		}
		return w.Add(it)
	})
	if werr := w.Close(); err == nil {
		err = werr
	}
	bar.finish()
	if err != nil {
		return err
	}
	if asJSON {
		if err := writeJSON(a.env.Stdout, sum); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(a.env.Stdout, "added %d, unchanged %d, revised %d, failed %d\n", sum.Added, sum.Unchanged, sum.Revised, sum.Failed)
	}
	if sum.Failed > 0 {
		return errFailed
	}
	return nil
}

// addProgress reports the bytes read: a bar on a terminal when the input
// is large, else a line every few seconds.
func (a *app) addProgress(inputs []ingest.Input) *progress {
	var total int64
	for _, in := range inputs {
		if in.Size < 0 {
			total = -1
			break
		}
		total += in.Size
	}
	bar := total < 0 || total >= progressThreshold || len(inputs) >= 200
	return newProgress(a.env, "adding", total, true, bar)
}

// parseTotal reads the --max-total limit: a size, or 0 for none (-1 in
// ingest.Options).
func parseTotal(s string) (int64, error) {
	if strings.TrimSpace(s) == "0" {
		return -1, nil
	}
	return parseSize(s)
}

// sizeSyntax is a number then an optional unit.
var sizeSyntax = regexp.MustCompile(`^\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]*)\s*$`)

// sizeUnits maps lower-cased units to bytes: KB, MB, GB are powers of 1000;
// K, KiB, M, MiB, G, GiB powers of 1024.
var sizeUnits = map[string]float64{"": 1, "b": 1, "k": 1 << 10, "kib": 1 << 10, "kb": 1e3,
	"m": 1 << 20, "mib": 1 << 20, "mb": 1e6, "g": 1 << 30, "gib": 1 << 30, "gb": 1e9}

// parseSize reads a byte count with an optional unit: 500, 64KB, 32MiB.
func parseSize(s string) (int64, error) {
	m := sizeSyntax.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("bad size %q: want a number and a unit such as 500KB or 32MiB", s)
	}
	mult, ok := sizeUnits[strings.ToLower(m[2])]
	n, err := strconv.ParseFloat(m[1], 64)
	if !ok || err != nil || n*mult < 1 {
		return 0, fmt.Errorf("bad size %q: want a number and a unit such as 500KB or 32MiB", s)
	}
	return int64(n * mult), nil
}
