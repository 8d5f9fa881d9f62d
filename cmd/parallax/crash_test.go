package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/parallax-news/parallax/internal/sharedtest"
)

// crashCorpus writes n fictional articles as JSON Lines: sentences of
// made-up words (so that unrelated articles share no phrase), one in five
// of them copied (whole, or with a new lead) from an earlier one, so that
// copy detection and story clustering have work to do.
func crashCorpus(n int) []byte {
	rng := rand.New(rand.NewPCG(7, 11))
	syllables := []string{"ka", "lo", "mi", "ren", "tas", "vu", "dor", "el", "fin", "gor", "ha", "is", "jun", "ke", "lum", "nor", "pa", "qui", "sol", "tir"}
	words := make([]string, 4000)
	for i := range words {
		var w strings.Builder
		for range 2 + rng.IntN(3) {
			w.WriteString(syllables[rng.IntN(len(syllables))])
		}
		words[i] = w.String()
	}
	sentence := func() string {
		ws := make([]string, 8+rng.IntN(10))
		for i := range ws {
			ws[i] = words[rng.IntN(len(words))]
		}
		return strings.ToUpper(ws[0][:1]) + strings.Join(ws, " ")[1:] + "."
	}
	var bodies []string
	var b bytes.Buffer
	for i := range n {
		var paras []string
		switch {
		case i > 10 && i%5 == 0: // a copy, whole or with a new lead
			paras = strings.Split(bodies[rng.IntN(len(bodies))], "\n\n")
			if i%10 == 0 {
				paras = append([]string{"Sources close to the matter said the following."}, paras...)
			}
		default:
			for range 2 + rng.IntN(3) {
				var p []string
				for range 2 + rng.IntN(3) {
					p = append(p, sentence())
				}
				paras = append(paras, strings.Join(p, " "))
			}
		}
		body := strings.Join(paras, "\n\n")
		bodies = append(bodies, body)
		line, _ := json.Marshal(map[string]string{
			"url":       fmt.Sprintf("https://outlet%d.example/news/%d", i%37, i),
			"outlet":    fmt.Sprintf("Outlet %d", i%37),
			"title":     fmt.Sprintf("Report %d: %s %s", i, words[i%len(words)], words[(7*i)%len(words)]),
			"published": fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28),
			"body":      body,
		})
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// state is what an import leaves: the articles, the copy relations and
// the stories (id, title, dates, outlets, articles, names and terms).
type state struct {
	articles []string
	copies   []string
	stories  []string
}

func readState(t *testing.T, db string) state {
	t.Helper()
	var s state
	code, out, errs := parallax(t, db, "", "articles", "--limit", "0", "--json")
	var arts []struct{ ID string }
	if err := json.Unmarshal([]byte(out), &arts); err != nil || code != 0 {
		t.Fatalf("articles: exit %d, %v: %s", code, err, errs)
	}
	for _, a := range arts {
		s.articles = append(s.articles, a.ID)
	}
	slices.Sort(s.articles)
	code, out, errs = parallax(t, db, "", "copies", "--list", "--json")
	var cs []struct{ Source, Copy, Kind string }
	if err := json.Unmarshal([]byte(out), &cs); err != nil || code != 0 {
		t.Fatalf("copies: exit %d, %v: %s", code, err, errs)
	}
	for _, c := range cs {
		s.copies = append(s.copies, c.Source+">"+c.Copy+" "+c.Kind)
	}
	slices.Sort(s.copies)
	code, out, errs = parallax(t, db, "", "stories", "--limit", "0", "--json")
	var sts []map[string]any
	if err := json.Unmarshal([]byte(out), &sts); err != nil || code != 0 {
		t.Fatalf("stories: exit %d, %v: %s", code, err, errs)
	}
	for _, st := range sts {
		delete(st, "updated") // when it was saved
		b, _ := json.Marshal(st)
		s.stories = append(s.stories, string(b))
	}
	slices.Sort(s.stories)
	return s
}

// killAt starts the command with the input on a pipe (fed in full unless
// feed is smaller), waits for a progress line that says at least at
// articles are done, and kills it with SIGKILL. It reports whether the
// command was still running when killed.
func killAt(t *testing.T, db string, input []byte, feed int, at int, args ...string) bool {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), "PARALLAX_DB="+db, "PARALLAX_PROGRESS_EVERY=2ms")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		stdin.Write(input[:feed])
		if feed == len(input) {
			stdin.Close()
		}
		// Otherwise the pipe stays open: add waits for the rest.
	}()
	progress := regexp.MustCompile(`([0-9,]+) (?:of [0-9,]+ \(\d+%\)|articles stored)`)
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		for _, m := range progress.FindAllStringSubmatch(sc.Text(), -1) {
			if n, _ := strconv.Atoi(strings.ReplaceAll(m[1], ",", "")); n >= at {
				cmd.Process.Kill()
				goto killed
			}
		}
	}
