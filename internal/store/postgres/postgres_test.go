package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/storetest"
)

// serverEnv names the PostgreSQL server the tests use: a URL of a
// database on it that a role able to CREATE DATABASE can reach.
const serverEnv = "PARALLAX_TEST_POSTGRES"

// server returns the test server's address, or skips the test.
func server(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv(serverEnv)
	if dsn == "" {
		t.Skipf("no PostgreSQL server: set %s (e.g. postgres://parallax@127.0.0.1:54329/postgres) to run the PostgreSQL tests", serverEnv)
	}
	return dsn
}

// freshSchema makes a schema with a random name in the test server's
// database and drops it when the test ends; it returns the address of
// the database with the schema first on the search path. A schema is much
// cheaper to make than a database, and as fresh.
func freshSchema(t testing.TB) string {
	t.Helper()
	name := randomName("parallax_test_")
	adminExec(t, "CREATE SCHEMA "+name)
	t.Cleanup(func() { adminExec(t, "DROP SCHEMA IF EXISTS "+name+" CASCADE") })
	return withPath(t, "", name)
}

func randomName(prefix string) string {
	b := make([]byte, 8)
	rand.Read(b)
	return prefix + hex.EncodeToString(b)
}

// adminExec runs a statement on the test server's own database.
func adminExec(t testing.TB, sql string) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, server(t))
	if err != nil {
		t.Fatalf("connect to %s: %v", store.Redact(server(t)), err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// withPath returns the server's address with another database (when
// database is not "") and a search path (when schema is not "").
func withPath(t testing.TB, database, schema string) string {
	t.Helper()
	u, err := url.Parse(server(t))
	if err != nil {
		t.Fatalf("%s: %v", serverEnv, err)
	}
	if database != "" {
		u.Path = "/" + database // the user, host, password and parameters stay
	}
	if schema != "" {
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
	}
	return u.String()
}

func TestStore(t *testing.T) {
	server(t)
	storetest.Suite{
		New: func(t *testing.T) string { return freshSchema(t) },
		Open: func(t *testing.T, addr string) store.Store {
			s, err := Open(context.Background(), addr, store.Options{Create: true})
			if err != nil {
				t.Fatal(err)
			}
			return s
		},
	}.Run(t)
}
