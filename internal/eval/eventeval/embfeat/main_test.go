package main

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

func TestVectorsEmbed(t *testing.T) {
	// A made-up table: a header line, "the" most frequent, then two
	// content words pointing in different directions.
	path := filepath.Join(t.TempDir(), "vecs.txt")
	text := "4 3\nthe 1 1 1\nbridge 1 0 0\nferry 0 1 0\nvote 1 0.1 0\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	v, err := loadVectors(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if v.dim != 3 || len(v.vecs) != 4 {
		t.Fatalf("read %d words of %d dimensions, want 4 of 3", len(v.vecs), v.dim)
	}
	if !(v.sif[0] < v.sif[1] && v.sif[1] < v.sif[3]) {
		t.Fatalf("SIF weights %v do not grow with rank", v.sif)
	}
	sent := func(words ...string) []nlp.Sentence {
		var s nlp.Sentence
		for _, w := range words {
			s.Tokens = append(s.Tokens, nlp.Token{Surface: w, Kind: nlp.KindWord})
		}
		return []nlp.Sentence{s}
	}
	_, a, ok := v.embed(sent("The", "bridge", "vote"))
	_, b, _ := v.embed(sent("the", "Bridge"))
	_, c, _ := v.embed(sent("the", "ferry"))
	if !ok {
		t.Fatal("no vector for a sentence of known words")
	}
	if cosine(a, b) <= cosine(a, c) {
		t.Errorf("bridge vote nearer the ferry (%.3f) than the bridge (%.3f)", cosine(a, c), cosine(a, b))
	}
	if _, _, ok := v.embed(sent("unknown")); ok {
		t.Error("a sentence of unknown words has a vector")
	}
	u := firstComponent([][]float64{{2, 0, 0}, {3, 0.1, 0}, {1, 0, 0.1}})
	if math.Abs(u[0]) < 0.99 {
		t.Errorf("first component %v, want close to the first axis", u)
	}
	if r := removeComponent([]float64{1, 0, 0}, []float64{1, 0, 0}); r[0] != 0 {
		t.Errorf("removing the component left %v", r)
	}
}

// BenchmarkEmbedLead embeds a title and lead of 60 words with a made-up
// table of 50,000 words of 100 dimensions (the cost per article of the
// title+lead vector, tokenizing aside).
func BenchmarkEmbedLead(b *testing.B) {
	v := &vectors{dim: 100, index: map[string]int{}}
	for i := 0; i < 50000; i++ {
		row := make([]float32, 100)
		for j := range row {
			row[j] = float32((i*31+j*7)%97) / 97
		}
		v.index["w"+strconv.Itoa(i)] = i
		v.vecs = append(v.vecs, row)
		v.sif = append(v.sif, 1)
	}
	var s nlp.Sentence
	for i := 0; i < 60; i++ {
		s.Tokens = append(s.Tokens, nlp.Token{Surface: "W" + strconv.Itoa(i*811%50000), Kind: nlp.KindWord})
	}
	sents := []nlp.Sentence{s}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v.embed(sents)
	}
}

// TestVectorsBadInput: a vectors file that is empty, holds a value that
// is not a finite number, or rows of another length than the first is
// refused with an error naming the file, not read into NaNs or a table
// missing most of its words.
func TestVectorsBadInput(t *testing.T) {
	for name, text := range map[string]string{
		"empty":      "",
		"one number": "the 1\nbridge 2\n",
		"nan":        "the 1 1 1\nbridge nan 0 0\n",
		"inf":        "the 1 1 1\nbridge 0 +Inf 0\n",
		"short row":  "the 1 1 1\nbridge 1 0\nferry 0 1 0\n",
	} {
		path := filepath.Join(t.TempDir(), "vecs.txt")
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := loadVectors(path, 0); err == nil {
			t.Errorf("%s: no error", name)
		} else if !strings.Contains(err.Error(), path) {
			t.Errorf("%s: error %q does not name the file", name, err)
		}
	}
	// A word holding a no-break space is one word, not two fields.
	path := filepath.Join(t.TempDir(), "vecs.txt")
	if err := os.WriteFile(path, []byte("the 1 1 1\nnew\u00a0york 1 0 0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if v, err := loadVectors(path, 0); err != nil || len(v.vecs) != 2 {
		t.Errorf("no-break space in a word: %v", err)
	}
}
