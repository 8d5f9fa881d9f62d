package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"
)

// jsonlWriter writes JSON Lines: one object per row, its keys the column
// names in column order; lists are arrays, times RFC 3339 strings, nulls
// null.
type jsonlWriter struct {
	w    *bufio.Writer
	cols []Column
	keys [][]byte
	buf  bytes.Buffer
	enc  *json.Encoder
}

func newJSONLWriter(w io.Writer, cols []Column) *jsonlWriter {
	j := &jsonlWriter{w: bufio.NewWriterSize(w, 64<<10), cols: cols}
	for _, c := range cols {
		k, _ := json.Marshal(c.Name) // a string always marshals
		j.keys = append(j.keys, k)
	}
	j.enc = json.NewEncoder(&j.buf)
	j.enc.SetEscapeHTML(false)
	return j
}

func (j *jsonlWriter) Write(r Row) error {
	if len(r) != len(j.cols) {
		return fmt.Errorf("row of %d values for %d columns", len(r), len(j.cols))
	}
	j.w.WriteByte('{')
	for i, v := range r {
		if i > 0 {
			j.w.WriteByte(',')
		}
		j.w.Write(j.keys[i])
		j.w.WriteByte(':')
		if err := j.value(v, j.cols[i].Type); err != nil {
			return fmt.Errorf("column %s: %w", j.cols[i].Name, err)
		}
	}
	j.w.WriteByte('}')
	return j.w.WriteByte('\n')
}

func (j *jsonlWriter) value(v any, t Type) error {
	switch x := v.(type) {
	case nil:
		if t == Strings {
			_, err := j.w.WriteString("[]")
			return err
		}
		_, err := j.w.WriteString("null")
		return err
	case time.Time:
		if x.IsZero() {
			_, err := j.w.WriteString("null")
			return err
		}
		v = x.UTC().Format(time.RFC3339Nano)
	case []string:
		if x == nil {
			v = []string{}
		}
	}
	j.buf.Reset()
	if err := j.enc.Encode(v); err != nil {
		return err
	}
	_, err := j.w.Write(bytes.TrimSuffix(j.buf.Bytes(), []byte("\n")))
	return err
}

func (j *jsonlWriter) Close() error { return j.w.Flush() }
