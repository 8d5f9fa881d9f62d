package warc

import (
	"bufio"
	"bytes"
)

// maxReplay bounds the bytes of one gzip member kept for rescanning after
// it turns out to be corrupt.
const maxReplay = 1 << 20

// replayReader is the compressed input as the gzip reader sees it. It
// remembers the bytes of the current member, so that when the member is
// corrupt the search for the next one can start right after its first
// byte: the decompressor may already have consumed the start of the next
// member by the time it notices the damage.
type replayReader struct {
	r        *bufio.Reader
	n        int64  // bytes consumed (the offset of the next byte)
	hist     []byte // bytes consumed since mark
	overflow bool   // hist was dropped: too long to keep
	replay   []byte // bytes to hand out again before reading more
}

func (rr *replayReader) record(b []byte) {
	if rr.overflow {
		return
	}
	if len(rr.hist)+len(b) > maxReplay {
		rr.overflow, rr.hist = true, nil
		return
	}
	rr.hist = append(rr.hist, b...)
}

// ReadByte lets gzip read exactly what it needs, so offsets are exact.
func (rr *replayReader) ReadByte() (byte, error) {
	var c byte
	if len(rr.replay) > 0 {
		c, rr.replay = rr.replay[0], rr.replay[1:]
	} else {
		var err error
		if c, err = rr.r.ReadByte(); err != nil {
			return 0, err
		}
	}
	rr.n++
	if !rr.overflow {
		if len(rr.hist) < maxReplay {
			rr.hist = append(rr.hist, c)
		} else {
			rr.overflow, rr.hist = true, nil
		}
	}
	return c, nil
}

func (rr *replayReader) Read(p []byte) (int, error) {
	var n int
	var err error
	if len(rr.replay) > 0 {
		n = copy(p, rr.replay)
		rr.replay = rr.replay[n:]
	} else {
		n, err = rr.r.Read(p)
	}
	rr.n += int64(n)
	rr.record(p[:n])
	return n, err
}

// mark starts remembering at the current position (a member's start).
func (rr *replayReader) mark() {
	rr.hist, rr.overflow = rr.hist[:0], false
}

// rewind goes back to skip bytes after the mark, when the bytes since are
// still known; it reports whether it could.
func (rr *replayReader) rewind(skip int) bool {
	if rr.overflow || skip > len(rr.hist) {
		return false
	}
	back := rr.hist[skip:]
	rr.replay = append(bytes.Clone(back), rr.replay...)
	rr.n -= int64(len(back))
	rr.hist = rr.hist[:0]
	return true
}

// seekMagic consumes bytes up to the next gzip magic, which is left
// unread; false at the end of the input.
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
			rr.replay = append(gzipMagic[:3:3], rr.replay...)
			rr.n -= 3
			rr.hist = rr.hist[:0]
			return true
		}
	}
}

// more reports whether any input is left.
func (rr *replayReader) more() bool {
	if len(rr.replay) > 0 {
		return true
	}
	_, err := rr.r.Peek(1)
	return err == nil
}
