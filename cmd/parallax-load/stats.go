package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// OverallGroup names the group that holds every sample.
const OverallGroup = "overall"

// Latency summarises a set of latencies. Percentiles are exact, taken from
// all samples by the nearest-rank method (see Percentile).
type Latency struct {
	P50 time.Duration
	P90 time.Duration
	P99 time.Duration
	Max time.Duration
}

// GroupStats summarises the samples of one group.
type GroupStats struct {
	Group string
	// Requests counts every request completed in the measured window,
	// successful or not.
	Requests int
	// OK counts requests answered with a 2xx status.
	OK int
	// Errors counts failed requests by kind: "HTTP <status>" for non-2xx
	// responses and "transport: <kind>" for transport errors.
	Errors map[string]int
	// Rate is Requests per second of the measured window.
	Rate float64
	// Bytes is the total size of the response bodies read.
	Bytes int64
	// Latency is taken over the OK requests only, so that fast error
	// responses or slow timeouts do not distort it.
	Latency Latency
}

// ErrorCount is the total number of failed requests.
func (g GroupStats) ErrorCount() int { return g.Requests - g.OK }

// Percentile returns the p-th percentile (0 < p <= 100) of sorted, which
// must be in ascending order, by the nearest-rank method: the smallest value
// such that at least p percent of the samples are less than or equal to it.
// It returns 0 for an empty slice.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	rank = min(max(rank, 1), len(sorted))
	return sorted[rank-1]
}

// Summarize computes the statistics of the overall group followed by those of
// every group of targets, in order of first appearance in targets. elapsed is
// the length of the measured window, used for rates.
func Summarize(targets []Target, samples []Sample, elapsed time.Duration) []GroupStats {
	var names []string
	index := map[string]int{}
	for _, t := range targets {
		if _, ok := index[t.Group]; !ok && t.Group != OverallGroup {
			index[t.Group] = len(names)
			names = append(names, t.Group)
		}
	}
	byGroup := make([][]Sample, len(names))
	for _, s := range samples {
		g := index[targets[s.Target].Group]
		byGroup[g] = append(byGroup[g], s)
	}

	stats := []GroupStats{summarizeGroup(OverallGroup, samples, elapsed)}
	for i, name := range names {
		stats = append(stats, summarizeGroup(name, byGroup[i], elapsed))
	}
	return stats
}

func summarizeGroup(name string, samples []Sample, elapsed time.Duration) GroupStats {
	g := GroupStats{Group: name, Requests: len(samples), Errors: map[string]int{}}
	lat := make([]time.Duration, 0, len(samples))
	for _, s := range samples {
		g.Bytes += s.Bytes
		switch {
		case s.Err != "":
			g.Errors["transport: "+s.Err]++
		case !s.OK():
			g.Errors["HTTP "+strconv.Itoa(s.Status)]++
		default:
			g.OK++
			lat = append(lat, s.Latency)
		}
	}
	if elapsed > 0 {
		g.Rate = float64(g.Requests) / elapsed.Seconds()
	}
	slices.Sort(lat)
	g.Latency = Latency{
		P50: Percentile(lat, 50),
		P90: Percentile(lat, 90),
		P99: Percentile(lat, 99),
		Max: Percentile(lat, 100),
	}
	return g
}

// PathPattern returns the path of rawURL with its last segment replaced by
// "*", so that for example /story/abc and /story/def share the pattern
// /story/*. A path ending in "/" is returned unchanged, and the query is
// dropped.
func PathPattern(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return rawURL
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	i := strings.LastIndexByte(p, '/')
	if i == len(p)-1 {
		return p
	}
	return p[:i+1] + "*"
}

// Report is the outcome of a run, as printed.
type Report struct {
	Workers  int
	URLs     int
	Warmup   time.Duration
	Duration time.Duration
	Groups   []GroupStats
}

// WriteText prints r as a table, followed by the errors of every group that
// had any.
func (r Report) WriteText(w io.Writer) error {
	fmt.Fprintf(w, "%d workers, %d URLs, warmup %v, measured %v\n\n",
		r.Workers, r.URLs, r.Warmup, r.Duration.Round(time.Millisecond))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "requests\treq/s\terrors\tp50\tp90\tp99\tmax\t\tgroup")
	for _, g := range r.Groups {
		p50, p90, p99, pmax := "-", "-", "-", "-" // no successful requests
		if g.OK > 0 {
			p50, p90, p99, pmax = ms(g.Latency.P50), ms(g.Latency.P90), ms(g.Latency.P99), ms(g.Latency.Max)
		}
		fmt.Fprintf(tw, "%d\t%.1f\t%d\t%s\t%s\t%s\t%s\t\t%s\n",
			g.Requests, g.Rate, g.ErrorCount(), p50, p90, p99, pmax, g.Group)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, g := range r.Groups {
		if len(g.Errors) == 0 {
			continue
		}
		kinds := make([]string, 0, len(g.Errors))
		for k := range g.Errors {
			kinds = append(kinds, k)
		}
		slices.Sort(kinds)
		parts := make([]string, len(kinds))
		for i, k := range kinds {
			parts[i] = fmt.Sprintf("%s ×%d", k, g.Errors[k])
		}
		fmt.Fprintf(w, "\nerrors in %s: %s", g.Group, strings.Join(parts, ", "))
	}
	_, err := fmt.Fprintln(w)
	return err
}

// ms formats d in milliseconds with a precision suited to its size.
func ms(d time.Duration) string {
	v := float64(d) / float64(time.Millisecond)
	if v < 10 {
		return strconv.FormatFloat(v, 'f', 2, 64) + "ms"
	}
	return strconv.FormatFloat(v, 'f', 1, 64) + "ms"
}

// WriteJSON writes r as JSON, with durations in milliseconds.
func (r Report) WriteJSON(w io.Writer) error {
	type latencyJSON struct {
		P50 float64 `json:"p50_ms"`
		P90 float64 `json:"p90_ms"`
		P99 float64 `json:"p99_ms"`
		Max float64 `json:"max_ms"`
	}
	type groupJSON struct {
		Group    string         `json:"group"`
		Requests int            `json:"requests"`
		OK       int            `json:"ok"`
		Errors   map[string]int `json:"errors"`
		Rate     float64        `json:"rate"`
		Bytes    int64          `json:"bytes"`
		Latency  latencyJSON    `json:"latency"`
	}
	type reportJSON struct {
		Workers  int         `json:"workers"`
		URLs     int         `json:"urls"`
		WarmupS  float64     `json:"warmup_s"`
		Duration float64     `json:"duration_s"`
		Groups   []groupJSON `json:"groups"`
	}
	toMS := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	out := reportJSON{
		Workers:  r.Workers,
		URLs:     r.URLs,
		WarmupS:  r.Warmup.Seconds(),
		Duration: r.Duration.Seconds(),
		Groups:   make([]groupJSON, len(r.Groups)),
	}
	for i, g := range r.Groups {
		out.Groups[i] = groupJSON{
			Group: g.Group, Requests: g.Requests, OK: g.OK, Errors: g.Errors,
			Rate: g.Rate, Bytes: g.Bytes,
			Latency: latencyJSON{
				P50: toMS(g.Latency.P50), P90: toMS(g.Latency.P90),
				P99: toMS(g.Latency.P99), Max: toMS(g.Latency.Max),
			},
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
