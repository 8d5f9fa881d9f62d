package main

// Browser tests: the real parallax binary serves the web UI and a real
// headless Chromium, driven with chromedp, reads it. They skip when no
// Chromium is installed, unless PARALLAX_REQUIRE_BROWSER=1. Screenshots go
// to $PARALLAX_ARTIFACTS or artifacts/browser.
//
//	go test ./cmd/parallax -run Browser -v

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestBrowserDemo runs `parallax demo` and walks through it as a reader
// would: the stories, a story with an altered quote (facts matrix, word
// diff, a selected cell's sentence), one of its articles with its marks,
// the story on a phone, and no Content Security Policy violation anywhere.
func TestBrowserDemo(t *testing.T) {
	findBrowser(t)
	db := filepath.Join(t.TempDir(), "demo.db")
	base := startServer(t, "--db", db, "demo", "--addr", "127.0.0.1:0")
	tb := newTab(t, newBrowser(t), true)

	// The stories page lists the demo's stories.
	tb.open(base + "/")
	type link struct {
		Title, Href string
		Index       int
	}
	stories := eval[[]link](tb, `Array.from(document.querySelectorAll("ol.stories > li.story a.story-title"),
		(a, i) => ({title: a.textContent.trim(), href: a.getAttribute("href"), index: i}))`)
	if len(stories) < 3 {
		t.Fatalf("stories page lists %d stories, want the demo's (at least 3): %+v", len(stories), stories)
	}
	tb.screenshot("demo-stories")
	tb.checkConsole("stories page /")

	// Open the first of the rates and port-strike stories that has an
	// altered quote, by clicking its title.
	var candidates []link
	for _, s := range stories {
		strike := strings.Contains(s.Title, "Valmora") && !strings.Contains(s.Title, "museum")
		if strike || strings.Contains(s.Title, "rates") {
			candidates = append(candidates, s)
		}
	}
	if len(candidates) == 0 {
		t.Fatalf("neither the Valmora port strike nor the Estria rates story is listed: %+v", stories)
	}
	type storyView struct {
		Title   string
		Matrix  bool
		Yes     int
		Altered bool
		Del     []string
		Ins     []string
	}
	var storyURL string
	var sv storyView
	for i, c := range candidates {
		if i > 0 {
			tb.open(base + "/")
		}
		storyURL = tb.click(fmt.Sprintf("ol.stories > li:nth-child(%d) a.story-title", c.Index+1))
		if u, _ := url.Parse(storyURL); u == nil || u.Path != c.Href {
			t.Fatalf("clicking %q opened %s, want %s", c.Title, storyURL, c.Href)
		}
		sv = eval[storyView](tb, `(() => {
			const alt = document.querySelector("div.quote-group.altered");
			const texts = sel => alt ? Array.from(alt.querySelectorAll(sel), e => e.textContent.trim()) : [];
			return {
				title: (document.querySelector("main h1") || {}).textContent || "",
				matrix: !!document.querySelector("table.matrix"),
				yes: document.querySelectorAll("table.matrix td.yes").length,
				altered: !!alt, del: texts("del"), ins: texts("ins"),
			};
		})()`)
		tb.checkConsole("story page " + c.Href)
		if sv.Altered {
			break
		}
		t.Logf("story %q has no altered quote; trying the next", c.Title)
	}
	if !sv.Altered {
		t.Fatalf("no candidate story shows an altered quote (div.quote-group.altered): %+v", candidates)
	}
	t.Logf("story %q: %d reported cells; altered quote: del %q, ins %q", sv.Title, sv.Yes, sv.Del, sv.Ins)
	if !sv.Matrix || sv.Yes == 0 {
		t.Errorf("story page: facts matrix present %v with %d td.yes cells; want a matrix with reported cells", sv.Matrix, sv.Yes)
	}
	if len(sv.Del) == 0 || len(sv.Ins) == 0 || strings.Join(sv.Del, "") == "" || strings.Join(sv.Ins, "") == "" {
		t.Errorf("altered quote: want <del> and <ins> words, got del %q, ins %q", sv.Del, sv.Ins)
	}
	tb.screenshot("demo-story")

	// Selecting a reported cell shows that outlet's sentence (app.js).
	if sv.Yes > 0 {
		tb.do("click a reported cell", chromedp.Click(chromedp.CSS("table.matrix td.yes")))
		type cellView struct {
			Shown     string
			Selected  bool
			Label     string
			Sentences []string
		}
		var cell cellView
		// The sentence may be fetched from the API: wait for it.
		for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
			cell = eval[cellView](tb, `(() => {
				const td = document.querySelector("table.matrix td.yes");
				return {
					shown: document.getElementById("cell-text").textContent.trim(),
					selected: td.classList.contains("selected"),
					label: td.getAttribute("title") || "",
					sentences: Array.from(td.closest("tr").querySelectorAll(".sentences li"), li => li.textContent.trim()),
				};
			})()`)
			if (cell.Shown != "" && cell.Shown != "…") || time.Now().After(deadline) {
				break
			}
		}
		ok := cell.Selected && len(strings.Fields(cell.Shown)) >= 5 && !strings.Contains(cell.Shown, "Could not load")
		for _, line := range strings.Split(cell.Shown, "\n") {
			// Each line shown is one of the row's sentences, when the row
			// carries them.
			if len(cell.Sentences) > 0 && !slices.Contains(cell.Sentences, strings.TrimSpace(line)) {
				ok = false
			}
		}
		if !ok {
			t.Errorf("after clicking a td.yes cell (%q, selected: %v), p#cell-text shows %q; want that outlet's sentence (the row's sentences: %q)",
				cell.Label, cell.Selected, cell.Shown, cell.Sentences)
		} else {
			t.Logf("cell %q shows %q", cell.Label, cell.Shown)
		}
		tb.screenshot("demo-story-cell")
	}
	tb.checkConsole("story page after selecting a cell")

	// Follow the first outlet's article from its lens on the story page.
	storyPath := mustPath(t, storyURL)
	tb.do("choose the first outlet", chromedp.Click(chromedp.CSS(`.lens-pick a[href="#lens-1"]`)))
	articleURL := tb.click("#lens-1 a.col-title")
	if !strings.HasPrefix(mustPath(t, articleURL), "/articles/") {
		t.Fatalf("the story's article link opened %s, want /articles/...", articleURL)
	}
	art := eval[struct {
		Title        string
		Paras, Q, N  int
		Back         bool
		QText, NText string
	}](tb, fmt.Sprintf(`(() => {
		const first = sel => (document.querySelector(sel) || {}).textContent || "";
		return {
			title: first("main h1").trim(),
			paras: document.querySelectorAll("div.text p").length,
			q: document.querySelectorAll("div.text span.q").length,
			n: document.querySelectorAll("div.text span.n").length,
			qText: first("div.text span.q"), nText: first("div.text span.n"),
			back: !!document.querySelector('main a[href=%q]'),
		};
	})()`, storyPath))
	t.Logf("article %s %q: %d paragraphs, %d quote and %d number marks (e.g. %q, %q)", mustPath(t, articleURL), art.Title, art.Paras, art.Q, art.N, art.QText, art.NText)
	if art.Title == "" || art.Paras == 0 {
		t.Errorf("article page %s: title %q, %d paragraphs of text; want both", articleURL, art.Title, art.Paras)
	}
	if art.Q == 0 || art.N == 0 {
		t.Errorf("article page %s: %d span.q (quotes) and %d span.n (numbers) in div.text; want both marked", articleURL, art.Q, art.N)
	}
	if !art.Back {
		t.Errorf("article page %s has no link back to its story %s", articleURL, storyPath)
	}
	tb.screenshot("demo-article")
	tb.checkConsole("article page " + mustPath(t, articleURL))

	// A name on the story page lists the stories that name it.
	tb.open(storyURL)
	names := eval[[]string](tb, `Array.from(document.querySelectorAll("main p.names a"), a => a.textContent.trim())`)
	for i, n := range names {
		if !strings.Contains(n, " ") {
			continue // a multi-word name tests the link's escaping
		}
		target := tb.click(fmt.Sprintf("main p.names a:nth-of-type(%d)", i+1))
		listed := eval[bool](tb, fmt.Sprintf(`!!document.querySelector('ol.stories a.story-title[href=%q]')`, storyPath))
		if !listed {
			t.Errorf("story page: the name link %q opens %s, which does not list the story %s (the entity filter got %q)",
				n, target, storyPath, queryParam(target, "entity"))
		}
		tb.checkConsole("stories filtered by a name")
		break
	}

	// On a phone the story page fits the width of the screen.
	phone := newTab(t, tb.ctx, false)
	phone.do("emulate a phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateTouch,
		chromedp.EmulatePortrait, chromedp.EmulateScale(2)))
	phone.open(storyURL)
	fit := eval[struct {
		ScrollWidth, InnerWidth int
		Offenders               []string
	}](phone, overflowJS)
	if fit.ScrollWidth > fit.InnerWidth+1 {
		t.Errorf("story page on a 390x844 phone: the page is %dpx wide in a %dpx window; overflowing:\n  %s",
			fit.ScrollWidth, fit.InnerWidth, strings.Join(fit.Offenders, "\n  "))
	}
	phone.saveScreenshot("demo-story-phone-screen", chromedp.CaptureScreenshot())
	phone.screenshot("demo-story-phone")
	phone.checkConsole("story page on a phone")

	// The detector above does see a violation: an inline script added to
	// the page is refused and reported.
	canary := newTab(t, tb.ctx, false)
	canary.open(base + "/")
	eval[chromedp.Void](canary, `(() => { const s = document.createElement("script"); s.textContent = "window.__canary = 1"; document.body.appendChild(s); })()`)
	msgs, _ := canary.newMessages()
	seen := false
	for _, m := range msgs {
		seen = seen || cspViolation(m)
	}
	if ran := eval[string](canary, `typeof window.__canary`); ran != "undefined" || !seen {
		t.Errorf("an inline script injected into / ran: %v (want not); its CSP violation was reported: %v (want it reported); messages: %v", ran != "undefined", seen, msgs)
	}
}

