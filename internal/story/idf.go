package story

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// dfSketch counts in how many articles each key occurred, in fixed memory:
// a count-min sketch of two rows. Collisions can only raise a count, which
// makes a rare key look slightly more common; with 2^20 cells per row that
// is rare for the vocabulary of a few months of news.
type dfSketch struct {
	n    int64 // articles counted
	bits uint
	rows [2][]uint32
}

// newDFSketch returns a sketch of two rows of 2^bits cells.
func newDFSketch(bits uint) *dfSketch {
	s := &dfSketch{bits: bits}
	for r := range s.rows {
		s.rows[r] = make([]uint32, 1<<bits)
	}
	return s
}

// cells returns the cell index of h in each row.
func (s *dfSketch) cells(h uint64) (uint64, uint64) {
	mask := uint64(1)<<s.bits - 1
	return h & mask, (h >> 32) & mask
}

// add counts one article holding the keys of lists (each key once).
func (s *dfSketch) add(lists ...[]uint64) {
	s.n++
	for _, hs := range lists {
		s.addKeys(hs)
	}
}

// addKeys counts the keys hs without counting an article.
func (s *dfSketch) addKeys(hs []uint64) {
	for _, h := range hs {
		a, b := s.cells(h)
		if s.rows[0][a] < math.MaxUint32 {
			s.rows[0][a]++
		}
		if s.rows[1][b] < math.MaxUint32 {
			s.rows[1][b]++
		}
	}
}

// df returns the estimated document frequency of h.
func (s *dfSketch) df(h uint64) uint32 {
	a, b := s.cells(h)
	return min(s.rows[0][a], s.rows[1][b])
}

// idf returns the smoothed inverse document frequency of h:
// ln((N+1)/(df+1)) + 1, where the prior of one unseen document keeps it
// finite and the +1 keeps keys present in every article weighted a little.
// The count N is floored at idfMinDocs so that the first articles of a run
// are not weighted by a handful of documents alone.
func (s *dfSketch) idf(h uint64) float64 {
	n := float64(max(s.n, idfMinDocs))
	return math.Log((n+1)/(float64(s.df(h))+1)) + 1
}

// idfMinDocs is the smallest document count used in idf.
const idfMinDocs = 50

// marshal encodes the sketch: bits, N, then the non-zero cells of each row
// as varint (gap, count) pairs.
func (s *dfSketch) marshal() []byte {
	b := binary.AppendUvarint(nil, uint64(s.bits))
	b = binary.AppendUvarint(b, uint64(s.n))
	for _, row := range s.rows {
		nz := 0
		for _, v := range row {
			if v != 0 {
				nz++
			}
		}
		b = binary.AppendUvarint(b, uint64(nz))
		last := -1
		for i, v := range row {
			if v != 0 {
				b = binary.AppendUvarint(b, uint64(i-last))
				b = binary.AppendUvarint(b, uint64(v))
				last = i
			}
		}
	}
	return b
}

// errBadDF reports a malformed sketch blob.
var errBadDF = errors.New("story state: malformed document-frequency sketch")

// unmarshal decodes what marshal wrote; the sketch must have the same bits.
func (s *dfSketch) unmarshal(b []byte) error {
	next := func() (uint64, error) {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return 0, errBadDF
		}
		b = b[n:]
		return v, nil
	}
	bits, err := next()
	if err != nil {
		return err
	}
	if uint(bits) != s.bits {
		return fmt.Errorf("story state: sketch has %d bits, config %d", bits, s.bits)
	}
	n, err := next()
	if err != nil {
		return err
	}
	s.n = int64(n)
	for r := range s.rows {
		nz, err := next()
		if err != nil {
			return err
		}
		i := -1
		for range nz {
			gap, err := next()
			if err != nil {
				return err
			}
			v, err := next()
			if err != nil {
				return err
			}
			i += int(gap)
			if i < 0 || i >= len(s.rows[r]) || v > 1<<32-1 {
				return errBadDF
			}
			s.rows[r][i] = uint32(v)
		}
	}
	if len(b) != 0 {
		return errBadDF
	}
	return nil
}
