package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"syscall"
	"time"
)

// Target is one URL to request, with the name of the group its results are
// reported under.
type Target struct {
	URL   string
	Group string
}

// Config describes one load run.
type Config struct {
	// Targets are requested in turn by every worker.
	Targets []Target
	// Workers is the number of concurrent request loops.
	Workers int
	// Warmup is how long the workers run before results are recorded.
	Warmup time.Duration
	// Duration is how long results are recorded after the warmup.
	Duration time.Duration
	// Client sends the requests. Its transport should keep at least
	// Workers idle connections per host so that connections are reused.
	Client *http.Client
}

// Sample is the outcome of one request made during the measured window.
type Sample struct {
	// Target is the index of the requested URL in Config.Targets.
	Target int
	// Start is when the request was sent, relative to the start of the
	// measured window.
	Start time.Duration
	// Latency runs from sending the request to having read the whole body.
	Latency time.Duration
	// Status is the HTTP status code, or 0 after a transport error.
	Status int
	// Err classifies a transport error (see classify); empty on success.
	Err string
	// Bytes is the length of the response body that was read.
	Bytes int64
}

// OK reports whether the request got a 2xx response and read its body.
func (s Sample) OK() bool { return s.Err == "" && s.Status >= 200 && s.Status < 300 }

// Result holds the samples of a run and the length of its measured window.
type Result struct {
	Samples []Sample
	// Elapsed is the length of the measured window: Config.Duration, or
	// less if the run was cancelled early.
	Elapsed time.Duration
}

// Run sends requests to cfg.Targets from cfg.Workers concurrent workers until
// cfg.Warmup plus cfg.Duration have passed or ctx is cancelled. It records only
// requests that started after the warmup and finished before the end of the
// measured window; requests still in flight at the end are abandoned and not
// counted.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if len(cfg.Targets) == 0 {
		return nil, errors.New("no URLs to request")
	}
	if cfg.Workers < 1 {
		return nil, fmt.Errorf("need at least one worker, got %d", cfg.Workers)
	}
	if cfg.Duration <= 0 {
		return nil, fmt.Errorf("duration must be positive, got %v", cfg.Duration)
	}
	if cfg.Warmup < 0 {
		return nil, fmt.Errorf("warmup must not be negative, got %v", cfg.Warmup)
	}
	client := cfg.Client
	if client == nil {
		client = NewClient(cfg.Workers, 0)
	}

	begin := time.Now()
	measureStart := begin.Add(cfg.Warmup)
	end := measureStart.Add(cfg.Duration)
	runCtx, cancel := context.WithDeadline(ctx, end)
	defer cancel()

	perWorker := make([][]Sample, cfg.Workers)
	var wg sync.WaitGroup
	for w := range cfg.Workers {
		// Spread the workers' starting points evenly over the URL list so
		// that they do not all request the same URL at the same time.
		offset := w * len(cfg.Targets) / cfg.Workers
		wg.Go(func() {
			perWorker[w] = work(runCtx, client, cfg.Targets, offset, measureStart, end)
		})
	}
	wg.Wait()

	stop := time.Now()
	if stop.After(end) {
		stop = end
	}
	elapsed := max(stop.Sub(measureStart), 0)

	var n int
	for _, s := range perWorker {
		n += len(s)
	}
	samples := make([]Sample, 0, n)
	for _, s := range perWorker {
		samples = append(samples, s...)
	}
	return &Result{Samples: samples, Elapsed: elapsed}, nil
}

// work is one worker's loop: it requests targets in turn, starting at offset,
// until ctx is done, and returns the samples of the measured window.
func work(ctx context.Context, client *http.Client, targets []Target, offset int, measureStart, end time.Time) []Sample {
	var samples []Sample
	for i := offset; ctx.Err() == nil; i++ {
		idx := i % len(targets)
		start := time.Now()
		if !start.Before(end) {
			break
		}
		status, n, err := fetch(ctx, client, targets[idx].URL)
		done := time.Now()
		if ctx.Err() != nil || done.After(end) {
			// Cut off by the end of the run (or by the caller): the
			// outcome says nothing about the server.
			break
		}
		if start.Before(measureStart) {
			continue
		}
		s := Sample{
			Target:  idx,
			Start:   start.Sub(measureStart),
			Latency: done.Sub(start),
			Status:  status,
			Bytes:   n,
		}
		if err != nil {
			s.Err = classify(err)
		}
		samples = append(samples, s)
	}
	return samples
}

// fetch GETs url, reads and discards the whole body, and returns the status
// code and the number of body bytes read. It asks for gzip as browsers do;
// because it asks itself, the transport leaves the body compressed, so the
// generator spends its CPU on requests rather than on inflating bodies (it
// shares the machine with the server it measures). A failure to read the body after
// the status arrived is returned as an error along with the status.
func fetch(ctx context.Context, client *http.Client, url string) (int, int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("build request for %s: %w", url, err)
	}
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := client.Do(req)
	if err != nil {
		return 0, 0, err
	}
	n, err := io.Copy(io.Discard, resp.Body)
	if cerr := resp.Body.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return resp.StatusCode, n, fmt.Errorf("read body: %w", err)
	}
	return resp.StatusCode, n, nil
}

// classify reduces a transport error to a short, stable kind so that errors
// can be counted by kind.
func classify(err error) string {
	var nerr net.Error
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, syscall.ECONNRESET):
		return "connection reset"
	case errors.Is(err, syscall.EPIPE):
		return "broken pipe"
	case errors.Is(err, context.DeadlineExceeded),
		errors.As(err, &nerr) && nerr.Timeout():
		return "timeout"
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "unexpected EOF"
	default:
		return "other"
	}
}

// NewClient returns an HTTP client whose single transport keeps up to workers
// idle connections per host, so that every worker can reuse its connection.
// A timeout of zero means requests are not timed out (other than by the end
// of the run).
func NewClient(workers int, timeout time.Duration) *http.Client {
	tr := &http.Transport{
		// Measure the server, not a proxy picked up from the environment.
		Proxy: nil,
		DialContext: (&net.Dialer{
			Timeout:   10 * time.Second,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		MaxIdleConns:          0, // no overall limit; the per-host one applies
		MaxIdleConnsPerHost:   workers,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	return &http.Client{Transport: tr, Timeout: timeout}
}
