package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
)

// Limits of the header of one record.
const (
	maxLineLen    = 64 << 10
	maxHeaderSize = 256 << 10
	// maxHeaderLines bounds the lines (fields and continuations) of one
	// record's header.
	maxHeaderLines = 1024
	// maxResyncs bounds how often the bytes of corrupt gzip members are
	// searched again for the next member before a good record is found.
	maxResyncs = 64
)

// Reader reads the records of a WARC file, compressed (one gzip member per
// record, or any other split into members, one stream for the whole file
// included) or not.
type Reader struct {
	// MaxDecompressed, when positive, limits the bytes a compressed file
	// may decompress to: past it Next fails with ErrDecompressedLimit and
	// reading ends. Set it before the first call to Next.
	MaxDecompressed int64

	raw        *bufio.Reader
	counter    *countingReader
	compressed bool
	rr         *replayReader // the compressed input
	gz         *gzip.Reader
	dz         decompressed  // the output of gz
	src        *bufio.Reader // the decompressed member, or raw
	inMember   bool          // src holds a gzip member being read
	memberAt   int64         // offset of the current member
	atStart    bool          // nothing but blank lines read from the member yet
	body       *io.LimitedReader
	cur        *Record
	resync     bool // after an error: look for the next record first
	resyncs    int  // corrupt members rescanned since the last good record
	done       bool
}

// countingReader counts the bytes read from the file and keeps its first
// error, so that I/O failures are told apart from corrupt data.
type countingReader struct {
	r   io.Reader
	n   int64
	err error
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if err != nil && c.err == nil {
		c.err = err
	}
	return n, err
}

// ioErr returns a read failure of the underlying file (not EOF), if any.
func (c *countingReader) ioErr() error {
	if c.err != nil && !errors.Is(c.err, io.EOF) {
		return c.err
	}
	return nil
}

// decompressed counts the bytes of a compressed file once decompressed,
// over all its members, and stops them at a limit.
type decompressed struct {
	r   io.Reader
	n   int64
	max int64 // 0: no limit
}

func (d *decompressed) Read(p []byte) (int, error) {
	if d.max > 0 && d.n >= d.max {
		var one [1]byte
		if n, err := io.ReadFull(d.r, one[:]); n == 0 {
			return 0, err
		}
		return 0, fmt.Errorf("%w: stopped after %d bytes", ErrDecompressedLimit, d.max)
	}
	if d.max > 0 && int64(len(p)) > d.max-d.n {
		p = p[:d.max-d.n]
	}
	n, err := d.r.Read(p)
	d.n += int64(n)
	return n, err
}

var gzipMagic = []byte{0x1f, 0x8b, 0x08}

// NewReader starts reading a WARC file; gzip compression is recognised by
// its magic bytes.
func NewReader(r io.Reader) *Reader {
	c := &countingReader{r: r}
	raw := bufio.NewReaderSize(c, 64<<10)
	wr := &Reader{raw: raw, counter: c}
	if head, _ := raw.Peek(3); bytes.Equal(head, gzipMagic) {
		wr.compressed = true
		wr.rr = &replayReader{r: raw}
		wr.src = bufio.NewReaderSize(nil, 64<<10)
	} else {
		wr.src = raw
	}
	return wr
}

// streamOffset is the offset of the next unread decompressed byte in the
// decompressed stream (all members one after the other).
func (r *Reader) streamOffset() int64 {
	return r.dz.n - int64(r.src.Buffered())
}

// rawOffset is the offset in the file of the next unread raw byte.
func (r *Reader) rawOffset() int64 {
	if r.compressed {
		return r.rr.n
	}
	return r.counter.n - int64(r.raw.Buffered())
}

// Next returns the next record, io.EOF at the end, a *RecordError for a
// bad record (call Next again to go on), or another error when the file
// cannot be read.
func (r *Reader) Next() (*Record, error) {
	if r.done {
		return nil, io.EOF
	}
	if cur := r.cur; cur != nil {
		if err := r.finishRecord(); err != nil {
			return nil, r.failAt(cur.Offset, cur.InStream, cur.ID(), err)
		}
	}
	if r.resync {
		r.resync = false
		if err := r.seekRecord(); err != nil {
			return nil, r.end(err)
		}
	}
	for {
		if r.compressed && !r.inMember {
			if err := r.nextMember(); err != nil {
				var re *RecordError
				if errors.As(err, &re) && r.counter.ioErr() == nil {
					r.resync = true
					return nil, err
				}
				return nil, r.end(err)
			}
		}
		version, offset, inStream, err := r.versionLine()
		if errors.Is(err, io.EOF) {
			if r.compressed {
				r.inMember = false // the member is over: on to the next
				continue
			}
			return nil, r.end(io.EOF)
		}
		if err != nil {
			return nil, r.failAt(offset, inStream, "", err)
		}
		rec, err := r.readHeader(offset, version)
		if err != nil {
			return nil, r.failAt(offset, inStream, "", err)
		}
		rec.InStream = inStream
		r.body = &io.LimitedReader{R: r.src, N: rec.ContentLength}
		rec.Body = r.body
		r.cur = rec
		r.resyncs = 0
		return rec, nil
	}
}

