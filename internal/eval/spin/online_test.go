package spin

import (
	"context"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/dedup"
)

// TestOnlineAgreesWithBatch feeds 1,500 articles and 300 copies one by one
// to the online Detector and checks that it finds the same related pairs,
// of the same kinds, as Batch.
func TestOnlineAgreesWithBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	articles, err := LoadABP(abpPath(t), 1500)
	if err != nil {
		t.Fatal(err)
	}
	copies, err := Generate(articles, 300, 7)
	if err != nil {
		t.Fatal(err)
	}
	docs := articles
	for _, c := range copies {
		docs = append(docs, c.Doc)
	}
	ctx := context.Background()
	cfg := dedup.DefaultConfig()
	t0 := time.Now()
	batch, _, err := dedup.Batch(ctx, docs, cfg, 0)
	if err != nil {
		t.Fatal(err)
	}
	tb := time.Since(t0)
	d, err := dedup.NewMemDetector(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t0 = time.Now()
	online := map[pairKey]dedup.Kind{}
	for _, doc := range docs {
		ms, err := d.Add(ctx, doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			online[keyOf(m.Source, m.Copy)] = m.Kind
		}
	}
	t.Logf("%d documents: batch %v, online %v; %d pairs", len(docs), tb, time.Since(t0), len(batch))
	for _, m := range batch {
		k := keyOf(m.Source, m.Copy)
		if online[k] != m.Kind {
			t.Errorf("pair %v: batch %s, online %q", k, m.Kind, online[k])
		}
		delete(online, k)
	}
	for k, kind := range online {
		t.Errorf("pair %v: online %s, not in batch", k, kind)
	}
}
