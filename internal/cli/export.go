package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/export"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/spf13/cobra"
)

// exportFlags are the filters and format of an export.
type exportFlags struct {
	format, output string
	outlet, query  string
	since, until   string
	lean           string
	rawCSV         bool
}

func (f *exportFlags) filter() (export.Filter, error) {
	flt := export.Filter{Outlet: strings.TrimSpace(f.outlet), Query: strings.TrimSpace(f.query), Lean: strings.TrimSpace(f.lean)}
	var err error
	if flt.Since, flt.Until, err = parseDays(f.since, f.until); err != nil {
		return flt, err
	}
	return flt, nil
}

func (a *app) exportCmd() *cobra.Command {
	var f exportFlags
	cmd := &cobra.Command{
		Use:   "export TABLE [--format csv|jsonl|parquet] [-o FILE]",
		Short: "Export articles, events, storylines, copies, quotes, names or numbers as CSV, JSON Lines or Parquet",
		Long: `Export writes one table, whole, to standard output or --output FILE:

  articles   every article with its text, authors, dates and event
  events     every event (story): dates, outlets, articles, main names, terms
  storylines every storyline (thread of events): dates, events, articles,
             outlets, main names (filtered by --since and --until only)
  copies     every copy relation: both articles, kind, share, whether the copy
             credits its source
  quotes     every quotation read from each article, with its speaker
  names      every name (entity) each article mentions, with its forms
  numbers    every number each article gives, with what it counts

Formats: csv (RFC 4180: UTF-8, one header row, CRLF line ends, lists joined
by "; "; a text cell that begins with = + - @ gets a leading ' so that a
spreadsheet does not run it, unless --raw-csv), jsonl (one JSON object per
line) and parquet (Snappy-compressed, a row group every 5,000 rows).

Rows are streamed: an export of any size holds one batch in memory, and
there is no row cap. Filters (as for the listings): --since and --until
(days of publication), --outlet, --query (full-text: articles that match it;
events and copies with an article that does) and --lean SIDES (left, center,
right, comma-separated: articles from an outlet whose lean, as the outlet
records have it, is on one of them; events with an article from each; copies
with an article that passes). The number of rows, the time taken and the rate
go to standard error.`,
		Args: needArg("a table: articles, events, storylines, copies, quotes, names or numbers"),
		RunE: func(cmd *cobra.Command, args []string) error {
			flt, err := f.filter()
			if err != nil {
				return err
			}
			format := strings.ToLower(f.format)
			if err := export.CheckFormat(format); err != nil {
				return usageError{err}
			}
			ctx := cmd.Context()
			st, err := a.openWatchStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			t, err := export.Open(ctx, args[0], st, nil, flt)
			if err != nil {
				if errors.Is(err, export.ErrUnknownTable) || errors.Is(err, store.ErrBadQuery) || errors.Is(err, store.ErrNoLean) || errors.Is(err, export.ErrBadFilter) {
					return usageError{err}
				}
				return err
			}
			a.warnBacklog(ctx, st)
			out, closeOut, err := a.exportOutput(f.output)
			if err != nil {
				return err
			}
			start := time.Now()
			n, err := export.Write(ctx, out, t, format, export.Options{RawCSV: f.rawCSV})
			if cerr := closeOut(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
			took := time.Since(start)
			fmt.Fprintf(a.env.Stderr, "parallax: exported %d rows of %s in %s (%.0f rows/s)\n", n, t.Name(),
				took.Round(time.Millisecond), float64(n)/max(took.Seconds(), 1e-9))
			return nil
		},
	}
	cmd.Flags().StringVar(&f.format, "format", export.CSV, "csv, jsonl or parquet")
	cmd.Flags().StringVarP(&f.output, "output", "o", "-", "write to this file instead of standard output")
	cmd.Flags().StringVar(&f.outlet, "outlet", "", "only articles of this outlet (events and copies: that involve it)")
	cmd.Flags().StringVar(&f.query, "query", "", "only articles matching this search (events and copies: with such an article)")
	cmd.Flags().StringVar(&f.since, "since", "", "only articles published on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&f.until, "until", "", "only articles published before this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&f.lean, "lean", "", "only outlets whose lean is on these sides: left, center, right (comma-separated)")
	cmd.Flags().BoolVar(&f.rawCSV, "raw-csv", false, "write CSV text exactly, without the guard against spreadsheet formulas")
	return cmd
}

// warnBacklog says when events or copies lag behind the articles, so that
// an export of them would miss some.
func (a *app) warnBacklog(ctx context.Context, st store.Store) {
	if n, err := st.CountUnassigned(ctx); err == nil && n > 0 {
		fmt.Fprintf(a.env.Stderr, "parallax: %d articles are not grouped into events yet (run parallax copies, then parallax stories, for a complete export)\n", n)
	}
}

// exportOutput opens where an export goes: standard output for "-", else
// a file written beside its final name and renamed when complete.
func (a *app) exportOutput(path string) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		bw := bufio.NewWriterSize(a.env.Stdout, 64<<10)
		return bw, bw.Flush, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return nil, nil, fmt.Errorf("export to %s: %w", path, err)
	}
	return tmp, func() error {
		if err := tmp.Close(); err != nil {
			os.Remove(tmp.Name())
			return fmt.Errorf("export to %s: %w", path, err)
		}
		if err := os.Rename(tmp.Name(), path); err != nil {
			os.Remove(tmp.Name())
			return fmt.Errorf("export to %s: %w", path, err)
		}
		return nil
	}, nil
}

// writeReportCSV writes a comparison's tables as CSV files and its
// Markdown report into dir, and returns the files written.
func writeReportCSV(ctx context.Context, dir string, rep *compare.Report) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("--csv %s: %w", dir, err)
	}
	var files []string
	md := filepath.Join(dir, "report.md")
	var b strings.Builder
	if err := writeMarkdown(&b, rep); err != nil {
		return nil, err
	}
	if err := os.WriteFile(md, []byte(b.String()), 0o644); err != nil {
		return nil, fmt.Errorf("--csv %s: %w", dir, err)
	}
	files = append(files, md)
	for _, t := range export.ReportTables(rep) {
		p := filepath.Join(dir, export.FileName(t, export.CSV))
		f, err := os.Create(p)
		if err != nil {
			return files, fmt.Errorf("--csv %s: %w", dir, err)
		}
		_, err = export.Write(ctx, f, t, export.CSV, export.Options{})
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return files, fmt.Errorf("--csv %s: %w", p, err)
		}
		files = append(files, p)
	}
	return files, nil
}
