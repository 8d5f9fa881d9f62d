package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/parallax-news/parallax/internal/store"
)

// The copy index maps signature keys to the checks (copy_checks.seq) that
// have them. It is log-structured, so that its cost per article stays flat
// as the archive grows:
//
//   - the tail: the keys of the latest checks, one record per check
//     (copy_tail), appended as checks are saved and read into memory;
//   - runs: postings sorted by key then check, in chunks of about
//     chunkPostings (a key's postings never straddle two chunks), with a
//     directory of each chunk's first key (copy_runs, copy_chunks).
//
// When the tail holds foldPostings postings it is folded into a new run,
// written in key order in one pass; a run is merged with the one before it
// while that one is no larger, so a posting is rewritten about log2(N /
// foldPostings) times and there are about as many runs. A lookup reads
// only the chunks its keys fall in. A random-key B-tree, by contrast,
// rewrote most of its leaf pages at every commit.
const (
	chunkPostings = 512
	foldPostings  = 1 << 21
	postingBytes  = 12 // key (8 bytes), seq (4 bytes), little-endian
)

// posting is one (key, check) entry of the index.
type posting struct {
	key uint64
	seq uint32
}

func comparePostings(a, b posting) int {
	if c := cmp.Compare(a.key, b.key); c != 0 {
		return c
	}
	return cmp.Compare(a.seq, b.seq)
}

// copyRun is one sorted run, as the index keeps it in memory: where it is
// and the first key of each of its chunks.
type copyRun struct {
	id                int64
	firstSeq, lastSeq int64
	postings          int64
	dir               []uint64
}

// copyIndex is one Store's view of the index: the runs' directories and
// the tail, sorted, refreshed from the database before each lookup.
type copyIndex struct {
	foldAt    int64 // the tail size that triggers a fold: foldPostings but in tests
	deferred  int   // callers of DeferCopyFolds not done yet: no folds
	mu        sync.Mutex
	converted bool  // copy_keys (before migration 8) has been moved into a run
	gen       int64 // the generation of runs loaded; -1: none
	runs      []copyRun
	tail      []posting       // sorted
	tailSeq   int64           // the last tail record loaded
	dead      map[uint32]bool // checks since replaced
	deadID    int64           // the last copy_dead row loaded
}

