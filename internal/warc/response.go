package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/bounded"
)

// Page is the HTML of one archived HTTP response.
type Page struct {
	// Offset, InStream and ID locate the record in the file, as in
	// Record.
	Offset   int64
	InStream bool
	ID       string
	// URL is the record's WARC-Target-URI.
	URL string
	// Date is the WARC-Date: when the page was captured.
	Date time.Time
	// ContentType is the response's Content-Type.
	ContentType string
	// Body is the page, with transfer and content encodings removed.
	Body []byte
}

// DefaultMaxPage is the default limit on one page's decoded size.
const DefaultMaxPage = 16 << 20

// Pages reads the HTML pages of a WARC file: the successful (2xx)
// "response" records whose payload is HTML. Other records are skipped.
type Pages struct {
	// MaxDecompressed, when positive, limits the bytes a compressed file
	// may decompress to, as Reader.MaxDecompressed does. Set it before the
	// first call to Next.
	MaxDecompressed int64

	r       *Reader
	maxPage int64
}

// NewPages reads pages from a WARC file; maxPage limits one page's decoded
// size (0 means DefaultMaxPage).
func NewPages(r io.Reader, maxPage int64) *Pages {
	if maxPage <= 0 {
		maxPage = DefaultMaxPage
	}
	return &Pages{r: NewReader(r), maxPage: maxPage}
}

// Next returns the next page, io.EOF at the end, a *RecordError for a bad
// record (call Next again to go on), or another error when the file cannot
// be read.
func (p *Pages) Next() (*Page, error) {
	p.r.MaxDecompressed = p.MaxDecompressed
	for {
		rec, err := p.r.Next()
		if err != nil {
			return nil, err
		}
		if rec.Type() != "response" {
			continue
		}
		if ct := rec.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(strings.ToLower(ct), "application/http") {
			continue // a response record of another protocol (dns:, ...)
		}
		page, err := readPage(rec, p.maxPage)
		if err != nil {
			if ioErr := p.r.counter.ioErr(); ioErr != nil {
				p.r.done = true
				return nil, fmt.Errorf("read WARC: %w", ioErr)
			}
			if errors.Is(err, ErrDecompressedLimit) {
				p.r.done = true
				return nil, err
			}
			p.r.skipRest() // one error per record
			return nil, &RecordError{Offset: rec.Offset, InStream: rec.InStream, ID: rec.ID(), Err: err}
		}
		if page != nil {
			return page, nil
		}
	}
}

// readPage parses a response record's HTTP message; nil, nil for a
// response that is not a successful HTML page.
func readPage(rec *Record, maxPage int64) (*Page, error) {
	const bufSize = 32 << 10
	// The archived headers are read through a limit (plus what the
	// buffer may read ahead of them), lifted for the body.
	hl := &headerLimiter{r: rec.Body, n: maxHTTPHeader + bufSize}
	br := bufio.NewReaderSize(hl, bufSize)
	resp, err := http.ReadResponse(br, nil)
	hl.lift()
	if err != nil {
		if hl.hit {
			return nil, fmt.Errorf("HTTP header %w of %d bytes", ErrTooLarge, maxHTTPHeader)
		}
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%w: HTTP header", ErrTruncated)
		}
		return nil, fmt.Errorf("HTTP response: %w", err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, nil
	}
	ct := resp.Header.Get("Content-Type")
	if ct != "" && !isHTML(ct) {
		return nil, nil
	}
	// Archives differ on whether the payload keeps its transfer encoding:
	// read chunks only when the payload looks chunked, and otherwise the
	// whole rest of the block (the Content-Length of archived headers is
	// not to be trusted).
	var body io.Reader = br
	if chunked(resp) && looksChunked(br) {
		body = resp.Body
	}
	body, err = decode(resp.Header.Get("Content-Encoding"), body)
	if err != nil {
		return nil, err
	}
	b, over, err := bounded.ReadAll(body, maxPage)
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w: HTTP body", ErrTruncated)
		}
		return nil, fmt.Errorf("HTTP body: %w", err)
	}
	if over {
		return nil, fmt.Errorf("page %w of %d bytes", ErrTooLarge, maxPage)
	}
	if _, err := io.Copy(io.Discard, br); err != nil {
		return nil, fmt.Errorf("HTTP body: %w", err)
	}
	if lr, ok := rec.Body.(*io.LimitedReader); ok && lr.N > 0 {
		return nil, fmt.Errorf("%w: %d bytes missing", ErrTruncated, lr.N)
	}
	if ct == "" && !strings.HasPrefix(http.DetectContentType(b), "text/html") {
		return nil, nil
	}
	return &Page{Offset: rec.Offset, InStream: rec.InStream, ID: rec.ID(), URL: rec.TargetURI(), Date: rec.Date(), ContentType: ct, Body: b}, nil
}

// maxHTTPHeader limits the size of an archived HTTP message's headers.
const maxHTTPHeader = 1 << 20

// errHeaderLimit is what headerLimiter reads once its limit is reached.
var errHeaderLimit = errors.New("HTTP header limit reached")

// headerLimiter reads at most n bytes until lift is called.
type headerLimiter struct {
	r      io.Reader
	n      int64
	hit    bool
	lifted bool
}

func (h *headerLimiter) Read(p []byte) (int, error) {
	if h.lifted {
		return h.r.Read(p)
	}
	if h.n <= 0 {
		h.hit = true
		return 0, errHeaderLimit
	}
	if int64(len(p)) > h.n {
		p = p[:h.n]
	}
	n, err := h.r.Read(p)
	h.n -= int64(n)
	return n, err
}

func (h *headerLimiter) lift() { h.lifted = true }

func isHTML(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

func chunked(resp *http.Response) bool {
	for _, te := range resp.TransferEncoding {
		if strings.EqualFold(te, "chunked") {
			return true
		}
	}
	return false
}

// looksChunked reports whether the payload starts with a chunk-size line.
func looksChunked(br *bufio.Reader) bool {
	head, _ := br.Peek(20)
	i := 0
	for i < len(head) && isHexDigit(head[i]) {
		i++
	}
	return i > 0 && i < len(head) && (head[i] == '\r' || head[i] == '\n' || head[i] == ';' || head[i] == ' ')
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// decode removes a content encoding. A payload that is marked as encoded
// but is not (archives often store it decoded) is read as it is.
func decode(enc string, body io.Reader) (io.Reader, error) {
	enc = strings.ToLower(strings.TrimSpace(enc))
	pb := bufio.NewReader(body)
	head, _ := pb.Peek(2)
	switch enc {
	case "", "identity", "none":
		return pb, nil
	case "gzip", "x-gzip":
		if !bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
			return pb, nil
		}
		zr, err := gzip.NewReader(pb)
		if err != nil {
			return nil, fmt.Errorf("gzip content: %w", err)
		}
		return zr, nil
	case "deflate":
		if len(head) == 2 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 && head[0]&0x0f == 8 {
			zr, err := zlib.NewReader(pb)
			if err != nil {
				return nil, fmt.Errorf("deflate content: %w", err)
			}
			return zr, nil
		}
		if len(head) > 0 && head[0] == '<' {
			return pb, nil
		}
		return flate.NewReader(pb), nil
	}
	if len(head) > 0 && (head[0] == '<' || head[0] == '\xef') {
		return pb, nil // stored decoded
	}
	return nil, fmt.Errorf("unsupported Content-Encoding %q", enc)
}
