package web_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"
	"github.com/parallax-news/parallax/internal/web"
)

type watchJSON struct {
	ID          int64  `json:"id"`
	Kind        string `json:"kind"`
	Query       string `json:"query"`
	Event       string `json:"event"`
	Description string `json:"description"`
	Feed        string `json:"feed"`
	Webhook     string `json:"webhook"`
	Secret      string `json:"secret"`
	Deliveries  *struct {
		Pending int `json:"pending"`
	} `json:"deliveries"`
}

// TestWatchAPI: watches are made and removed with the token only, bad
// ones are refused with the reason, and a new article that matches shows
// in the watch's matches and Atom feed.
func TestWatchAPI(t *testing.T) {
	f := newFixture(t, web.Config{Token: testToken})
	ctx := context.Background()
	body := `{"kind":"article","query":"harbour","webhook":"https://hooks.example/in?token=s3cret"}`
	if code, _, _ := f.do(t, "POST", "/api/v1/watches", "", strings.NewReader(body)); code != http.StatusUnauthorized {
		t.Errorf("POST without token = %d, want 401", code)
	}
	for _, bad := range []string{`{"kind":"nonsense","query":"x"}`, `{"query":"x","lean":"left"}`, `{"kind":"article"}`,
		`{"query":"x","webhook":"http://[fe80::1%25eth0]/"}`, `{"query":"x","event":"no-such-event"}`, `{"query":"x","extra":1}`} {
		code, _, b := f.do(t, "POST", "/api/v1/watches", testToken, strings.NewReader(bad))
		if code != http.StatusBadRequest || !strings.Contains(string(b), `"message"`) {
			t.Errorf("POST %s = %d %s, want 400 with a message", bad, code, b)
		}
	}
	code, h, b := f.do(t, "POST", "/api/v1/watches", testToken, strings.NewReader(body))
	if code != http.StatusCreated || h.Get("Location") != "/api/v1/watches/1" {
		t.Fatalf("POST = %d %s", code, b)
	}
	var created watchJSON
	mustJSON(t, b, &created)
	if created.ID != 1 || len(created.Secret) < 32 || created.Webhook != "https://hooks.example/…" || created.Feed != "/watches/1/feed.atom" {
		t.Errorf("created %+v", created)
	}
	var list []watchJSON
	f.getJSON(t, "/api/v1/watches", http.StatusOK, &list)
	if len(list) != 1 || list[0].Secret != "" || strings.Contains(list[0].Webhook, "s3cret") || list[0].Deliveries == nil {
		t.Errorf("list %+v: the secret or the webhook's token shows", list)
	}
	// An article arrives and matches.
	art := `{"url":"https://quay.example/1","outlet":"Quay Courier","title":"Harbour works approved","published":"2026-06-01T09:00:00Z","body":"The harbour board approved the works after a long debate."}`
	if code, _, b := f.do(t, "POST", "/api/v1/articles?name=a.json", testToken, strings.NewReader(art)); code != http.StatusCreated {
		t.Fatalf("POST article = %d %s", code, b)
	}
	if err := f.srv.Update(ctx); err != nil {
		t.Fatal(err)
	}
	var matches []struct {
		Seq   int64  `json:"seq"`
		ID    string `json:"id"`
		Title string `json:"title"`
	}
	f.getJSON(t, "/api/v1/watches/1/matches", http.StatusOK, &matches)
	if len(matches) != 1 || matches[0].Title != "Harbour works approved" || matches[0].ID == "" {
		t.Fatalf("matches %+v", matches)
	}
	code, h, b = f.do(t, "GET", "/watches/1/feed.atom", "", nil)
	if code != http.StatusOK || !strings.HasPrefix(h.Get("Content-Type"), "application/atom+xml") {
		t.Fatalf("feed = %d %s", code, h.Get("Content-Type"))
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil || len(feed.Items) != 1 || !strings.HasPrefix(feed.Items[0].Link, f.ts.URL+"/articles/") {
		t.Fatalf("feed: %v %+v", err, feed)
	}
	var pending watchJSON
	f.getJSON(t, "/api/v1/watches/1", http.StatusOK, &pending)
	if pending.Deliveries == nil || pending.Deliveries.Pending != 1 {
		t.Errorf("deliveries %+v, want 1 pending", pending.Deliveries)
	}
	var log []any
	f.getJSON(t, "/api/v1/watches/1/deliveries", http.StatusOK, &log)
	if code, _, _ := f.do(t, "DELETE", "/api/v1/watches/1", "", nil); code != http.StatusUnauthorized {
		t.Errorf("DELETE without token = %d", code)
	}
	if code, _, _ := f.do(t, "DELETE", "/api/v1/watches/1", testToken, nil); code != http.StatusNoContent {
		t.Errorf("DELETE = %d", code)
	}
	if code, _, _ := f.do(t, "GET", "/api/v1/watches/1", "", nil); code != http.StatusNotFound {
		t.Errorf("GET removed = %d", code)
	}
	if code, _, _ := f.do(t, "GET", "/watches/x/feed.atom", "", nil); code != http.StatusNotFound {
		t.Errorf("GET bad id = %d", code)
	}
}

// TestWatchForm: the web form asks for the token, shows the secret once,
// and refuses a wrong token or a read-only server.
func TestWatchForm(t *testing.T) {
	f := newFixture(t, web.Config{Token: testToken})
	code, _, b := f.do(t, "GET", "/watches/new?query=port+strike&kind=event", "", nil)
	if code != http.StatusOK || !strings.Contains(string(b), `value="port strike"`) || !strings.Contains(string(b), `<option value="event" selected>`) {
		t.Fatalf("new watch page = %d", code)
	}
	form := url.Values{"kind": {"article"}, "query": {"strike"}, "webhook": {"https://hooks.example/in"}, "token": {"wrong-token-wrong-token"}}
	post := func(v url.Values) (int, string) {
		code, _, b := f.do(t, "POST", "/watches", "", strings.NewReader(v.Encode()), "Content-Type", "application/x-www-form-urlencoded")
		return code, string(b)
	}
	if code, _ := post(form); code != http.StatusUnauthorized {
		t.Errorf("wrong token: %d", code)
	}
	form.Set("token", testToken)
	code, page := post(form)
	if code != http.StatusOK || !strings.Contains(page, "Watch 1 is made") || !strings.Contains(page, `class="secret"`) {
		t.Fatalf("create: %d", code)
	}
	form.Set("kind", "nonsense")
	if code, page := post(form); code != http.StatusBadRequest || !strings.Contains(page, "want one of") {
		t.Errorf("bad kind: %d", code)
	}
	if code, page := post(url.Values{"token": {testToken}, "kind": {"article"}, "query": {"x"}, "webhook": {"ftp://x.example/"}}); code != http.StatusBadRequest || !strings.Contains(page, "webhook") {
		t.Errorf("bad webhook: %d", code)
	}
	code, _, b = f.do(t, "GET", "/watches/1", "", nil)
	if code != http.StatusOK || !strings.Contains(string(b), "/watches/1/feed.atom") || strings.Contains(string(b), `class="secret"`) {
		t.Errorf("watch page = %d\n%s", code, b)
	}
	if code, _, _ := f.do(t, "POST", "/watches/1/remove", "", strings.NewReader("token=nope-nope-nope-nope"), "Content-Type", "application/x-www-form-urlencoded"); code != http.StatusUnauthorized {
		t.Errorf("remove with a wrong token = %d", code)
	}
	code, h, _ := f.do(t, "POST", "/watches/1/remove", "", strings.NewReader("token="+testToken), "Content-Type", "application/x-www-form-urlencoded")
	if code != http.StatusOK && code != http.StatusSeeOther {
		t.Errorf("remove = %d %v", code, h)
	}
	ro := newFixture(t, web.Config{})
	code, _, _ = ro.do(t, "POST", "/watches", "", strings.NewReader(form.Encode()), "Content-Type", "application/x-www-form-urlencoded")
	if code != http.StatusForbidden {
		t.Errorf("read-only server: %d", code)
	}
	// The pages that offer to watch something link to the form.
	code, _, b = f.do(t, "GET", "/search?q=strike", "", nil)
	if code != http.StatusOK || !strings.Contains(string(b), `href="/watches/new?query=strike"`) {
		t.Errorf("search page has no watch link")
	}
}

// TestExportAPI: a table streams in each format with the filters, and bad
// requests are refused with the reason.
func TestExportAPI(t *testing.T) {
	f := newFixture(t, web.Config{})
	code, h, b := f.do(t, "GET", "/api/v1/export/articles?outlet=Continental+Wire", "", nil)
	if code != http.StatusOK || !strings.HasPrefix(h.Get("Content-Type"), "text/csv") || !strings.Contains(h.Get("Content-Disposition"), "parallax-articles.csv") {
		t.Fatalf("export = %d %v", code, h)
	}
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil || len(recs) < 2 {
		t.Fatalf("CSV: %v, %d records", err, len(recs))
	}
	for _, r := range recs[1:] {
		if r[1] != "Continental Wire" {
			t.Errorf("row of %q", r[1])
		}
	}
	code, h, b = f.do(t, "GET", "/api/v1/export/events?format=jsonl", "", nil)
	if code != http.StatusOK || h.Get("Content-Type") != "application/x-ndjson" || bytes.Count(b, []byte("\n")) < 4 {
		t.Errorf("jsonl = %d %s", code, b)
	}
	code, _, b = f.do(t, "GET", "/api/v1/export/copies?format=parquet", "", nil)
	if code != http.StatusOK || !bytes.HasPrefix(b, []byte("PAR1")) {
		t.Errorf("parquet = %d", code)
	}
	code, _, b = f.do(t, "GET", "/api/v1/export/storylines", "", nil)
	if code != http.StatusOK || !bytes.HasPrefix(b, []byte("id,title,first,last,events,")) {
		t.Errorf("storylines = %d: %.80s", code, b)
	}
	for path, want := range map[string]int{
		"/api/v1/export/nope":                  http.StatusNotFound,
		"/api/v1/export/articles?format=xlsx":  http.StatusBadRequest,
		"/api/v1/export/articles?lean=left":    http.StatusBadRequest,
		"/api/v1/export/articles?lean=north":   http.StatusBadRequest,
		"/api/v1/export/storylines?outlet=x":   http.StatusBadRequest,
		"/api/v1/export/articles?since=monday": http.StatusBadRequest,
	} {
		var e apiError
		f.getJSON(t, path, want, &e)
		if e.Error.Message == "" {
			t.Errorf("%s: no message", path)
		}
	}
}

func mustJSON(t *testing.T, b []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
}