// querier is what lookups need of a connection or transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// readSnapshot runs fn in one read transaction, so that everything it
// reads comes from one state of the database.
func (s *Store) readSnapshot(ctx context.Context, fn func(q querier) error) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN`); err != nil { // deferred: a read transaction
		return err
	}
	if err := fn(conn); err != nil {
		_, _ = conn.ExecContext(context.WithoutCancel(ctx), `ROLLBACK`)
		return err
	}
	_, err = conn.ExecContext(ctx, `COMMIT`)
	return err
}

// lookup returns the seqs of the checks under each key, in check order,
// without the checks since replaced: out[i] for keys[i]. keys must be
// sorted and distinct. The caller holds x.mu.
func (x *copyIndex) lookup(ctx context.Context, q querier, keys []uint64) ([][]uint32, error) {
	if err := x.refresh(ctx, q); err != nil {
		return nil, err
	}
	out := make([][]uint32, len(keys))
	for _, r := range x.runs {
		if err := lookupRun(ctx, q, r, keys, out); err != nil {
			return nil, fmt.Errorf("run %d: %w", r.id, err)
		}
	}
	// The tail and the keys are both sorted: walk them together, or
	// search the tail when the keys are few.
	t := x.tail
	for i, k := range keys {
		if len(t) == 0 {
			break
		}
		if len(keys) < len(t)/16 {
			j, _ := slices.BinarySearchFunc(t, posting{key: k}, comparePostings)
			t = t[j:]
		} else {
			for len(t) > 0 && t[0].key < k {
				t = t[1:]
			}
		}
		for ; len(t) > 0 && t[0].key == k; t = t[1:] {
			out[i] = append(out[i], t[0].seq)
		}
	}
	if len(x.dead) > 0 {
		for i, seqs := range out {
			out[i] = slices.DeleteFunc(seqs, func(s uint32) bool { return x.dead[s] })
		}
	}
	return out, nil
}

// refresh brings the view up to date: the runs when they changed (and then
// the whole tail), else the tail records added since the last refresh.
func (x *copyIndex) refresh(ctx context.Context, q querier) error {
	var gen int64
	if err := q.QueryRowContext(ctx, `SELECT generation FROM copy_index_state WHERE id = 1`).Scan(&gen); err != nil {
		return fmt.Errorf("read index state: %w", err)
	}
	if gen != x.gen {
		runs, err := readRuns(ctx, q, true)
		if err != nil {
			return err
		}
		x.runs, x.gen, x.tail, x.tailSeq = runs, gen, nil, 0
		x.dead, x.deadID = map[uint32]bool{}, 0
	}
	if err := x.readDead(ctx, q); err != nil {
		return err
	}
	rows, err := q.QueryContext(ctx, `SELECT seq, keys FROM copy_tail WHERE seq > ? ORDER BY seq`, x.tailSeq)
	if err != nil {
		return fmt.Errorf("read index tail: %w", err)
	}
	defer rows.Close()
	var fresh []posting
	for rows.Next() {
		var seq int64
		var keys []byte
		if err := rows.Scan(&seq, &keys); err != nil {
			return fmt.Errorf("read index tail: %w", err)
		}
		fresh = appendKeys(fresh, keys, uint32(seq))
		x.tailSeq = seq
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read index tail: %w", err)
	}
	if len(fresh) > 0 {
		sortByKey(fresh) // read in seq order: now by key, then seq
		x.tail = mergePostings(x.tail, fresh)
	}
	return nil
}

// readDead loads the checks replaced since the last refresh.
func (x *copyIndex) readDead(ctx context.Context, q querier) error {
	rows, err := q.QueryContext(ctx, `SELECT id, seq FROM copy_dead WHERE id > ? ORDER BY id`, x.deadID)
	if err != nil {
		return fmt.Errorf("read replaced checks: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var seq int64
		if err := rows.Scan(&x.deadID, &seq); err != nil {
			return fmt.Errorf("read replaced checks: %w", err)
		}
		x.dead[uint32(seq)] = true
	}
	return rows.Err()
}

// appendKeys appends the postings of one tail record.
func appendKeys(ps []posting, keys []byte, seq uint32) []posting {
	for i := 0; i+8 <= len(keys); i += 8 {
		ps = append(ps, posting{key: binary.LittleEndian.Uint64(keys[i:]), seq: seq})
	}
	return ps
}

// sortByKey sorts postings by key, keeping the order of postings with the
// same key (a least-significant-digit radix sort).
func sortByKey(ps []posting) {
	if len(ps) < 256 {
		slices.SortStableFunc(ps, func(a, b posting) int { return cmp.Compare(a.key, b.key) })
		return
	}
	tmp := make([]posting, len(ps))
	src, dst := ps, tmp
	for shift := uint(0); shift < 64; shift += 8 {
		var count [257]int
		for _, p := range src {
			count[(p.key>>shift)&0xff+1]++
		}
		if count[(src[0].key>>shift)&0xff+1] == len(src) {
			continue // every posting has the same byte here: nothing moves
		}
		for i := 1; i < 257; i++ {
			count[i] += count[i-1]
		}
		for _, p := range src {
			b := (p.key >> shift) & 0xff
			dst[count[b]] = p
			count[b]++
		}
		src, dst = dst, src
	}
	if &src[0] != &ps[0] {
		copy(ps, src)
	}
}

// mergePostings merges the sorted list b into the sorted list a, in a's
// array when it has room (it grows as append grows it, so a tail that
// grows batch by batch is not copied whole at every batch): it merges from
// the back, where a's free room is.
func mergePostings(a, b []posting) []posting {
	n := len(a)
	out := slices.Grow(a, len(b))[:n+len(b)]
	i, j := n-1, len(b)-1
	for k := len(out) - 1; j >= 0; k-- {
		if i >= 0 && comparePostings(out[i], b[j]) > 0 {
			out[k] = out[i]
			i--
		} else {
			out[k] = b[j]
			j--
		}
	}
	return out
}

// readRuns reads the runs, oldest checks first, with their directories
// when dirs is set.
func readRuns(ctx context.Context, q querier, dirs bool) ([]copyRun, error) {
	col := `x''`
	if dirs {
		col = `directory`
	}
	rows, err := q.QueryContext(ctx, `SELECT id, first_seq, last_seq, postings, `+col+` FROM copy_runs ORDER BY first_seq`)
	if err != nil {
		return nil, fmt.Errorf("read index runs: %w", err)
	}
	defer rows.Close()
	var runs []copyRun
	for rows.Next() {
		var r copyRun
		var dir []byte
		if err := rows.Scan(&r.id, &r.firstSeq, &r.lastSeq, &r.postings, &dir); err != nil {
			return nil, fmt.Errorf("read index runs: %w", err)
		}
		r.dir = make([]uint64, len(dir)/8)
		for i := range r.dir {
			r.dir[i] = binary.LittleEndian.Uint64(dir[8*i:])
		}
		runs = append(runs, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read index runs: %w", err)
	}
	return runs, nil
}

// chunkID is the copy_chunks id of chunk n of a run.
func chunkID(run int64, n int) int64 { return run<<24 | int64(n) }

// lookupRun adds to out[i] the seqs under keys[i] (sorted) in run r,
// reading only the chunks the keys fall in.
func lookupRun(ctx context.Context, q querier, r copyRun, keys []uint64, out [][]uint32) error {
	type group struct {
		id     int64
		lo, hi int // keys[lo:hi] fall in chunk id
	}
	var groups []group
	var ids []int64
	c := 0
	for i, k := range keys {
		for c+1 < len(r.dir) && r.dir[c+1] <= k {
			c++
		}
		if len(r.dir) == 0 || r.dir[c] > k {
			continue // before the run's first key
		}
		id := chunkID(r.id, c)
		if n := len(groups); n > 0 && groups[n-1].id == id {
			groups[n-1].hi = i + 1
			continue
		}
		groups = append(groups, group{id: id, lo: i, hi: i + 1})
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		return nil
	}
	arg, _ := json.Marshal(ids) // a []int64 always marshals
	rows, err := q.QueryContext(ctx, `SELECT id, data FROM copy_chunks WHERE id IN (SELECT value FROM json_each(?))`, string(arg))
	if err != nil {
		return err
	}
	defer rows.Close()
	var data []byte
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id, &data); err != nil {
			return err
		}
		g, ok := slices.BinarySearchFunc(groups, id, func(g group, id int64) int { return cmp.Compare(g.id, id) })
		if !ok {
			continue
		}
		n := len(data) / postingBytes
		at := 0 // keys come sorted: search forward from the last one
		for i := groups[g].lo; i < groups[g].hi; i++ {
			k := keys[i]
			lo, hi := at, n
			for lo < hi {
				m := int(uint(lo+hi) >> 1)
				if binary.LittleEndian.Uint64(data[m*postingBytes:]) < k {
					lo = m + 1
				} else {
					hi = m
				}
			}
			for at = lo; at < n && binary.LittleEndian.Uint64(data[at*postingBytes:]) == k; at++ {
				out[i] = append(out[i], binary.LittleEndian.Uint32(data[at*postingBytes+8:]))
			}
		}
	}
	return rows.Err()
}

// seqIDs maps check seqs to their articles; replaced checks are absent.
func seqIDs(ctx context.Context, q querier, seqs map[uint32]bool) (map[uint32]string, error) {
	out := make(map[uint32]string, len(seqs))
	if len(seqs) == 0 {
		return out, nil
	}
	list := make([]uint32, 0, len(seqs))
	for seq := range seqs {
		list = append(list, seq)
	}
	slices.Sort(list)
	arg, _ := json.Marshal(list) // a []uint32 always marshals
	rows, err := q.QueryContext(ctx, `SELECT seq, article_id FROM copy_checks WHERE seq IN (SELECT value FROM json_each(?))`, string(arg))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var seq uint32
		var id string
		if err := rows.Scan(&seq, &id); err != nil {
			return nil, err
		}
		out[seq] = id
	}
	return out, rows.Err()
}

// runWriter writes one run's chunks in key order.
type runWriter struct {
	tx       *sql.Tx
	insert   *sql.Stmt
	id       int64
	buf      []byte
	dir      []byte
	chunks   int
	postings int64
	last     posting
	perKey   int
	firstSeq int64
	lastSeq  int64
}

func newRunWriter(ctx context.Context, tx *sql.Tx) (*runWriter, error) {
	w := &runWriter{tx: tx, firstSeq: math.MaxInt64, buf: make([]byte, 0, (chunkPostings+64)*postingBytes)}
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) + 1 FROM copy_runs`).Scan(&w.id); err != nil {
		return nil, fmt.Errorf("new index run: %w", err)
	}
	var err error
	if w.insert, err = tx.PrepareContext(ctx, `INSERT INTO copy_chunks (id, data) VALUES (?, ?)`); err != nil {
		return nil, fmt.Errorf("new index run: %w", err)
	}
	return w, nil
}

