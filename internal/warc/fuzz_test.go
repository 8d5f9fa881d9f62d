package warc

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

// FuzzWARC feeds arbitrary bytes to the reader: it must not panic, must end,
// and must keep pages within the limit.
func FuzzWARC(f *testing.F) {
	for _, gz := range []bool{true, false} {
		var buf bytes.Buffer
		writeWARC(&buf, gz, sampleRecords()...)
		f.Add(buf.Bytes())
		f.Add(buf.Bytes()[:buf.Len()/3])
	}
	f.Add([]byte("WARC/1.0\r\nContent-Length: 999999999999\r\n\r\nx"))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 20\r\n\r\nHTTP/1.1 200 OK\r\n\r\n"))
	f.Add([]byte{0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		const limit = 1 << 16
		p := NewPages(bytes.NewReader(data), limit)
		for i := 0; ; i++ {
			if i > len(data)+10 {
				t.Fatalf("more than %d results from %d bytes", i, len(data))
			}
			page, err := p.Next()
			if errors.Is(err, io.EOF) {
				return
			}
			var re *RecordError
			if err != nil && !errors.As(err, &re) {
				t.Fatalf("non-record error from an in-memory file: %v", err)
			}
			if page != nil && len(page.Body) > limit {
				t.Fatalf("page of %d bytes over the limit", len(page.Body))
			}
		}
	})
}
