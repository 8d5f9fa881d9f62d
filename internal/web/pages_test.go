package web_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store/sqlite"
	"github.com/parallax-news/parallax/internal/web"
	"golang.org/x/net/html"
)

func TestPages(t *testing.T) {
	f := newFixture(t, web.Config{})
	strikeStory := storyAbout(t, f, "strike")
	strike := strikeStory.ID
	rates := storyAbout(t, f, "rate")
	var arts []map[string]any
	f.getJSON(t, "/api/v1/articles?limit=1", http.StatusOK, &arts)
	art := arts[0]["id"].(string)
	for _, tc := range []struct {
		path string
		want []string
	}{
		{"/", []string{"Newest stories", html.EscapeString(strikeStory.Title), `href="/stories/` + strike + `"`}},
		{"/?sort=covered&outlet=Continental+Wire", []string{"Most covered stories", html.EscapeString(rates.Title)}},
		{"/storylines", []string{"Newest storylines", `href="/storylines/` + strikeStory.Storyline + `"`}},
		{"/storylines/" + strikeStory.Storyline, []string{"Storyline", `href="/stories/` + strike + `"`, "Continental Wire"}},
		{"/stories/" + strike, []string{`class="matrix"`, `class="quote-group`, "<del>", "<ins>", "Timeline", "Northshore Times", "copies"}},
		{"/articles/" + art, []string{`class="text"`, `href="/stories/`}},
		{"/outlets/Valmora%20Courier", []string{"Valmora Courier", "Its most covered events", `class="volume-chart"`}},
		{"/outlets", []string{"Continental Wire", `href="/outlets/valmora-courier"`}},
		{"/blindspots", []string{"For the left", "For the right"}},
		{"/search?q=night+shift", []string{"<mark>"}},
		{"/search", []string{"Search"}},
		{"/stories/" + strike + "/facts/0", []string{"One fact, as each outlet wrote it", `href="/articles/`}},
	} {
		code, h, b := f.do(t, "GET", tc.path, "", nil)
		if code != http.StatusOK {
			t.Errorf("GET %s = %d", tc.path, code)
			continue
		}
		if ct := h.Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("GET %s: Content-Type %q", tc.path, ct)
		}
		for _, w := range tc.want {
			if !strings.Contains(string(b), w) {
				t.Errorf("GET %s: the page lacks %q", tc.path, w)
			}
		}
		// A fact no one side alone reports has no one-sided badge (an
		// empty one read "only  outlets" on every row).
		if strings.Contains(string(b), "only  outlets") {
			t.Errorf("GET %s: a one-sided badge without a side", tc.path)
		}
		checkHeaders(t, tc.path, h)
	}
	// /stories leads to the front page's list, with its filters.
	if code, _, b := f.do(t, "GET", "/stories?sort=covered", "", nil); code != http.StatusOK || !strings.Contains(string(b), "Most covered stories") {
		t.Errorf("GET /stories?sort=covered = %d, without the most covered stories", code)
	}
	// Every link of the story page leads somewhere: names to the stories
	// that mention them (this story among them), articles and outlets to
	// their pages.
	_, _, page := f.do(t, "GET", "/stories/"+strike, "", nil)
	links := regexp.MustCompile(`href="(/[^"]*)"`).FindAllStringSubmatch(string(page), -1)
	names := 0
	for _, m := range links {
		href := html.UnescapeString(m[1])
		code, _, b := f.do(t, "GET", href, "", nil)
		if code != http.StatusOK {
			t.Errorf("the story page links to %s: %d", href, code)
		}
		if strings.HasPrefix(href, "/?q=") {
			names++
			if !strings.Contains(string(b), "/stories/"+strike) {
				t.Errorf("the name link %s does not find the story", href)
			}
		}
	}
	if names == 0 {
		t.Errorf("the story page links no names")
	}
	// A prefix of a story id redirects to the story's own page.
	req, _ := http.NewRequest("GET", f.ts.URL+"/stories/"+strike[:8], nil)
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "/stories/"+strike {
		t.Errorf("GET a story prefix = %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	for _, tc := range []struct {
		path string
		want int
	}{
		{"/stories/nope", http.StatusNotFound},
		{"/articles/ffffffffffff", http.StatusNotFound},
		{"/outlets/Nobody", http.StatusNotFound},
		{"/no/such/page", http.StatusNotFound},
		{"/?since=tomorrow", http.StatusBadRequest},
		{"/search?q=%22%22", http.StatusBadRequest},
	} {
		code, h, b := f.do(t, "GET", tc.path, "", nil)
		if code != tc.want || !strings.Contains(string(b), "<html") {
			t.Errorf("GET %s = %d, want %d and an error page", tc.path, code, tc.want)
		}
		checkHeaders(t, tc.path, h)
	}
	for _, asset := range []string{"/static/app.css", "/static/app.js", "/static/favicon.svg", "/favicon.ico"} {
		code, h, _ := f.do(t, "GET", asset, "", nil)
		if code != http.StatusOK || h.Get("Cache-Control") == "" && asset != "/favicon.ico" {
			t.Errorf("GET %s = %d, Cache-Control %q", asset, code, h.Get("Cache-Control"))
		}
	}
}

