package ingest

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Format names a reader.
type Format string

// The formats Parallax reads from files.
const (
	Text     Format = "text"
	Markdown Format = "markdown"
	HTML     Format = "html"
	JSONL    Format = "jsonl"
)

// byExt maps file extensions (lower case, with the dot) to formats.
var byExt = map[string]Format{
	".txt": Text, ".text": Text,
	".md": Markdown, ".markdown": Markdown, ".mdown": Markdown, ".mkd": Markdown,
	".html": HTML, ".htm": HTML, ".xhtml": HTML, ".shtml": HTML,
	".jsonl": JSONL, ".ndjson": JSONL, ".json": JSONL,
}

// skipExt lists extensions of files that are never articles; a directory
// walk passes over them without a word (naming such a file directly still
// reports it).
var skipExt = map[string]bool{
	".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".webp": true, ".svg": true,
	".ico": true, ".css": true, ".js": true, ".mjs": true, ".map": true, ".woff": true,
	".woff2": true, ".ttf": true, ".otf": true, ".mp3": true, ".mp4": true, ".webm": true,
	".pdf": true, ".zip": true, ".exe": true, ".so": true, ".o": true, ".DS_Store": true,
	".db": true, ".sqlite": true, ".db-wal": true, ".db-shm": true, ".lock": true,
}

// Detect chooses the reader for a document from its name (without any
// ".gz") and its first bytes. Strong content signals win over the
// extension of a plain-text file: front matter makes Markdown, a doctype or
// <html> makes HTML. Unknown extensions are decided by content alone.
func Detect(name string, head []byte) Format {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	ext := strings.ToLower(filepath.Ext(name))
	f, known := byExt[ext]
	if known && f != Text {
		return f
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	switch {
	case hasFrontMatter(head):
		return Markdown
	case looksHTML(trimmed):
		return HTML
	case !known && looksJSON(trimmed, len(head) < sniffLen):
		return JSONL
	}
	return Text
}

// sniffLen is how much of a document Detect is given to look at.
const sniffLen = 8192

// looksJSON reports whether a document of unknown name is JSON: it starts
// an object, or an array of objects (or an empty one); or it is whole in
// head (complete) and valid JSON of any kind, which the JSON reader then
// reports as no article. Text that only starts with "[" (such as
// "[Updated] ...") stays text.
func looksJSON(trimmed []byte, complete bool) bool {
	if len(trimmed) == 0 {
		return false
	}
	switch trimmed[0] {
	case '{':
		return true
	case '[':
		rest := bytes.TrimLeft(trimmed[1:], " \t\r\n")
		if len(rest) > 0 && (rest[0] == '{' || rest[0] == ']') {
			return true
		}
	}
	return complete && json.Valid(trimmed)
}

func hasFrontMatter(b []byte) bool {
	for _, delim := range []string{"---", "+++"} {
		if bytes.HasPrefix(b, []byte(delim+"\n")) || bytes.HasPrefix(b, []byte(delim+"\r\n")) {
			rest := b[len(delim):]
			return bytes.Contains(rest, []byte("\n"+delim))
		}
	}
	return false
}

func looksHTML(b []byte) bool {
	n := min(len(b), 512)
	low := bytes.ToLower(b[:n])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<?xml version"} {
		if bytes.HasPrefix(low, []byte(p)) {
			return p != "<?xml version" || bytes.Contains(low, []byte("<html"))
		}
	}
	return bytes.HasPrefix(low, []byte("<!--")) && bytes.Contains(low, []byte("<html"))
}

// isBinary reports whether data looks like a binary file: a NUL byte, or
// many control bytes, in its first bytes. Text in UTF-16 is binary here.
func isBinary(head []byte) bool {
	n := min(len(head), 8192)
	if n == 0 {
		return false
	}
	ctrl := 0
	for _, c := range head[:n] {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	if ctrl*10 > n {
		return true
	}
	// Mostly undecodable bytes (not UTF-8 and not a single-byte text). A
	// character cut off at the end of head is not counted.
	bad := 0
	for i := 0; i < n; {
		if !utf8.FullRune(head[i:n]) {
			break
		}
		r, size := utf8.DecodeRune(head[i:n])
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		i += size
	}
	return bad*3 > n
}

// gzipMagic starts every gzip stream.
var gzipMagic = []byte{0x1f, 0x8b}
