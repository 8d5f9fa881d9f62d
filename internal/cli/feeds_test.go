package cli

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// newsPage is a project-written article page.
func newsPage(title string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><title>%s</title></head><body><article><h1>%s</h1>`, title, title)
	for i := range 5 {
		fmt.Fprintf(&b, "<p>Paragraph %d about %s: the council met on Tuesday evening and agreed, after a long debate about costs and timing, that the works would go ahead in the spring.</p>", i+1, strings.ToLower(title))
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// newsSite serves a feed at /feed.xml and its two article pages.
func newsSite(t *testing.T) *httptest.Server {
	t.Helper()
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
		case "/feed.xml":
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Courier</title><link>%[1]s/</link>
<item><title>Quay works approved</title><link>%[1]s/news/1</link><guid>n1</guid><pubDate>Wed, 04 Mar 2026 10:00:00 GMT</pubDate></item>
<item><title>Ferry timetable</title><link>%[1]s/news/2</link><guid>n2</guid><pubDate>Wed, 04 Mar 2026 08:00:00 GMT</pubDate></item>
</channel></rss>`, srv.URL)
		case "/news/1":
			w.Write([]byte(newsPage("Quay works approved")))
		case "/news/2":
			w.Write([]byte(newsPage("Ferry timetable changes")))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestFeedsCommands(t *testing.T) {
	srv := newsSite(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	feedURL := srv.URL + "/feed.xml"

	if code, out, errs := run(t, db, "feeds", "add", feedURL); code != 0 || !strings.Contains(out, "added feed 1: "+feedURL) {
		t.Fatalf("feeds add: %d %q %q", code, out, errs)
	}
	if code, out, _ := run(t, db, "feeds", "add", feedURL); code != 0 || !strings.Contains(out, "already following feed 1") {
		t.Fatalf("feeds add again: %d %q", code, out)
	}
	if code, _, _ := run(t, db, "feeds", "add", "ftp://x.example/feed"); code != 2 {
		t.Fatalf("feeds add of a non-http URL: exit %d, want 2", code)
	}
	code, out, _ := run(t, db, "feeds", "list", "--json")
	var list []map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list) != 1 || list[0]["url"] != feedURL || list[0]["last_polled"] != nil {
		t.Fatalf("feeds list --json: %d %s", code, out)
	}
	code, opml, _ := run(t, db, "feeds", "export")
	if code != 0 || !strings.Contains(opml, `xmlUrl="`+feedURL+`"`) {
		t.Fatalf("feeds export: %d %s", code, opml)
	}
	opmlFile := filepath.Join(dir, "feeds.opml")
	os.WriteFile(opmlFile, []byte(opml), 0o644)
	if code, out, _ := run(t, db, "feeds", "remove", feedURL); code != 0 || !strings.Contains(out, "removed feed 1") {
		t.Fatalf("feeds remove: %d %q", code, out)
	}
	if code, _, errs := run(t, db, "feeds", "remove", "1"); code != 1 || !strings.Contains(errs, "no such feed") {
		t.Fatalf("feeds remove of a removed feed: %d %q", code, errs)
	}
	if code, out, _ := run(t, db, "feeds", "import", opmlFile); code != 0 || !strings.Contains(out, "imported 1 feeds, 0 already followed") {
		t.Fatalf("feeds import: %d %q", code, out)
	}

	// Without the allow-list the loopback server is refused, plainly.
	code, _, errs := run(t, db, "watch", "--once")
	if code != 1 || !strings.Contains(errs, "/feed.xml: refused: 127.0.0.1 is not a public address (use --allow-host 127.0.0.1 to permit it)\n") ||
		strings.Count(errs, feedURL) != 1 {
		t.Fatalf("watch without --allow-host: %d %q", code, errs)
	}
	// The refused poll backed the feed off: watch says so, and until when;
	// feeds poll polls it at once.
	code, out, _ = run(t, db, "watch", "--once", "--allow-host", "127.0.0.1")
	if code != 0 || !strings.Contains(out, "polled 0 feeds") || !strings.Contains(out, "1 feed skipped: backed off after errors until ") ||
		!strings.Contains(out, "parallax feeds poll --all") {
		t.Fatalf("watch --once after a refusal: %d %q", code, out)
	}
	code, out, _ = run(t, db, "watch", "--once", "--json", "--allow-host", "127.0.0.1")
	var skipped watchSummary
	if code != 0 || json.Unmarshal([]byte(out), &skipped) != nil || skipped.Polled != 0 || skipped.BackedOff != 1 || skipped.BackedOffUntil == nil {
		t.Fatalf("watch --once --json after a refusal: %d %s", code, out)
	}
	for _, args := range [][]string{{"feeds", "poll"}, {"feeds", "poll", "--all", "2"}} {
		if code, _, errs := run(t, db, args...); code != 2 || !strings.Contains(errs, "--all") {
			t.Errorf("%s: %d %q, want a usage error", strings.Join(args, " "), code, errs)
		}
	}
	if code, _, errs := run(t, db, "feeds", "poll", "--allow-host", "127.0.0.1", "99"); code != 1 || !strings.Contains(errs, "99: no such feed") {
		t.Errorf("feeds poll 99: %d %q", code, errs)
	}
	code, out, errs = run(t, db, "feeds", "poll", "--all", "--json", "--allow-host", "127.0.0.1", "--host-delay", "0s")
	var polled watchSummary
	if code != 0 || json.Unmarshal([]byte(out), &polled) != nil || polled.Polled != 1 || polled.Stored != 2 || polled.Errors != 0 {
		t.Fatalf("feeds poll --all: %d %s %s", code, out, errs)
	}
	// The refused poll backs the feed off; a fresh database polls at once.
	db2 := filepath.Join(dir, "q.db")
	run(t, db2, "feeds", "add", feedURL)
	code, out, errs = run(t, db2, "watch", "--once", "--json", "--allow-host", "127.0.0.1", "--host-delay", "0s")
	var sum watchSummary
	if code != 0 || json.Unmarshal([]byte(out), &sum) != nil || sum.Polled != 1 || sum.New != 2 || sum.Stored != 2 {
		t.Fatalf("watch --once: %d %s %s", code, out, errs)
	}
	code, out, _ = run(t, db2, "articles", "--json")
	if code != 0 || !strings.Contains(out, "Quay works approved") || !strings.Contains(out, `"format": "html"`) {
		t.Fatalf("articles after watch: %s", out)
	}
	_, out, _ = run(t, db2, "feeds", "list", "--json")
	list = nil
	if json.Unmarshal([]byte(out), &list) != nil || list[0]["title"] != "Quay Courier" || list[0]["articles"].(float64) != 2 || list[0]["next_poll"] == nil {
		t.Fatalf("feeds list after watch: %s", out)
	}
	// Not due again yet: nothing polled, and nothing said to be backed off.
	if code, out, _ := run(t, db2, "watch", "--once", "--allow-host", "127.0.0.1"); code != 0 || !strings.Contains(out, "polled 0 feeds") || strings.Contains(out, "backed off") {
		t.Fatalf("second watch --once: %d %q", code, out)
	}
	// Another feed with the same items: new to it, but already stored.
	run(t, db2, "feeds", "add", feedURL+"?again")
	code, out, errs = run(t, db2, "feeds", "poll", "--json", "--allow-host", "127.0.0.1", "--host-delay", "0s", feedURL+"?again")
	sum = watchSummary{}
	if code != 0 || json.Unmarshal([]byte(out), &sum) != nil || sum.Polled != 1 || sum.New != 2 || sum.Stored != 0 || sum.Unchanged != 2 ||
		len(sum.Feeds) != 1 || sum.Feeds[0].Unchanged != 2 {
		t.Fatalf("feeds poll of a feed with stored items: %d %s %s", code, out, errs)
	}
}

