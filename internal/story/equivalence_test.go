package story

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// transcript runs the synthetic stream through a Clusterer the way
// package stories does (AddAll in batches, a Drain and a saved state after
// each batch, resuming from the state every other batch) and returns the
// event and storyline of every article, one "article event storyline
// new score" line each, and a digest of everything the run produced: the
// decisions with their explanations, the changes drained and the states.
func transcript(t testing.TB, docs []Doc, batch int) (string, string, streamStats) {
	t.Helper()
	c := New(DefaultConfig(), nil)
	tr := NewTracker()
	var st streamStats
	h := sha256.New()
	enc := json.NewEncoder(h)
	for start, b := 0, 0; start < len(docs); start, b = start+batch, b+1 {
		end := min(start+batch, len(docs))
		err := c.AddAll(context.Background(), docs[start:end], 2, func(d Decision) {
			tr.Decide(d)
			if err := enc.Encode(d); err != nil {
				t.Fatal(err)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		ch := c.Drain()
		tr.Apply(ch)
		st.count(ch)
		if err := enc.Encode(ch); err != nil {
			t.Fatal(err)
		}
		state, err := c.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		h.Write(state)
		if b%2 == 1 {
			if c, err = Resume(state, nil); err != nil {
				t.Fatal(err)
			}
		}
	}
	var out strings.Builder
	for _, d := range docs {
		fmt.Fprintf(&out, "%s %s %s\n", d.ID, tr.Event(d.ID), tr.Storyline(d.ID))
	}
	return out.String(), fmt.Sprintf("%x", h.Sum(nil)), st
}

// streamStats counts the repairs of a run and the storylines of several
// events it made.
type streamStats struct {
	merges, splits int
	lines          map[string]int
}

func (s *streamStats) count(ch Changes) {
	for _, r := range ch.Repairs {
		if r.Merge != nil {
			s.merges++
		} else {
			s.splits++
		}
	}
	if s.lines == nil {
		s.lines = map[string]int{}
	}
	for _, l := range ch.Storylines {
		s.lines[l.ID] = max(s.lines[l.ID], len(l.Stories))
	}
}

// TestSameDecisionsAsBefore guards the speed work on the clusterer: over a
// synthetic stream of 4,000 fictional articles (merges, splits, storylines,
// undated articles and copies included), every assignment, explanation,
// repair and saved state must stay exactly what testdata/stream.golden
// recorded. Refresh it with -update only for a change meant to alter the
// grouping.
func TestSameDecisionsAsBefore(t *testing.T) {
	docs := synthStream(7, 4000)
	got, digest, st := transcript(t, docs, 500)
	// The stream must be a real test of the repair pass and storylines.
	multi := 0
	for _, n := range st.lines {
		if n > 1 {
			multi++
		}
	}
	if st.merges == 0 || st.splits == 0 || multi == 0 {
		t.Errorf("the stream made %d merges, %d splits, %d storylines of several events; want some of each", st.merges, st.splits, multi)
	}
	got = "digest " + digest + "\n" + got
	path := filepath.Join("testdata", "stream.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got == string(want) {
		return
	}
	gl, wl := strings.Split(got, "\n"), bytes.Split(want, []byte("\n"))
	for i := range min(len(gl), len(wl)) {
		if gl[i] != string(wl[i]) {
			t.Fatalf("line %d: got %q, want %q", i+1, gl[i], wl[i])
		}
	}
	t.Fatalf("got %d lines, want %d", len(gl), len(wl))
}

// TestAddEachStopsAtLoadError checks that AddEach adds the docs before the
// first that fails to load, in order, and returns that doc's error.
func TestAddEachStopsAtLoadError(t *testing.T) {
	docs := synthStream(3, 700)
	boom := errors.New("unreadable")
	for _, bad := range []int{0, 1, 255, 256, 600} {
		c := New(DefaultConfig(), nil)
		var got []string
		err := c.AddEach(context.Background(), len(docs), func(i int) (Doc, error) {
			if i == bad || i == bad+3 {
				return Doc{}, fmt.Errorf("doc %d: %w", i, boom)
			}
			return docs[i], nil
		}, 2, func(d Decision) { got = append(got, d.Article) })
		if !errors.Is(err, boom) || !strings.Contains(err.Error(), fmt.Sprintf("doc %d:", bad)) {
			t.Errorf("bad %d: error %v", bad, err)
		}
		if len(got) != bad {
			t.Fatalf("bad %d: added %d docs", bad, len(got))
		}
		for i, id := range got {
			if id != docs[i].ID {
				t.Fatalf("bad %d: doc %d is %s, want %s", bad, i, id, docs[i].ID)
			}
		}
	}
}
