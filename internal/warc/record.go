// Package warc reads WARC 1.0 and 1.1 archives (ISO 28500) as Common Crawl
// writes them: a stream of records, each usually its own gzip member, or an
// uncompressed .warc. It streams: memory stays bounded by the limits, never
// by the size of the file. A truncated or corrupt record is reported as a
// *RecordError and reading resumes at the next record that can be found.
package warc

import (
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strings"
	"time"
)

// Record is one WARC record. Its Body is valid until the next call to
// Reader.Next.
type Record struct {
	// Offset is where the record starts: in a plain file the offset of its
	// first byte; in a compressed file the offset of its gzip member when
	// the record starts one (as Common Crawl writes them), else, with
	// InStream set, the offset of its first byte in the decompressed
	// stream (as in a file compressed as one gzip stream).
	Offset int64
	// InStream says Offset counts decompressed bytes.
	InStream bool
	// Version is the WARC version line, such as "WARC/1.1".
	Version string
	// Header holds the named fields (keys in canonical form).
	Header textproto.MIMEHeader
	// ContentLength is the length of the record block.
	ContentLength int64
	// Body reads the record block (ContentLength bytes).
	Body io.Reader
}

// Type is the WARC-Type field: "response", "request", "warcinfo", ...
func (r *Record) Type() string { return r.Header.Get("WARC-Type") }

// ID is the WARC-Record-ID without its angle brackets.
func (r *Record) ID() string {
	return strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(r.Header.Get("WARC-Record-ID")), "<"), ">")
}

// TargetURI is the WARC-Target-URI (angle brackets, which some writers
// add, removed).
func (r *Record) TargetURI() string {
	return strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(r.Header.Get("WARC-Target-URI")), "<"), ">")
}

// Date is the WARC-Date, zero when absent or malformed.
func (r *Record) Date() time.Time {
	t, _ := time.Parse(time.RFC3339Nano, strings.TrimSpace(r.Header.Get("WARC-Date")))
	return t
}

// Errors returned (wrapped in a *RecordError) for bad records.
var (
	ErrTruncated = errors.New("record truncated")
	ErrBadHeader = errors.New("malformed WARC header")
	ErrTooLarge  = errors.New("over the size limit")
)

// ErrDecompressedLimit is returned (wrapped) when a compressed file
// decompresses to more than Reader.MaxDecompressed bytes; reading ends.
var ErrDecompressedLimit = errors.New("decompressed WARC file larger than the limit")

// RecordError is the failure of one record. Reading can go on: the next
// call to Next looks for the following record.
type RecordError struct {
	// Offset is where the bad record (or its gzip member) starts, as in
	// Record.Offset.
	Offset int64
	// InStream says Offset counts decompressed bytes, as in Record.
	InStream bool
	// ID is the record's WARC-Record-ID when its header could be read.
	ID  string
	Err error
}

func (e *RecordError) Error() string {
	where := "offset"
	if e.InStream {
		where = "decompressed offset"
	}
	if e.ID != "" {
		return fmt.Sprintf("WARC record %s at %s %d: %v", e.ID, where, e.Offset, e.Err)
	}
	return fmt.Sprintf("WARC record at %s %d: %v", where, e.Offset, e.Err)
}

func (e *RecordError) Unwrap() error { return e.Err }
