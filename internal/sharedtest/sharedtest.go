// Package sharedtest finds the shared evaluation data for tests (the
// shared folder beside the project, ../shared from the module root, or the
// one PARALLAX_SHARED names) and says whether the long studies run
// (PARALLAX_LONG_TESTS=1).
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Path returns the path of elem inside the shared folder, and skips the
// test, saying what is missing, when it is absent.
func Path(t testing.TB, elem ...string) string {
	t.Helper()
	root := os.Getenv("PARALLAX_SHARED")
	if root == "" {
		dir, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		for {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				break
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				t.Skip("module root not found, so no shared data beside it")
			}
			dir = parent
		}
		root = filepath.Join(dir, "..", "shared")
	}
	p := filepath.Join(append([]string{root}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s absent: this test reads the shared data beside the project (or PARALLAX_SHARED)", p)
	}
	return p
}

// LongEnv names the environment variable that turns on the long studies:
// PARALLAX_LONG_TESTS=1 runs them (CI does, as a second step); without it
// they are skipped, or run on a smaller sample with their own floors.
const LongEnv = "PARALLAX_LONG_TESTS"

// Long reports whether the long studies run.
func Long() bool { return os.Getenv(LongEnv) == "1" }

// SkipUnlessLong skips a long study unless PARALLAX_LONG_TESTS=1, saying
// how to run it.
func SkipUnlessLong(t testing.TB) {
	t.Helper()
	if !Long() {
		t.Skipf("a long study: set %s=1 to run it", LongEnv)
	}
}
