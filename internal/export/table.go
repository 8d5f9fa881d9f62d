// Package export writes Parallax's data as tables that other tools read:
// CSV (RFC 4180, UTF-8, one header row), JSON Lines and Parquet. A table
// is a name, columns and a stream of rows, so an export of any size holds
// one row (or one batch, or one Parquet row group) in memory at a time and
// has no row cap. The tables are the articles, the events (stories), the
// copy relations, and the quotes, names and numbers read from each
// article; a story's comparison gives tables of its own (ReportTables).
package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// Type is the type of a column's values.
type Type int

// Column types. A row holds, for each column, a value of its Go type or
// nil for null: string, int64, float64, bool, time.Time (the zero time is
// null) or []string.
const (
	String Type = iota
	Int
	Float
	Bool
	Time
	Strings
)

// Column is one column of a table.
type Column struct {
	Name string
	Type Type
}

// Row is one row: a value per column, in column order.
type Row []any

// Table is a named table whose rows are streamed.
type Table interface {
	Name() string
	Columns() []Column
	// Rows calls emit for each row, in order, until emit fails or the
	// rows end.
	Rows(ctx context.Context, emit func(Row) error) error
}

// Formats an export can be written in.
const (
	CSV     = "csv"
	JSONL   = "jsonl"
	Parquet = "parquet"
)

// Formats lists the formats, as help shows them.
var Formats = []string{CSV, JSONL, Parquet}

// ErrBadFormat is returned for a format that is not one of Formats.
var ErrBadFormat = errors.New("unknown export format")

// Options tune how a table is written.
type Options struct {
	// RawCSV writes CSV text cells exactly as they are. By default a text
	// cell that begins with =, +, -, @, a tab or a carriage return gets a
	// leading apostrophe, so that a spreadsheet shows it as text instead of
	// running it as a formula (untrusted text never runs as code).
	RawCSV bool
	// RowGroup is how many rows a Parquet row group holds; 0 means 5,000.
	RowGroup int
}

// RowWriter writes the rows of one table in one format.
type RowWriter interface {
	Write(Row) error
	// Close writes what is buffered and the format's trailer, if any.
	Close() error
}

// CheckFormat returns ErrBadFormat (wrapped, with the formats known) for a
// format that is not one of Formats.
func CheckFormat(format string) error {
	switch strings.ToLower(format) {
	case CSV, JSONL, "ndjson", Parquet:
		return nil
	}
	return fmt.Errorf("%w %q: want %s", ErrBadFormat, format, strings.Join(Formats, ", "))
}

// NewWriter returns a writer of rows of cols to w in format.
func NewWriter(format string, w io.Writer, name string, cols []Column, opt Options) (RowWriter, error) {
	switch strings.ToLower(format) {
	case CSV:
		return newCSVWriter(w, cols, opt)
	case JSONL, "ndjson":
		return newJSONLWriter(w, cols), nil
	case Parquet:
		return newParquetWriter(w, name, cols, opt)
	}
	return nil, CheckFormat(format)
}

// Write writes every row of t to w in format and returns how many rows it
// wrote.
func Write(ctx context.Context, w io.Writer, t Table, format string, opt Options) (int64, error) {
	rw, err := NewWriter(format, w, t.Name(), t.Columns(), opt)
	if err != nil {
		return 0, err
	}
	var n int64
	err = t.Rows(ctx, func(r Row) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := rw.Write(r); err != nil {
			return err
		}
		n++
		return nil
	})
	if cerr := rw.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return n, fmt.Errorf("export %s: %w", t.Name(), err)
	}
	return n, nil
}

// ContentType is the media type of a format.
func ContentType(format string) string {
	switch format {
	case CSV:
		return "text/csv; charset=utf-8; header=present"
	case JSONL:
		return "application/x-ndjson"
	case Parquet:
		return "application/vnd.apache.parquet"
	}
	return "application/octet-stream"
}

// Extension is the file name extension of a format.
func Extension(format string) string {
	if format == JSONL {
		return "jsonl"
	}
	return format
}

// timeText formats a time as exports write it: RFC 3339 in UTC, "" for
// the zero time.
func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}