func checkHeaders(t *testing.T, path string, h http.Header) {
	t.Helper()
	csp := h.Get("Content-Security-Policy")
	for _, d := range []string{"default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "base-uri 'none'"} {
		if !strings.Contains(csp, d) {
			t.Errorf("GET %s: CSP %q lacks %s", path, csp, d)
		}
	}
	if strings.Contains(csp, "unsafe") {
		t.Errorf("GET %s: CSP allows unsafe sources: %q", path, csp)
	}
	for k, v := range map[string]string{"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"} {
		if h.Get(k) != v {
			t.Errorf("GET %s: %s = %q, want %q", path, k, h.Get(k), v)
		}
	}
}

// hostile returns articles whose every field carries markup and script.
func hostile() []*article.Article {
	payloads := []string{
		`<script>window.__pwned=1</script>`,
		`<img src=x onerror="window.__pwned=1">`,
		`<svg onload="window.__pwned=1"></svg>`,
		`"><a href="javascript:window.__pwned=1">click</a><!--`,
		`</textarea></title><style>body{display:none}</style>`,
	}
	var out []*article.Article
	for i, p := range payloads {
		a := &article.Article{
			URL:        []string{"javascript:window.__pwned=1", "https://evil.example/a?x=\"><script>1</script>", "data:text/html,<script>1</script>", "https://evil.example/b", "vbscript:x"}[i],
			Outlet:     "Evil " + p,
			Title:      "Ferry blaze harbour " + p,
			Authors:    []string{p},
			Published:  article.DateOf(mustTime("2026-07-01T10:00:00Z")),
			Paragraphs: []string{"The ferry blaze closed the harbour, officials said " + p + ".", `"We ` + p + ` are safe," the captain said.`},
		}
		out = append(out, a)
	}
	return out
}

func TestHostileInputIsEscaped(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, t.TempDir()+"/h.db")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	arts := hostile()
	for _, a := range arts {
		a.Finish()
		a.Identify()
	}
	if _, err := st.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	srv, err := web.New(web.Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Update(ctx); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	pages := []string{"/", "/?sort=covered", "/search?q=ferry+blaze"}
	for _, a := range arts {
		pages = append(pages, "/articles/"+a.ID, "/outlets/"+urlPathEscape(a.Outlet))
	}
	f := &fixture{ts: ts}
	_, _, home := f.do(t, "GET", "/", "", nil)
	for _, m := range regexp.MustCompile(`href="(/stories/[^"]+)"`).FindAllStringSubmatch(string(home), -1) {
		pages = append(pages, m[1])
	}
	for _, p := range pages {
		code, _, b := f.do(t, "GET", p, "", nil)
		if code != http.StatusOK {
			t.Errorf("GET %s = %d", p, code)
			continue
		}
		for _, problem := range liveMarkup(t, b) {
			t.Errorf("GET %s: %s", p, problem)
		}
	}
}

