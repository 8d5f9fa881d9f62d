package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/compare"
)

// writeJSON writes v as one indented JSON document.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}

// writeJSONArray writes list as an indented JSON array, as writeJSON
// would, one element at a time so that a long list is never held twice
// in memory.
func writeJSONArray[T any](w io.Writer, list []T) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	if len(list) == 0 {
		bw.WriteString("[]\n")
		return bw.Flush()
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("  ", "  ")
	enc.SetEscapeHTML(false)
	bw.WriteString("[\n")
	for i, v := range list {
		buf.Reset()
		if err := enc.Encode(v); err != nil {
			return fmt.Errorf("write JSON: %w", err)
		}
		bw.WriteString("  ")
		bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		if i < len(list)-1 {
			bw.WriteString(",\n")
		}
	}
	bw.WriteString("\n]\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}

// clip shortens s to at most n runes, marking the cut with "…".
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// terminalSafe removes control characters (terminal escape sequences
// among them) from untrusted text before it is printed for a person.
func terminalSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f || (r >= 0x80 && r < 0xa0) ||
			(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) { // bidi overrides
			return -1
		}
		return r
	}, s)
}

// writeMarkdown renders a comparison report with control characters (from
// untrusted titles, outlets and file names) removed.
func writeMarkdown(w io.Writer, rep *compare.Report) error {
	var b strings.Builder
	if err := compare.WriteMarkdown(&b, rep); err != nil {
		return err
	}
	_, err := io.WriteString(w, terminalSafe(b.String()))
	return err
}
