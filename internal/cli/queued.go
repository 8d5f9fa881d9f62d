package cli

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/parallax-news/parallax/internal/ingest"
	"github.com/parallax-news/parallax/internal/pipeline"
	"github.com/parallax-news/parallax/internal/queue"
	"github.com/spf13/cobra"
)

// queuedSummary is what `add --nats --json` and `fetch --nats --json`
// print.
type queuedSummary struct {
	// Queued counts the articles (add) or URLs (fetch) queued, Messages
	// the queue messages that hold them.
	Queued   int          `json:"queued"`
	Messages int          `json:"messages"`
	Failed   int          `json:"failed"`
	Warnings int          `json:"warnings"`
	Errors   []inputError `json:"errors"`
	// Derive is the sequence, in the derive stream, of the request to
	// bring copies and stories up to date once this work is stored (0 when
	// nothing was queued).
	Derive uint64 `json:"derive_seq"`
	// Done says that the command waited (--wait) until the workers had
	// stored the work and brought copies and stories up to date.
	Done bool `json:"done"`
	// Dead lists what of this work the workers gave up on (--wait): items
	// moved to the dead-letter stream. Then Done is false.
	Dead []queue.DeadLetter `json:"dead_lettered,omitempty"`
}

// queuedRange is a stage's items that a command queued: stream sequences
// from to to.
type queuedRange struct {
	stage    queue.Stage
	from, to uint64
}

// queueOpts are the --nats and --wait flags of add and fetch.
type queueOpts struct {
	qf   queueFlags
	wait bool
}

func (o *queueOpts) register(cmd *cobra.Command) {
	o.qf.register(cmd, false)
	cmd.Flags().BoolVar(&o.wait, "wait", false, "with --nats: wait until the workers have stored the work and brought copies and stories up to date")
}

// enabled says whether the command publishes work instead of doing it.
func (a *app) queued(o queueOpts) bool { return a.natsURL(o.qf) != "" }

// runAddQueued reads the inputs as add does and queues their articles for
// the workers to store, then asks for copies and stories once they are.
func (a *app) runAddQueued(ctx context.Context, paths []string, opt ingest.Options, o queueOpts, asJSON bool) error {
	q, err := a.connectQueue(ctx, o.qf, "parallax add", nil, setupStreams)
	if err != nil {
		return err
	}
	defer q.Close()
	sum := &queuedSummary{Errors: []inputError{}}
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
	inputs, bad := ingest.Expand(paths)
	for _, it := range bad {
		report(it)
	}
	bar := a.addProgress(inputs)
	// Groups of the size add stores at once: the cleaning models learnt
	// depend on them, and so do the stories.
	b := q.NewBatcher(pipeline.BatchSize)
	bar.note = func() string { return thousands(int64(b.Sent())) + " articles queued" }
	opt.Progress = bar.add
	err = pipeline.Read(ctx, inputs, a.env.Stdin, opt, func(it ingest.Item) error {
		if it.Article == nil || len(it.Warnings) > 0 {
			bar.clear()
			report(ingest.Item{Input: it.Input, Warnings: it.Warnings, Err: it.Err})
		}
		if it.Article == nil {
			return nil
		}
		err := b.Add(ctx, it.Article, it.Input)
		if errors.Is(err, queue.ErrTooLarge) {
			bar.clear()
			report(ingest.Item{Input: it.Input, Err: err})
			return nil
		}
		return err
	})
	if err == nil {
		err = b.Flush(ctx)
	}
	bar.finish()
	sum.Queued, sum.Messages = b.Sent(), b.Messages()
	if err != nil {
		return fmt.Errorf("queue articles (%d queued before this): %w", sum.Queued, err)
	}
	if sum.Queued > 0 {
		if err := a.finishQueued(ctx, q, o, sum, []queuedRange{{queue.StageStore, b.First(), b.Last()}},
			queue.Mark{Stream: queue.StreamArticles, Seq: b.Last()}); err != nil {
			return err
		}
	}
	return a.printQueued(sum, "articles", asJSON)
}

