// Package ingest turns local inputs (files, directories, standard input,
// each optionally gzip-compressed) into articles. It picks a reader for each
// input by its content and its name: plain text with the header conventions
// of scraped news files, Markdown with front matter, HTML pages and JSON
// Lines. A bad input yields an Item with an error naming it and why; the
// other inputs are still read.
package ingest

import (
	"context"
	"errors"
	"fmt"

	"github.com/parallax-news/parallax/internal/article"
)

// DefaultMaxSize is the default limit on the size of one document (a file,
// or one line of a JSON Lines file), after decompression.
const DefaultMaxSize = 32 << 20

// DefaultMaxTotal is the default limit on what one compressed input (a
// gzip file or stream, a .warc.gz) may decompress to.
const DefaultMaxTotal = 4 << 30

// Options tune how inputs are read.
type Options struct {
	// Outlet, when set, is the outlet of every article read.
	Outlet string
	// MaxSize limits one document's size in bytes; 0 means DefaultMaxSize.
	// A regular file over the limit is refused without being read.
	MaxSize int64
	// MaxTotal limits the bytes one compressed input decompresses to: 0
	// means DefaultMaxTotal, a negative value no limit. Reading stops
	// there with an error (ErrTotalTooLarge) naming the input; what was
	// read before it is kept. An uncompressed input has no such limit.
	MaxTotal int64
	// Progress, when set, is told how many input bytes have been consumed.
	Progress func(n int64)
}

func (o Options) maxSize() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return DefaultMaxSize
}

// maxTotal is the limit on one compressed input's decompressed bytes; 0
// for none.
func (o Options) maxTotal() int64 {
	switch {
	case o.MaxTotal > 0:
		return o.MaxTotal
	case o.MaxTotal < 0:
		return 0
	}
	return DefaultMaxTotal
}

// Item is one outcome of reading: an article, or the failure of one input
// (a file, or one record of a file). Warnings report what was repaired.
type Item struct {
	// Input names what was read: a path, "path:line" for a JSON Lines
	// record, or "-" for standard input.
	Input    string
	Article  *article.Article
	Warnings []string
	Err      error
}

// Emit receives items as they are read. Returning an error stops reading.
type Emit func(Item) error

// InputError is the failure of one input: which input and why.
type InputError struct {
	Input string
	Err   error
}

func (e *InputError) Error() string { return e.Input + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// Errors returned (wrapped) for bad inputs.
var (
	ErrEmpty    = errors.New("empty file")
	ErrBinary   = errors.New("binary data, not a text, Markdown, HTML or JSON Lines document")
	ErrTooLarge = errors.New("larger than the size limit")
	// ErrNotArticle reports JSON that is valid but holds no article: not
	// an object with the fields of one (or an array or lines of them).
	ErrNotArticle = errors.New("not an article")
)

// finish applies the options to a freshly read article and makes it an Item.
func finish(input, format string, a *article.Article, warnings []string, opt Options) Item {
	if opt.Outlet != "" {
		a.Outlet = opt.Outlet
	}
	if a.Source.Location == "" {
		a.Source.Location = input
	}
	a.Source.Format = format
	w, err := a.Finish()
	warnings = append(warnings, w...)
	if err != nil {
		return Item{Input: input, Warnings: warnings, Err: fmt.Errorf("%s: %w", format, err)}
	}
	return Item{Input: input, Article: a, Warnings: warnings}
}

func emitErr(ctx context.Context, emit Emit, input string, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return emit(Item{Input: input, Err: err})
}
