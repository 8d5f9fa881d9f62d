package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
)

var _ store.CopyStore = (*Store)(nil)

// Unchecked returns articles not yet checked for copies, from the head of
// the queue; see store.CopyStore.
func (s *Store) Unchecked(ctx context.Context, limit int) ([]*article.Article, error) {
	const order = ` ORDER BY a.published_unix IS NULL, a.published_unix, a.rowid`
	arts, err := s.queryArticles(ctx, selectFirst(`SELECT article FROM copy_queue ORDER BY undated, at, article LIMIT ?`)+order, limit)
	if err != nil {
		return nil, fmt.Errorf("unchecked articles: %w", err)
	}
	return arts, nil
}

// CountUnchecked counts the articles not yet checked for copies.
func (s *Store) CountUnchecked(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM copy_queue`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count unchecked articles: %w", err)
	}
	return n, nil
}

// useCopyIndex moves an index written before migration 8 into a run, once.
func (s *Store) useCopyIndex(ctx context.Context) error {
	if s.copies.converted {
		return nil
	}
	if err := s.convertCopyKeys(ctx); err != nil {
		return err
	}
	s.copies.converted = true
	return nil
}

// CopyHolders returns the checked articles under each key; see
// store.CopyStore.
func (s *Store) CopyHolders(ctx context.Context, keys []uint64, limit int, want func(uint64, int) int) ([]store.CopyHolders, error) {
	out := make([]store.CopyHolders, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	if limit < 0 || limit >= store.MaxCopyPostings {
		return nil, fmt.Errorf("copy holders: limit %d out of range", limit)
	}
	// The index is read in key order; at[i] is where keys[i] is in sorted.
	sorted, at := keys, []int(nil)
	if !slices.IsSorted(keys) || len(slices.Compact(slices.Clone(keys))) != len(keys) {
		sorted = slices.Compact(slices.Sorted(slices.Values(keys)))
		at = make([]int, len(keys))
		for i, k := range keys {
			at[i], _ = slices.BinarySearch(sorted, k)
		}
	}
	s.copies.mu.Lock()
	defer s.copies.mu.Unlock()
	if err := s.useCopyIndex(ctx); err != nil {
		return nil, err
	}
	found := make([]store.CopyHolders, len(sorted))
	err := s.readSnapshot(ctx, func(q querier) error {
		seqs, err := s.copies.lookup(ctx, q, sorted)
		if err != nil {
			return err
		}
		wanted := map[uint32]bool{}
		for i, l := range seqs {
			n := min(len(l), limit+1)
			w := n
			if want != nil && n > 0 {
				w = max(0, min(n, want(sorted[i], n)))
			}
			seqs[i] = l[:w]
			for _, seq := range seqs[i] {
				wanted[seq] = true
			}
			found[i].N = n
		}
		ids, err := seqIDs(ctx, q, wanted)
		if err != nil {
			return err
		}
		for i, l := range seqs {
			for _, seq := range l {
				if id, ok := ids[seq]; ok {
					found[i].IDs = append(found[i].IDs, id)
				}
			}
		}
		return nil
	})
	if err != nil {
		s.copies.gen = -1 // reload everything next time
		return nil, fmt.Errorf("copy holders: %w", err)
	}
	if at == nil {
		return found, nil
	}
	for i := range keys {
		out[i] = found[at[i]]
	}
	return out, nil
}

// SaveCopyChecks records checks in one transaction; see store.CopyStore.
// The keys go to the index's tail, which is folded into a run in key order
// when it has grown enough.
func (s *Store) SaveCopyChecks(ctx context.Context, checks []store.CopyCheck) error {
	if len(checks) == 0 {
		return nil
	}
	s.copies.mu.Lock()
	err := s.useCopyIndex(ctx)
	s.copies.mu.Unlock()
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save copy checks: begin: %w", err)
	}
	defer tx.Rollback()
	now := s.now().UTC().Format(time.RFC3339Nano)
	const (
		qOld = `SELECT seq, COALESCE((SELECT length(keys) / 8 FROM copy_tail t WHERE t.seq = c.seq), 0)
			FROM copy_checks c WHERE article_id = ?`
		qDropCheck = `DELETE FROM copy_checks WHERE seq = ?`
		qDropTail  = `DELETE FROM copy_tail WHERE seq = ?`
		qDead      = `INSERT INTO copy_dead (seq) VALUES (?)`
		qDropLinks = `DELETE FROM copy_links WHERE checked_by = ?`
		qCheck     = `INSERT INTO copy_checks (article_id, content_hash, checked) VALUES (?, ?, ?)`
		qTail      = `INSERT INTO copy_tail (seq, keys) VALUES (?, ?)`
		qDequeue   = `DELETE FROM copy_queue WHERE article = (SELECT rowid FROM articles WHERE id = ? AND content_hash = ?)`
		qLink      = `INSERT INTO copy_links (source, copy, kind, share, detail, found, checked_by)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (source, copy) DO UPDATE SET kind = excluded.kind, share = excluded.share,
				detail = excluded.detail, found = excluded.found, checked_by = excluded.checked_by`
		qView = `INSERT INTO clean_views (article_id, view) VALUES (?, ?)
			ON CONFLICT (article_id) DO UPDATE SET view = excluded.view`
		qDropView = `DELETE FROM clean_views WHERE article_id = ?`
	)
	stmts := newStmtCache(tx)
	defer stmts.close()
	added := 0
	var blob []byte
	for _, c := range checks {
		// An earlier check of this article (of an earlier revision): its
		// links go, and so do its check and its tail record; runs may
		// still hold its postings, which copy_dead tells lookups to skip.
		var old int64
		var oldKeys int
		switch err := stmts.queryRow(ctx, qOld, c.ArticleID).Scan(&old, &oldKeys); {
		case err == nil:
			added -= oldKeys
			for _, q := range []string{qDropCheck, qDropTail, qDead} {
				if _, err := stmts.exec(ctx, q, old); err != nil {
					return fmt.Errorf("save copy check %s: %w", c.ArticleID, err)
				}
			}
			if _, err := stmts.exec(ctx, qDropLinks, c.ArticleID); err != nil {
				return fmt.Errorf("save copy check %s: %w", c.ArticleID, err)
			}
		case !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("save copy check %s: %w", c.ArticleID, err)
		}
		res, err := stmts.exec(ctx, qCheck, c.ArticleID, c.ContentHash, now)
		if err != nil {
			return fmt.Errorf("save copy check %s: %w", c.ArticleID, err)
		}
		seq, err := res.LastInsertId()
		if err != nil {
			return fmt.Errorf("save copy check %s: %w", c.ArticleID, err)
		}
		if seq > math.MaxUint32 {
			return fmt.Errorf("save copy check %s: check number %d too large", c.ArticleID, seq)
		}
		if len(c.Keys) > 0 {
			blob = blob[:0]
			for _, k := range c.Keys {
				blob = binary.LittleEndian.AppendUint64(blob, k)
			}
			if _, err := stmts.exec(ctx, qTail, seq, blob); err != nil {
				return fmt.Errorf("save copy check %s: keys: %w", c.ArticleID, err)
			}
			added += len(c.Keys)
		}
		if len(c.CleanView) > 0 {
			_, err = stmts.exec(ctx, qView, c.ArticleID, c.CleanView)
		} else {
			_, err = stmts.exec(ctx, qDropView, c.ArticleID)
		}
		if err != nil {
			return fmt.Errorf("save copy check %s: clean view: %w", c.ArticleID, err)
		}
		if _, err := stmts.exec(ctx, qDequeue, c.ArticleID, c.ContentHash); err != nil {
			return fmt.Errorf("save copy check %s: %w", c.ArticleID, err)
		}
		for _, l := range c.Links {
			if _, err := stmts.exec(ctx, qLink, l.Source, l.Copy, l.Kind, l.Share, string(l.Detail), now, c.ArticleID); err != nil {
				return fmt.Errorf("save copy check %s: link %s -> %s: %w", c.ArticleID, l.Source, l.Copy, err)
			}
		}
	}
	var tail int64
	if err := tx.QueryRowContext(ctx, `UPDATE copy_index_state SET tail_postings = tail_postings + ? WHERE id = 1 RETURNING tail_postings`,
		added).Scan(&tail); err != nil {
		return fmt.Errorf("save copy checks: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save copy checks: commit: %w", err)
	}
	s.copies.mu.Lock()
	foldAt := s.copies.foldAt
	if s.copies.deferred > 0 {
		foldAt *= heldFolds
	}
	s.copies.mu.Unlock()
	if tail >= foldAt {
		return s.foldCopyTail(ctx, false)
	}
	return nil
}

// heldFolds is how many times larger the tail may grow while folds are
// held back (DeferCopyFolds): the memory of every reader of the index
// holds the tail (16 bytes a posting, 128 MiB at this size), so a long
// run still folds now and then.
const heldFolds = 4

// DeferCopyFolds holds back the folding of the copy index's tail into runs
// while many checks are saved in a row (a first import, a backfill), and
// returns the function that ends the hold and folds the tail if it has
// grown to the fold size. Folding every foldPostings postings rewrote each
// posting about log2(N / foldPostings) times as runs were merged, a cost
// per article that grew with the archive; held back, the tail is folded
// every heldFolds × foldPostings postings and at the end, so a first import
// of ABP writes each posting into a run about once. Lookups meanwhile read
// the tail from memory. An interruption loses nothing: the next save folds
// the tail.
func (s *Store) DeferCopyFolds() func(context.Context) error {
	s.copies.mu.Lock()
	s.copies.deferred++
	s.copies.mu.Unlock()
	var once sync.Once
	return func(ctx context.Context) error {
		var err error
		once.Do(func() {
			s.copies.mu.Lock()
			s.copies.deferred--
			last := s.copies.deferred == 0
			s.copies.mu.Unlock()
			if !last {
				return
			}
			var tail int64
			if err = s.db.QueryRowContext(ctx, `SELECT tail_postings FROM copy_index_state WHERE id = 1`).Scan(&tail); err != nil {
				err = fmt.Errorf("fold copy index: %w", err)
				return
			}
			if tail >= s.copies.foldAt {
				err = s.foldCopyTail(ctx, false)
			}
		})
		return err
	}
}

// CopyLinks returns copy relations; see store.CopyStore.
func (s *Store) CopyLinks(ctx context.Context, id string) ([]store.CopyLink, error) {
	q := `SELECT source, copy, kind, share, detail, found, checked_by FROM copy_links`
	var args []any
	if id != "" {
		q += ` WHERE source = ? OR copy = ?`
		args = append(args, id, id)
	}
	rows, err := s.db.QueryContext(ctx, q+` ORDER BY share DESC, source, copy`, args...)
	if err != nil {
		return nil, fmt.Errorf("copy links: %w", err)
	}
	defer rows.Close()
	var out []store.CopyLink
	for rows.Next() {
		var l store.CopyLink
		var detail, found string
		if err := rows.Scan(&l.Source, &l.Copy, &l.Kind, &l.Share, &detail, &found, &l.CheckedBy); err != nil {
			return nil, fmt.Errorf("copy links: %w", err)
		}
		l.Detail = json.RawMessage(detail)
		l.Found, _ = time.Parse(time.RFC3339Nano, found)
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("copy links: %w", err)
	}
	return out, nil
}

// CopyKinds counts the stored relations by kind; see store.CopyStore.
func (s *Store) CopyKinds(ctx context.Context) (map[string]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT kind, count(*) FROM copy_links GROUP BY kind`)
	if err != nil {
		return nil, fmt.Errorf("count copy links: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var kind string
		var n int
		if err := rows.Scan(&kind, &n); err != nil {
			return nil, fmt.Errorf("count copy links: %w", err)
		}
		out[kind] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count copy links: %w", err)
	}
	return out, nil
}

