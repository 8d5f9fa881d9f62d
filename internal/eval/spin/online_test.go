package spin

import (
	"context"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/sharedtest"
)

// TestOnlineAgreesWithBatch feeds 600 articles and 120 copies (1,500 and
// 300 with PARALLAX_LONG_TESTS=1) one by one to the online Detector and
// checks that it finds the same related pairs, of the same kinds, as
// Batch.
func TestOnlineAgreesWithBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	n, nCopies := 600, 120
	if sharedtest.Long() {
		n, nCopies = 1500, 300
	}
	articles, err := LoadABP(abpPath(t), n)
	if err != nil {
		t.Fatal(err)
	}
	copies, err := Generate(articles, nCopies, 7)
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
	if len(batch) < nCopies/2 {
		t.Fatalf("batch found %d pairs among %d copies: the test shows nothing", len(batch), nCopies)
	}
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
