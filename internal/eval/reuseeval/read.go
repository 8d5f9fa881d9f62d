package reuseeval

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Category values of file_information.csv.
const (
	catCut   = "cut"
	catLight = "light"
	catHeavy = "heavy"
	catNon   = "non"
	catOrig  = "orig"
)

// item is one row of file_information.csv.
type item struct {
	File, Task, Category string
}

// readIndex reads dir/file_information.csv.
func readIndex(dir string) ([]item, error) {
	f, err := os.Open(filepath.Join(dir, "file_information.csv"))
	if err != nil {
		return nil, fmt.Errorf("read index: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read index %s: %w", f.Name(), err)
	}
	if len(rows) < 1 || len(rows[0]) < 3 || !strings.EqualFold(rows[0][0], "File") {
		return nil, fmt.Errorf("read index %s: missing File,Task,Category header", f.Name())
	}
	var out []item
	for i, row := range rows[1:] {
		if len(row) < 3 {
			return nil, fmt.Errorf("read index %s: line %d: %d fields, want 3", f.Name(), i+2, len(row))
		}
		out = append(out, item{File: strings.TrimSpace(row[0]), Task: strings.TrimSpace(row[1]), Category: strings.ToLower(strings.TrimSpace(row[2]))})
	}
	return out, nil
}

// readText reads one text file as paragraphs: UTF-8 (with or without a
// byte-order mark) or, when the bytes are not valid UTF-8, Windows-1252;
// CRLF and CR line ends are accepted.
func readText(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read text: %w", err)
	}
	s, err := decode(b)
	if err != nil {
		return nil, fmt.Errorf("read text %s: %w", path, err)
	}
	return paragraphs(s), nil
}

func decode(b []byte) (string, error) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if utf8.Valid(b) {
		return string(b), nil
	}
	out, err := io.ReadAll(charmap.Windows1252.NewDecoder().Reader(bytes.NewReader(b)))
	if err != nil {
		return "", fmt.Errorf("decode windows-1252: %w", err)
	}
	return string(out), nil
}

// paragraphs splits text on blank lines and joins the lines of each
// paragraph with spaces.
func paragraphs(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\u0085", "\n") // NEL
	var out []string
	for p := range strings.SplitSeq(s, "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}
