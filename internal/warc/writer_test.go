package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

// testRecord is a record for the test writer.
type testRecord struct {
	typ, uri, id string
	block        string
}

// writeWARC writes records as Common Crawl does: one gzip member each
// (or uncompressed when gz is false).
func writeWARC(w io.Writer, gz bool, recs ...testRecord) {
	for i, r := range recs {
		id := r.id
		if id == "" {
			id = fmt.Sprintf("urn:uuid:00000000-0000-0000-0000-%012d", i)
		}
		var b bytes.Buffer
		fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <%s>\r\nWARC-Date: 2026-03-04T10:00:00Z\r\n", r.typ, id)
		if r.uri != "" {
			fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.uri)
		}
		if r.typ == "response" || r.typ == "request" {
			fmt.Fprintf(&b, "Content-Type: application/http; msgtype=%s\r\n", r.typ)
		}
		fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s\r\n\r\n", len(r.block), r.block)
		if !gz {
			w.Write(b.Bytes())
			continue
		}
		zw := gzip.NewWriter(w)
		zw.Write(b.Bytes())
		zw.Close()
	}
}

// httpResponse is an HTTP/1.1 message with the given headers and body.
func httpResponse(status string, headers []string, body string) string {
	var b strings.Builder
	b.WriteString("HTTP/1.1 " + status + "\r\n")
	for _, h := range headers {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("\r\n" + body)
	return b.String()
}

// htmlPage is a project-written article page.
func htmlPage(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><title>Harbour report %d</title></head><body><article><h1>Harbour report %d</h1>`, n, n)
	for i := range 6 {
		fmt.Fprintf(&b, "<p>Paragraph %d of report %d: the council met on Tuesday evening and agreed, after a long debate about costs and timing, that the harbour works would go ahead in the spring, with %d traders backing the plan.</p>", i+1, n, n*7+i)
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

func chunk(s string, size int) string {
	var b strings.Builder
	for len(s) > 0 {
		n := min(size, len(s))
		fmt.Fprintf(&b, "%x\r\n%s\r\n", n, s[:n])
		s = s[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

func gzipped(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}

// sampleRecords covers the kinds of record an archive holds.
func sampleRecords() []testRecord {
	page := htmlPage(1)
	return []testRecord{
		{typ: "warcinfo", block: "software: parallax-test\r\n"},
		{typ: "request", uri: "https://news.example/1", block: "GET /1 HTTP/1.1\r\nHost: news.example\r\n\r\n"},
		{typ: "response", uri: "https://news.example/1", id: "urn:uuid:plain", block: httpResponse("200 OK",
			[]string{"Content-Type: text/html; charset=utf-8", fmt.Sprintf("Content-Length: %d", len(page))}, page)},
		{typ: "response", uri: "https://news.example/img.png", block: httpResponse("200 OK", []string{"Content-Type: image/png"}, "\x89PNG....")},
		{typ: "response", uri: "https://news.example/chunked", id: "urn:uuid:chunked", block: httpResponse("200 OK",
			[]string{"Content-Type: text/html", "Transfer-Encoding: chunked"}, chunk(htmlPage(2), 100))},
		{typ: "response", uri: "https://news.example/gz", id: "urn:uuid:gzip", block: httpResponse("200 OK",
			[]string{"Content-Type: text/html", "Content-Encoding: gzip"}, gzipped(htmlPage(3)))},
		{typ: "response", uri: "https://news.example/dechunked", id: "urn:uuid:dechunked", block: httpResponse("200 OK",
			[]string{"Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: gzip", "Content-Length: 5"}, htmlPage(4))},
		{typ: "response", uri: "https://news.example/gone", block: httpResponse("404 Not Found", []string{"Content-Type: text/html"}, "<html>gone</html>")},
		{typ: "metadata", uri: "https://news.example/1", block: "fetchTimeMs: 12\r\n"},
	}
}
