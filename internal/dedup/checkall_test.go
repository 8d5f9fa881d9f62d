package dedup

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"
)

// wireCorpus is a wire story run by more outlets than MaxPostings (8 in
// the test), some with a word changed, mixed with corpus(): every key of
// the story becomes common as it spreads.
func wireCorpus() []Doc {
	docs := corpus()
	for i := range 24 {
		paras := slices.Clone(floodReport)
		if i%3 == 1 {
			paras = edit(paras, "boats", "dinghies")
		}
		if i%4 == 2 {
			paras = append(paras, fmt.Sprintf("Outlet %d will follow the story.", i))
		}
		docs = append(docs, doc(fmt.Sprintf("wire%02d", i), fmt.Sprintf("Outlet %d", i), "", day.AddDate(0, 0, i%3), paras))
	}
	return docs
}

// TestCheckAllAgreesWithDetector checks that CheckAll, in batches of any
// size over an index fed with the keys it returns, finds exactly what the
// Detector finds one document at a time.
func TestCheckAllAgreesWithDetector(t *testing.T) {
	ctx := context.Background()
	cfg := DefaultConfig()
	cfg.MaxPostings = 8
	docs := wireCorpus()
	det, err := NewMemDetector(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, d := range docs {
		ms, err := det.Add(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(ms)
		want = append(want, string(b))
	}
	related := 0
	for _, w := range want {
		if w != "null" {
			related++
		}
	}
	if related < 20 {
		t.Fatalf("only %d documents related: the corpus tests little", related)
	}
	for _, size := range []int{1, 3, 10, len(docs)} {
		t.Run(fmt.Sprint("batch", size), func(t *testing.T) {
			index, stored := NewMemPostings(), NewMemDocs()
			var got []string
			recorded := 0
			for lo := 0; lo < len(docs); lo += size {
				part := docs[lo:min(lo+size, len(docs))]
				res, st, err := CheckAll(ctx, cfg, part, PostingsLookup(index), stored, 2)
				if err != nil {
					t.Fatal(err)
				}
				if st.Docs != len(part) || st.Recorded > st.Keys {
					t.Errorf("stats %+v", st)
				}
				for i, r := range res {
					b, _ := json.Marshal(r.Matches)
					got = append(got, string(b))
					if err := index.Put(ctx, part[i].ID, r.Keys); err != nil {
						t.Fatal(err)
					}
					if err := stored.Put(ctx, part[i]); err != nil {
						t.Fatal(err)
					}
					recorded += len(r.Keys)
				}
			}
			for i := range docs {
				if got[i] != want[i] {
					t.Errorf("%s:\nCheckAll %s\nDetector %s", docs[i].ID, got[i], want[i])
				}
			}
			if recorded == 0 {
				t.Error("no keys recorded")
			}
		})
	}
}

// TestCheckAllRecordsRareKeysOnly checks that a key is recorded only while
// at most MaxPostings earlier documents have it.
func TestCheckAllRecordsRareKeysOnly(t *testing.T) {
	ctx := context.Background()
	cfg := DefaultConfig()
	cfg.MaxPostings, cfg.StarLinks = 2, 1
	var docs []Doc
	for i := range 5 {
		docs = append(docs, doc(fmt.Sprint("same", i), fmt.Sprint("Outlet ", i), "", day, bridgeReport))
	}
	res, _, err := CheckAll(ctx, cfg, docs, PostingsLookup(NewMemPostings()), NewMemDocs(), 1)
	if err != nil {
		t.Fatal(err)
	}
	var counts []int
	for _, r := range res {
		counts = append(counts, len(r.Keys))
	}
	if counts[0] == 0 || counts[1] != counts[0] || counts[2] != counts[0] || counts[3] != 0 || counts[4] != 0 {
		t.Errorf("recorded keys per document = %v, want the first three in full and none after", counts)
	}
}

func TestSortPostings(t *testing.T) {
	for _, n := range []int{0, 5, 300, 5000} {
		var ps []posting
		for i := range n {
			k := uint64(i*7919%97) << (8 * uint(i%8)) // keys sharing bytes, and repeated
			ps = append(ps, posting{key: k | uint64(i%3)<<60, doc: uint32(i)})
		}
		want := slices.Clone(ps)
		slices.SortStableFunc(want, func(a, b posting) int {
			if a.key != b.key {
				if a.key < b.key {
					return -1
				}
				return 1
			}
			return 0
		})
		sortPostings(ps)
		if !slices.Equal(ps, want) {
			t.Errorf("%d postings: sorted wrongly", n)
		}
	}
}
