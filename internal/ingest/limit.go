package ingest

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"github.com/parallax-news/parallax/internal/bounded"
)

// lineReader reads the lines of a JSON Lines stream, keeping a line only
// while it is within the size limit: an over-long line is read through to
// its end but not kept, so it costs no more memory than the limit.
type lineReader struct {
	br  *bufio.Reader
	max int64 // the limit on a line's content, without its CR LF
	buf bounded.Buffer
}

// next reads the next line, without its line ending. A line over the
// limit comes back empty with tooLong set. err is io.EOF after the last
// line (which may have no newline); line is valid until the next call.
func (lr *lineReader) next() (line []byte, tooLong bool, err error) {
	lr.buf.Reset()
	for {
		chunk, err := lr.br.ReadSlice('\n')
		if !tooLong {
			if lr.buf.Len()+int64(len(chunk)) > lr.max+2 { // the content, then CR LF
				tooLong = true
				lr.buf.Release()
			} else {
				lr.buf.Write(chunk)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong {
			return nil, true, err
		}
		line = lr.buf.Bytes()
		for len(line) > 0 && (line[len(line)-1] == '\n' || line[len(line)-1] == '\r') {
			line = line[:len(line)-1]
		}
		if int64(len(line)) > lr.max {
			return nil, true, err
		}
		return line, false, err
	}
}

// ErrTotalTooLarge is returned (wrapped) when a compressed input
// decompresses to more than Options.MaxTotal bytes.
var ErrTotalTooLarge = errors.New("decompresses to more than the limit on one input")

// capReader passes on at most max bytes of a decompressed stream and then
// fails with ErrTotalTooLarge if there is more.
type capReader struct {
	r   io.Reader
	n   int64
	max int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.n >= c.max {
		var one [1]byte
		n, err := io.ReadFull(c.r, one[:])
		if n > 0 {
			return 0, fmt.Errorf("%w: stopped after %d bytes", ErrTotalTooLarge, c.max)
		}
		return 0, err
	}
	if int64(len(p)) > c.max-c.n {
		p = p[:c.max-c.n]
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
