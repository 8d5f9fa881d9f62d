package copyshard

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/store"
)

// TestIndexApply: postings are kept at most MaxCopyPostings a key (the
// first), applying again changes nothing, held parts wait for their
// batch's last, dead checks are skipped, and the marks only rise.
func TestIndexApply(t *testing.T) {
	for _, b := range allBackends {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			sp := Spec{1, 2}
			idx, err := OpenIndex(ctx, b.db(t, "index"), sp)
			if err != nil {
				t.Fatal(err)
			}
			defer idx.Close()
			const key = 1<<63 | 77 // the top bit set: stored as a negative number
			var many []Posting
			for seq := int64(store.MaxCopyPostings + 5); seq >= 1; seq-- {
				many = append(many, Posting{Key: key, Seq: seq})
			}
			steps := []Apply{
				{Postings: []Posting{{Key: 5, Seq: 2}}, Group: "1 0", Hold: true, Settled: 10},
				{Postings: []Posting{{Key: 5, Seq: 1}, {Key: 6, Seq: 1}}, Group: "1 0", Applied: 2, Settled: 11},
				{Postings: many, Dead: []int64{1}, Group: "1 1", Applied: store.MaxCopyPostings + 5, Settled: 12},
			}
			for i, a := range steps {
				for try := range 2 { // applying again changes nothing
					if err := idx.Apply(ctx, a); err != nil {
						t.Fatalf("step %d try %d: %v", i, try, err)
					}
				}
				if i == 0 {
					_, got, err := idx.Lookup(ctx, []uint64{5}, 8)
					if err != nil || len(got[0]) != 0 {
						t.Errorf("a held part was applied: %v %v", got, err)
					}
				}
			}
			if err := idx.Apply(ctx, Apply{Applied: 3, Settled: 5}); err != nil {
				t.Fatal(err)
			}
			m, got, err := idx.Lookup(ctx, []uint64{5, 6, key, 9}, store.MaxCopyPostings-1)
			if err != nil {
				t.Fatal(err)
			}
			if m != (Marks{Applied: store.MaxCopyPostings + 5, Settled: 12}) {
				t.Errorf("marks %+v", m)
			}
			// Check 1 is dead: key 5 keeps check 2, key 6 nothing.
			if !slices.Equal(got[0], []int64{2}) || len(got[1]) != 0 || len(got[3]) != 0 {
				t.Errorf("holders of 5, 6 and 9 = %v %v %v, want [2] [] []", got[0], got[1], got[3])
			}
			// The first MaxCopyPostings of the key were kept (1 to 1024),
			// and check 1 is dead.
			if len(got[2]) != store.MaxCopyPostings-1 || got[2][0] != 2 || got[2][len(got[2])-1] != store.MaxCopyPostings {
				t.Errorf("holders of a crowded key: %d, from %d to %d", len(got[2]), got[2][0], got[2][len(got[2])-1])
			}
		})
	}
}

// TestIndexRefusesOtherShard: a database made for one shard is not
// opened as another.
func TestIndexRefusesOtherShard(t *testing.T) {
	ctx := context.Background()
	dsn := sqliteBackend.db(t, "index")
	idx, err := OpenIndex(ctx, dsn, Spec{0, 2})
	if err != nil {
		t.Fatal(err)
	}
	idx.Close()
	for _, sp := range []Spec{{1, 2}, {0, 3}} {
		if _, err := OpenIndex(ctx, dsn, sp); err == nil {
			t.Errorf("shard 0/2's database opened as %s", sp)
		} else if want := fmt.Sprintf("holds shard 0/2, not %s", sp); !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}
