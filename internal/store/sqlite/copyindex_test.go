package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/storetest"
)

// indexModel is what the copy index must answer: the live checks in the
// order they were made, with their keys.
type indexModel struct {
	order []string            // article ids, in check order
	keys  map[string][]uint64 // the keys of each live check
}

func (m *indexModel) save(id string, keys []uint64) {
	m.order = slices.DeleteFunc(m.order, func(o string) bool { return o == id })
	m.order = append(m.order, id)
	m.keys[id] = keys
}

func (m *indexModel) postings(k uint64, limit int) []string {
	var out []string
	for _, id := range m.order {
		if slices.Contains(m.keys[id], k) && len(out) <= limit {
			out = append(out, id)
		}
	}
	return out
}

// TestCopyIndexAgainstModel saves checks (and rechecks of revised
// articles) in batches of many sizes, with the tail folded into runs and
// runs merged every few batches (or, in the second case, folds held back
// by DeferCopyFolds for steps 10 to 29), and compares every key's postings
// with the model, read by this store and by a second one on the same file
// (as another process would).
func TestCopyIndexAgainstModel(t *testing.T) {
	for _, tc := range []struct {
		name          string
		holdFrom, end int // steps during which folds are held back
	}{
		{"folds as it goes", -1, -1},
		{"folds held back", 10, 30},
	} {
		t.Run(tc.name, func(t *testing.T) { testCopyIndexAgainstModel(t, tc.holdFrom, tc.end) })
	}
}

func testCopyIndexAgainstModel(t *testing.T, holdFrom, holdEnd int) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	other, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	s.copies.foldAt = 40 // postings: a fold every few batches

	rng := rand.New(rand.NewPCG(1, 2))
	space := []uint64{1 << 63, 1<<63 + 1, 1<<64 - 1, 0, 7}
	for len(space) < 60 {
		space = append(space, rng.Uint64())
	}
	model := &indexModel{keys: map[string][]uint64{}}
	var arts []*article.Article
	version := map[string]int{}
	generation := func() int {
		var gen int
		if err := s.db.QueryRow(`SELECT generation FROM copy_index_state`).Scan(&gen); err != nil {
			t.Fatal(err)
		}
		return gen
	}
	var release func(context.Context) error
	var heldGen, heldPostings int
	for step := range 40 {
		switch step {
		case holdFrom:
			release, heldGen = s.DeferCopyFolds(), generation()
		case holdEnd:
			// Held back, a fold waits for heldFolds times as many postings
			// (the tail held at most 40 when the hold began).
			if folds := generation() - heldGen; folds > (40+heldPostings)/(heldFolds*40) {
				t.Fatalf("the index was folded %d times while folds were held back, for %d postings", folds, heldPostings)
			}
			if err := release(ctx); err != nil {
				t.Fatal(err)
			}
			if g := generation(); g == heldGen {
				t.Fatal("the tail was not folded when the hold ended")
			}
		}
		var checks []store.CopyCheck
		for range 1 + rng.IntN(6) {
			var a *article.Article
			if len(arts) > 0 && rng.IntN(4) == 0 { // a revision of an earlier article
				old := arts[rng.IntN(len(arts))]
				version[old.URL]++
				a = storetest.Article(old.URL, "", "T", "2026-01-02", fmt.Sprintf("Text of %s, version %d.", old.URL, version[old.URL]))
			} else {
				a = storetest.Article(fmt.Sprintf("https://m.example/%d", len(arts)), "", "T", "2026-01-02", "Text.")
				arts = append(arts, a)
			}
			if _, err := s.Put(ctx, []*article.Article{a}); err != nil {
				t.Fatal(err)
			}
			if slices.ContainsFunc(checks, func(c store.CopyCheck) bool { return c.ArticleID == a.ID }) {
				continue // one check per article per batch
			}
			var keys []uint64
			for _, i := range rng.Perm(len(space))[:rng.IntN(8)] {
				keys = append(keys, space[i])
			}
			checks = append(checks, store.CopyCheck{ArticleID: a.ID, ContentHash: a.ContentHash, Keys: keys})
		}
		if err := s.SaveCopyChecks(ctx, checks); err != nil {
			t.Fatal(err)
		}
		for _, c := range checks {
			model.save(c.ArticleID, c.Keys)
			if step >= holdFrom && step < holdEnd {
				heldPostings += len(c.Keys)
			}
		}
		for _, st := range []*Store{s, other} {
			limit := []int{0, 2, 100}[step%3]
			got, err := storetestPostings(st, append(slices.Clone(space), space[3], 12345), limit)
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range space {
				if want := model.postings(k, limit); fmt.Sprint(got[k]) != fmt.Sprint(want) {
					t.Fatalf("step %d, key %x, limit %d: postings %v, want %v", step, k, limit, got[k], want)
				}
			}
			if len(got[12345]) != 0 {
				t.Fatalf("an unknown key has postings %v", got[12345])
			}
		}
	}
	var runs, last, gen int
	if err := s.db.QueryRow(`SELECT (SELECT count(*) FROM copy_runs), (SELECT max(id) FROM copy_runs),
		(SELECT generation FROM copy_index_state)`).Scan(&runs, &last, &gen); err != nil {
		t.Fatal(err)
	}
	// Each fold and each merge writes a run with the next id.
	minFolds := 5
	if holdFrom >= 0 {
		minFolds = 3
	}
	if runs < 1 || runs > 4 || gen < minFolds || last <= gen {
		t.Errorf("%d runs, the last numbered %d, after %d folds: folds or merges did not happen as they should", runs, last, gen)
	}
}