// end turns the end of input (or an I/O failure) into Next's answer.
func (r *Reader) end(err error) error {
	r.done = true
	if ioErr := r.counter.ioErr(); ioErr != nil {
		return fmt.Errorf("read WARC: %w", ioErr)
	}
	if errors.Is(err, io.EOF) {
		return io.EOF
	}
	return err
}

// failAt reports a bad record and arranges for the next call to resync.
// A file over the decompression limit, or that cannot be read, ends.
func (r *Reader) failAt(offset int64, inStream bool, id string, err error) error {
	r.cur = nil
	if ioErr := r.counter.ioErr(); ioErr != nil {
		r.done = true
		return fmt.Errorf("read WARC: %w", ioErr)
	}
	if errors.Is(err, ErrDecompressedLimit) {
		r.done = true
		return err
	}
	r.resync = true
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		err = fmt.Errorf("%w: %v", ErrTruncated, err)
	}
	return &RecordError{Offset: offset, InStream: inStream, ID: id, Err: err}
}

// nextMember starts decompressing the gzip member at the current raw
// position; io.EOF when there is none.
func (r *Reader) nextMember() error {
	if !r.rr.more() {
		return io.EOF
	}
	r.memberAt = r.rawOffset()
	r.rr.mark()
	var err error
	if r.gz == nil {
		r.gz, err = gzip.NewReader(r.rr)
	} else {
		err = r.gz.Reset(r.rr)
	}
	if err != nil {
		if errors.Is(err, io.EOF) {
			return &RecordError{Offset: r.memberAt, Err: fmt.Errorf("%w: gzip header", ErrTruncated)}
		}
		return &RecordError{Offset: r.memberAt, Err: fmt.Errorf("gzip: %w", err)}
	}
	r.gz.Multistream(false)
	r.dz.r, r.dz.max = r.gz, r.MaxDecompressed
	r.src.Reset(&r.dz)
	r.inMember, r.atStart = true, true
	return nil
}

// versionLine skips blank lines and reads "WARC/1.x" and where the record
// starts: in a plain file its offset; in a compressed one the offset of its
// gzip member when it starts one, else (inStream) its offset in the
// decompressed stream. io.EOF at a clean end.
func (r *Reader) versionLine() (version string, offset int64, inStream bool, err error) {
	for {
		switch {
		case !r.compressed:
			offset = r.rawOffset()
		case r.atStart:
			offset = r.memberAt
		default:
			offset, inStream = r.streamOffset(), true
		}
		line, err := readLine(r.src)
		if err != nil {
			if errors.Is(err, io.EOF) && line == "" {
				return "", offset, inStream, io.EOF
			}
			return "", offset, inStream, err
		}
		if line == "" {
			continue
		}
		r.atStart = false
		if !strings.HasPrefix(line, "WARC/") {
			return "", offset, inStream, fmt.Errorf("%w: expected a WARC/1.x version line, found %q", ErrBadHeader, clip(line))
		}
		return line, offset, inStream, nil
	}
}

// readHeader reads the named fields after the version line.
func (r *Reader) readHeader(offset int64, version string) (*Record, error) {
	h := textproto.MIMEHeader{}
	size, lines := 0, 0
	var lastKey string
	var folded []string // the last field's value and its continuations
	flush := func() {
		if len(folded) > 1 {
			vs := h[lastKey]
			vs[len(vs)-1] = strings.Join(folded, " ")
		}
		folded = folded[:0]
	}
	for {
		line, err := readLine(r.src)
		if err != nil {
			return nil, err
		}
		if line == "" {
			break
		}
		size += len(line) + 2 // with its CRLF
		if size > maxHeaderSize {
			return nil, fmt.Errorf("%w: header over %d bytes", ErrBadHeader, maxHeaderSize)
		}
		if lines++; lines > maxHeaderLines {
			return nil, fmt.Errorf("%w: header over %d lines", ErrBadHeader, maxHeaderLines)
		}
		if (line[0] == ' ' || line[0] == '\t') && lastKey != "" { // folded continuation
			folded = append(folded, strings.TrimSpace(line))
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(k) == "" {
			return nil, fmt.Errorf("%w: line %q", ErrBadHeader, clip(line))
		}
		flush()
		lastKey = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(k))
		v = strings.TrimSpace(v)
		h.Add(lastKey, v)
		folded = append(folded, v)
	}
	flush()
	rec := &Record{Offset: offset, Version: version, Header: h}
	cl := h.Get("Content-Length")
	n, err := strconv.ParseInt(cl, 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("%w: Content-Length %q", ErrBadHeader, cl)
	}
	rec.ContentLength = n
	return rec, nil
}

