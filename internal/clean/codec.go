package clean

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"
)

// modelMagic starts an encoded Model; the byte after it is the format
// version.
const modelMagic = "pxcm"

const modelVersion = 1

// MarshalBinary encodes the model: its article count and its lines sorted
// by key, keys delta-encoded, all as varints.
func (m *Model) MarshalBinary() ([]byte, error) {
	m.Flush()
	b := make([]byte, 0, 16+12*len(m.lines))
	b = append(b, modelMagic...)
	b = append(b, modelVersion)
	b = binary.AppendUvarint(b, uint64(m.Articles))
	b = binary.AppendUvarint(b, uint64(len(m.lines)))
	var prev uint64
	for _, l := range m.lines {
		b = binary.AppendUvarint(b, l.Key-prev)
		prev = l.Key
		b = binary.AppendUvarint(b, uint64(l.Articles))
		b = binary.AppendVarint(b, int64(l.First))
		b = binary.AppendVarint(b, int64(l.Last)-int64(l.First))
		b = binary.AppendUvarint(b, uint64(m.Articles-min(l.Seen, m.Articles)))
	}
	return b, nil
}

// ErrBadModel is returned (wrapped) for bytes that are not an encoded Model.
var ErrBadModel = errors.New("not an encoded furniture model")

// UnmarshalBinary decodes what MarshalBinary wrote, replacing m.
func (m *Model) UnmarshalBinary(b []byte) error {
	if len(b) < len(modelMagic)+1 || string(b[:len(modelMagic)]) != modelMagic {
		return ErrBadModel
	}
	if v := b[len(modelMagic)]; v != modelVersion {
		return fmt.Errorf("%w: format version %d, want %d", ErrBadModel, v, modelVersion)
	}
	r := reader{b: b[len(modelMagic)+1:]}
	articles := r.uvarint()
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.b)) || articles > 1<<32-1 {
		return fmt.Errorf("%w: bad header", ErrBadModel)
	}
	lines := make([]Line, 0, n)
	var key uint64
	for i := uint64(0); i < n; i++ {
		delta := r.uvarint()
		if i > 0 && delta == 0 {
			return fmt.Errorf("%w: keys out of order", ErrBadModel)
		}
		key += delta
		l := Line{Key: key, Articles: uint32(r.uvarint())}
		l.First = int32(r.varint())
		l.Last = int32(int64(l.First) + r.varint())
		l.Seen = uint32(articles - min(r.uvarint(), articles))
		if r.err != nil {
			return fmt.Errorf("%w: line %d: %v", ErrBadModel, i, r.err)
		}
		lines = append(lines, l)
	}
	if len(r.b) != 0 {
		return fmt.Errorf("%w: %d bytes after the lines", ErrBadModel, len(r.b))
	}
	*m = Model{Articles: uint32(articles)}
	m.setLines(lines)
	return nil
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errors.New("truncated")
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = errors.New("truncated")
		return 0
	}
	r.b = r.b[n:]
	return v
}

// Day returns the day number a Model records for a time: days since
// 1970-01-01 in UTC, 0 for the zero time.
func Day(t time.Time) int32 {
	if t.IsZero() {
		return 0
	}
	d := t.UTC().Unix() / 86400
	if d <= 0 {
		return 0
	}
	return int32(d)
}