// add appends a posting; postings come sorted. A key keeps at most
// store.MaxCopyPostings postings, its first.
func (w *runWriter) add(ctx context.Context, p posting) error {
	if w.postings > 0 && p.key == w.last.key {
		if w.perKey++; w.perKey > store.MaxCopyPostings {
			return nil
		}
	} else {
		w.perKey = 1
		if len(w.buf) >= chunkPostings*postingBytes {
			if err := w.flush(ctx); err != nil {
				return err
			}
		}
	}
	if len(w.buf) == 0 {
		w.dir = binary.LittleEndian.AppendUint64(w.dir, p.key)
	}
	w.buf = binary.LittleEndian.AppendUint64(w.buf, p.key)
	w.buf = binary.LittleEndian.AppendUint32(w.buf, p.seq)
	w.last = p
	w.postings++
	w.firstSeq = min(w.firstSeq, int64(p.seq))
	w.lastSeq = max(w.lastSeq, int64(p.seq))
	return nil
}

func (w *runWriter) flush(ctx context.Context) error {
	if len(w.buf) == 0 {
		return nil
	}
	if w.chunks >= 1<<24 {
		return errors.New("index run has too many chunks")
	}
	if _, err := w.insert.ExecContext(ctx, chunkID(w.id, w.chunks), w.buf); err != nil {
		return fmt.Errorf("write index chunk: %w", err)
	}
	w.chunks++
	w.buf = w.buf[:0]
	return nil
}

