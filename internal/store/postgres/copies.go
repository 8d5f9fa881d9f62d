package postgres

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
)

var _ store.CopyStore = (*Store)(nil)

// Unchecked returns articles not yet checked for copies, from the head of
// the queue; see store.CopyStore.
func (s *Store) Unchecked(ctx context.Context, limit int) ([]*article.Article, error) {
	arts, err := queryArticles(ctx, s.pool, selectArticle+`
		JOIN (SELECT article FROM copy_queue ORDER BY undated, at, article LIMIT $1) q ON q.article = a.seq
		ORDER BY a.published_unix IS NULL, a.published_unix, a.seq`, limitArg(limit))
	if err != nil {
		return nil, fmt.Errorf("unchecked articles: %w", err)
	}
	return arts, nil
}

// CountUnchecked counts the articles not yet checked for copies.
func (s *Store) CountUnchecked(ctx context.Context) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM copy_queue`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count unchecked articles: %w", err)
	}
	return n, nil
}

// CopyHolders returns the checked articles under each key; see
// store.CopyStore. One query reads, for every key at once, the first
// limit+1 live postings by index-only scans of copy_postings; a second
// reads the article ids of the checks wanted; both in one snapshot.
func (s *Store) CopyHolders(ctx context.Context, keys []uint64, limit int, want func(uint64, int) int) ([]store.CopyHolders, error) {
	out := make([]store.CopyHolders, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	if limit < 0 || limit >= store.MaxCopyPostings {
		return nil, fmt.Errorf("copy holders: limit %d out of range", limit)
	}
	sorted := slices.Compact(slices.Sorted(slices.Values(keys)))
	signed := make([]int64, len(sorted))
	for i, k := range sorted {
		signed[i] = int64(k)
	}
	found := make(map[uint64]*store.CopyHolders, len(sorted))
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT k.key, p.seq FROM unnest($1::bigint[]) AS k(key)
			CROSS JOIN LATERAL (SELECT p.seq FROM copy_postings p WHERE p.key = k.key
				AND NOT EXISTS (SELECT 1 FROM copy_dead d WHERE d.seq = p.seq)
				ORDER BY p.seq LIMIT $2) p`, signed, limit+1)
		if err != nil {
			return err
		}
		seqs := map[uint64][]int64{}
		for rows.Next() {
			var k, seq int64
			if err := rows.Scan(&k, &seq); err != nil {
				rows.Close()
				return err
			}
			seqs[uint64(k)] = append(seqs[uint64(k)], seq)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		var wanted []int64
		for k, l := range seqs {
			slices.Sort(l)
			n := len(l)
			w := n
			if want != nil {
				w = max(0, min(n, want(k, n)))
			}
			seqs[k] = l[:w]
			wanted = append(wanted, l[:w]...)
			found[k] = &store.CopyHolders{N: n}
		}
		ids := map[int64]string{}
		if len(wanted) > 0 {
			rows, err := tx.Query(ctx, `SELECT seq, article_id FROM copy_checks WHERE seq = ANY($1)`, wanted)
			if err != nil {
				return err
			}
			for rows.Next() {
				var seq int64
				var id string
				if err := rows.Scan(&seq, &id); err != nil {
					rows.Close()
					return err
				}
				ids[seq] = id
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
		}
		for k, l := range seqs {
			for _, seq := range l {
				if id, ok := ids[seq]; ok {
					found[k].IDs = append(found[k].IDs, id)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("copy holders: %w", err)
	}
	for i, k := range keys {
		if h := found[k]; h != nil {
			out[i] = store.CopyHolders{N: h.N, IDs: slices.Clone(h.IDs)}
		}
	}
	return out, nil
}

const (
	// qReplaceCheck drops an earlier check of an article (of an earlier
	// revision): its links go, and its postings are listed dead.
	qReplaceCheck = `WITH old AS (DELETE FROM copy_checks WHERE article_id = $1 RETURNING seq),
		dead AS (INSERT INTO copy_dead (seq) SELECT seq FROM old)
		DELETE FROM copy_links WHERE checked_by = $1 AND EXISTS (SELECT 1 FROM old)`
	// qCheck records a check and takes the article off the queue, unless
	// its text changed since it was checked.
	qCheck = `WITH q AS (DELETE FROM copy_queue WHERE article = (SELECT seq FROM articles WHERE id = $1 AND content_hash = $2))
		INSERT INTO copy_checks (article_id, content_hash, checked) VALUES ($1, $2, $3) RETURNING seq`
	// qView keeps a check's cleaned view, or drops the one kept before
	// when it has none ($2 null).
	qView = `WITH gone AS (DELETE FROM clean_views WHERE article_id = $1 AND $2::bytea IS NULL)
		INSERT INTO clean_views (article_id, view) SELECT $1, $2 WHERE $2::bytea IS NOT NULL
		ON CONFLICT (article_id) DO UPDATE SET view = excluded.view`
	qLink = `INSERT INTO copy_links (source, copy, kind, share, detail, found, checked_by)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		ON CONFLICT (source, copy) DO UPDATE SET kind = excluded.kind, share = excluded.share,
			detail = excluded.detail, found = excluded.found, checked_by = excluded.checked_by`
)

// SaveCopyChecks records checks in one transaction; see store.CopyStore.
// The checks and links go as one pipelined batch, the postings by COPY.
func (s *Store) SaveCopyChecks(ctx context.Context, checks []store.CopyCheck) error {
	if len(checks) == 0 {
		return nil
	}
	now := s.now().UTC()
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		for _, c := range checks {
			b.Queue(qReplaceCheck, c.ArticleID)
			b.Queue(qCheck, c.ArticleID, c.ContentHash, now)
			var view any
			if len(c.CleanView) > 0 {
				view = c.CleanView
			}
			b.Queue(qView, c.ArticleID, view)
			for _, l := range c.Links {
				var detail any
				if len(l.Detail) > 0 {
					detail = string(l.Detail)
				}
				b.Queue(qLink, l.Source, l.Copy, l.Kind, l.Share, detail, now, c.ArticleID)
			}
		}
		br := tx.SendBatch(ctx, b)
		seqs := make([]int64, len(checks))
		for i, c := range checks {
			if _, err := br.Exec(); err != nil {
				br.Close()
				return fmt.Errorf("check of %s: %w", c.ArticleID, err)
			}
			if err := br.QueryRow().Scan(&seqs[i]); err != nil {
				br.Close()
				return fmt.Errorf("check of %s: %w", c.ArticleID, err)
			}
			if _, err := br.Exec(); err != nil {
				br.Close()
				return fmt.Errorf("check of %s: clean view: %w", c.ArticleID, err)
			}
			for _, l := range c.Links {
				if _, err := br.Exec(); err != nil {
					br.Close()
					return fmt.Errorf("check of %s: link %s -> %s: %w", c.ArticleID, l.Source, l.Copy, err)
				}
			}
		}
		if err := br.Close(); err != nil {
			return err
		}
		// The postings go in key order, as the B-tree holds them, so that
		// the batch's inserts sweep the index once instead of landing on
		// random pages of it.
		type posting struct{ key, seq int64 }
		var ps []posting
		for i, c := range checks {
			for _, k := range slices.Compact(slices.Sorted(slices.Values(c.Keys))) {
				ps = append(ps, posting{int64(k), seqs[i]})
			}
		}
		slices.SortFunc(ps, func(a, b posting) int {
			if a.key != b.key {
				return cmp.Compare(a.key, b.key)
			}
			return cmp.Compare(a.seq, b.seq)
		})
		rows := make([][]any, len(ps))
		for i, p := range ps {
			rows[i] = []any{p.key, p.seq}
		}
		if len(rows) > 0 {
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{"copy_postings"}, []string{"key", "seq"}, pgx.CopyFromRows(rows)); err != nil {
				return fmt.Errorf("keys: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("save copy checks: %w", err)
	}
	return nil
}

const linkColumns = `source, copy, kind, share, detail, found, checked_by`

// scanLink reads linkColumns (plus extra destinations).
func scanLink(r pgx.Row, extra ...any) (store.CopyLink, error) {
	var l store.CopyLink
	var detail []byte
	if err := r.Scan(append([]any{&l.Source, &l.Copy, &l.Kind, &l.Share, &detail, &l.Found, &l.CheckedBy}, extra...)...); err != nil {
		return l, err
	}
	if detail != nil {
		l.Detail = json.RawMessage(detail)
	}
	l.Found = l.Found.UTC()
	return l, nil
}

// CopyLinks returns copy relations; see store.CopyStore.
func (s *Store) CopyLinks(ctx context.Context, id string) ([]store.CopyLink, error) {
	q := `SELECT ` + linkColumns + ` FROM copy_links`
	var a args
	if id != "" {
		p := a.add(id)
		q += ` WHERE source = ` + p + ` OR copy = ` + p
	}
	rows, err := s.pool.Query(ctx, q+` ORDER BY share DESC, source, copy`, a...)
	if err != nil {
		return nil, fmt.Errorf("copy links: %w", err)
	}
	defer rows.Close()
	var out []store.CopyLink
	for rows.Next() {
		l, err := scanLink(rows)
		if err != nil {
			return nil, fmt.Errorf("copy links: %w", err)
		}
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("copy links: %w", err)
	}
	return out, nil
}

// CopyKinds counts the stored relations by kind; see store.CopyStore.
func (s *Store) CopyKinds(ctx context.Context) (map[string]int, error) {
	rows, err := s.pool.Query(ctx, `SELECT kind, count(*) FROM copy_links GROUP BY kind`)
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
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT source, copy, kind, share, found, checked_by FROM copy_links
		WHERE copy = ANY($1) ORDER BY copy, share DESC, source`, ids)
	if err != nil {
		return nil, fmt.Errorf("copies of articles: %w", err)
	}
	defer rows.Close()
	var out []store.CopyLink
	for rows.Next() {
		var l store.CopyLink
		if err := rows.Scan(&l.Source, &l.Copy, &l.Kind, &l.Share, &l.Found, &l.CheckedBy); err != nil {
			return nil, fmt.Errorf("copies of articles: %w", err)
		}
		l.Found = l.Found.UTC()
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("copies of articles: %w", err)
	}
	return out, nil
}

// LastCopyCheck returns the number of the last check saved; see
// store.CopyStore. Checks replaced since are gone from copy_checks but
// listed in copy_dead.
func (s *Store) LastCopyCheck(ctx context.Context) (int64, error) {
	var seq int64
	err := s.pool.QueryRow(ctx, `SELECT GREATEST(
		COALESCE((SELECT max(seq) FROM copy_checks), 0),
		COALESCE((SELECT max(seq) FROM copy_dead), 0))`).Scan(&seq)
	if err != nil {
		return 0, fmt.Errorf("last copy check: %w", err)
	}
	return seq, nil
}

// CurrentCopyChecks returns the current checks of articles; see
// store.CopyStore.
func (s *Store) CurrentCopyChecks(ctx context.Context, ids []string) (map[string]store.CopyCheckRef, error) {
	out := make(map[string]store.CopyCheckRef, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT article_id, seq, content_hash FROM copy_checks WHERE article_id = ANY($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("current copy checks: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var r store.CopyCheckRef
		if err := rows.Scan(&id, &r.Seq, &r.ContentHash); err != nil {
			return nil, fmt.Errorf("current copy checks: %w", err)
		}
		out[id] = r
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("current copy checks: %w", err)
	}
	return out, nil
}

// CopyCheckArticles returns the articles of current checks; see
// store.CopyStore.
func (s *Store) CopyCheckArticles(ctx context.Context, seqs []int64) (map[int64]string, error) {
	out := make(map[int64]string, len(seqs))
	if len(seqs) == 0 {
		return out, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT seq, article_id FROM copy_checks WHERE seq = ANY($1)`, seqs)
	if err != nil {
		return nil, fmt.Errorf("articles of copy checks: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var seq int64
		var id string
		if err := rows.Scan(&seq, &id); err != nil {
			return nil, fmt.Errorf("articles of copy checks: %w", err)
		}
		out[seq] = id
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("articles of copy checks: %w", err)
	}
	return out, nil
}

// CopyShards returns how many shards hold the copy index; see
// store.CopyStore.
func (s *Store) CopyShards(ctx context.Context) (int, error) {
	var n int
	err := s.pool.QueryRow(ctx, `SELECT shards FROM copy_shards WHERE id = 1`).Scan(&n)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return 0, fmt.Errorf("copy shards: %w", err)
	}
	return n, nil
}

// SetCopyShards records how many shards hold the copy index; see
// store.CopyStore.
func (s *Store) SetCopyShards(ctx context.Context, n int) error {
	if _, err := s.pool.Exec(ctx, `INSERT INTO copy_shards (id, shards) VALUES (1, $1)
		ON CONFLICT (id) DO UPDATE SET shards = excluded.shards`, n); err != nil {
		return fmt.Errorf("set copy shards: %w", err)
	}
	return nil
}

// CleanViews returns the cleaned views kept with the checks of ids; see
// store.CopyStore.
func (s *Store) CleanViews(ctx context.Context, ids []string) (map[string][]byte, error) {
	out := make(map[string][]byte, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT article_id, view FROM clean_views WHERE article_id = ANY($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("clean views: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var view []byte
		if err := rows.Scan(&id, &view); err != nil {
			return nil, fmt.Errorf("clean views: %w", err)
		}
		out[id] = view
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("clean views: %w", err)
	}
	return out, nil
}
