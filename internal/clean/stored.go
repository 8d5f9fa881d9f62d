package clean

import (
	"context"
	"encoding/binary"
	"errors"

	"github.com/parallax-news/parallax/internal/article"
)

// ViewVersion is the version of what cleaning decides: its verdicts, cuts,
// kinds, reasons and paragraph keys. A view a store keeps (Reader.Encode)
// carries it, and one of another version is never taken, so that a store's
// views of an older cleaner are cleaned again. Raise it with every change
// that changes TestSameVerdictsOnABP's hash (which checks that the hash
// was refreshed with the version it belongs to).
const ViewVersion = 5

// viewMagic opens an encoded view.
const viewMagic = 'V'

// maxViewParagraphs bounds the paragraphs of a view decoded.
const maxViewParagraphs = 1 << 20

// errBadView is the error of decoding bytes that are not a view.
var errBadView = errors.New("not an encoded clean view")

// Encode returns v, the view of a that r computed (MaskedKept or View),
// as bytes for a store to keep with a, for a later Reader to take with
// Memo.PutEncoded instead of cleaning a again. What it holds is what a
// Memo holds (no text): a's identity, its outlet's model's version, the
// paragraph keys and the verdicts on paragraphs not kept whole; and
// ViewVersion. It returns nil for an article that is not stored.
func (r *Reader) Encode(ctx context.Context, a *article.Article, v *View) ([]byte, error) {
	if a.ID == "" || a.ContentHash == "" {
		return nil, nil
	}
	m, err := r.Model(ctx, a.Outlet)
	if err != nil {
		return nil, err
	}
	return encodeView(keyOf(a), memoViewOf(m, v)), nil
}

// PutEncoded keeps the view of a that b (from Reader.Encode) holds, for a
// Reader that takes from m (TakeFrom), and reports whether it did: not
// when b is of another ViewVersion or another article or text, is not a
// view, or m is full or holds a view of a already. A Reader takes it only
// when its model of a's outlet is still the one it was computed with.
func (m *Memo) PutEncoded(a *article.Article, b []byte) bool {
	if len(b) == 0 || a.ID == "" || a.ContentHash == "" {
		return false
	}
	want := keyOf(a)
	m.mu.Lock()
	_, ok := m.views[want]
	m.mu.Unlock()
	if ok {
		return false // kept already (by a Reader of this process: KeepIn)
	}
	k, mv, err := decodeView(b, &viewOf{key: want, paras: len(a.Paragraphs)})
	if err != nil || !cutsFit(mv.set, a.Paragraphs) {
		return false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.views[k]; ok || len(m.views) >= m.max {
		return false
	}
	m.views[k] = mv
	return true
}

// encodeView encodes mv, the view of the article of key k: the magic
// byte, ViewVersion, k, the model's version, the count of paragraphs, a
// byte saying whether keys follow (8 bytes each, little-endian), then the
// paragraphs not kept whole.
func encodeView(k memoKey, mv memoView) []byte {
	b := make([]byte, 0, 32+9*len(mv.keys)+64*len(mv.set))
	b = append(b, viewMagic)
	b = binary.AppendUvarint(b, ViewVersion)
	b = append(b, k[:]...)
	b = binary.AppendUvarint(b, uint64(mv.model))
	b = binary.AppendUvarint(b, uint64(len(mv.keys)))
	keyed := false
	for _, x := range mv.keys {
		if x != 0 {
			keyed = true
			break
		}
	}
	if keyed {
		b = append(b, 1)
		for _, x := range mv.keys {
			b = binary.LittleEndian.AppendUint64(b, x)
		}
	} else {
		b = append(b, 0)
	}
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = binary.AppendUvarint(b, uint64(len(mv.set)))
	for _, p := range mv.set {
		b = binary.AppendUvarint(b, uint64(p.Para))
		str(string(p.Verdict))
		if p.Kept {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
		str(p.Kind)
		str(p.Reason)
		b = binary.AppendUvarint(b, uint64(len(p.Cuts)))
		for _, c := range p.Cuts {
			b = binary.AppendUvarint(b, uint64(c.Start))
			b = binary.AppendUvarint(b, uint64(c.End))
			str(c.Kind)
			str(c.Reason)
		}
	}
	return b
}

// viewDecoder reads an encoded view; the first error sticks.
type viewDecoder struct {
	reader // uvarint; any error is errBadView to decodeView
}

// count reads a count of items of at least min bytes each.
func (d *viewDecoder) count(min int) int {
	n := d.uvarint()
	if d.err == nil && n > uint64(len(d.b)/min) {
		d.err = errBadView
		return 0
	}
	return int(n)
}

func (d *viewDecoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.b) {
		d.err = errBadView
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *viewDecoder) byte() byte {
	if p := d.bytes(1); p != nil {
		return p[0]
	}
	return 0
}

func (d *viewDecoder) str() string {
	return string(d.bytes(d.count(1)))
}

// viewOf says which article a view decoded must be of: its key and its
// count of paragraphs.
type viewOf struct {
	key   memoKey
	paras int
}

// decodeView decodes what encodeView encoded; an error for bytes of
// another ViewVersion, of another article or paragraph count than of
// (when not nil; found before anything is allocated), or whose cuts are
// not in order within their paragraph.
func decodeView(b []byte, of *viewOf) (memoKey, memoView, error) {
	var k memoKey
	var mv memoView
	if len(b) == 0 || b[0] != viewMagic {
		return k, mv, errBadView
	}
	d := &viewDecoder{reader{b: b[1:]}}
	if d.uvarint() != ViewVersion {
		return k, mv, errBadView
	}
	copy(k[:], d.bytes(len(k)))
	if d.err != nil || of != nil && k != of.key {
		return k, mv, errBadView
	}
	model := d.uvarint()
	if model > 1<<32-1 {
		return k, mv, errBadView
	}
	mv.model = uint32(model)
	n := d.uvarint()
	if d.err != nil || n > maxViewParagraphs || of != nil && n != uint64(of.paras) {
		return k, mv, errBadView
	}
	mv.keys = make([]uint64, n)
	if d.byte() == 1 {
		raw := d.bytes(8 * int(n))
		for i := range mv.keys {
			if raw != nil {
				mv.keys[i] = binary.LittleEndian.Uint64(raw[8*i:])
			}
		}
	}
	sets := d.count(6)
	for range sets {
		var p Para
		p.Para = int(d.uvarint())
		p.Verdict = Verdict(d.str())
		p.Kept = d.byte() == 1
		p.Kind = d.str()
		p.Reason = d.str()
		cuts := d.count(4)
		end := 0
		for range cuts {
			var c Cut
			c.Start = int(d.uvarint())
			c.End = int(d.uvarint())
			c.Kind = d.str()
			c.Reason = d.str()
			if d.err == nil && (c.Start < end || c.End <= c.Start) {
				d.err = errBadView // a damaged row: out of order, empty or negative
			}
			end = c.End
			p.Cuts = append(p.Cuts, c)
		}
		if d.err == nil && (p.Para < 0 || p.Para >= int(n)) {
			d.err = errBadView
		}
		mv.set = append(mv.set, p)
	}
	if d.err != nil || len(d.b) != 0 {
		return k, mv, errBadView
	}
	return k, mv, nil
}

// cutsFit reports whether every cut of set lies within its paragraph of
// paras, so that splicing or masking the text by them cannot go past it.
func cutsFit(set []Para, paras []string) bool {
	for _, p := range set {
		for _, c := range p.Cuts {
			if c.End > len(paras[p.Para]) {
				return false
			}
		}
	}
	return true
}
