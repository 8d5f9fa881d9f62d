package postgres

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/parallax-news/parallax/internal/store"
)

// indexBatch is how many articles IndexText indexes per transaction.
const indexBatch = 2000

// searchVector is an article's text vector, from articles a: the title
// weighted A, the text D. to_tsvector refuses a text whose vector passes
// 1 MB, so the first 256 KiB of a text is indexed.
const searchVector = `setweight(to_tsvector('english', a.title), 'A') || setweight(to_tsvector('english', left(a.body, 262144)), 'D')`

// TextPending counts the articles waiting for the full-text index; see
// store.Store.
func (s *Store) TextPending(ctx context.Context) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM fts_queue`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles to index: %w", err)
	}
	return n, nil
}

// IndexText indexes up to limit of the queued articles (all when limit <=
// 0), oldest first, a batch per transaction; see store.Store. Several
// indexers may work at once, in this process or others: each takes queued
// articles the others have not locked (FOR UPDATE SKIP LOCKED). Indexing
// them all, it runs one indexer per two connections of the pool, since
// the stemmer's work is the server's.
func (s *Store) IndexText(ctx context.Context, limit int) (int, error) {
	if limit > 0 {
		return s.indexUpTo(ctx, limit, false)
	}
	workers := max(1, int(s.pool.Config().MaxConns)/2)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		done  int
		first error
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, err := s.indexUpTo(ctx, 0, false)
			mu.Lock()
			defer mu.Unlock()
			done += n
			if first == nil {
				first = err
			}
		}()
	}
	wg.Wait()
	if first != nil {
		return done, first
	}
	// Batches that other indexers hold are waited for, so that what was
	// stored before the call is indexed when it returns.
	n, err := s.indexUpTo(ctx, 0, true)
	return done + n, err
}

// indexUpTo indexes queued articles a batch at a time until it has
// indexed limit of them (with limit > 0) or finds none left: none unlocked,
// or, with wait, none once other indexers' batches are committed.
func (s *Store) indexUpTo(ctx context.Context, limit int, wait bool) (int, error) {
	lock := `FOR UPDATE SKIP LOCKED`
	if wait {
		lock = `FOR UPDATE`
	}
	done := 0
	for limit <= 0 || done < limit {
		n := indexBatch
		if limit > 0 {
			n = min(n, limit-done)
		}
		tag, err := s.pool.Exec(ctx, `WITH q AS (DELETE FROM fts_queue WHERE article IN
				(SELECT article FROM fts_queue ORDER BY article LIMIT $1 `+lock+`) RETURNING article)
			INSERT INTO article_search (article, search) SELECT a.seq, `+searchVector+` FROM articles a JOIN q ON q.article = a.seq
			ON CONFLICT (article) DO UPDATE SET search = excluded.search`, n)
		if err != nil {
			return done, fmt.Errorf("full-text index: %w", err)
		}
		got := int(tag.RowsAffected())
		done += got
		if got == 0 {
			return done, nil
		}
	}
	return done, nil
}

// matching is a condition on articles a that they match tsq.
func matching(tsq string) string {
	return `a.seq IN (SELECT article FROM article_search WHERE search @@ ` + tsq + `)`
}

// tsQuery writes a query as a tsquery expression over arguments numbered
// from next: the words and phrases through websearch_to_tsquery (every
// term quoted, so that nothing typed becomes an operator), the prefix
// terms through to_tsquery as word:* (their words hold only letters and
// digits), all of them required.
func tsQuery(q store.Query, next int) (string, []any) {
	var words store.Query
	var prefixes []string
	for _, t := range q.Terms {
		if t.Prefix && len(t.Words) == 1 {
			prefixes = append(prefixes, t.Words[0]+":*")
			continue
		}
		words.Terms = append(words.Terms, store.Term{Words: t.Words})
	}
	var parts []string
	var args []any
	if len(words.Terms) > 0 {
		args = append(args, words.String())
		parts = append(parts, fmt.Sprintf(`websearch_to_tsquery('english', $%d)`, next))
		next++
	}
	if len(prefixes) > 0 {
		args = append(args, strings.Join(prefixes, " & "))
		parts = append(parts, fmt.Sprintf(`to_tsquery('english', $%d)`, next))
	}
	return "(" + strings.Join(parts, " && ") + ")", args
}

// parseSearch reads a user's query; ErrBadQuery when it has nothing to
// search for.
func parseSearch(what, query string) (store.Query, error) {
	pq := store.ParseQuery(query)
	if pq.Empty() {
		return pq, fmt.Errorf("%s %q: %w: no words to search for", what, query, store.ErrBadQuery)
	}
	return pq, nil
}

// Search runs a full-text query over titles and texts; see store.Store.
// Hits are ranked by ts_rank with the title four times the weight of the
// text (as SQLite's bm25(4, 1)), and only the first limit get a snippet.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]store.Hit, error) {
	pq, err := parseSearch("search", query)
	if err != nil {
		return nil, err
	}
	if limit <= 0 {
		limit = 20
	}
	if _, err := s.IndexText(ctx, 0); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	tsq, args := tsQuery(pq, 2)
	rows, err := s.pool.Query(ctx, `WITH q AS (SELECT `+tsq+` AS q)
		SELECT `+articleColumns+`, h.rank,
			ts_headline('english', a.body, q.q, 'StartSel=**, StopSel=**, MinWords=10, MaxWords=24, MaxFragments=1, FragmentDelimiter=" … "')
		FROM (SELECT s.article, ts_rank('{0.25, 0.25, 0.25, 1.0}', s.search, q.q, 1) AS rank
		      FROM article_search s, q WHERE s.search @@ q.q ORDER BY rank DESC, s.article LIMIT $1) h
		JOIN articles a ON a.seq = h.article CROSS JOIN q
		ORDER BY h.rank DESC, a.id`, append([]any{limit}, args...)...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var hits []store.Hit
	for rows.Next() {
		var h store.Hit
		var rank float32
		a, err := scanArticle(rows, &rank, &h.Snippet)
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		h.Article, h.Score = a, float64(rank)
		h.Snippet = strings.ReplaceAll(h.Snippet, "\n\n", " ") // paragraphs are joined by blank lines
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return hits, nil
}

// MatchText says which articles match a full-text query; see
// store.WatchStore.
func (s *Store) MatchText(ctx context.Context, query string, ids []string) (map[string]bool, error) {
	pq, err := parseSearch("match", query)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	// The index must hold every article stored so far.
	if _, err := s.IndexText(ctx, 0); err != nil {
		return nil, fmt.Errorf("match %q: %w", query, err)
	}
	tsq, args := tsQuery(pq, 2)
	rows, err := s.pool.Query(ctx, `SELECT a.id FROM articles a WHERE a.id = ANY($1) AND `+matching(tsq),
		append([]any{ids}, args...)...)
	if err != nil {
		return nil, fmt.Errorf("match %q: %w", query, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("match %q: %w", query, err)
		}
		out[id] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("match %q: %w", query, err)
	}
	return out, nil
}
