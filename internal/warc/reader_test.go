package warc

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// readAll collects the pages and the record errors of a WARC file.
func readAll(t *testing.T, data []byte) ([]*Page, []*RecordError) {
	t.Helper()
	p := NewPages(bytes.NewReader(data), 0)
	var pages []*Page
	var errs []*RecordError
	for range 10000 {
		page, err := p.Next()
		if errors.Is(err, io.EOF) {
			return pages, errs
		}
		var re *RecordError
		if errors.As(err, &re) {
			errs = append(errs, re)
			continue
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		pages = append(pages, page)
	}
	t.Fatal("Next never reached the end")
	return nil, nil
}

func TestPages(t *testing.T) {
	for _, gz := range []bool{true, false} {
		var buf bytes.Buffer
		writeWARC(&buf, gz, sampleRecords()...)
		if !Sniff(buf.Bytes()[:min(buf.Len(), 4096)]) {
			t.Errorf("gz=%v: Sniff did not recognise the file", gz)
		}
		pages, errs := readAll(t, buf.Bytes())
		if len(errs) != 0 {
			t.Fatalf("gz=%v: errors %v", gz, errs)
		}
		var ids []string
		for _, p := range pages {
			ids = append(ids, p.ID)
			if !strings.Contains(string(p.Body), "Harbour report") || !strings.HasSuffix(strings.TrimSpace(string(p.Body)), "</html>") {
				t.Errorf("gz=%v: page %s body not decoded: %.80q", gz, p.ID, p.Body)
			}
		}
		if strings.Join(ids, " ") != "urn:uuid:plain urn:uuid:chunked urn:uuid:gzip urn:uuid:dechunked" {
			t.Fatalf("gz=%v: pages %v", gz, ids)
		}
		if pages[0].URL != "https://news.example/1" || pages[0].Date.IsZero() {
			t.Errorf("page metadata: %+v", pages[0])
		}
		if gz && pages[1].Offset <= pages[0].Offset {
			t.Errorf("offsets not increasing: %d, %d", pages[0].Offset, pages[1].Offset)
		}
	}
}

func TestOffsetsPointAtMembers(t *testing.T) {
	var buf bytes.Buffer
	writeWARC(&buf, true, sampleRecords()...)
	pages, _ := readAll(t, buf.Bytes())
	for _, p := range pages {
		// Each offset is a gzip member that starts the record: seek and read.
		r := NewReader(bytes.NewReader(buf.Bytes()[p.Offset:]))
		rec, err := r.Next()
		if err != nil || rec.ID() != p.ID {
			t.Fatalf("at offset %d: %v, %v; want record %s", p.Offset, rec, err, p.ID)
		}
	}
}

func TestCorruptMemberSkipped(t *testing.T) {
	var a, b, c bytes.Buffer
	writeWARC(&a, true, testRecord{typ: "response", uri: "https://x.example/1", id: "urn:uuid:one",
		block: httpResponse("200 OK", []string{"Content-Type: text/html"}, htmlPage(1))})
	writeWARC(&b, true, testRecord{typ: "response", uri: "https://x.example/2", id: "urn:uuid:two",
		block: httpResponse("200 OK", []string{"Content-Type: text/html"}, htmlPage(2))})
	writeWARC(&c, true, testRecord{typ: "response", uri: "https://x.example/3", id: "urn:uuid:three",
		block: httpResponse("200 OK", []string{"Content-Type: text/html"}, htmlPage(3))})
	bad := b.Bytes()
	for i := 30; i < len(bad)-20; i += 7 {
		bad[i] ^= 0x5a // corrupt the compressed data
	}
	data := append(append(append([]byte{}, a.Bytes()...), bad...), c.Bytes()...)
	pages, errs := readAll(t, data)
	if len(pages) != 2 || pages[0].ID != "urn:uuid:one" || pages[1].ID != "urn:uuid:three" {
		t.Fatalf("pages %d, want one and three", len(pages))
	}
	if len(errs) == 0 || errs[0].Offset != int64(a.Len()) {
		t.Fatalf("errors %v; want one at offset %d", errs, a.Len())
	}
}

func TestTruncated(t *testing.T) {
	for _, gz := range []bool{true, false} {
		var buf bytes.Buffer
		writeWARC(&buf, gz, sampleRecords()[:3]...)
		whole := buf.Len()
		writeWARC(&buf, gz, testRecord{typ: "response", uri: "https://x.example/t", id: "urn:uuid:t",
			block: httpResponse("200 OK", []string{"Content-Type: text/html"}, htmlPage(9))})
		data := buf.Bytes()[:whole+(buf.Len()-whole)/2]
		pages, errs := readAll(t, data)
		if len(pages) != 1 || len(errs) != 1 {
			t.Fatalf("gz=%v: %d pages, errors %v; want 1 page and 1 error", gz, len(pages), errs)
		}
		if !errors.Is(errs[0], ErrTruncated) || errs[0].Offset != int64(whole) {
			t.Fatalf("gz=%v: error %v, want ErrTruncated at %d", gz, errs[0], whole)
		}
	}
}

func TestGarbageBetweenRecords(t *testing.T) {
	var buf bytes.Buffer
	writeWARC(&buf, false, sampleRecords()[2])
	buf.WriteString("this is not a record\r\nnor this\r\n\r\n")
	writeWARC(&buf, false, sampleRecords()[4])
	writeWARC(&buf, false, testRecord{typ: "response", id: "urn:uuid:nolength"})
	raw := bytes.Replace(buf.Bytes(), []byte("Content-Length: 0\r\n"), []byte("Content-Length: lots\r\n"), 1)
	pages, errs := readAll(t, raw)
	if len(pages) != 2 || len(errs) != 2 {
		t.Fatalf("%d pages, errors %v; want 2 pages and 2 errors", len(pages), errs)
	}
	if !errors.Is(errs[0], ErrBadHeader) {
		t.Fatalf("error %v, want ErrBadHeader", errs[0])
	}
}

type failingReader struct{ data []byte }

func (f *failingReader) Read(p []byte) (int, error) {
	if len(f.data) == 0 {
		return 0, errors.New("disk on fire")
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestIOErrorIsFatal(t *testing.T) {
	var buf bytes.Buffer
	writeWARC(&buf, true, sampleRecords()...)
	p := NewPages(&failingReader{data: buf.Bytes()[:buf.Len()/2]}, 0)
	for range 100 {
		_, err := p.Next()
		if err == nil {
			continue
		}
		var re *RecordError
		if errors.As(err, &re) {
			t.Fatalf("an I/O error came back as a record error: %v", err)
		}
		if !strings.Contains(err.Error(), "disk on fire") {
			t.Fatalf("error %v", err)
		}
		return
	}
	t.Fatal("no error")
}

func TestPageLimit(t *testing.T) {
	var buf bytes.Buffer
	writeWARC(&buf, true, sampleRecords()[2])
	_, err := NewPages(bytes.NewReader(buf.Bytes()), 100).Next()
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("over the page limit: %v", err)
	}
}

func TestSniffAndName(t *testing.T) {
	if Sniff([]byte("<html>")) || Sniff([]byte{0x1f, 0x8b, 0x08, 0}) || Sniff(nil) {
		t.Error("Sniff accepted a non-WARC head")
	}
	if !HasWARCName("CC-NEWS-2026.warc.gz") || !HasWARCName("a.WARC") || HasWARCName("a.warc.txt") {
		t.Error("HasWARCName")
	}
}

func TestHTTPHeaderLimit(t *testing.T) {
	hdrs := []string{"Content-Type: text/html"}
	filler := "X-Filler: " + strings.Repeat("a", 1000)
	for range 2 << 10 { // about 2 MiB of headers
		hdrs = append(hdrs, filler)
	}
	var buf bytes.Buffer
	writeWARC(&buf, true, testRecord{typ: "response", uri: "https://x.example/h", id: "urn:uuid:big",
		block: httpResponse("200 OK", hdrs, htmlPage(1))})
	writeWARC(&buf, true, sampleRecords()[2])
	pages, errs := readAll(t, buf.Bytes())
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || len(pages) != 1 {
		t.Fatalf("%d pages, errors %v; want 1 page and an ErrTooLarge", len(pages), errs)
	}
}

func TestWARCHeaderLines(t *testing.T) {
	// Folded continuation lines are joined into their field.
	var buf bytes.Buffer
	writeWARC(&buf, false, sampleRecords()[2])
	data := bytes.Replace(buf.Bytes(), []byte("WARC-Target-URI: "), []byte("X-Note: a\r\n  b\r\n\tc\r\nWARC-Target-URI: "), 1)
	rec, err := NewReader(bytes.NewReader(data)).Next()
	if err != nil {
		t.Fatal(err)
	}
	if got := rec.Header.Get("X-Note"); got != "a b c" {
		t.Fatalf("folded field %q, want %q", got, "a b c")
	}
	if rec.TargetURI() == "" {
		t.Fatal("field after the folded one lost")
	}
	// Many short continuation lines are refused long before the byte cap.
	many := "X-Note: a\r\n" + strings.Repeat(" b\r\n", 5000) + "WARC-Target-URI: "
	data = bytes.Replace(buf.Bytes(), []byte("WARC-Target-URI: "), []byte(many), 1)
	if _, err := NewReader(bytes.NewReader(data)).Next(); !errors.Is(err, ErrBadHeader) {
		t.Fatalf("5000 header lines: %v, want ErrBadHeader", err)
	}
}

func TestReplayRewindDoesNotCopy(t *testing.T) {
	data := make([]byte, 64<<10)
	for i := range data {
		data[i] = byte(i * 7)
	}
	rr := &replayReader{r: bufio.NewReader(bytes.NewReader(data))}
	rr.mark()
	p := make([]byte, len(data))
	if _, err := io.ReadFull(rr, p); err != nil {
		t.Fatal(err)
	}
	k := 0
	allocs := testing.AllocsPerRun(200, func() {
		k++
		if !rr.rewind(1) {
			t.Fatal("rewind failed")
		}
		n, _ := io.ReadFull(rr, p[:len(data)-k])
		if !bytes.Equal(p[:n], data[k:]) {
			t.Fatalf("after %d rewinds: wrong bytes", k)
		}
	})
	if allocs > 0 {
		t.Fatalf("%v allocations per rewind, want none", allocs)
	}
}

func TestCorruptMembersFullOfMagic(t *testing.T) {
	var a, c bytes.Buffer
	writeWARC(&a, true, testRecord{typ: "response", uri: "https://x.example/1", id: "urn:uuid:one",
		block: httpResponse("200 OK", []string{"Content-Type: text/html"}, htmlPage(1))})
	writeWARC(&c, true, testRecord{typ: "response", uri: "https://x.example/3", id: "urn:uuid:three",
		block: httpResponse("200 OK", []string{"Content-Type: text/html"}, htmlPage(3))})
	join := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

	// Fake members that fail at once: every one is tried, and the good
	// member after them is found.
	fake := []byte{0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff}
	pages, errs := readAll(t, join(a.Bytes(), bytes.Repeat(fake, 2000), c.Bytes()))
	if len(pages) != 2 || pages[1].ID != "urn:uuid:three" || len(errs) != 2000 {
		t.Fatalf("%d pages, %d errors; want one and three, 2000 errors", len(pages), len(errs))
	}

	// Fake members whose header (a file name) runs to the end of the
	// input: rescanning stops after maxResyncs attempts instead of going
	// over the same bytes once for each.
	fake = []byte{0x1f, 0x8b, 0x08, 0x1f}
	pages, errs = readAll(t, join(a.Bytes(), bytes.Repeat(fake, 50000), c.Bytes()))
	if len(pages) != 1 || len(errs) > 4*maxResyncs {
		t.Fatalf("%d pages, %d errors; want page one and at most %d errors", len(pages), len(errs), 4*maxResyncs)
	}
}