// overflowJS measures the page's width against the window's and names the
// elements that stick out (the outermost ones whose parent fits, outside
// any scrolling or clipping box).
const overflowJS = `(() => {
	const vw = window.innerWidth, de = document.documentElement;
	const clipped = el => {
		for (let p = el.parentElement; p && p !== document.body && p !== de; p = p.parentElement) {
			if (getComputedStyle(p).overflowX !== "visible") return true;
		}
		return false;
	};
	const name = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
		Array.from(el.classList, c => "." + c).join("");
	const path = el => {
		const parts = [];
		for (let e = el; e && e !== document.body; e = e.parentElement) parts.unshift(name(e));
		return parts.join(" > ");
	};
	const out = (what, r, text) => what + ": left " + Math.round(r.left) + "px, right " + Math.round(r.right) +
		"px, width " + Math.round(r.width) + "px; text " + JSON.stringify(text.trim().slice(0, 60));
	const sticksOut = r => (r.width || r.height) && (r.right > vw + 1 || r.left < -1);
	const sticks = el => sticksOut(el.getBoundingClientRect());
	const found = [];
	for (const el of document.body.querySelectorAll("*")) {
		if (!sticks(el) || clipped(el)) continue;
		const p = el.parentElement;
		if (p !== document.body && sticks(p)) continue;
		found.push(out(path(el), el.getBoundingClientRect(), el.textContent || ""));
	}
	// Text that overflows the box it is in (a long unbreakable word).
	const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	const range = document.createRange();
	for (let n = walk.nextNode(); n; n = walk.nextNode()) {
		const p = n.parentElement;
		if (!p || sticks(p) || clipped(p) || !n.textContent.trim()) continue;
		range.selectNodeContents(n);
		const r = range.getBoundingClientRect();
		if (sticksOut(r)) found.push(out("text in " + path(p), r, n.textContent));
	}
	return {scrollWidth: de.scrollWidth, innerWidth: vw, offenders: found.slice(0, 20)};
})()`

