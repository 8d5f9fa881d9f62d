package metrics

import (
	"context"
	"fmt"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// countTimeout bounds the counts of one scrape.
const countTimeout = 10 * time.Second

// CountPending adds the gauge parallax_derive_pending_articles: the
// articles waiting for each of the stages, as count says at each scrape
// (for copies, the articles not checked; for stories, the checked ones in
// no story: the clusterer's lag). Counting at the scrape rather than at
// each refresh costs the store one count per stage per scrape only. It
// fails if the gauge was added already.
func (m *Metrics) CountPending(stages []string, count func(ctx context.Context, stage string) (int, error)) error {
	if m == nil {
		return nil
	}
	c := &pending{stages: stages, count: count, desc: prometheus.NewDesc("parallax_derive_pending_articles",
		"Articles waiting for a derive stage, counted at the scrape: not checked for copies (copies), checked but in no story (stories: the clusterer's lag).",
		[]string{"stage"}, nil)}
	if err := m.reg.Register(c); err != nil {
		return fmt.Errorf("metrics: pending articles: %w", err)
	}
	return nil
}

// pending collects the counts of articles waiting per stage.
type pending struct {
	desc   *prometheus.Desc
	stages []string
	count  func(ctx context.Context, stage string) (int, error)
}

func (p *pending) Describe(ch chan<- *prometheus.Desc) { ch <- p.desc }

func (p *pending) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), countTimeout)
	defer cancel()
	for _, stage := range p.stages {
		n, err := p.count(ctx, stage)
		if err != nil {
			ch <- prometheus.NewInvalidMetric(p.desc, fmt.Errorf("count articles waiting for %s: %w", stage, err))
			continue
		}
		ch <- prometheus.MustNewConstMetric(p.desc, prometheus.GaugeValue, float64(n), stage)
	}
}