func TestFetchCommand(t *testing.T) {
	srv := newsSite(t)
	db := filepath.Join(t.TempDir(), "p.db")
	code, out, errs := run(t, db, "fetch", "--allow-host", "127.0.0.1", "--host-delay", "0s", "--json",
		srv.URL+"/news/1", srv.URL+"/private/x", srv.URL+"/missing")
	var sum addSummary
	if code != 1 || json.Unmarshal([]byte(out), &sum) != nil || sum.Added != 1 || sum.Failed != 2 {
		t.Fatalf("fetch: %d %s %s", code, out, errs)
	}
	if !strings.Contains(errs, "robots.txt") || !strings.Contains(errs, "404") {
		t.Fatalf("fetch errors not clear: %s", errs)
	}
	// One clear message each, naming the URL once.
	for _, tc := range []struct{ url, want string }{
		{srv.URL + "/news/2", "parallax: " + srv.URL + "/news/2: refused: 127.0.0.1 is not a public address (use --allow-host 127.0.0.1 to permit it)\n"},
		{"not-a-url", "parallax: not-a-url: not an absolute http or https URL\n"},
		{"http://[::1%25lo]:9/a", "parallax: http://[::1%25lo]:9/a: refused: the host has an IPv6 zone (%25lo), which names a network interface of this machine\n"},
	} {
		if code, _, errs := run(t, db, "fetch", tc.url); code != 1 || errs != tc.want {
			t.Errorf("fetch %s: %d %q, want %q", tc.url, code, errs, tc.want)
		}
	}
}

// warcRecord writes one gzip member holding one WARC response record.
func warcRecord(w *bytes.Buffer, id, uri, body string) {
	block := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
	zw := gzip.NewWriter(w)
	fmt.Fprintf(zw, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <%s>\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		id, uri, len(block), block)
	zw.Close()
}