killed:
	go io.Copy(io.Discard, stderr)
	err = cmd.Wait()
	stdin.Close()
	ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
	return err != nil && ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL
}

// TestKilledImportLosesNothing kills add, copies and stories with SIGKILL
// in the middle of a large import, runs them again, and checks that the
// database holds exactly what an uninterrupted import leaves: every
// article once, the same copy relations, the same stories.
func TestKilledImportLosesNothing(t *testing.T) {
	// A long study (about 100 s): it imports 9,000 articles several times.
	// CI runs it in its second step.
	sharedtest.SkipUnlessLong(t)
	const n = 9000
	input := crashCorpus(n)
	dir := t.TempDir()
	file := filepath.Join(dir, "corpus.jsonl")
	if err := os.WriteFile(file, input, 0o644); err != nil {
		t.Fatal(err)
	}

	clean := filepath.Join(dir, "clean.db")
	for _, args := range [][]string{{"add", file}, {"copies"}, {"stories"}} {
		if code, out, errs := parallax(t, clean, "", args...); code != 0 {
			t.Fatalf("%v: exit %d: %s %s", args, code, out, errs)
		}
	}
	want := readState(t, clean)
	if len(want.articles) != n || len(want.copies) < n/10 || len(want.stories) < 10 {
		t.Fatalf("the clean import has %d articles, %d copies, %d stories: the test shows little",
			len(want.articles), len(want.copies), len(want.stories))
	}

	db := filepath.Join(dir, "killed.db")
	// add is killed while it waits for the rest of its input, after it
	// stored a few thousand articles; it is then run again on all of it.
	half := bytes.Index(input[len(input)/2:], []byte("\n")) + len(input)/2 + 1
	if !killAt(t, db, input, half, 2000, "add", "-") {
		t.Fatal("add was not killed in the middle of the import")
	}
	if code, out, errs := parallax(t, db, "", "add", file); code != 0 || !strings.Contains(out, "added ") {
		t.Fatalf("add again: exit %d: %s %s", code, out, errs)
	}
	// copies and stories are killed after their first batch is saved, and
	// each is run again to the end before the next step, as a user would.
	for _, step := range []struct {
		cmd string
		at  int
	}{{"copies", 4096}, {"stories", 1}} {
		if !killAt(t, db, nil, 0, step.at, step.cmd) {
			t.Logf("%s ended before it was killed", step.cmd)
		}
		if code, out, errs := parallax(t, db, "", step.cmd); code != 0 {
			t.Fatalf("%s again: exit %d: %s %s", step.cmd, code, out, errs)
		}
	}
	got := readState(t, db)
	if !slices.Equal(got.articles, want.articles) {
		t.Errorf("articles: %d after the kills, %d in the clean import", len(got.articles), len(want.articles))
	}
	if !slices.Equal(got.copies, want.copies) {
		t.Errorf("copy relations: %d after the kills, %d in the clean import", len(got.copies), len(want.copies))
	}
	if !slices.Equal(got.stories, want.stories) {
		t.Errorf("stories: %d after the kills, %d in the clean import", len(got.stories), len(want.stories))
	}
}
