package feed

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

const rssDoc = `<?xml version="1.0"?>
<rss version="2.0"><channel>
<title>Harbour Gazette</title><link>https://gazette.example/</link><ttl>90</ttl>
<item><title>Bridge reopens</title><link>/news/bridge</link><guid isPermaLink="false">g-1</guid>
<pubDate>Wed, 04 Mar 2026 10:00:00 +0100</pubDate><author>desk@gazette.example (Ana Ruiz)</author>
<description>&lt;p&gt;The bridge reopened.&lt;/p&gt;&lt;p&gt;Traffic was light.&lt;/p&gt;</description></item>
<item><title>No link</title><description>Text only.</description></item>
</channel></rss>`

func TestParseRSS(t *testing.T) {
	f, err := Parse([]byte(rssDoc), "https://gazette.example/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "Harbour Gazette" || f.SiteURL != "https://gazette.example/" || f.TTL != 90*time.Minute || len(f.Items) != 2 {
		t.Fatalf("feed = %+v", f)
	}
	it := f.Items[0]
	if it.Key != "g-1" || it.URL != "https://gazette.example/news/bridge" || it.Title != "Bridge reopens" ||
		!it.Published.Equal(time.Date(2026, 3, 4, 9, 0, 0, 0, time.UTC)) {
		t.Fatalf("item = %+v", it)
	}
	if ps := Paragraphs(it.Summary); len(ps) != 2 || ps[1] != "Traffic was light." {
		t.Fatalf("paragraphs = %q", ps)
	}
	if k := f.Items[1].Key; !strings.HasPrefix(k, "sha256:") || f.Items[1].URL != "" {
		t.Fatalf("item without guid or link: key %q url %q", k, f.Items[1].URL)
	}
}

func TestParseAtomAndJSON(t *testing.T) {
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Post</title>
<link href="https://atom.example/"/><entry><id>tag:atom.example,2026:1</id><title>Entry</title>
<link href="https://atom.example/1"/><updated>2026-03-04T10:00:00Z</updated><content type="html">&lt;p&gt;Body.&lt;/p&gt;</content></entry></feed>`
	f, err := Parse([]byte(atom), "https://atom.example/feed")
	if err != nil || f.Title != "Atom Post" || len(f.Items) != 1 || f.Items[0].Key != "tag:atom.example,2026:1" || f.Items[0].URL != "https://atom.example/1" {
		t.Fatalf("atom: %+v, %v", f, err)
	}
	js := `{"version":"https://jsonfeed.org/version/1.1","title":"JSON Post","home_page_url":"https://json.example/",
"items":[{"id":"7","url":"https://json.example/7","title":"Seven","content_html":"<p>Seven.</p>","date_published":"2026-03-04T10:00:00Z"}]}`
	f, err = Parse([]byte(js), "https://json.example/feed.json")
	if err != nil || f.Title != "JSON Post" || len(f.Items) != 1 || f.Items[0].URL != "https://json.example/7" || f.Items[0].Content != "<p>Seven.</p>" {
		t.Fatalf("json feed: %+v, %v", f, err)
	}
}

func TestParseMalformed(t *testing.T) {
	for _, doc := range []string{"", "hello, world", "<html><body>not a feed</body></html>", "<rss><channel><title>x</title><item>"} {
		f, err := Parse([]byte(doc), "https://bad.example/feed")
		if err == nil && doc != "<rss><channel><title>x</title><item>" {
			t.Errorf("Parse(%q) = %+v, want an error", doc, f)
		}
		if err != nil && !strings.Contains(err.Error(), "https://bad.example/feed") {
			t.Errorf("error %q does not name the feed", err)
		}
	}
	if _, err := Parse([]byte("just text"), "u"); !errors.Is(err, ErrNotFeed) {
		t.Errorf("plain text: %v, want ErrNotFeed", err)
	}
}

// TestBillionLaughs checks that entities a document defines are never
// expanded (encoding/xml ignores the DTD; gofeed's non-strict decoder
// leaves unknown entities as text).
func TestBillionLaughs(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">`)
	prev := "lol"
	for i := 1; i <= 9; i++ {
		name := "lol" + string(rune('0'+i))
		b.WriteString(`<!ENTITY ` + name + ` "` + strings.Repeat("&"+prev+";", 10) + `">`)
		prev = name
	}
	b.WriteString(`]><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>https://x.example/1</link><description>&lol9;</description></item></channel></rss>`)
	f, err := Parse([]byte(b.String()), "https://x.example/feed")
	if err != nil {
		return // refusing the document is safe too
	}
	total := len(f.Title)
	for _, it := range f.Items {
		total += len(it.Title) + len(it.Summary)
	}
	if total > 1000 {
		t.Fatalf("entities were expanded: %d bytes of text", total)
	}
}

