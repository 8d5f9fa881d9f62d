package web

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/klauspost/compress/gzip"
	"github.com/parallax-news/parallax/internal/compare"
)

// factsBlob keeps a story's facts as compressed JSON, one fact after
// another, with where each ends; a fact is read back by inflating the
// blob up to it (a click on a large story, not a page view).
type factsBlob struct {
	gz   []byte
	ends []int
}

func newFactsBlob(facts []compare.Fact) (factsBlob, error) {
	var buf bytes.Buffer
	ends := make([]int, 0, len(facts))
	var err error
	gzipTo(&buf, gzip.BestSpeed, func(zw io.Writer) {
		n := 0
		for _, f := range facts {
			var b []byte
			if b, err = json.Marshal(f); err != nil {
				return
			}
			zw.Write(b)
			n += len(b)
			ends = append(ends, n)
		}
	})
	if err != nil {
		return factsBlob{}, err
	}
	return factsBlob{gz: bytes.Clone(buf.Bytes()), ends: ends}, nil
}

// fact returns fact i.
func (b factsBlob) fact(i int) (compare.Fact, bool) {
	if i < 0 || i >= len(b.ends) {
		return compare.Fact{}, false
	}
	start := 0
	if i > 0 {
		start = b.ends[i-1]
	}
	zr, err := gzip.NewReader(bytes.NewReader(b.gz))
	if err != nil {
		return compare.Fact{}, false
	}
	if _, err := io.CopyN(io.Discard, zr, int64(start)); err != nil {
		return compare.Fact{}, false
	}
	raw := make([]byte, b.ends[i]-start)
	if _, err := io.ReadFull(zr, raw); err != nil {
		return compare.Fact{}, false
	}
	var f compare.Fact
	if err := json.Unmarshal(raw, &f); err != nil {
		return compare.Fact{}, false
	}
	return f, true
}

// len is the number of facts.
func (b factsBlob) len() int { return len(b.ends) }

func (b factsBlob) size() int64 { return int64(len(b.gz) + 8*len(b.ends)) }