// CopiesOf returns the relations whose copy is one of ids, without their
// detail; see store.CopyStore.
func (s *Store) CopiesOf(ctx context.Context, ids []string) ([]store.CopyLink, error) {
	var out []store.CopyLink
	const chunk = 500
	for start := 0; start < len(ids); start += chunk {
		list, _ := json.Marshal(ids[start:min(start+chunk, len(ids))]) // a []string always marshals
		rows, err := s.db.QueryContext(ctx, `SELECT source, copy, kind, share, found, checked_by FROM copy_links
			WHERE copy IN (SELECT value FROM json_each(?)) ORDER BY copy, share DESC, source`, string(list))
		if err != nil {
			return nil, fmt.Errorf("copies of articles: %w", err)
		}
		for rows.Next() {
			var l store.CopyLink
			var found string
			if err := rows.Scan(&l.Source, &l.Copy, &l.Kind, &l.Share, &found, &l.CheckedBy); err != nil {
				rows.Close()
				return nil, fmt.Errorf("copies of articles: %w", err)
			}
			l.Found, _ = time.Parse(time.RFC3339Nano, found)
			out = append(out, l)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("copies of articles: %w", err)
		}
	}
	return out, nil
}

// LastCopyCheck returns the number of the last check saved; see
// store.CopyStore. Numbers are never reused (AUTOINCREMENT), so the
// largest ever given is the one sqlite_sequence keeps.
func (s *Store) LastCopyCheck(ctx context.Context) (int64, error) {
	var seq int64
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(max(seq), 0) FROM (
		SELECT seq FROM sqlite_sequence WHERE name = 'copy_checks'
		UNION ALL SELECT max(seq) FROM copy_checks)`).Scan(&seq)
	if err != nil {
		return 0, fmt.Errorf("last copy check: %w", err)
	}
	return seq, nil
}

// CurrentCopyChecks returns the current checks of articles; see
// store.CopyStore.
func (s *Store) CurrentCopyChecks(ctx context.Context, ids []string) (map[string]store.CopyCheckRef, error) {
	out := make(map[string]store.CopyCheckRef, len(ids))
	const chunk = 1000
	for start := 0; start < len(ids); start += chunk {
		list, _ := json.Marshal(ids[start:min(start+chunk, len(ids))]) // a []string always marshals
		rows, err := s.db.QueryContext(ctx, `SELECT article_id, seq, content_hash FROM copy_checks
			WHERE article_id IN (SELECT value FROM json_each(?))`, string(list))
		if err != nil {
			return nil, fmt.Errorf("current copy checks: %w", err)
		}
		for rows.Next() {
			var id string
			var r store.CopyCheckRef
			if err := rows.Scan(&id, &r.Seq, &r.ContentHash); err != nil {
				rows.Close()
				return nil, fmt.Errorf("current copy checks: %w", err)
			}
			out[id] = r
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("current copy checks: %w", err)
		}
	}
	return out, nil
}

// CopyCheckArticles returns the articles of current checks; see
// store.CopyStore.
func (s *Store) CopyCheckArticles(ctx context.Context, seqs []int64) (map[int64]string, error) {
	out := make(map[int64]string, len(seqs))
	const chunk = 5000
	for start := 0; start < len(seqs); start += chunk {
		list, _ := json.Marshal(seqs[start:min(start+chunk, len(seqs))]) // an []int64 always marshals
		rows, err := s.db.QueryContext(ctx, `SELECT seq, article_id FROM copy_checks
			WHERE seq IN (SELECT value FROM json_each(?))`, string(list))
		if err != nil {
			return nil, fmt.Errorf("articles of copy checks: %w", err)
		}
		for rows.Next() {
			var seq int64
			var id string
			if err := rows.Scan(&seq, &id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("articles of copy checks: %w", err)
			}
			out[seq] = id
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("articles of copy checks: %w", err)
		}
	}
	return out, nil
}

// CopyShards returns how many shards hold the copy index; see
// store.CopyStore.
func (s *Store) CopyShards(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT shards FROM copy_shards WHERE id = 1`).Scan(&n)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("copy shards: %w", err)
	}
	return n, nil
}

