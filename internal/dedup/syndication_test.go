package dedup

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// A wire story run by more outlets than MaxPostings: every key is common,
// yet each run is linked to the first one.
func TestSyndicatedStory(t *testing.T) {
	ctx := context.Background()
	cfg := DefaultConfig()
	cfg.MaxPostings = 8
	var docs []Doc
	for i := range 30 {
		paras := slices.Clone(bridgeReport)
		if i%2 == 1 { // half the outlets change a word
			paras = edit(paras, "footbridge", "pedestrian bridge")
		}
		docs = append(docs, doc(fmt.Sprintf("run%02d", i), fmt.Sprintf("Outlet %d", i), "", day, paras))
	}
	batch, _, err := Batch(ctx, docs, cfg, 2)
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewMemDetector(cfg)
	if err != nil {
		t.Fatal(err)
	}
	linked := map[string]bool{}
	for _, doc := range docs {
		ms, err := d.Add(ctx, doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			linked[m.Copy] = true
		}
	}
	inBatch := map[string]bool{}
	for _, m := range batch {
		inBatch[m.Copy] = true
	}
	for _, doc := range docs[1:] {
		if !linked[doc.ID] || !inBatch[doc.ID] {
			t.Errorf("%s not linked (online %v, batch %v)", doc.ID, linked[doc.ID], inBatch[doc.ID])
		}
	}
	if n := len(batch); n > 30*cfg.StarLinks+cfg.MaxPostings*cfg.MaxPostings {
		t.Errorf("%d pairs: common keys were not capped", n)
	}
}
