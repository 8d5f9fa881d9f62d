package store_test

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/store"
)

// TestKnownDirectionSQL keeps the stores' list of bases in step with
// dedup.DirectionKnown.
func TestKnownDirectionSQL(t *testing.T) {
	listed := map[string]bool{}
	for _, b := range strings.Split(store.KnownDirectionSQL, ",") {
		listed[strings.Trim(strings.TrimSpace(b), "'")] = true
	}
	for _, b := range []string{dedup.BasisPublished, dedup.BasisWire, dedup.BasisCredit, dedup.BasisInsertedLead, dedup.BasisEmbedded,
		dedup.BasisCompound, dedup.BasisDated, dedup.BasisLength, dedup.BasisOrder, ""} {
		if listed[b] != dedup.DirectionKnown(b) {
			t.Errorf("basis %q: listed %v, DirectionKnown %v", b, listed[b], dedup.DirectionKnown(b))
		}
		delete(listed, b)
	}
	if len(listed) != 0 {
		t.Errorf("KnownDirectionSQL lists unknown bases %v", listed)
	}
}
