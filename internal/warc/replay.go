package warc

import "bufio"

// maxReplay bounds the bytes of one gzip member kept for rescanning after
// it turns out to be corrupt.
const maxReplay = 1 << 20

// replayReader is the compressed input as the gzip reader sees it. It
// remembers the bytes of the current member, so that when the member is
// corrupt the search for the next one can start right after its first
// byte: the decompressor may already have consumed the start of the next
// member by the time it notices the damage.
//
// The bytes since the mark are kept in one buffer with a cursor: going
// back moves the cursor, so that repeated attempts cost no copying.
type replayReader struct {
	r        *bufio.Reader
	n        int64  // bytes consumed (the offset of the next byte)
	buf      []byte // bytes from the mark on: buf[:pos] consumed, buf[pos:] to hand out again
	pos      int
	overflow bool // the bytes since the mark were too many to keep
}

// record keeps freshly read bytes, unless there are too many.
func (rr *replayReader) record(b []byte) {
	if rr.overflow {
		return
	}
	if len(rr.buf)+len(b) > maxReplay {
		rr.overflow, rr.buf, rr.pos = true, nil, 0
		return
	}
	rr.buf = append(rr.buf, b...)
	rr.pos += len(b)
}

// ReadByte lets gzip read exactly what it needs, so offsets are exact.
func (rr *replayReader) ReadByte() (byte, error) {
	var c byte
	if rr.pos < len(rr.buf) {
		c = rr.buf[rr.pos]
		rr.pos++
	} else {
		var err error
		if c, err = rr.r.ReadByte(); err != nil {
			return 0, err
		}
		rr.record([]byte{c})
	}
	rr.n++
	return c, nil
}

func (rr *replayReader) Read(p []byte) (int, error) {
	if rr.pos < len(rr.buf) {
		n := copy(p, rr.buf[rr.pos:])
		rr.pos += n
		rr.n += int64(n)
		return n, nil
	}
	n, err := rr.r.Read(p)
	rr.n += int64(n)
	rr.record(p[:n])
	return n, err
}

// mark starts remembering at the current position (a member's start).
func (rr *replayReader) mark() {
	if rr.pos == len(rr.buf) {
		rr.buf = rr.buf[:0]
	} else {
		rr.buf = rr.buf[rr.pos:]
	}
	rr.pos, rr.overflow = 0, false
}

// rewind goes back to skip bytes after the mark, when the bytes since are
// still known, and marks there; it reports whether it could.
func (rr *replayReader) rewind(skip int) bool {
	if rr.overflow || skip > rr.pos {
		return false
	}
	rr.n -= int64(rr.pos - skip)
	rr.pos = skip
	rr.mark()
	return true
}

// seekMagic consumes bytes up to the next gzip magic, which is left
// unread (and marked); false at the end of the input.
func (rr *replayReader) seekMagic() bool {
	var last [3]byte
	seen := 0
	for {
		c, err := rr.ReadByte()
		if err != nil {
			return false
		}
		last[0], last[1], last[2] = last[1], last[2], c
		seen++
		if seen >= 3 && last == [3]byte(gzipMagic) {
			rr.n -= 3
			if !rr.overflow && rr.pos >= 3 {
				rr.pos -= 3
				rr.mark()
			} else { // not kept: nothing else is waiting to be handed out
				rr.buf, rr.pos, rr.overflow = append(rr.buf[:0], gzipMagic...), 0, false
			}
			return true
		}
	}
}

// more reports whether any input is left.
func (rr *replayReader) more() bool {
	if rr.pos < len(rr.buf) {
		return true
	}
	_, err := rr.r.Peek(1)
	return err == nil
}
