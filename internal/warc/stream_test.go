package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"testing"
)

// oneStream compresses a whole archive as one gzip stream, as `gzip
// file.warc` does (not one member per record).
func oneStream(t *testing.T, plain []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write(plain); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestOneStreamResyncsAfterBadRecord(t *testing.T) {
	one := testRecord{typ: "response", uri: "https://x.example/1", id: "urn:uuid:one",
		block: httpResponse("200 OK", []string{"Content-Type: text/html"}, htmlPage(1))}
	two := testRecord{typ: "response", uri: "https://x.example/2", id: "urn:uuid:two",
		block: httpResponse("200 OK", []string{"Content-Type: text/html"}, htmlPage(2))}
	three := testRecord{typ: "response", uri: "https://x.example/3", id: "urn:uuid:three",
		block: httpResponse("200 OK", []string{"Content-Type: text/html"}, htmlPage(3))}
	var a, b, c bytes.Buffer
	writeWARC(&a, false, one)
	writeWARC(&b, false, two)
	writeWARC(&c, false, three)
	// The second record's length is not a number: it is bad, and the
	// reader must find the third in the same gzip stream.
	bad := bytes.Replace(b.Bytes(), []byte("Content-Length: "), []byte("Content-Length: x"), 1)
	plain := bytes.Join([][]byte{a.Bytes(), bad, c.Bytes()}, nil)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"plain", plain},
		{"one gzip stream", oneStream(t, plain)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages, errs := readAll(t, tc.data)
			if len(pages) != 2 || pages[0].ID != "urn:uuid:one" || pages[1].ID != "urn:uuid:three" {
				t.Fatalf("%d pages, want one and three", len(pages))
			}
			if len(errs) != 1 || !errors.Is(errs[0], ErrBadHeader) {
				t.Fatalf("errors %v, want one ErrBadHeader", errs)
			}
			// The offset is where the bad record starts in the
			// (decompressed) stream, and the third record's too.
			if errs[0].Offset != int64(a.Len()) {
				t.Errorf("bad record at offset %d, want %d", errs[0].Offset, a.Len())
			}
			if want := int64(a.Len() + len(bad)); pages[1].Offset != want {
				t.Errorf("third record at offset %d, want %d", pages[1].Offset, want)
			}
			compressed := tc.name != "plain"
			if errs[0].InStream != compressed || pages[1].InStream != compressed || pages[0].InStream {
				t.Errorf("InStream: error %v, pages %v %v", errs[0].InStream, pages[0].InStream, pages[1].InStream)
			}
		})
	}
}

func TestOneStreamOverrunRecordKeepsOthers(t *testing.T) {
	// A record whose Content-Length runs past its block swallows the start
	// of the next record: that one is lost, and the reader, finding no
	// version line where the next record should start, reports the place
	// and finds the record after in the same stream.
	var buf bytes.Buffer
	writeWARC(&buf, false, sampleRecords()[2])
	first := buf.Len()
	var over, victim, last bytes.Buffer
	writeWARC(&over, false, testRecord{typ: "metadata", uri: "https://x.example/m", id: "urn:uuid:over", block: "fetchTimeMs: 12\r\n"})
	writeWARC(&victim, false, testRecord{typ: "metadata", uri: "https://x.example/v", id: "urn:uuid:victim", block: "fetchTimeMs: 13\r\n"})
	writeWARC(&last, false, sampleRecords()[4])
	overrun := bytes.Replace(over.Bytes(), []byte("Content-Length: 17"), []byte("Content-Length: 40"), 1)
	data := bytes.Join([][]byte{buf.Bytes(), overrun, victim.Bytes(), last.Bytes()}, nil)
	pages, errs := readAll(t, oneStream(t, data))
	if len(pages) != 2 || pages[1].ID != "urn:uuid:chunked" {
		t.Fatalf("%d pages, want the first and the last", len(pages))
	}
	// The reader looked for the next record where the 40 bytes of the
	// block ended: 40-17 bytes after the overrun record's block, which is
	// followed by CR LF CR LF.
	at := int64(first + len(overrun) - 4 - 17 + 40)
	if len(errs) != 1 || !errors.Is(errs[0], ErrBadHeader) || errs[0].Offset != at || !errs[0].InStream {
		t.Fatalf("errors %v, want a bad header at decompressed offset %d", errs, at)
	}
}

func TestDecompressedLimit(t *testing.T) {
	var plain bytes.Buffer
	writeWARC(&plain, false, sampleRecords()...)
	var members bytes.Buffer
	writeWARC(&members, true, sampleRecords()...)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"one gzip stream", oneStream(t, plain.Bytes())},
		{"a member per record", members.Bytes()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := NewPages(bytes.NewReader(tc.data), 0)
			p.MaxDecompressed = int64(plain.Len() / 2)
			var pages int
			for range 100 {
				_, err := p.Next()
				if err == nil {
					pages++
					continue
				}
				var re *RecordError
				if errors.As(err, &re) {
					t.Fatalf("the limit came back as a record error: %v", err)
				}
				if !errors.Is(err, ErrDecompressedLimit) {
					t.Fatalf("error %v, want ErrDecompressedLimit", err)
				}
				if pages == 0 {
					t.Error("no page before the limit")
				}
				if _, err := p.Next(); !errors.Is(err, io.EOF) {
					t.Fatalf("after the limit: %v, want io.EOF", err)
				}
				return
			}
			t.Fatal("no error")
		})
	}
	// Within the limit the whole file is read.
	p := NewPages(bytes.NewReader(oneStream(t, plain.Bytes())), 0)
	p.MaxDecompressed = int64(plain.Len())
	for n := 0; ; n++ {
		_, err := p.Next()
		if errors.Is(err, io.EOF) {
			if n != 4 {
				t.Fatalf("%d pages at exactly the limit, want 4", n)
			}
			break
		}
		if err != nil {
			t.Fatalf("at exactly the limit: %v", err)
		}
	}
}

func TestBadFirstLineOfMemberThenRecord(t *testing.T) {
	// A member that starts with garbage and holds a record after it: the
	// garbage is reported at the member's offset, the record found after
	// it is located in the decompressed stream.
	var first, inner bytes.Buffer
	writeWARC(&first, true, sampleRecords()[2])
	writeWARC(&inner, false, sampleRecords()[4])
	garbage := "not a record\r\n\r\n"
	data := append(append([]byte{}, first.Bytes()...), oneStream(t, append([]byte(garbage), inner.Bytes()...))...)
	var plainFirst bytes.Buffer
	writeWARC(&plainFirst, false, sampleRecords()[2])
	pages, errs := readAll(t, data)
	if len(pages) != 2 || len(errs) != 1 {
		t.Fatalf("%d pages, errors %v; want 2 pages and 1 error", len(pages), errs)
	}
	if errs[0].Offset != int64(first.Len()) || errs[0].InStream {
		t.Errorf("garbage reported at %d (in stream %v), want the member at %d", errs[0].Offset, errs[0].InStream, first.Len())
	}
	if want := int64(plainFirst.Len() + len(garbage)); pages[1].Offset != want || !pages[1].InStream {
		t.Errorf("record after the garbage at %d (in stream %v), want decompressed offset %d", pages[1].Offset, pages[1].InStream, want)
	}
}
