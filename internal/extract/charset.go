package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// prescanLimit bounds how far into the page a <meta> charset declaration is
// looked for. Browsers stop at 1024 bytes, but many pages declare it later,
// after long comments or scripts.
const prescanLimit = 64 << 10

// toUTF8 detects the character set of raw and returns it as UTF-8 without a
// byte order mark.
func toUTF8(raw []byte) ([]byte, error) {
	enc, name := detectEncoding(raw)
	if enc == nil || name == "utf-8" {
		return bytes.TrimPrefix(raw, []byte("\xEF\xBB\xBF")), nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), raw)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	return bytes.TrimPrefix(out, []byte("\xEF\xBB\xBF")), nil
}

// detectEncoding picks the page's encoding: byte order mark first, then a
// <meta> declaration, then sniffing. A page that declares a legacy charset but
// is valid UTF-8 with multi-byte sequences is taken as UTF-8: the declaration
// is then almost always a left-over from a template.
func detectEncoding(raw []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(raw, []byte("\xEF\xBB\xBF")):
		return nil, "utf-8"
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	validUTF8 := utf8.Valid(raw)
	if label := declaredCharset(raw); label != "" {
		if enc, err := htmlindex.Get(label); err == nil {
			name, _ := htmlindex.Name(enc)
			if name == "utf-16be" || name == "utf-16le" {
				// A UTF-16 page without a BOM cannot carry an
				// ASCII <meta>; the declaration is wrong.
				name = ""
			}
			switch {
			case name == "utf-8":
				return nil, "utf-8"
			case name != "" && validUTF8 && !isASCII(raw):
				return nil, "utf-8"
			case name != "":
				return enc, name
			}
		}
	}
	if validUTF8 {
		return nil, "utf-8"
	}
	return sniffEncoding(raw)
}

// sniffEncoding guesses the encoding of undeclared, non-UTF-8 bytes.
func sniffEncoding(raw []byte) (encoding.Encoding, string) {
	sample := raw
	if len(sample) > prescanLimit {
		sample = sample[:prescanLimit]
	}
	if res, err := chardet.NewHtmlDetector().DetectBest(sample); err == nil && res.Confidence >= 30 {
		if enc, err := htmlindex.Get(res.Charset); err == nil {
			if name, _ := htmlindex.Name(enc); name != "" && name != "utf-16be" && name != "utf-16le" {
				if name == "utf-8" {
					return nil, name
				}
				return enc, name
			}
		}
	}
	enc, name, _ := charset.DetermineEncoding(sample, "text/html")
	return enc, name
}

// declaredCharset returns the charset label of the first <meta charset> or
// <meta http-equiv="content-type"> within the first prescanLimit bytes.
func declaredCharset(raw []byte) string {
	if len(raw) > prescanLimit {
		raw = raw[:prescanLimit]
	}
	z := html.NewTokenizer(bytes.NewReader(raw))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var cs, httpEquiv, content string
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					httpEquiv = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
			}
			if cs = strings.TrimSpace(cs); cs != "" {
				return cs
			}
			if httpEquiv == "content-type" {
				if cs := charsetFromContentType(content); cs != "" {
					return cs
				}
			}
		}
	}
}

// charsetFromContentType extracts the charset parameter of a Content-Type
// value such as "text/html; charset=Shift_JIS".
func charsetFromContentType(ct string) string {
	i := indexFold(ct, "charset")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(ct[i+len("charset"):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.Trim(strings.TrimLeft(rest[1:], " \t"), `"'`)
	if j := strings.IndexAny(rest, `;"' `); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// isASCII reports whether b holds only 7-bit bytes.
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// indexFold returns the byte index of the first ASCII case-insensitive match
// of the ASCII word sep in s, or -1.
func indexFold(s, sep string) int {
	for i := 0; i+len(sep) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sep)], sep) {
			return i
		}
	}
	return -1
}
