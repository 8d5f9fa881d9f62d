package spin

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/dedup"
)

// syntheticCorpus builds articles of random words from a vocabulary made
// for the test (with the synonym-table words mixed in), so that articles
// share no text by chance.
func syntheticCorpus(n int) []dedup.Doc {
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := make([]string, 0, 3000)
	for i := range 3000 {
		vocab = append(vocab, fmt.Sprintf("w%dx", i))
	}
	for w := range synonyms {
		vocab = append(vocab, w)
	}
	slices.Sort(vocab) // map order must not leak into the corpus
	var docs []dedup.Doc
	for i := range n {
		var paras []string
		for range 6 {
			words := make([]string, 40)
			for k := range words {
				words[k] = vocab[rng.IntN(len(vocab))]
			}
			paras = append(paras, strings.Join(words, " ")+".")
		}
		docs = append(docs, dedup.Doc{ID: fmt.Sprintf("a%03d", i), Outlet: fmt.Sprintf("Outlet %d", i%7),
			Published: time.Date(2024, 1, 1+i%28, 0, 0, 0, 0, time.UTC), Paragraphs: paras})
	}
	return docs
}

func TestGenerateAndScore(t *testing.T) {
	corpus := syntheticCorpus(200)
	a, err := Generate(corpus, 60, 3)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Generate(corpus, 60, 3)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the generator is not deterministic")
	}
	if _, err := Generate(corpus, 190, 3); err == nil {
		t.Error("asking for too many copies should fail")
	}
	docs := append([]dedup.Doc{}, corpus...)
	for _, c := range a {
		docs = append(docs, c.Doc)
	}
	ms, _, err := dedup.Batch(context.Background(), docs, dedup.DefaultConfig(), 0)
	if err != nil {
		t.Fatal(err)
	}
	s := Score(corpus, a, ms)
	t.Logf("%+v", s)
	if s.RealPairs != 0 || s.Precision < 0.98 || s.Recall < 0.95 || s.SourceAccuracy < 0.9 {
		t.Errorf("precision %.3f recall %.3f source %.3f", s.Precision, s.Recall, s.SourceAccuracy)
	}
}