// TestCopyKeysConverted checks that an index written before migration 8
// (the copy_keys table) is moved into a run on first use, without the keys
// of replaced checks.
func TestCopyKeysConverted(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := migrations(migrationFiles)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms[:7] {
		if _, err := db.Exec(m.sql); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(`PRAGMA user_version = 7`); err != nil {
		t.Fatal(err)
	}
	for i, id := range []string{"a1", "a2", "a3"} {
		if _, err := db.Exec(`INSERT INTO articles (id, body, added, updated, content_hash) VALUES (?, 'x', '', '', ?)`, id, id); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO copy_checks (seq, article_id, content_hash, checked) VALUES (?, ?, ?, '')`, i+2, id, id); err != nil {
			t.Fatal(err)
		}
	}
	// seq 1 is a check since replaced; keys -5 and 9 are negative and
	// positive as SQLite stores them.
	for _, r := range [][2]int64{{9, 1}, {9, 2}, {9, 4}, {-5, 3}, {-5, 2}, {42, 3}} {
		if _, err := db.Exec(`INSERT INTO copy_keys (key, seq) VALUES (?, ?)`, r[0], r[1]); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, err := s.CountUnchecked(ctx); err != nil || n != 0 {
		t.Errorf("CountUnchecked = %d, %v; want 0", n, err)
	}
	neg := uint64(1<<64 - 5)
	got, err := storetestPostings(s, []uint64{9, neg, 42}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got[9], got[neg], got[42]) != "[a1 a3] [a1 a2] [a2]" {
		t.Errorf("postings after conversion: %v %v %v", got[9], got[neg], got[42])
	}
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'copy_keys'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("copy_keys still there (%d, %v)", n, err)
	}
}

// storetestPostings returns all the holders of keys.
func storetestPostings(s *Store, keys []uint64, limit int) (map[uint64][]string, error) {
	hs, err := s.CopyHolders(context.Background(), keys, limit, nil)
	if err != nil {
		return nil, err
	}
	out := map[uint64][]string{}
	for i, h := range hs {
		if h.N != len(h.IDs) {
			return nil, fmt.Errorf("key %x: %d counted, %d ids", keys[i], h.N, len(h.IDs))
		}
		if h.N > 0 {
			out[keys[i]] = h.IDs
		}
	}
	return out, nil
}

func TestMergePostings(t *testing.T) {
	p := func(key uint64, seq uint32) posting { return posting{key: key, seq: seq} }
	for _, tc := range []struct {
		name string
		a, b []posting
		room int // spare capacity in a
	}{
		{"both empty", nil, nil, 0},
		{"into empty", nil, []posting{p(1, 1), p(2, 1)}, 0},
		{"empty added", []posting{p(1, 1)}, nil, 0},
		{"interleaved", []posting{p(1, 1), p(3, 1), p(5, 1)}, []posting{p(2, 2), p(4, 2), p(6, 2)}, 0},
		{"interleaved, room to spare", []posting{p(1, 1), p(3, 1), p(5, 1)}, []posting{p(2, 2), p(4, 2), p(6, 2)}, 8},
		{"same keys, seq order", []posting{p(7, 1), p(7, 3)}, []posting{p(7, 2), p(7, 4)}, 2},
		{"all before", []posting{p(9, 1)}, []posting{p(1, 2), p(2, 2)}, 1},
		{"all after", []posting{p(1, 1), p(2, 1)}, []posting{p(9, 2)}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := append(make([]posting, 0, len(tc.a)+tc.room), tc.a...)
			want := slices.SortedFunc(slices.Values(append(slices.Clone(tc.a), tc.b...)), comparePostings)
			got := mergePostings(a, slices.Clone(tc.b))
			if !slices.Equal(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}