// finish writes the last chunk and records the run, if it has postings.
func (w *runWriter) finish(ctx context.Context) error {
	defer w.insert.Close()
	if err := w.flush(ctx); err != nil {
		return err
	}
	if w.postings == 0 {
		return nil
	}
	_, err := w.tx.ExecContext(ctx, `INSERT INTO copy_runs (id, first_seq, last_seq, postings, directory) VALUES (?, ?, ?, ?, ?)`,
		w.id, w.firstSeq, w.lastSeq, w.postings, w.dir)
	if err != nil {
		return fmt.Errorf("write index run: %w", err)
	}
	return nil
}

// foldCopyTail folds the tail into a new run, then merges runs, in one
// write transaction, when the tail has grown to foldPostings (or, with
// force, whenever it is not empty).
func (s *Store) foldCopyTail(ctx context.Context, force bool) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("fold copy index: begin: %w", err)
	}
	defer tx.Rollback()
	var tail int64
	if err := tx.QueryRowContext(ctx, `SELECT tail_postings FROM copy_index_state WHERE id = 1`).Scan(&tail); err != nil {
		return fmt.Errorf("fold copy index: %w", err)
	}
	if tail == 0 || (tail < s.copies.foldAt && !force) {
		return nil // another process folded it
	}
	// The view's tail, brought up to date inside this transaction, is the
	// stored tail, already sorted.
	if err := s.writeTail(ctx, tx); err != nil {
		return fmt.Errorf("fold copy index: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM copy_tail`); err != nil {
		return fmt.Errorf("fold copy index: %w", err)
	}
	if err := mergeRuns(ctx, tx); err != nil {
		return fmt.Errorf("fold copy index: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE copy_index_state SET tail_postings = 0, generation = generation + 1 WHERE id = 1`); err != nil {
		return fmt.Errorf("fold copy index: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("fold copy index: commit: %w", err)
	}
	return nil
}

// writeTail writes the tail as a new run, from the view's tail brought up
// to date inside tx (so it is the stored tail, already sorted).
func (s *Store) writeTail(ctx context.Context, tx *sql.Tx) error {
	s.copies.mu.Lock()
	defer s.copies.mu.Unlock()
	if err := s.copies.refresh(ctx, tx); err != nil {
		return err
	}
	w, err := newRunWriter(ctx, tx)
	if err != nil {
		return err
	}
	for _, p := range s.copies.tail {
		if s.copies.dead[p.seq] {
			continue
		}
		if err := w.add(ctx, p); err != nil {
			return err
		}
	}
	return w.finish(ctx)
}

// mergeRuns merges the newest run into the one before it while that one
// holds no more postings, dropping the postings of replaced checks.
func mergeRuns(ctx context.Context, tx *sql.Tx) error {
	for {
		runs, err := readRuns(ctx, tx, true)
		if err != nil {
			return err
		}
		n := len(runs)
		if n < 2 || runs[n-2].postings > runs[n-1].postings {
			return nil
		}
		if err := mergeTwo(ctx, tx, runs[n-2], runs[n-1]); err != nil {
			return err
		}
	}
}

// mergeTwo replaces runs a and b (a's checks before b's) with one run.
func mergeTwo(ctx context.Context, tx *sql.Tx, a, b copyRun) error {
	dead, err := deadSeqs(ctx, tx, a.firstSeq, b.lastSeq)
	if err != nil {
		return err
	}
	w, err := newRunWriter(ctx, tx)
	if err != nil {
		return err
	}
	read, err := tx.PrepareContext(ctx, `SELECT data FROM copy_chunks WHERE id = ?`)
	if err != nil {
		return err
	}
	defer read.Close()
	ra, rb := &runReader{read: read, run: a}, &runReader{read: read, run: b}
	pa, oka, err := ra.next(ctx)
	if err != nil {
		return err
	}
	pb, okb, err := rb.next(ctx)
	if err != nil {
		return err
	}
	for oka || okb {
		var p posting
		if oka && (!okb || comparePostings(pa, pb) <= 0) {
			p = pa
			if pa, oka, err = ra.next(ctx); err != nil {
				return err
			}
		} else {
			p = pb
			if pb, okb, err = rb.next(ctx); err != nil {
				return err
			}
		}
		if !dead[p.seq] {
			if err := w.add(ctx, p); err != nil {
				return err
			}
		}
	}
	if err := w.finish(ctx); err != nil {
		return err
	}
	for _, r := range []copyRun{a, b} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM copy_chunks WHERE id BETWEEN ? AND ?`, chunkID(r.id, 0), chunkID(r.id, 1<<24-1)); err != nil {
			return fmt.Errorf("drop index run %d: %w", r.id, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM copy_runs WHERE id = ?`, r.id); err != nil {
			return fmt.Errorf("drop index run %d: %w", r.id, err)
		}
	}
	return nil
}

