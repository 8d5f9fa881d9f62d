package web

import (
	"bytes"
	"context"
	"encoding/json"
	"mime"
	"strings"
	"testing"
	"unicode"

	"github.com/parallax-news/parallax/internal/ingest"
)

// FuzzUploadSniff feeds arbitrary names, Content-Types and bodies to the
// way POST /api/v1/articles decides how to read a body (uploadName, then
// ingest's content sniffing). Forms, multipart envelopes and media types
// are always refused; a given name otherwise decides; a refusal says why;
// and whatever the body, every article read has a word in its text and
// every failure names the document. Unless a name or a type says it is
// another format, JSON that is not an object (or an array) never becomes
// an article.
func FuzzUploadSniff(f *testing.F) {
	bodies := []string{
		`{"title":"Tide gauge replaced","body":"The gauge was replaced on Thursday."}`,
		"null", "[]", "[1,2,3]", `"str"`, "42", "true", `[{"title":"T","body":"B words."}]`,
		"Quay report\n\nThe quay reopened on Monday.", "[Updated] Quay report\n\nIt reopened.",
		"---\ntitle: T\n---\nBody words.\n", "<html><body><article><p>Some words in a paragraph here.</p></article></body></html>",
		"…\n\n* * *", "\x00\x01binary", "\x80\x81\x82", "title=Hello&body=Some+words",
		"--XyZ\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nHello\r\n--XyZ--\r\n", "\x1f\x8b\x08\x00", "WARC/1.0\r\n\r\n",
	}
	types := []string{"", "text/plain", "application/json", "application/json; charset=utf-8", "application/ld+json",
		"application/x-ndjson", "text/markdown", "text/html", "application/warc", "application/octet-stream", "application/gzip",
		"application/x-www-form-urlencoded", "multipart/form-data; boundary=XyZ", "image/png", "application/vnd.example", "text/", "TEXT/PLAIN"}
	for i, b := range bodies {
		f.Add("", types[i%len(types)], []byte(b))
		f.Add("story.md", types[(i+3)%len(types)], []byte(b))
	}
	f.Fuzz(func(t *testing.T, name, contentType string, body []byte) {
		got, err := uploadName(name, contentType)
		mt, _, perr := mime.ParseMediaType(contentType)
		top, _, _ := strings.Cut(mt, "/")
		refusedType := perr == nil && (mt == "application/x-www-form-urlencoded" ||
			top == "multipart" || top == "image" || top == "audio" || top == "video" || top == "font" || top == "model")
		switch {
		case err != nil:
			if err.Error() == "" {
				t.Fatal("a refusal without a reason")
			}
			if strings.TrimSpace(contentType) == "" {
				t.Fatalf("uploadName(%q, no Content-Type) refused: %v", name, err)
			}
			return
		case refusedType:
			t.Fatalf("uploadName(%q, %q) = %q, want the type refused", name, contentType, got)
		case got == "":
			t.Fatalf("uploadName(%q, %q) gave no name", name, contentType)
		case strings.TrimSpace(name) != "" && got != strings.TrimSpace(name):
			t.Fatalf("uploadName(%q, %q) = %q, want the name given", name, contentType, got)
		}
		if strings.ContainsRune(got, 0) {
			return
		}
		opt := ingest.Options{MaxSize: 1 << 16, MaxTotal: 1 << 20}
		err = ingest.ReadStream(context.Background(), got, bytes.NewReader(body), -1, opt, func(it ingest.Item) error {
			if !strings.HasPrefix(it.Input, got) {
				t.Errorf("item %q does not name the body %q", it.Input, got)
			}
			if (it.Article == nil) == (it.Err == nil) {
				t.Fatalf("item with article %v and error %v", it.Article != nil, it.Err)
			}
			if it.Article == nil {
				return nil
			}
			if !hasWord(it.Article.Paragraphs) {
				t.Errorf("an article without a word: %q", it.Article.Paragraphs)
			}
			// Unless a name or type said otherwise (Markdown, say), JSON
			// that is no object is no article.
			contentDecides := got == "upload" || got == "upload.json" || got == "upload.jsonl"
			if trimmed := bytes.TrimSpace(body); contentDecides && json.Valid(trimmed) && len(trimmed) > 0 && trimmed[0] != '{' && trimmed[0] != '[' {
				t.Errorf("JSON %.40q became an article", trimmed)
			}
			return nil
		})
		if err != nil {
			t.Errorf("ReadStream: %v", err)
		}
	})
}

func hasWord(ps []string) bool {
	for _, p := range ps {
		if strings.IndexFunc(p, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			return true
		}
	}
	return false
}