func TestAddWARC(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	warcRecord(&buf, "urn:uuid:a", "https://quay.example/a", newsPage("Quay works approved"))
	warcRecord(&buf, "urn:uuid:b", "https://quay.example/b", newsPage("Ferry timetable changes"))
	warcRecord(&buf, "urn:uuid:c", "https://quay.example/c", "<html><body>menu</body></html>")
	buf.Write([]byte{0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 1, 2, 3}) // a broken member
	warcRecord(&buf, "urn:uuid:d", "https://quay.example/d", newsPage("Harbour lights restored"))
	file := filepath.Join(dir, "crawl.warc.gz")
	os.WriteFile(file, buf.Bytes(), 0o644)
	code, out, errs := run(t, filepath.Join(dir, "p.db"), "add", "--json", file)
	var sum addSummary
	if json.Unmarshal([]byte(out), &sum) != nil || sum.Added != 3 || sum.Failed != 1 || code != 1 {
		t.Fatalf("add WARC: %d %s %s", code, out, errs)
	}
	if sum.Articles[0].Input != file+"#urn:uuid:a" || !strings.Contains(sum.Errors[0].Input, file+"#") {
		t.Fatalf("inputs not named by record: %+v", sum)
	}
}

func TestEvalExtract(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "html"), 0o755)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(newsPage("Quay works approved")))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "html", "p1.html.gz"), gz.Bytes(), 0o644)
	truth := map[string]any{"p1": map[string]string{"url": "https://quay.example/1",
		"articleBody": strings.Join(strings.Split(strings.ReplaceAll(strings.ReplaceAll(newsPage("Quay works approved"), "</p>", "\n"), "<p>", ""), "\n")[1:6], "\n")}}
	b, _ := json.Marshal(truth)
	os.WriteFile(filepath.Join(dir, "ground-truth.json"), b, 0o644)
	code, out, errs := run(t, filepath.Join(dir, "p.db"), "eval", "extract", "--gold", dir, "--json")
	var res map[string]float64
	if code != 0 || json.Unmarshal([]byte(out), &res) != nil || res["pages"] != 1 || res["f1"] < 0.5 {
		t.Fatalf("eval extract: %d %s %s", code, out, errs)
	}
	for _, k := range []string{"precision", "recall", "f1", "pages", "pages_per_second"} {
		if _, ok := res[k]; !ok {
			t.Errorf("no %q in %s", k, out)
		}
	}
	if code, _, _ := run(t, filepath.Join(dir, "p.db"), "eval", "extract"); code != 2 {
		t.Fatalf("eval extract without --gold: exit %d, want 2", code)
	}
}

func TestAllowHostsFromEnvironment(t *testing.T) {
	srv := newsSite(t)
	db := filepath.Join(t.TempDir(), "p.db")
	var out, errb bytes.Buffer
	env := Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string {
		switch k {
		case "PARALLAX_DB":
			return db
		case "PARALLAX_ALLOW_HOSTS":
			return "example.invalid, 127.0.0.1"
		}
		return ""
	}}
	if code := Main(t.Context(), []string{"fetch", "--host-delay", "0s", srv.URL + "/news/1"}, env); code != 0 || !strings.Contains(out.String(), "added 1") {
		t.Fatalf("fetch with PARALLAX_ALLOW_HOSTS: %d %q %q", code, out.String(), errb.String())
	}
}

// TestFeedsRefuseURLsNoFetchMayUse: feeds add and OPML import refuse what
// fetch.CheckURL refuses, with one clear line each; the good feeds of the
// list are still followed.
func TestFeedsRefuseURLsNoFetchMayUse(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	code, _, errs := run(t, db, "feeds", "add", "http://[::1%25lo]:9/a")
	if code != 2 || !strings.HasPrefix(errs, "parallax: http://[::1%25lo]:9/a: refused: the host has an IPv6 zone (%25lo), which names a network interface of this machine\n") {
		t.Fatalf("feeds add of a zone: %d %q", code, errs)
	}
	opml := filepath.Join(dir, "list.opml")
	os.WriteFile(opml, []byte(`<opml><body><outline text="Zone" xmlUrl="http://[::1%25lo]:9/a"/>`+
		`<outline text="Short" xmlUrl="http://127.1/feed"/><outline text="Good" xmlUrl="https://quay.example/feed.xml"/></body></opml>`), 0o644)
	code, out, errs := run(t, db, "feeds", "import", opml)
	if code != 0 || !strings.Contains(out, "imported 1 feeds, 0 already followed, 2 invalid") ||
		!strings.Contains(errs, "parallax: "+opml+": http://127.1/feed: refused: host \"127.1\" is a non-standard way of writing the IP address 127.0.0.1\n") ||
		strings.Count(errs, "[::1%25lo]") != 1 {
		t.Fatalf("feeds import: %d %q %q", code, out, errs)
	}
}