// finishRecord skips what is left of the current record's block.
func (r *Reader) finishRecord() error {
	r.cur = nil
	if r.body == nil {
		return nil
	}
	if _, err := io.Copy(io.Discard, r.body); err != nil {
		return err
	}
	if r.body.N > 0 {
		return io.ErrUnexpectedEOF
	}
	r.body = nil
	return nil
}

// skipRest skips what is left of the current record after its reader
// failed; if that fails too, the next Next looks for the next record.
func (r *Reader) skipRest() {
	if err := r.finishRecord(); err != nil {
		r.body = nil
		r.resync = true
	}
}

// seekRecord moves past a bad record to the next place a record may start:
// the next line that starts with "WARC/1.", in a plain file or in the rest
// of the current gzip member (a file compressed as one stream has only
// one); else, in a compressed file, the next gzip member (after the next
// gzip magic when the member does not decompress).
func (r *Reader) seekRecord() error {
	r.body = nil
	if !r.compressed {
		return r.seekVersionLine()
	}
	if r.inMember {
		r.atStart = false
		err := r.seekVersionLine()
		if err == nil {
			return nil
		}
		if errors.Is(err, ErrDecompressedLimit) {
			return err
		}
		r.inMember = false
		if errors.Is(err, io.EOF) {
			return nil // the member ends cleanly: on to the next
		}
	}
	// The member is corrupt: look for the next one from just after its
	// first byte (the decompressor may have read into the next member).
	// Each attempt may decompress up to maxReplay bytes again: after
	// maxResyncs of them the bytes already read are given up.
	r.resyncs++
	if (r.resyncs > maxResyncs || !r.rr.rewind(1)) && r.rawOffset() == r.memberAt {
		r.rr.ReadByte()
	}
	if !r.rr.seekMagic() {
		return io.EOF
	}
	return nil
}

// seekVersionLine advances src to the next line that starts with
// "WARC/1."; io.EOF when there is none, or the error that stopped the
// search.
func (r *Reader) seekVersionLine() error {
	const keep = 8 // the bytes kept between two looks: a newline and "WARC/1."
	for first := true; ; first = false {
		buf, err := r.src.Peek(r.src.Size())
		if i := indexLineStart(buf, []byte("WARC/1."), first); i >= 0 {
			r.src.Discard(i)
			return nil
		}
		if err != nil {
			r.src.Discard(len(buf))
			return err
		}
		r.src.Discard(len(buf) - keep)
	}
}

// indexLineStart finds pat right after a newline in buf, or at its start
// when atStart says a line starts there.
func indexLineStart(buf, pat []byte, atStart bool) int {
	for i := 0; ; {
		j := bytes.Index(buf[i:], pat)
		if j < 0 {
			return -1
		}
		if (i+j == 0 && atStart) || (i+j > 0 && buf[i+j-1] == '\n') {
			return i + j
		}
		i += j + 1
	}
}

// readLine reads one line without its CRLF or LF, at most maxLineLen bytes.
func readLine(br *bufio.Reader) (string, error) {
	var long []byte
	for {
		frag, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			long = append(long, frag...)
			if len(long) > maxLineLen {
				return "", fmt.Errorf("%w: line over %d bytes", ErrBadHeader, maxLineLen)
			}
			continue
		}
		line := string(append(long, frag...))
		if err != nil {
			if errors.Is(err, io.EOF) && line != "" {
				return line, io.ErrUnexpectedEOF
			}
			return line, err
		}
		if len(line) > maxLineLen {
			return "", fmt.Errorf("%w: line over %d bytes", ErrBadHeader, maxLineLen)
		}
		return strings.TrimRight(line, "\r\n"), nil
	}
}

// clip shortens a line quoted in an error.
func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}
