package web_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/web"
)

// articleCount is how many articles the fixture's store holds.
func (f *fixture) articleCount(t *testing.T) int {
	t.Helper()
	var arts []json.RawMessage
	f.getJSON(t, "/api/v1/articles?limit=500", http.StatusOK, &arts)
	return len(arts)
}

// post sends a body to POST /api/v1/articles.
func (f *fixture) post(t *testing.T, query, contentType string, body []byte) (int, []byte) {
	t.Helper()
	var header []string
	if contentType != "-" {
		header = []string{"Content-Type", contentType}
	}
	code, _, b := f.do(t, "POST", "/api/v1/articles"+query, testToken, bytes.NewReader(body), header...)
	return code, b
}

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestAPIRefusesWhatIsNotAnArticle(t *testing.T) {
	f := newFixture(t, web.Config{Token: testToken})
	// An article without a URL: its identity comes from its words.
	code, b := f.post(t, "", "text/plain", []byte("Quay lights restored\n\nThe quay lights of Valmora were restored on Friday."))
	if code != http.StatusCreated {
		t.Fatalf("POST a text article = %d %s", code, b)
	}
	before := f.articleCount(t)
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0x10, 0x80, 0xff}, 100)...)
	tests := []struct {
		name, query, contentType string
		body                     []byte
		want                     string // in the reason
	}{
		{"JSON null", "", "application/json", []byte("null"), "a JSON null"},
		{"empty JSON array", "", "application/json", []byte("[]"), "empty JSON array"},
		{"JSON array of numbers", "", "application/json", []byte("[1,2,3]"), "a JSON number"},
		{"JSON string", "", "application/json", []byte(`"str"`), "a JSON string"},
		{"JSON null with charset", "", "application/json; charset=utf-8", []byte("null"), "a JSON null"},
		{"JSON null as a +json type", "", "application/ld+json", []byte("null"), "a JSON null"},
		{"JSON null as text/plain", "", "text/plain", []byte("null\n"), "a JSON null"},
		{"JSON string without a Content-Type", "", "-", []byte(`"str"`), "a JSON string"},
		{"JSON null, gzip-compressed", "", "application/gzip", gzipped(t, "null"), "a JSON null"},
		{"JSON object without text", "", "application/json", []byte(`{"title":"Only a title"}`), "no article text"},
		{"binary", "", "application/octet-stream", []byte("\x00\x01\x02\x03binary\xff\xfe"), "binary"},
		{"short undecodable bytes", "", "application/octet-stream", []byte("\x80\x81\x82\x83\x84"), "binary"},
		{"an image", "", "image/png", png, "image/png is not an article format"},
		{"an image named as text", "?name=a.txt", "image/png", png, "image/png is not an article format"},
		{"a form", "", "application/x-www-form-urlencoded", []byte("title=Hello&body=Some+words+here"), "a form body is not an article"},
		{"a multipart upload", "", "multipart/form-data; boundary=XyZ",
			[]byte("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nHello words\r\n--XyZ--\r\n"), "not read"},
		{"an unknown type", "", "application/vnd.example", []byte("Words here"), "is not read"},
		{"a malformed type", "", "text/", []byte("Words here"), "Content-Type"},
		{"text that folds to nothing", "", "text/plain", []byte("…\n\n— * —\n\n!!!"), "not one word"},
		{"JSON text that folds to nothing", "", "application/json", []byte(`{"title":"Quay lights restored","body":"..."}`), "not one word"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, b := f.post(t, tc.query, tc.contentType, tc.body)
			var e apiError
			if code != http.StatusBadRequest || json.Unmarshal(b, &e) != nil || !strings.Contains(e.Error.Message, tc.want) {
				t.Errorf("= %d %s; want 400 saying %q", code, b, tc.want)
			}
		})
	}
	if n := f.articleCount(t); n != before {
		t.Errorf("%d articles after the refused bodies, want %d", n, before)
	}
}

func TestAPIReadsJSONSentAsText(t *testing.T) {
	f := newFixture(t, web.Config{Token: testToken})
	doc := `{"title":"Tide gauge replaced","url":"https://quay.example/tide","body":"The tide gauge at the quay was replaced on Thursday."}`
	for _, ct := range []string{"text/plain", "-", "application/octet-stream"} {
		code, b := f.post(t, "", ct, []byte(doc))
		var res struct {
			Articles []struct {
				Title string `json:"title"`
			} `json:"articles"`
		}
		if code >= 300 || json.Unmarshal(b, &res) != nil || len(res.Articles) != 1 || res.Articles[0].Title != "Tide gauge replaced" {
			t.Errorf("JSON as %s = %d %s; want the article read from its fields", ct, code, b)
		}
	}
	// Text that merely starts with a bracket is still text.
	code, b := f.post(t, "", "text/plain", []byte("[Updated] Tide gauge replaced\n\nThe tide gauge at the quay was replaced on Thursday."))
	if code != http.StatusCreated || !strings.Contains(string(b), `"title": "[Updated] Tide gauge replaced"`) {
		t.Errorf("text starting with a bracket = %d %s", code, b)
	}
}

func TestAPIBombStopsAtTheLimit(t *testing.T) {
	const good1 = `{"title":"Quay reopens","url":"https://quay.example/1","body":"The quay reopened on Monday after repairs."}`
	const good2 = `{"title":"Ferry resumes","url":"https://quay.example/2","body":"The ferry resumed on Tuesday after the storms."}`
	long := `{"title":"x","body":"` + strings.Repeat("a", 40<<20) + `"}`
	f := newFixture(t, web.Config{Token: testToken, MaxUploadTotal: 16 << 20})
	// A body that decompresses to more than the total: what comes before
	// the limit is stored, and the limit is named.
	code, b := f.post(t, "?name=batch.jsonl", "-", gzipped(t, good1+"\n"+long[:34<<20]+"\n"+good2+"\n"))
	var res struct {
		Added  int      `json:"added"`
		Errors []string `json:"errors"`
	}
	if code != http.StatusCreated || json.Unmarshal(b, &res) != nil || res.Added != 1 || len(res.Errors) != 1 ||
		!strings.HasPrefix(res.Errors[0], "batch.jsonl: decompresses to more than the limit") || !strings.Contains(res.Errors[0], "line 2") {
		t.Fatalf("a body over the total limit = %d %s; want the first line stored and the limit named", code, b)
	}
	// Within the total, an over-long line is named and the lines around
	// it are stored.
	g := newFixture(t, web.Config{Token: testToken})
	code, b = g.post(t, "?name=batch.jsonl", "-", gzipped(t, good1+"\n"+long[:34<<20]+"\n"+good2+"\n"))
	if code != http.StatusCreated || json.Unmarshal(b, &res) != nil || res.Added != 2 || len(res.Errors) != 1 ||
		!strings.HasPrefix(res.Errors[0], "batch.jsonl:2: larger than the size limit") {
		t.Fatalf("an over-long line = %d %s; want the lines around it stored and it named", code, b)
	}
}
