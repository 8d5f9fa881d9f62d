// Command parallax-load is a small HTTP load generator for measuring the
// Parallax web server (parallax serve) from a second process.
//
// Usage:
//
//	parallax-load [flags] [URL...]
//
// Each of -c workers requests the URLs in turn, each worker starting at a
// different place in the list. The workers run for -warmup without recording
// anything, then for -d while every request's status and latency (up to the
// whole body being read) are recorded. The report gives, overall and per
// group, the number of requests, the rate, the errors (non-2xx responses by
// status, transport errors by kind) and the exact p50, p90, p99 and maximum
// latency of the successful requests.
//
// URLs come from the command line and from -urls files (one URL per line;
// blank lines and lines starting with # are skipped; lines starting with /
// are paths, resolved against -base). Without -group, every command-line URL
// is its own group and every -urls file is one group; with -group, URLs are
// grouped by their path with its last segment replaced by *, so that
// /story/a and /story/b are reported together as /story/*.
//
// Requests ask for gzip, as browsers do, and the bodies are read compressed.
//
// Flags must come before the URLs.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// options are the parsed command-line flags and arguments.
type options struct {
	workers  int
	duration time.Duration
	warmup   time.Duration
	timeout  time.Duration
	json     bool
	group    bool
	base     string
	files    []string
	urls     []string
}

// run is the command with its environment passed in; it returns the exit
// code: 0 after a completed run, 1 if the run could not be made, 2 for a
// usage error.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	opts, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "parallax-load:", err)
		return 2
	}
	targets, err := loadTargets(opts)
	if err != nil {
		fmt.Fprintln(stderr, "parallax-load:", err)
		return 1
	}

	fmt.Fprintf(stderr, "parallax-load: %d workers, %d URLs: warming up for %v, then measuring for %v\n",
		opts.workers, len(targets), opts.warmup, opts.duration)
	res, err := Run(ctx, Config{
		Targets:  targets,
		Workers:  opts.workers,
		Warmup:   opts.warmup,
		Duration: opts.duration,
		Client:   NewClient(opts.workers, opts.timeout),
	})
	if err != nil {
		fmt.Fprintln(stderr, "parallax-load:", err)
		return 1
	}
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "parallax-load: interrupted; reporting the requests made so far")
	}

	report := Report{
		Workers:  opts.workers,
		URLs:     len(targets),
		Warmup:   opts.warmup,
		Duration: res.Elapsed,
		Groups:   Summarize(targets, res.Samples, res.Elapsed),
	}
	write := report.WriteText
	if opts.json {
		write = report.WriteJSON
	}
	if err := write(stdout); err != nil {
		fmt.Fprintln(stderr, "parallax-load: write report:", err)
		return 1
	}
	return 0
}

// parseFlags parses args into options and checks them.
func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("parallax-load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: parallax-load [flags] [URL...]")
		fs.PrintDefaults()
	}
	fs.IntVar(&o.workers, "c", 50, "number of concurrent workers")
	fs.DurationVar(&o.duration, "d", 30*time.Second, "how long to record results, after the warmup")
	fs.DurationVar(&o.warmup, "warmup", 5*time.Second, "how long to send requests before recording results")
	fs.DurationVar(&o.timeout, "timeout", 30*time.Second, "per-request timeout, including reading the body (0: none)")
	fs.BoolVar(&o.json, "json", false, "print the report as JSON")
	fs.BoolVar(&o.group, "group", false, "group results by URL path with its last segment replaced by *")
	fs.StringVar(&o.base, "base", "", "base URL for lines of -urls files that are paths (start with /)")
	fs.Func("urls", "read URLs from `FILE`, one per line (repeatable)", func(s string) error {
		o.files = append(o.files, s)
		return nil
	})
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	o.urls = fs.Args()

	switch {
	case o.workers < 1:
		return o, fmt.Errorf("-c must be at least 1, got %d", o.workers)
	case o.duration <= 0:
		return o, fmt.Errorf("-d must be positive, got %v", o.duration)
	case o.warmup < 0:
		return o, fmt.Errorf("-warmup must not be negative, got %v", o.warmup)
	case o.timeout < 0:
		return o, fmt.Errorf("-timeout must not be negative, got %v", o.timeout)
	case len(o.urls) == 0 && len(o.files) == 0:
		fs.Usage()
		return o, errors.New("no URLs given: pass URLs or -urls FILE")
	}
	if o.base != "" {
		if err := checkURL(o.base); err != nil {
			return o, fmt.Errorf("-base: %w", err)
		}
	}
	return o, nil
}

// loadTargets collects the command-line URLs and those of the -urls files,
// and assigns each its group.
func loadTargets(o options) ([]Target, error) {
	var targets []Target
	add := func(u, group string) {
		if o.group {
			group = PathPattern(u)
		}
		targets = append(targets, Target{URL: u, Group: group})
	}
	for _, u := range o.urls {
		if err := checkURL(u); err != nil {
			return nil, err
		}
		add(u, u)
	}
	for _, name := range o.files {
		urls, err := readURLFile(name, o.base)
		if err != nil {
			return nil, err
		}
		for _, u := range urls {
			add(u, name)
		}
	}
	return targets, nil
}

// readURLFile reads the URLs of the file name, one per line, skipping blank
// lines and # comments and resolving lines that start with / against base.
func readURLFile(name, base string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("read URL list: %w", err)
	}
	defer f.Close()

	var urls []string
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		u := strings.TrimSpace(sc.Text())
		if u == "" || strings.HasPrefix(u, "#") {
			continue
		}
		if strings.HasPrefix(u, "/") {
			if base == "" {
				return nil, fmt.Errorf("%s:%d: %q is a path; pass -base to say which server it is on", name, line, u)
			}
			u = strings.TrimSuffix(base, "/") + u
		}
		if err := checkURL(u); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		urls = append(urls, u)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read URL list %s: %w", name, err)
	}
	if len(urls) == 0 {
		return nil, fmt.Errorf("URL list %s has no URLs", name)
	}
	return urls, nil
}

// checkURL reports whether u is an absolute http or https URL.
func checkURL(u string) error {
	p, err := url.Parse(u)
	if err != nil {
		return fmt.Errorf("bad URL: %w", err)
	}
	if p.Scheme != "http" && p.Scheme != "https" {
		return fmt.Errorf("bad URL %q: want an http or https URL", u)
	}
	if p.Host == "" {
		return fmt.Errorf("bad URL %q: no host", u)
	}
	return nil
}
