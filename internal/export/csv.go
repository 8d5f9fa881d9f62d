package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// ListSeparator joins the items of a list in a CSV cell.
const ListSeparator = "; "

// csvWriter writes RFC 4180 CSV: a header row, records ended by CRLF,
// fields quoted when they hold a comma, a quote or a line break, quotes
// doubled. Line breaks inside a field are kept as they are, so that a
// text reads back the same.
type csvWriter struct {
	w    *bufio.Writer
	cols []Column
	raw  bool
	line []byte
}

func newCSVWriter(w io.Writer, cols []Column, opt Options) (*csvWriter, error) {
	c := &csvWriter{w: bufio.NewWriterSize(w, 64<<10), cols: cols, raw: opt.RawCSV}
	head := make([]string, len(cols))
	for i, col := range cols {
		head[i] = col.Name
	}
	if err := c.record(head); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *csvWriter) Write(r Row) error {
	if len(r) != len(c.cols) {
		return fmt.Errorf("row of %d values for %d columns", len(r), len(c.cols))
	}
	cells := make([]string, len(r))
	for i, v := range r {
		s, text := cellText(v)
		if text && !c.raw {
			s = guardFormula(s)
		}
		cells[i] = s
	}
	return c.record(cells)
}

func (c *csvWriter) record(cells []string) error {
	c.line = c.line[:0]
	for i, s := range cells {
		if i > 0 {
			c.line = append(c.line, ',')
		}
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		if strings.ContainsAny(s, ",\"\r\n") {
			c.line = append(c.line, '"')
			c.line = append(c.line, strings.ReplaceAll(s, `"`, `""`)...)
			c.line = append(c.line, '"')
		} else {
			c.line = append(c.line, s...)
		}
	}
	c.line = append(c.line, '\r', '\n')
	_, err := c.w.Write(c.line)
	return err
}

func (c *csvWriter) Close() error { return c.w.Flush() }

// cellText formats a value for a CSV cell and says whether it is text
// (which the formula guard applies to).
func cellText(v any) (string, bool) {
	switch x := v.(type) {
	case nil:
		return "", false
	case string:
		return x, true
	case []string:
		return strings.Join(x, ListSeparator), true
	case int64:
		return strconv.FormatInt(x, 10), false
	case int:
		return strconv.Itoa(x), false
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64), false
	case bool:
		return strconv.FormatBool(x), false
	case time.Time:
		return timeText(x), false
	}
	return fmt.Sprint(v), true
}

// guardFormula prefixes an apostrophe to text a spreadsheet would run as
// a formula (OWASP's advice for CSV injection).
func guardFormula(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
