package dedup

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// signatureMagic starts every serialised signature; its last byte is the
// format version.
var signatureMagic = [4]byte{'P', 'X', 'S', 1}

// ErrBadSignature is wrapped by UnmarshalBinary for malformed input.
var ErrBadSignature = errors.New("dedup: malformed signature")

// MarshalBinary encodes the signature compactly: varint counts, fixed-width
// hashes and delta-encoded marks (which must be sorted, as Sign makes them).
func (s Signature) MarshalBinary() ([]byte, error) {
	if s.Words < 0 {
		return nil, fmt.Errorf("marshal signature: negative word count %d", s.Words)
	}
	for i := 1; i < len(s.Marks); i++ {
		if s.Marks[i] <= s.Marks[i-1] {
			return nil, fmt.Errorf("marshal signature: marks not strictly increasing at %d", i)
		}
	}
	b := make([]byte, 0, 32+8*len(s.Paragraphs)+4*len(s.MinHash)+5*len(s.Marks))
	b = append(b, signatureMagic[:]...)
	b = binary.AppendUvarint(b, uint64(s.Words))
	b = binary.LittleEndian.AppendUint64(b, s.Text)
	b = binary.AppendUvarint(b, uint64(len(s.Paragraphs)))
	for _, h := range s.Paragraphs {
		b = binary.LittleEndian.AppendUint64(b, h)
	}
	b = binary.AppendUvarint(b, uint64(len(s.MinHash)))
	for _, v := range s.MinHash {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	b = binary.AppendUvarint(b, uint64(len(s.Marks)))
	prev := uint64(0)
	for _, m := range s.Marks {
		b = binary.AppendUvarint(b, m-prev)
		prev = m
	}
	return b, nil
}

// UnmarshalBinary decodes a signature written by MarshalBinary.
func (s *Signature) UnmarshalBinary(data []byte) error {
	r := sigReader{b: data}
	if len(data) < len(signatureMagic) || [4]byte(data[:4]) != signatureMagic {
		return fmt.Errorf("unmarshal signature: bad header: %w", ErrBadSignature)
	}
	r.b = r.b[4:]
	var out Signature
	words := r.uvarint()
	if words > 1<<40 {
		r.err = fmt.Errorf("word count %d too large", words)
	}
	out.Words = int(words)
	out.Text = r.u64()
	if n := r.count(8); n > 0 {
		out.Paragraphs = make([]uint64, n)
		for i := range out.Paragraphs {
			out.Paragraphs[i] = r.u64()
		}
	}
	if n := r.count(4); n > 0 {
		out.MinHash = make([]uint32, n)
		for i := range out.MinHash {
			out.MinHash[i] = r.u32()
		}
	}
	if n := r.count(1); n > 0 {
		out.Marks = make([]uint64, n)
		prev := uint64(0)
		for i := range out.Marks {
			d := r.uvarint()
			if i > 0 && d == 0 || prev+d < prev {
				r.fail("marks not increasing")
			}
			prev += d
			out.Marks[i] = prev
		}
	}
	if r.err == nil && len(r.b) != 0 {
		r.fail("trailing bytes")
	}
	if r.err != nil {
		return fmt.Errorf("unmarshal signature: %w: %w", ErrBadSignature, r.err)
	}
	*s = out
	return nil
}

// sigReader reads the fields of a serialised signature and remembers the
// first error.
type sigReader struct {
	b   []byte
	err error
}

func (r *sigReader) fail(msg string) {
	if r.err == nil {
		r.err = errors.New(msg)
	}
	r.b = nil
}

func (r *sigReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail("truncated varint")
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *sigReader) u64() uint64 {
	if len(r.b) < 8 {
		r.fail("truncated hash")
		return 0
	}
	v := binary.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	return v
}

func (r *sigReader) u32() uint32 {
	if len(r.b) < 4 {
		r.fail("truncated value")
		return 0
	}
	v := binary.LittleEndian.Uint32(r.b)
	r.b = r.b[4:]
	return v
}

// count reads an element count and checks that the rest of the input can
// hold that many elements of at least size bytes each.
func (r *sigReader) count(size int) int {
	n := r.uvarint()
	if r.err != nil {
		return 0
	}
	if n > uint64(len(r.b)/size) {
		r.fail("count exceeds input")
		return 0
	}
	return int(n)
}
