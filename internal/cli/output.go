package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
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

// Terminal bold on and off (SGR 1 and 22).
const (
	boldOn  = "\x1b[1m"
	boldOff = "\x1b[22m"
)

// styled reports whether text for a person may carry terminal styling:
// standard output is a terminal, NO_COLOR is unset and TERM is not "dumb".
func (e Env) styled() bool {
	return e.StdoutIsTerminal && e.Getenv("NO_COLOR") == "" && e.Getenv("TERM") != "dumb"
}

// highlight prints a search snippet, whose matches are set in "**",
// clipped to n visible runes: the matches in the terminal's bold when
// bold is true, else as plain text without the markers. Control
// characters of the (untrusted) snippet are removed first.
func highlight(snippet string, n int, bold bool) string {
	parts := strings.Split(terminalSafe(snippet), "**")
	var b strings.Builder
	left := n
	for i, p := range parts {
		if p == "" {
			continue
		}
		cut := false
		if r := []rune(p); len(r) > left {
			p, cut = strings.TrimRightFunc(string(r[:max(0, left-1)]), unicode.IsSpace), true
			if p == "" {
				// Nothing of this run fits: end the text before it.
				s := strings.TrimRightFunc(b.String(), unicode.IsSpace)
				b.Reset()
				b.WriteString(s + "…")
				break
			}
			p += "…"
		}
		left -= utf8.RuneCountInString(p)
		if bold && i%2 == 1 {
			b.WriteString(boldOn + p + boldOff)
		} else {
			b.WriteString(p)
		}
		if cut {
			break
		}
	}
	return b.String()
}

// writeMarkdown renders a comparison report with control characters (from
// untrusted titles, outlets and file names) removed.
func writeMarkdown(w io.Writer, rep *compare.Report) error {
	return writeStoryMarkdown(w, rep, "", "")
}

// writeStoryMarkdown renders a story's comparison under its title and
// overview, as writeMarkdown does.
func writeStoryMarkdown(w io.Writer, rep *compare.Report, title, overview string) error {
	var b strings.Builder
	if err := compare.WriteStoryMarkdown(&b, rep, strings.Join(strings.Fields(title), " "), strings.Join(strings.Fields(overview), " ")); err != nil {
		return err
	}
	_, err := io.WriteString(w, terminalSafe(b.String()))
	return err
}