// mustPath returns the path of a URL.
func mustPath(t *testing.T, s string) string {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatalf("bad URL %q: %v", s, err)
	}
	return u.Path
}

// queryParam returns one query parameter of a URL.
func queryParam(s, name string) string {
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	return u.Query().Get(name)
}

// The payloads of the hostile articles. Each would set window.__pwned (or
// open a dialog) if the page ever treated article text as markup or a URL
// as a link target.
const (
	xssScript = `<script>window.__pwned=1;alert("script")</script>`
	xssImg    = `<img src=x onerror="window.__pwned=1;alert('img')">`
	xssSVG    = `<svg onload="window.__pwned=1;alert('svg')">`
	xssJSURL  = `javascript:window.__pwned=1;alert('url')//`
	xssBroken = `</textarea></title></style>"><!-- ' " <b>unclosed <i`
)

// hostileWord is the distinctive word of the hostile story.
const hostileWord = "Zorblax"

// writeHostile writes four hostile articles into dir: two in a JSON Lines
// file, one HTML page and one Markdown file with front matter. All report
// one event (the Zorblax dam) within a day or so, sharing its words, so
// that they group into one story. It returns the files.
func writeHostile(t *testing.T, dir string) []string {
	t.Helper()
	body := func(outlet string) []string {
		return []string{
			"Engineers ordered the evacuation of Quenmoor on Wednesday after cracks spread across the Zorblax reservoir dam, the regional water authority said.",
			"About 4,200 residents left their homes overnight, and the authority said water was flowing over the spillway at 310 cubic metres a second.",
			`Authority chief Mirela Danbury said: "We will not take risks with people's lives ` + xssScript + `, and the Zorblax dam will stay closed."`,
			"Readers of " + outlet + " sent links such as " + xssJSURL + " and markup like " + xssImg + " and " + xssSVG + " " + xssBroken,
			"The Zorblax dam was built in 1962 and holds 48 million cubic metres of water above Quenmoor, the authority said.",
		}
	}
	type rec struct {
		URL       string   `json:"url"`
		Title     string   `json:"title"`
		Outlet    string   `json:"outlet"`
		Authors   []string `json:"authors"`
		Published string   `json:"published"`
		Paras     []string `json:"paragraphs,omitempty"`
		Text      string   `json:"text,omitempty"`
	}
	outletA := `Gazette ` + xssScript
	outletB := `Broken ` + xssBroken + ` Times`
	recs := []rec{{
		URL:       xssJSURL + "zorblax",
		Title:     "Zorblax dam cracks force Quenmoor evacuation " + xssScript,
		Outlet:    outletA,
		Authors:   []string{xssImg, `Ann "><svg onload=window.__pwned=1>`},
		Published: "2026-06-10T08:00:00Z",
		Paras:     body(outletA),
	}, {
		URL:       `https://hostile.example/zorblax?q="><script>window.__pwned=1</script>&x=' onmouseover='window.__pwned=1`,
		Title:     `Quenmoor evacuated as Zorblax dam cracks "><img src=x onerror=window.__pwned=1>`,
		Outlet:    outletB,
		Authors:   []string{`</title><script>alert("author")</script>`},
		Published: "2026-06-10T11:30:00Z",
		Text:      strings.Join(body(outletB), "\n\n"),
	}}
	var jl strings.Builder
	for _, r := range recs {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		jl.Write(b)
		jl.WriteByte('\n')
	}
	esc := func(s string) string {
		return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
	}
	var ps strings.Builder
	for _, p := range body("the Herald " + xssSVG) {
		fmt.Fprintf(&ps, "<p>%s</p>\n", esc(p))
	}
	html := `<!doctype html>
<html><head><meta charset="utf-8">
<title>Zorblax dam: Quenmoor evacuated as cracks spread ` + esc(xssSVG) + `</title>
<meta property="og:site_name" content="` + esc("Herald "+xssSVG) + `">
<meta property="og:title" content="` + esc("Zorblax dam: Quenmoor evacuated as cracks spread "+xssSVG) + `">
<meta name="author" content="` + esc(xssScript) + `">
<meta property="article:published_time" content="2026-06-10T13:00:00Z">
<link rel="canonical" href="` + esc(xssJSURL) + `">
<script>window.__pwned=1</script>
</head><body onload="window.__pwned=1">
<article><h1>Zorblax dam: Quenmoor evacuated as cracks spread ` + esc(xssSVG) + `</h1>
` + ps.String() + `<p>See <a href="javascript:window.__pwned=1">the authority's statement</a> <img src=x onerror="window.__pwned=1"> <svg onload="window.__pwned=1"></svg></p>
</article></body></html>
`
	yq := func(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
	md := "---\n" +
		"title: " + yq("Zorblax dam: the day after <svg/onload=window.__pwned=1> in Quenmoor") + "\n" +
		"outlet: " + yq(`Daily "Quotes' & <b>bold</b> `+xssImg) + "\n" +
		"url: " + yq("javascript:alert(document.domain)") + "\n" +
		"authors:\n" +
		"  - " + yq(xssScript) + "\n" +
		"  - " + yq(`Bo "Quotes' <!--`) + "\n" +
		"date: 2026-06-11\n" +
		"---\n\n" +
		"Residents of Quenmoor returned on Thursday to look at the cracked Zorblax reservoir dam \\<script>window.__pwned=1\\</script> as engineers drained it.\n\n" +
		"The water authority said 4,200 people would stay away until the Zorblax dam is safe. Inline `" + xssImg + "` code.\n\n" +
		"A [link to the authority](javascript:window.__pwned=1) and raw <svg onload=\"window.__pwned=1\"> markup.\n"
	files := map[string]string{"hostile.jsonl": jl.String(), "herald.html": html, "daily.md": md}
	var out []string
	for _, name := range []string{"hostile.jsonl", "herald.html", "daily.md"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// storedArticle is what `parallax articles --json` says of an article.
type storedArticle struct {
	ID, Outlet, Title, URL string
	Authors                []string
}

// TestBrowserHostileInput stores articles whose every field carries script
// tags, event handlers, javascript: URLs, SVG and broken markup, serves
// them, and reads every page that shows them in Chromium: each renders,
// shows the payloads as text, runs none of them (window.__pwned stays
// undefined, no dialog opens, no CSP violation is even attempted) and
// links nowhere dangerous. It reads them twice: with the server's
// Content-Security-Policy, and again with CSP bypassed, so that escaping
// alone is shown to stop the payloads.
func TestBrowserHostileInput(t *testing.T) {
	findBrowser(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "hostile.db")
	files := writeHostile(t, dir)
	if code, out, errs := parallax(t, db, "", append([]string{"--db", db, "add"}, files...)...); code != 0 || !strings.Contains(out, "added 4") {
		t.Fatalf("add: exit %d: %s %s", code, out, errs)
	}
	code, out, errs := parallax(t, db, "", "--db", db, "articles", "--json")
	var arts []storedArticle
	if err := json.Unmarshal([]byte(out), &arts); err != nil || code != 0 || len(arts) != 4 {
		t.Fatalf("articles --json: exit %d, %d articles, %v: %s %s", code, len(arts), err, out, errs)
	}
	hostileTitle := false
	for _, a := range arts {
		t.Logf("stored %s: title %q, outlet %q, authors %q, url %q", a.ID, a.Title, a.Outlet, a.Authors, a.URL)
		hostileTitle = hostileTitle || strings.Contains(a.Title, "<script>")
	}
	if !hostileTitle {
		t.Fatalf("no stored title carries <script>: the test would prove nothing")
	}
	// Group them into stories before serving, so the pages are stable.
	code, out, errs = parallax(t, db, "", "--db", db, "stories", "--json", "--query", hostileWord)
	var stories []struct {
		ID, Title string
		Articles  int
	}
	if err := json.Unmarshal([]byte(out), &stories); err != nil || code != 0 || len(stories) == 0 {
		t.Fatalf("stories --json: exit %d, %v: %s %s", code, err, out, errs)
	}
	story := stories[0]
	for _, s := range stories[1:] {
		if s.Articles > story.Articles {
			story = s
		}
	}
	if story.Articles < 2 {
		t.Fatalf("the hostile articles did not group into one story: %+v", stories)
	}
	t.Logf("hostile story %s %q: %d articles", story.ID, story.Title, story.Articles)
	base := startServer(t, "--db", db, "serve", "--addr", "127.0.0.1:0")
	browser := newBrowser(t)

	// pages are the pages to read, each with texts it must show.
	type hostilePage struct {
		name, path string
		want       []string
		link       string // the article's http(s) URL, which must be linked
	}
	var titles []string
	for _, a := range arts {
		titles = append(titles, a.Title)
	}
	pages := []hostilePage{
		{"stories", "/", []string{story.Title}, ""},
		{"story", "/stories/" + url.PathEscape(story.ID), []string{story.Title}, ""},
		{"search", "/search?q=" + url.QueryEscape(hostileWord), titles, ""},
		// Queries are reflected into the pages too.
		{"search-hostile-query", "/search?q=" + url.QueryEscape(xssScript+xssBroken+xssSVG), nil, ""},
		{"stories-hostile-filters", "/?" + url.Values{"q": {xssScript}, "outlet": {xssBroken}, "entity": {xssImg}}.Encode(), nil, ""},
	}
	outlets := map[string]bool{}
	for i, a := range arts {
		want := append([]string{a.Title, a.Outlet}, a.Authors...)
		link := ""
		if strings.HasPrefix(a.URL, "http") {
			link = a.URL
		}
		pages = append(pages, hostilePage{fmt.Sprintf("article-%d", i+1), "/articles/" + url.PathEscape(a.ID), want, link})
		if !outlets[a.Outlet] {
			outlets[a.Outlet] = true
			pages = append(pages, hostilePage{fmt.Sprintf("outlet-%d", len(outlets)), "", []string{a.Outlet}, ""})
		}
	}

	for _, bypass := range []bool{false, true} {
		tb := newTab(t, browser, !bypass)
		mode := "with CSP"
		if bypass {
			mode = "CSP bypassed"
			if _, err := chromedp.Call(tb.ctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true}); err != nil {
				t.Fatalf("bypass CSP: %v", err)
			}
		}
		for i, pg := range pages {
			label := fmt.Sprintf("%s page (%s)", pg.name, mode)
			if pg.path == "" {
				// An outlet page: reached through the outlet link of that
				// outlet's article page, as a reader would.
				tb.open(base + pages[i-1].path)
				href := eval[string](tb, `(document.querySelector('main dl.facts a[href^="/outlets/"]') || {}).href || ""`)
				if href == "" {
					t.Errorf("%s: the article page %s has no outlet link", label, pages[i-1].path)
					continue
				}
				pg.path = strings.TrimPrefix(href, base)
				pages[i].path = pg.path
			}
			tb.open(base + pg.path)
			label += " " + pg.path
			checkHostilePage(t, tb, label, pg.want)
			if pg.link != "" {
				// The article's own URL is linked, safely.
				q, _ := json.Marshal(pg.link)
				rel := eval[[]string](tb, fmt.Sprintf(`(() => {
					const norm = u => new URL(u).href.replace(/%%[0-9a-f]{2}/gi, m => m.toUpperCase());
					return Array.from(document.querySelectorAll("main a[href]"))
						.filter(a => norm(a.href) === norm(%s)).map(a => a.getAttribute("rel") || "");
				})()`, q))
				if len(rel) == 0 {
					t.Errorf("%s: no link to the article's URL %q", label, pg.link)
				}
				for _, r := range rel {
					if f := strings.Fields(r); !slices.Contains(f, "noopener") || !slices.Contains(f, "noreferrer") || !slices.Contains(f, "nofollow") {
						t.Errorf("%s: the link to the article's URL has rel=%q, want noopener noreferrer nofollow", label, r)
					}
				}
			}
			if fit := eval[struct {
				ScrollWidth, InnerWidth int
				Offenders               []string
			}](tb, overflowJS); fit.ScrollWidth > fit.InnerWidth+1 {
				t.Errorf("%s: the page is %dpx wide in a %dpx window; overflowing:\n  %s",
					label, fit.ScrollWidth, fit.InnerWidth, strings.Join(fit.Offenders, "\n  "))
			}
			switch {
			case pg.name == "story":
				// Every member of the story is listed and linked.
				n := eval[int](tb, `document.querySelectorAll('#members a[href^="/articles/"]').length`)
				if n != story.Articles {
					t.Errorf("%s: lists %d articles, want %d", label, n, story.Articles)
				}
			case strings.HasPrefix(pg.name, "outlet"):
				// The outlet's stories are listed and linked.
				if n := eval[int](tb, `document.querySelectorAll('main a[href^="/stories/"]').length`); n == 0 {
					t.Errorf("%s: links to none of the outlet's stories", label)
				}
			}
			if !bypass {
				tb.screenshot("hostile-" + pg.name)
			}
			tb.checkConsole(label)
		}
	}
}

// hostileCheck is what a hostile page shows, gathered in the page.
type hostileCheck struct {
	Brand    string
	Main     int
	Text     string
	Pwned    string
	Scripts  []string
	Injected []string
	Handlers []string
	JSLinks  []string
	BadRel   []string
	Neutral  []string
}

const hostileCheckJS = `(() => {
	// The server's own charts (timeline strips, lean bars, volume): an
	// <svg> of lines, rectangles and their titles, with no attribute beyond
	// geometry, class and labels, and text only in titles.
	const chartAttrs = {svg: ["class", "viewbox", "preserveaspectratio", "role", "aria-label"],
		line: ["class", "x1", "y1", "x2", "y2"], rect: ["class", "x", "y", "width", "height"], title: []};
	const attrsOK = el => {
		const ok = chartAttrs[el.tagName.toLowerCase()];
		return ok && Array.from(el.attributes).every(a => ok.includes(a.name.toLowerCase()));
	};
	const texts = el => { const out = [], w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); while (w.nextNode()) out.push(w.currentNode); return out; };
	const serverChart = el => el.tagName.toLowerCase() === "svg" && ["strip", "leanbar", "volume-chart"].includes(el.getAttribute("class")) && attrsOK(el) &&
		Array.from(el.querySelectorAll("*")).every(c => /^(line|rect|title)$/.test(c.tagName.toLowerCase()) && attrsOK(c) && !c.parentElement.closest("title")) &&
		texts(el).every(n => n.parentElement.tagName.toLowerCase() === "title" || n.textContent.trim() === "");
	const all = Array.from(document.querySelectorAll("*"));
	const desc = el => "<" + el.tagName.toLowerCase() + Array.from(el.attributes, a => " " + a.name + "=" + JSON.stringify(a.value)).join("") + ">";
	const links = Array.from(document.querySelectorAll("a[href], area[href]"));
	const external = links.filter(a => /^https?:$/.test(a.protocol) && a.origin !== location.origin);
	const hasRel = a => { const r = (a.getAttribute("rel") || "").toLowerCase().split(/\s+/); return ["noopener", "noreferrer", "nofollow"].every(x => r.includes(x)); };
	return {
		brand: ((document.querySelector("header a.brand") || {}).textContent || "").trim(),
		main: ((document.querySelector("main") || {}).innerText || "").trim().length,
		text: document.body.innerText,
		pwned: typeof window.__pwned,
		scripts: Array.from(document.scripts, s => s.getAttribute("src") || "inline: " + s.textContent.slice(0, 80)),
		injected: all.filter(el => /^(svg|img|iframe|object|embed|frame|frameset|math|base|meta|style|textarea)$/i.test(el.tagName) && !el.closest("head") && !serverChart(el)).map(desc),
		handlers: all.filter(el => Array.from(el.attributes).some(a => /^on/i.test(a.name))).map(desc),
		jsLinks: all.filter(el => ["href", "src", "action", "formaction", "data", "xlink:href"].some(n => {
			const v = el.getAttribute(n);
			return v !== null && /^\s*(javascript|vbscript|data):/i.test(v.replace(/[\u0000-\u0020]/g, ""));
		}) || (el.protocol && /^(javascript|vbscript|data):$/i.test(el.protocol))).map(desc),
		badRel: external.filter(a => !hasRel(a)).map(desc),
		neutral: links.filter(a => a.getAttribute("href").includes("ZgotmplZ")).map(desc),
	};
})()`

var spaces = regexp.MustCompile(`\s+`)

// checkHostilePage checks the page open in tb: it renders, shows each of
// want as text, and nothing in it ran or could run.
func checkHostilePage(t *testing.T, tb *tab, label string, want []string) {
	t.Helper()
	c := eval[hostileCheck](tb, hostileCheckJS)
	if c.Brand != "Parallax" || c.Main == 0 {
		t.Errorf("%s: does not render: header brand %q, %d characters of main content", label, c.Brand, c.Main)
	}
	if c.Pwned != "undefined" {
		t.Errorf("%s: a payload ran: typeof window.__pwned is %q", label, c.Pwned)
	}
	text := spaces.ReplaceAllString(c.Text, " ")
	for _, w := range want {
		w = strings.TrimSpace(spaces.ReplaceAllString(w, " "))
		if w != "" && !strings.Contains(text, w) {
			t.Errorf("%s: the text %q is not shown as text", label, w)
		}
	}
	if strings.Contains(strings.Join(want, " "), "<script>") && !strings.Contains(text, "<script>") {
		t.Errorf("%s: the page does not show \"<script>\" as text", label)
	}
	if len(c.Scripts) != 1 || c.Scripts[0] != "/static/app.js" {
		t.Errorf("%s: scripts on the page are %q, want only /static/app.js", label, c.Scripts)
	}
	for _, el := range c.Injected {
		t.Errorf("%s: article markup reached the page as an element: %s", label, el)
	}
	for _, el := range c.Handlers {
		t.Errorf("%s: an element carries an event handler: %s", label, el)
	}
	for _, el := range c.JSLinks {
		t.Errorf("%s: a link or source has a javascript:, vbscript: or data: URL: %s", label, el)
	}
	for _, el := range c.BadRel {
		t.Errorf("%s: an external link lacks rel=\"noopener noreferrer nofollow\": %s", label, el)
	}
	for _, el := range c.Neutral {
		t.Errorf("%s: a link carries html/template's #ZgotmplZ (an unsafe URL reached the template and was neutralised, leaving a dead link): %s", label, el)
	}
}

// TestBrowserWatchThis follows a story's "Watch this story" link, fills in
// the form with the server's token, and reads the new watch's page: no
// console error or CSP violation on the way.
func TestBrowserWatchThis(t *testing.T) {
	findBrowser(t)
	db := filepath.Join(t.TempDir(), "p.db")
	if code, _, errs := parallax(t, db, "", "add", "../../internal/samples/articles"); code != 0 {
		t.Fatal(errs)
	}
	const token = "a-long-enough-token-for-tests"
	t.Setenv("PARALLAX_TOKEN", token)
	base := startServer(t, "--db", db, "serve", "--addr", "127.0.0.1:0")
	tb := newTab(t, newBrowser(t), true)
	tb.open(base + "/")
	tb.click("ol.stories > li:first-child a.story-title")
	tb.checkConsole("story page")
	form := tb.click("p.watch-this a.button")
	if !strings.Contains(form, "/watches/new?event=") {
		t.Fatalf("the watch link opened %s", form)
	}
	if kind := eval[string](tb, `document.querySelector("select[name=kind]").value`); kind != "article" {
		t.Errorf("the form's kind is %q", kind)
	}
	eval[chromedp.Void](tb, fmt.Sprintf(`document.querySelector("input[name=token]").value = %q`, token))
	done := tb.click("form.watch-form button[type=submit]")
	made := eval[string](tb, `document.querySelector("p.ok") ? document.querySelector("p.ok").textContent : document.body.textContent`)
	if !strings.Contains(made, "Watch 1 is made") {
		t.Fatalf("after submitting (%s): %q", done, made)
	}
	tb.screenshot("watch-made")
	tb.checkConsole("watch made")
	tb.click("p.ok a")
	feed := eval[string](tb, `document.querySelector("a[type='application/atom+xml']").getAttribute("href")`)
	if feed != "/watches/1/feed.atom" {
		t.Errorf("feed link %q", feed)
	}
	tb.screenshot("watch-page")
	tb.checkConsole("watch page")
}