func TestParagraphs(t *testing.T) {
	got := Paragraphs(`<div>One <b>bold</b><br>Two<script>bad()</script></div><ul><li>Three</li></ul>`)
	want := []string{"One bold", "Two", "Three"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("Paragraphs = %q, want %q", got, want)
	}
	if got := Paragraphs("plain\n\ntext  here"); len(got) != 2 || got[1] != "text here" {
		t.Fatalf("plain text: %q", got)
	}
}

func TestParseLimits(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>`)
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 1500 {
		guid := fmt.Sprintf("g-%d", i)
		title := "Story"
		if i == 1499 {
			guid = strings.Repeat("k", 5000)
			title = strings.Repeat("é", 3000)
		}
		fmt.Fprintf(&b, `<item><title>%s</title><guid>%s</guid><pubDate>%s</pubDate></item>`,
			title, guid, base.Add(time.Duration(i)*time.Minute).Format(time.RFC1123Z))
	}
	b.WriteString(`</channel></rss>`)
	f, err := Parse([]byte(b.String()), "https://gazette.example/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != maxFeedItems {
		t.Fatalf("%d items, want %d", len(f.Items), maxFeedItems)
	}
	if f.Items[0].Key != "g-500" {
		t.Fatalf("first item kept %q, want the newest 1000 (g-500 on)", f.Items[0].Key)
	}
	last := f.Items[len(f.Items)-1]
	if len(last.Key) > maxKeyLen || !strings.HasPrefix(last.Key, "sha256:") {
		t.Fatalf("long key kept as %d bytes", len(last.Key))
	}
	if len(last.Title) > maxTitleLen || !utf8.ValidString(last.Title) {
		t.Fatalf("long title kept as %d bytes (valid UTF-8: %v)", len(last.Title), utf8.ValidString(last.Title))
	}
}

func TestParseErrorRedactsPassword(t *testing.T) {
	_, err := Parse([]byte("not a feed"), "https://user:hunter2@gazette.example/feed.xml")
	if err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Fatalf("error %v shows the password", err)
	}
}

func TestParseRefusesLinksNoFetchMayUse(t *testing.T) {
	doc := `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>http://[::1%25lo]/</link>
<item><title>Zone</title><link>http://[::1%25lo]:9/a</link><guid>1</guid></item>
<item><title>Relative zone</title><link>//[fe80::1%25eth0]/b</link><guid>2</guid></item>
<item><title>Short address</title><link>http://127.1/c</link><guid>3</guid></item>
<item><title>Guid link</title><guid>http://0x7f000001/d</guid></item>
<item><title>Not http</title><link>mailto:desk@gazette.example</link><guid>5</guid></item>
<item><title>Fine</title><link>/news/e</link><guid>6</guid></item>
</channel></rss>`
	f, err := Parse([]byte(doc), "https://gazette.example/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	if f.SiteURL != "" {
		t.Errorf("site URL %q kept", f.SiteURL)
	}
	for i, want := range []struct {
		url, linkErr string
	}{
		{"", "IPv6 zone (%25lo)"}, {"", "IPv6 zone (%25eth0)"}, {"", "the IP address 127.0.0.1"}, {"", "the IP address 127.0.0.1"},
		{"", ""}, {"https://gazette.example/news/e", ""},
	} {
		it := f.Items[i]
		gotErr := ""
		if it.LinkErr != nil {
			gotErr = it.LinkErr.Error()
		}
		if it.URL != want.url || (want.linkErr == "") != (gotErr == "") || !strings.Contains(gotErr, want.linkErr) {
			t.Errorf("item %q: URL %q, link error %q; want %q, %q", it.Title, it.URL, gotErr, want.url, want.linkErr)
		}
	}
}
