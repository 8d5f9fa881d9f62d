package story

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"time"
)

// enc appends the binary form of a clusterer's state.
type enc struct{ b []byte }

func (w *enc) uint(v uint64)   { w.b = binary.AppendUvarint(w.b, v) }
func (w *enc) int(v int64)     { w.b = binary.AppendVarint(w.b, v) }
func (w *enc) float(v float64) { w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(v)) }
func (w *enc) bool(v bool) {
	if v {
		w.b = append(w.b, 1)
	} else {
		w.b = append(w.b, 0)
	}
}
func (w *enc) bytes(v []byte) { w.uint(uint64(len(v))); w.b = append(w.b, v...) }
func (w *enc) str(s string)   { w.uint(uint64(len(s))); w.b = append(w.b, s...) }
func (w *enc) time(t time.Time) {
	if t.IsZero() {
		w.bool(false)
		return
	}
	w.bool(true)
	w.int(t.UnixNano())
}
func (w *enc) strs(ss []string) {
	w.uint(uint64(len(ss)))
	for _, s := range ss {
		w.str(s)
	}
}

// vec writes the keys and weights of v (hashes are recomputed on reading).
func (w *enc) vec(v []entry) {
	w.uint(uint64(len(v)))
	for _, e := range v {
		w.str(e.key)
		w.float(e.w)
	}
}

func (w *enc) hashes(hs []uint64) {
	w.uint(uint64(len(hs)))
	for _, h := range hs {
		w.b = binary.LittleEndian.AppendUint64(w.b, h)
	}
}

// errBadState reports a malformed state.
var errBadState = errors.New("story state: malformed")

// dec reads what enc wrote; the first error sticks and later reads return
// zero values.
type dec struct {
	b      []byte
	err    error
	intern map[string]string
}

func (r *dec) fail() {
	if r.err == nil {
		r.err = errBadState
	}
}

func (r *dec) uint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *dec) int() int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads a length and checks it against what is left, each element
// taking at least min bytes.
func (r *dec) count(minSize int) int {
	n := r.uint()
	if n > uint64(len(r.b)/max(minSize, 1)) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *dec) float() float64 {
	if r.err != nil || len(r.b) < 8 {
		r.fail()
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(r.b))
	r.b = r.b[8:]
	return v
}

func (r *dec) bool() bool {
	if r.err != nil || len(r.b) < 1 {
		r.fail()
		return false
	}
	v := r.b[0]
	r.b = r.b[1:]
	if v > 1 {
		r.fail()
	}
	return v == 1
}

func (r *dec) bytes() []byte {
	n := r.count(1)
	if r.err != nil {
		return nil
	}
	v := r.b[:n:n]
	r.b = r.b[n:]
	return v
}

func (r *dec) str() string {
	b := r.bytes()
	if s, ok := r.intern[string(b)]; ok {
		return s
	}
	s := string(b)
	if r.intern == nil {
		r.intern = map[string]string{}
	}
	r.intern[s] = s
	return s
}

func (r *dec) time() time.Time {
	if !r.bool() {
		return time.Time{}
	}
	return time.Unix(0, r.int()).UTC()
}

func (r *dec) strs() []string {
	n := r.count(1)
	var out []string
	for range n {
		out = append(out, r.str())
	}
	return out
}

func (r *dec) vec(k kind) vec {
	n := r.count(9)
	if n == 0 {
		return nil
	}
	v := make(vec, n)
	for i := range v {
		key := r.str()
		v[i] = entry{h: hashKey(k, key), key: key, w: r.float()}
	}
	return v
}

func (r *dec) hashes() []uint64 {
	n := r.count(8)
	if r.err != nil || n == 0 {
		return nil
	}
	out := make([]uint64, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(r.b)
		r.b = r.b[8:]
	}
	return out
}

// errorf wraps the decoder's error with context.
func (r *dec) errorf(format string, args ...any) error {
	if r.err == nil {
		return nil
	}
	return fmt.Errorf(format+": %w", append(args, r.err)...)
}
