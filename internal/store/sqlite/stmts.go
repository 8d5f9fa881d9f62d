package sqlite

import (
	"context"
	"database/sql"
)

// stmtCache prepares each query once per transaction, so that a batch of
// articles or checks parses its SQL once instead of once per row.
type stmtCache struct {
	tx *sql.Tx
	m  map[string]*sql.Stmt
}

func newStmtCache(tx *sql.Tx) *stmtCache { return &stmtCache{tx: tx, m: map[string]*sql.Stmt{}} }

func (c *stmtCache) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := c.m[q]; ok {
		return st, nil
	}
	st, err := c.tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	c.m[q] = st
	return st, nil
}

// exec runs a statement.
func (c *stmtCache) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	st, err := c.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// queryRow runs a query for one row.
func (c *stmtCache) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := c.stmt(ctx, q)
	if err != nil {
		return c.tx.QueryRowContext(ctx, q, args...) // reports the error on Scan
	}
	return st.QueryRowContext(ctx, args...)
}

// close releases the statements.
func (c *stmtCache) close() {
	for _, st := range c.m {
		st.Close()
	}
}
