package web

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"
)

// body is a response body kept ready in plain and gzip form, so that a
// cached page costs no compression per request.
type body struct {
	plain, gz []byte
}

// newBody compresses b once.
func newBody(b []byte) body {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression) // the level is valid
	zw.Write(b)
	zw.Close()
	return body{plain: b, gz: buf.Bytes()}
}

// write sends the body, compressed when the client accepts gzip.
func (b body) write(w http.ResponseWriter, r *http.Request, contentType string) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Add("Vary", "Accept-Encoding")
	out := b.plain
	if acceptsGzip(r) {
		h.Set("Content-Encoding", "gzip")
		out = b.gz
	}
	h.Set("Content-Length", strconv.Itoa(len(out)))
	w.Write(out)
}

// acceptsGzip reports whether the request's Accept-Encoding allows gzip.
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(coding), "gzip") || strings.TrimSpace(coding) == "*" {
			return strings.ReplaceAll(params, " ", "") != "q=0"
		}
	}
	return false
}