// SetCopyShards records how many shards hold the copy index; see
// store.CopyStore.
func (s *Store) SetCopyShards(ctx context.Context, n int) error {
	if _, err := s.db.ExecContext(ctx, `INSERT INTO copy_shards (id, shards) VALUES (1, ?)
		ON CONFLICT (id) DO UPDATE SET shards = excluded.shards`, n); err != nil {
		return fmt.Errorf("set copy shards: %w", err)
	}
	return nil
}

// CleanViews returns the cleaned views kept with the checks of ids; see
// store.CopyStore.
func (s *Store) CleanViews(ctx context.Context, ids []string) (map[string][]byte, error) {
	out := make(map[string][]byte, len(ids))
	const chunk = 2000
	for start := 0; start < len(ids); start += chunk {
		list, _ := json.Marshal(ids[start:min(start+chunk, len(ids))]) // a []string always marshals
		rows, err := s.db.QueryContext(ctx, `SELECT article_id, view FROM clean_views
			WHERE article_id IN (SELECT value FROM json_each(?))`, string(list))
		if err != nil {
			return nil, fmt.Errorf("clean views: %w", err)
		}
		for rows.Next() {
			var id string
			var view []byte
			if err := rows.Scan(&id, &view); err != nil {
				rows.Close()
				return nil, fmt.Errorf("clean views: %w", err)
			}
			out[id] = view
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("clean views: %w", err)
		}
	}
	return out, nil
}