// runReader reads a run's postings in order, one chunk at a time.
type runReader struct {
	read  *sql.Stmt // SELECT data FROM copy_chunks WHERE id = ?
	run   copyRun
	chunk int
	data  []byte
}

func (r *runReader) next(ctx context.Context) (posting, bool, error) {
	for len(r.data) == 0 {
		if r.chunk >= len(r.run.dir) {
			return posting{}, false, nil
		}
		if err := r.read.QueryRowContext(ctx, chunkID(r.run.id, r.chunk)).Scan(&r.data); err != nil {
			return posting{}, false, fmt.Errorf("read index run %d chunk %d: %w", r.run.id, r.chunk, err)
		}
		r.chunk++
	}
	p := posting{key: binary.LittleEndian.Uint64(r.data), seq: binary.LittleEndian.Uint32(r.data[8:])}
	r.data = r.data[postingBytes:]
	return p, true, nil
}

// deadSeqs returns the replaced checks in a range of seqs.
func deadSeqs(ctx context.Context, q querier, lo, hi int64) (map[uint32]bool, error) {
	rows, err := q.QueryContext(ctx, `SELECT seq FROM copy_dead WHERE seq BETWEEN ? AND ?`, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("replaced checks: %w", err)
	}
	defer rows.Close()
	out := map[uint32]bool{}
	for rows.Next() {
		var seq int64
		if err := rows.Scan(&seq); err != nil {
			return nil, fmt.Errorf("replaced checks: %w", err)
		}
		out[uint32(seq)] = true
	}
	return out, rows.Err()
}

