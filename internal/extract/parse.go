package extract

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"golang.org/x/net/html"
)

// Parse reads one HTML page from r (at most opt.MaxBytes), transcodes it to
// UTF-8 and parses it. It fails with ErrEmpty, ErrTooLarge or ErrNotHTML
// (wrapped) when the input is not a usable page.
func Parse(ctx context.Context, r io.Reader, opt Options) (*html.Node, error) {
	raw, err := readLimited(r, opt.maxBytes())
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	return parseBytes(raw)
}

// parseBytes checks, transcodes and parses a whole page held in memory.
func parseBytes(raw []byte) (*html.Node, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, ErrEmpty
	}
	if err := sniffBinary(raw); err != nil {
		return nil, err
	}
	text, err := toUTF8(raw)
	if err != nil {
		return nil, err
	}
	if !hasMarkup(text) {
		return nil, fmt.Errorf("%w: no markup found", ErrNotHTML)
	}
	doc, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	return doc, nil
}

// readLimited reads all of r, failing with ErrTooLarge beyond limit bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read HTML: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return b, nil
}

// sniffBinary rejects input whose first bytes identify a non-text format or
// contain control bytes that text never has.
func sniffBinary(raw []byte) error {
	if hasUTF16BOM(raw) {
		return nil
	}
	if controlBytes(raw) {
		return fmt.Errorf("%w: binary data", ErrNotHTML)
	}
	ct := http.DetectContentType(raw)
	if strings.HasPrefix(ct, "text/") || strings.Contains(ct, "xml") {
		return nil
	}
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	if ct == "application/octet-stream" {
		return fmt.Errorf("%w: binary data", ErrNotHTML)
	}
	return fmt.Errorf("%w: content looks like %s", ErrNotHTML, ct)
}

// controlBytes reports whether more than 1% of the first 8 KiB are control
// bytes that no text encoding used on the web produces (ESC is allowed for
// ISO-2022-JP).
func controlBytes(raw []byte) bool {
	sample := raw[:min(len(raw), 8<<10)]
	n := 0
	for _, c := range sample {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1B {
			n++
		}
	}
	return n*100 > len(sample)
}

// hasUTF16BOM reports whether raw starts with a UTF-16 byte order mark.
func hasUTF16BOM(raw []byte) bool {
	return bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) || bytes.HasPrefix(raw, []byte{0xFF, 0xFE})
}

// hasMarkup reports whether text contains at least one tag, comment or
// doctype: "<" followed by a letter, "/" or "!".
func hasMarkup(text []byte) bool {
	for i := bytes.IndexByte(text, '<'); i >= 0 && i+1 < len(text); {
		c := text[i+1]
		if c == '!' || c == '/' || (c|0x20 >= 'a' && c|0x20 <= 'z') {
			return true
		}
		j := bytes.IndexByte(text[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
