package spin

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/zeebo/xxh3"

	"github.com/parallax-news/parallax/internal/dedup"
)

// HashRate measures the hashing limit of this machine on the texts of
// docs: each text is split into words (bytes that are ASCII letters or
// digits or non-ASCII) and every word is hashed with xxh3, on the given
// number of goroutines. It returns the MB of text per second of the hashing
// alone (the split is not timed) and of split and hashing together. Copy
// detection cannot be faster than hashing each word once.
func HashRate(ctx context.Context, docs []dedup.Doc, workers int) (hashOnly, splitHash float64, err error) {
	workers = max(workers, 1)
	var wg sync.WaitGroup
	sums := make([]uint64, workers)
	sizes := make([]int64, workers)
	hashTime := make([]time.Duration, workers)
	t0 := time.Now()
	for w := range workers {
		wg.Go(func() {
			var acc uint64
			var words []string
			for i := w; i < len(docs) && ctx.Err() == nil; i += workers {
				words = words[:0]
				for _, p := range docs[i].Paragraphs {
					sizes[w] += int64(len(p))
					words = splitWords(p, words)
				}
				t := time.Now()
				for _, wd := range words {
					acc ^= xxh3.HashString(wd)
				}
				hashTime[w] += time.Since(t)
			}
			sums[w] = acc
		})
	}
	wg.Wait()
	wall := time.Since(t0).Seconds()
	if err := ctx.Err(); err != nil {
		return 0, 0, fmt.Errorf("hash rate: %w", err)
	}
	var total int64
	var slowest time.Duration
	for w := range workers {
		total += sizes[w]
		slowest = max(slowest, hashTime[w])
	}
	mb := float64(total) / 1e6
	if slowest > 0 {
		hashOnly = mb / slowest.Seconds()
	}
	if wall > 0 {
		splitHash = mb / wall
	}
	return hashOnly, splitHash, nil
}

// splitWords appends the words of p to out.
func splitWords(p string, out []string) []string {
	start := -1
	for j := 0; j <= len(p); j++ {
		c := byte(' ')
		if j < len(p) {
			c = p[j]
		}
		isWord := c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' || c >= 0x80
		if isWord && start < 0 {
			start = j
		} else if !isWord && start >= 0 {
			out = append(out, p[start:j])
			start = -1
		}
	}
	return out
}