// convertCopyKeys moves the rows of copy_keys (the index before migration
// 8) into a run, in key order, and drops the table. It runs once, on the
// first use of the index.
func (s *Store) convertCopyKeys(ctx context.Context) error {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'copy_keys'`).Scan(&n); err != nil {
		return fmt.Errorf("convert copy index: %w", err)
	}
	if n == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("convert copy index: begin: %w", err)
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'copy_keys'`).Scan(&n); err != nil || n == 0 {
		return err // another process converted it
	}
	w, err := newRunWriter(ctx, tx)
	if err != nil {
		return err
	}
	// Keys are stored signed: the unsigned order is the non-negative ones,
	// then the negative ones. Only live checks are kept.
	for _, part := range []string{`k.key >= 0`, `k.key < 0`} {
		rows, err := tx.QueryContext(ctx, `SELECT k.key, k.seq FROM copy_keys k
			WHERE `+part+` AND EXISTS (SELECT 1 FROM copy_checks c WHERE c.seq = k.seq) ORDER BY k.key, k.seq`)
		if err != nil {
			return fmt.Errorf("convert copy index: %w", err)
		}
		for rows.Next() {
			var key, seq int64
			if err := rows.Scan(&key, &seq); err != nil {
				rows.Close()
				return fmt.Errorf("convert copy index: %w", err)
			}
			if seq > math.MaxUint32 {
				rows.Close()
				return fmt.Errorf("convert copy index: check number %d too large", seq)
			}
			if err := w.add(ctx, posting{key: uint64(key), seq: uint32(seq)}); err != nil {
				rows.Close()
				return fmt.Errorf("convert copy index: %w", err)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("convert copy index: %w", err)
		}
	}
	if err := w.finish(ctx); err != nil {
		return fmt.Errorf("convert copy index: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DROP TABLE copy_keys`); err != nil {
		return fmt.Errorf("convert copy index: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE copy_index_state SET generation = generation + 1 WHERE id = 1`); err != nil {
		return fmt.Errorf("convert copy index: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("convert copy index: commit: %w", err)
	}
	return nil
}