// runFetchQueued queues the URLs for the workers to fetch, then asks for
// copies and stories once their articles are stored.
func (a *app) runFetchQueued(ctx context.Context, urls []string, o queueOpts, asJSON bool) error {
	sum := &queuedSummary{Errors: []inputError{}}
	var good []string
	for _, u := range urls {
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			sum.Failed++
			sum.Errors = append(sum.Errors, inputError{Input: u, Error: "not an absolute http or https URL"})
			fmt.Fprintf(a.env.Stderr, "parallax: %s: not an absolute http or https URL\n", terminalSafe(u))
			continue
		}
		good = append(good, u)
	}
	if len(good) == 0 {
		return a.printQueued(sum, "URLs", asJSON)
	}
	q, err := a.connectQueue(ctx, o.qf, "parallax fetch", nil, setupStreams)
	if err != nil {
		return err
	}
	defer q.Close()
	var first, last uint64
	for _, u := range good {
		if last, err = q.PublishFetch(ctx, u); err != nil {
			return fmt.Errorf("queue %d URLs (%d queued before this): %w", len(good), sum.Queued, err)
		}
		if first == 0 {
			first = last
		}
		sum.Queued++
		sum.Messages++
	}
	if err := a.finishQueued(ctx, q, o, sum, []queuedRange{{queue.StageFetch, first, last}}, queue.Mark{Stream: queue.StreamFetch, Seq: last},
		queue.Mark{Stream: queue.StreamArticles}); err != nil {
		return err
	}
	return a.printQueued(sum, "URLs", asJSON)
}

// finishQueued asks for copies and stories once the work up to the marks
// is done, and with --wait waits for all of it, then looks for what of it
// the workers gave up on (moved to the dead-letter stream): the items of
// items, the copies request, and the stories requests queued after it
// (the one that follows it, and any of later work, which would have
// grouped this work's articles too).
func (a *app) finishQueued(ctx context.Context, q *queue.Queue, o queueOpts, sum *queuedSummary, items []queuedRange, after ...queue.Mark) error {
	seq, err := q.PublishDerive(ctx, after...)
	if err != nil {
		return fmt.Errorf("ask for copies and stories: %w", err)
	}
	sum.Derive = seq
	if !o.wait {
		return nil
	}
	start := time.Now()
	marks := append(after, queue.Mark{Stream: queue.StreamDerive, Seq: seq}, queue.Mark{Stream: queue.StreamDerive})
	err = q.Wait(ctx, marks, func(stream string, left uint64) {
		fmt.Fprintf(a.env.Stderr, "parallax: waiting for the workers: %d items left in %s (%s so far)\n", left, stream, time.Since(start).Round(time.Second))
	})
	if err != nil {
		return err
	}
	// Wait ends when the items are acknowledged or dead-lettered.
	last, err := q.Last(ctx, queue.StreamDerive)
	if err != nil {
		return err
	}
	items = append(items, queuedRange{queue.StageCopies, seq, seq}, queuedRange{queue.StageStories, seq + 1, last})
	for _, r := range items {
		if r.from == 0 || r.to < r.from {
			continue
		}
		dead, err := q.DeadLetters(ctx, r.stage, r.from, r.to)
		if err != nil {
			return fmt.Errorf("look for work the workers gave up on: %w", err)
		}
		sum.Dead = append(sum.Dead, dead...)
	}
	for _, d := range sum.Dead {
		fmt.Fprintf(a.env.Stderr, "parallax: the workers gave up on %s item %d (in the dead-letter stream; see worker status): %s\n",
			d.Stage, d.Seq, terminalSafe(d.Error))
	}
	sum.Done = len(sum.Dead) == 0
	return nil
}

func (a *app) printQueued(sum *queuedSummary, what string, asJSON bool) error {
	if asJSON {
		if err := writeJSON(a.env.Stdout, sum); err != nil {
			return err
		}
	} else {
		state := "for the workers"
		switch {
		case sum.Done:
			state = "and the workers are done with them"
		case len(sum.Dead) > 0:
			state = fmt.Sprintf("but the workers gave up on %d items of this work", len(sum.Dead))
		}
		fmt.Fprintf(a.env.Stdout, "queued %d %s %s, failed %d\n", sum.Queued, what, state, sum.Failed)
	}
	if sum.Failed > 0 || len(sum.Dead) > 0 {
		return errFailed
	}
	return nil
}
