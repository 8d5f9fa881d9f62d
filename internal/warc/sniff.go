package warc

import (
	"bytes"
	"compress/gzip"
	"io"
	"path/filepath"
	"strings"
)

// HasWARCName reports whether a file name ends in .warc or .warc.gz.
func HasWARCName(name string) bool {
	n := strings.ToLower(filepath.Base(name))
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}

// Sniff reports whether head, the first bytes of a file, starts a WARC
// file: "WARC/1." directly or in its first gzip member.
func Sniff(head []byte) bool {
	if bytes.HasPrefix(head, []byte("WARC/1.")) {
		return true
	}
	if !bytes.HasPrefix(head, gzipMagic) {
		return false
	}
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	var buf [7]byte
	n, _ := io.ReadFull(zr, buf[:])
	return string(buf[:n]) == "WARC/1."
}