// liveMarkup parses a page as a browser would and lists every element or
// attribute that could run script or change the page: scripts other than
// the server's own, event handlers, images, SVG, frames, styles, and links
// to javascript:, data: or vbscript: URLs; external links must carry
// rel="noopener noreferrer nofollow".
func liveMarkup(t *testing.T, page []byte) []string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script":
				if attr(n, "src") != "/static/app.js" || n.FirstChild != nil {
					out = append(out, "a script that is not the server's own")
				}
			case "svg":
				if serverSVG(n) {
					return // the server's own chart: rectangles and titles
				}
				out = append(out, "a <svg> element that is not the server's own chart")
			case "img", "iframe", "object", "embed", "style", "base", "frame", "math", "textarea":
				out = append(out, "a <"+n.Data+"> element")
			}
			for _, a := range n.Attr {
				v := strings.ToLower(strings.TrimSpace(a.Val))
				if strings.HasPrefix(a.Key, "on") || a.Key == "style" {
					out = append(out, "attribute "+a.Key+" on <"+n.Data+">")
				}
				if (a.Key == "href" || a.Key == "src" || a.Key == "action") &&
					(strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:") || strings.HasPrefix(v, "vbscript:")) {
					out = append(out, a.Key+"="+a.Val+" on <"+n.Data+">")
				}
			}
			if n.Data == "a" && (strings.HasPrefix(attr(n, "href"), "http:") || strings.HasPrefix(attr(n, "href"), "https:")) &&
				attr(n, "rel") != "noopener noreferrer nofollow" {
				out = append(out, "external link without rel: "+attr(n, "href"))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// chartAttrs are the elements of a chart the server draws (a timeline
// strip, a lean bar, a volume chart) and the attributes each may carry.
var chartAttrs = map[string]map[string]bool{
	"svg":   {"class": true, "viewbox": true, "preserveaspectratio": true, "role": true, "aria-label": true},
	"line":  {"class": true, "x1": true, "y1": true, "x2": true, "y2": true},
	"rect":  {"class": true, "x": true, "y": true, "width": true, "height": true},
	"title": {},
}

// serverSVG reports whether an <svg> is one the server draws: lines,
// rectangles and their titles, with no attribute beyond geometry, class
// and labels, text only in titles, nothing that could run.
func serverSVG(n *html.Node) bool {
	switch attr(n, "class") {
	case "strip", "leanbar", "volume-chart":
	default:
		return false
	}
	var ok func(n *html.Node, root, inTitle bool) bool
	ok = func(n *html.Node, root, inTitle bool) bool {
		if n.Type == html.TextNode {
			return inTitle || strings.TrimSpace(n.Data) == ""
		}
		allowed := chartAttrs[n.Data]
		if n.Type != html.ElementNode || allowed == nil || (n.Data == "svg") != root || inTitle {
			return false
		}
		for _, a := range n.Attr {
			if !allowed[strings.ToLower(a.Key)] || a.Namespace != "" {
				return false
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !ok(c, false, n.Data == "title") {
				return false
			}
		}
		return true
	}
	return ok(n, true, false)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// TestLiveMarkupCatches checks the checker itself.
func TestLiveMarkupCatches(t *testing.T) {
	for _, page := range []string{
		`<p><img src=x onerror="x()"></p>`,
		`<a href="javascript:x()">a</a>`,
		`<a href=" JavaScript:x()">a</a>`,
		`<svg onload="x()"></svg>`,
		`<svg class="leanbar" onload="x()"></svg>`,
		`<svg class="leanbar"><a href="https://evil.example/"><rect></rect></a></svg>`,
		`<svg class="leanbar"><rect style="x"></rect></svg>`,
		`<script>x()</script>`,
		`<p onclick="x()">a</p>`,
		`<a href="https://evil.example/">a</a>`,
		// A chart's look-alike that carries more than lines and rectangles.
		`<svg class="strip" onload="x()"><line x1="0"></line></svg>`,
		`<svg class="strip"><line x1="0"></line><script>x()</script></svg>`,
		`<svg class="leanbar"><rect x="0"></rect><a href="javascript:x()">a</a></svg>`,
		`<svg class="leanbar"><title><script>x()</script></title></svg>`,
		`<svg class="strip"><text>x</text></svg>`,
		`<svg class="strip">x()</svg>`,
	} {
		if len(liveMarkup(t, []byte(page))) == 0 {
			t.Errorf("liveMarkup(%q) found nothing", page)
		}
	}
	if p := liveMarkup(t, []byte(`<svg class="leanbar" viewBox="0 0 100 4"><title>2 left</title><rect class="seg-left" x="0" width="50"><title>2 left</title></rect></svg>`)); len(p) != 0 {
		t.Errorf("the server's lean bar flagged: %v", p)
	}
	if p := liveMarkup(t, []byte(`<p>&lt;script&gt;x()&lt;/script&gt; onerror="x"</p><script src="/static/app.js"></script>`+
		`<svg class="strip" viewBox="0 0 10 10" role="img" aria-label="a"><line class="tick" x1="1" y1="0" x2="1" y2="10"></line></svg>`)); len(p) != 0 {
		t.Errorf("escaped text flagged: %v", p)
	}
}

// TestCompression checks that every kind of response arrives gzipped once
// (cached bodies are kept compressed; others are compressed on the way).
func TestCompression(t *testing.T) {
	f := newFixture(t, web.Config{})
	strike := storyID(t, f, "strike")
	for _, path := range []string{"/", "/stories/" + strike, "/api/v1/stories/" + strike, "/api/v1/stories", "/search?q=strike", "/static/app.css"} {
		for _, gz := range []bool{false, true} {
			req, _ := http.NewRequest("GET", f.ts.URL+path, nil)
			if gz {
				req.Header.Set("Accept-Encoding", "gzip")
			}
			resp, err := http.DefaultTransport.RoundTrip(req)
			if err != nil {
				t.Fatal(err)
			}
			var r io.Reader = resp.Body
			if resp.Header.Get("Content-Encoding") == "gzip" {
				if !gz {
					t.Errorf("GET %s: gzip sent to a client that did not ask", path)
				}
				if r, err = gzip.NewReader(resp.Body); err != nil {
					t.Fatalf("GET %s: %v", path, err)
				}
			} else if gz {
				t.Errorf("GET %s: not compressed", path)
			}
			b, err := io.ReadAll(r)
			resp.Body.Close()
			if err != nil || resp.StatusCode != http.StatusOK || len(b) == 0 || b[0] == 0x1f {
				t.Errorf("GET %s (gzip %v): %d, %d bytes, %v", path, gz, resp.StatusCode, len(b), err)
			}
		}
	}
}
