package clean_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/ingest"
)

// The judged sample of issue 13 (internal/eval/furnitureeval/testdata):
// paragraphs of ABP labelled text, furniture or mixed by reading. This
// study cleans all of ABP with models learned from all of it, as a
// database built from it has them, and scores the verdicts against the
// labels. Set PARALLAX_FURNITURE_LABELS to the folder of the label files
// when they are elsewhere.

const abpPath = "../../../shared/data/abp/articles.jsonl.gz"

type label struct {
	id, kind, label, reason string
	para                    int
	stratum                 string
	weight                  float64
}

func readLabels(t *testing.T, dir, design string) []label {
	t.Helper()
	rows := func(name string, fields int) [][]string {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Skipf("labels not found (%v): set PARALLAX_FURNITURE_LABELS", err)
		}
		defer f.Close()
		var out [][]string
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			r := strings.Split(sc.Text(), "\t")
			if len(r) != fields {
				t.Fatalf("%s: %d fields, want %d", name, len(r), fields)
			}
			out = append(out, r)
		}
		return out
	}
	ls, ds := rows(design+".tsv", 6), rows(design+".strata.tsv", 7)
	if len(ls) != len(ds) {
		t.Fatalf("%s: %d labels, %d drawing records", design, len(ls), len(ds))
	}
	out := make([]label, len(ls))
	for i, r := range ls {
		p, _ := strconv.Atoi(r[2])
		w, _ := strconv.ParseFloat(ds[i][6], 64)
		if ds[i][0] != r[0] || ds[i][2] != r[2] {
			t.Fatalf("%s line %d: labels and drawing records differ", design, i+1)
		}
		out[i] = label{id: r[0], para: p, label: r[3], kind: r[4], reason: r[5], stratum: ds[i][3], weight: w}
	}
	return out
}

// abp reads the corpus as Parallax stores it and learns each outlet's
// model as Put does (a repeated id is a revision: only its new lines).
func abp(t *testing.T) (map[string]*article.Article, map[string]*clean.Model) {
	t.Helper()
	if _, err := os.Stat(abpPath); err != nil {
		t.Skip("../shared/data/abp not found: the corpus lives beside the project")
	}
	byExt := map[string]*article.Article{}
	models := map[string]*clean.Model{}
	seen := map[string][]uint64{}
	in := ingest.Input{Path: abpPath, Size: -1}
	err := ingest.ReadFile(context.Background(), in, nil, ingest.Options{}, func(it ingest.Item) error {
		a := it.Article
		if a == nil {
			return nil
		}
		byExt[a.ExternalID] = a
		keys := clean.Keys(a.Paragraphs)
		if old, ok := seen[a.ID]; ok {
			keys = minus(keys, old)
		}
		seen[a.ID] = clean.Keys(a.Paragraphs)
		m := models[a.Outlet]
		if m == nil {
			m = &clean.Model{}
			models[a.Outlet] = m
		}
		m.Learn(keys, clean.Day(a.Published.Time))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return byExt, models
}

func minus(keys, old []uint64) []uint64 {
	var out []uint64
	for _, k := range keys {
		found := false
		for _, o := range old {
			found = found || o == k
		}
		if !found {
			out = append(out, k)
		}
	}
	return out
}

type counts struct{ tp, fp, fn, tn, wtp, wfp, wfn float64 }

func (c *counts) add(gold, pred bool, w float64) {
	switch {
	case gold && pred:
		c.tp++
		c.wtp += w
	case pred:
		c.fp++
		c.wfp += w
	case gold:
		c.fn++
		c.wfn += w
	default:
		c.tn++
	}
}

func (c counts) p() float64 { return c.tp / (c.tp + c.fp) }
func (c counts) r() float64 { return c.tp / (c.tp + c.fn) }

func TestJudgedSample(t *testing.T) {
	if os.Getenv("PARALLAX_LONG_TESTS") == "" {
		t.Skip("a study over all of ABP: set PARALLAX_LONG_TESTS=1")
	}
	dir := os.Getenv("PARALLAX_FURNITURE_LABELS")
	if dir == "" {
		dir = "../eval/furnitureeval/testdata"
	}
	sample, heldout := readLabels(t, dir, "sample"), readLabels(t, dir, "heldout")
	arts, models := abp(t)
	c, err := clean.New()
	if err != nil {
		t.Fatal(err)
	}
	score := func(name string, ls []label) counts {
		all := counts{}
		strata := map[string]*counts{}
		var misses []string
		for _, l := range ls {
			a := arts[l.id]
			if a == nil || l.para >= len(a.Paragraphs) {
				t.Fatalf("%s: paragraph %s#%d not in the corpus", name, l.id, l.para)
			}
			v := c.Clean(a, models[a.Outlet]).Paras[l.para]
			gold, pred := l.label != "text", v.Verdict != clean.Text
			all.add(gold, pred, l.weight)
			if strata[l.stratum] == nil {
				strata[l.stratum] = &counts{}
			}
			strata[l.stratum].add(gold, pred, l.weight)
			if gold != pred || (l.label == "mixed") != (v.Verdict == clean.Mixed) && gold {
				misses = append(misses, fmt.Sprintf("%s#%d %-18.18s gold %s/%s (%s), got %s/%s (%s)",
					l.id, l.para, a.Outlet, l.label, l.kind, l.reason, v.Verdict, v.Kind, v.Reason))
			}
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%s: %-7s %4s %4s %4s %4s %7s %7s %7s %7s\n", name, "stratum", "n", "tp", "fp", "fn", "P", "R", "wtd P", "wtd R")
		for _, st := range []string{"first", "last", "cue", "body"} {
			if s := strata[st]; s != nil {
				fmt.Fprintf(&b, "%s: %-7s %4.0f %4.0f %4.0f %4.0f %7.3f %7.3f %7.3f %7.3f\n", name, st, s.tp+s.fp+s.fn+s.tn, s.tp, s.fp, s.fn, s.p(), s.r(), s.wtp/(s.wtp+s.wfp), s.wtp/(s.wtp+s.wfn))
			}
		}
		fmt.Fprintf(&b, "%s: %-7s %4.0f %4.0f %4.0f %4.0f %7.3f %7.3f %7.3f %7.3f", name, "all", all.tp+all.fp+all.fn+all.tn, all.tp, all.fp, all.fn, all.p(), all.r(), all.wtp/(all.wtp+all.wfp), all.wtp/(all.wtp+all.wfn))
		t.Log("\n" + b.String())
		if name == "sample" && os.Getenv("PARALLAX_FURNITURE_MISSES") != "" { // never look at the heldout's
			t.Log("\n" + strings.Join(misses, "\n"))
		}
		return all
	}
	s := score("sample", sample)
	score("heldout", heldout)
	if s.p() < 0.95 || s.r() < 0.85 {
		t.Errorf("sample: precision %.3f, recall %.3f; want at least 0.95 and 0.85", s.p(), s.r())
	}
}
