package feed

import (
	"bytes"
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/view"
)

// FuzzParse: Parse never panics; an error names the feed (password
// hidden); a parsed feed keeps at most maxFeedItems items, each with a
// non-empty key of at most maxKeyLen bytes and a title of at most
// maxTitleLen; every link kept is one fetch.CheckURL accepts, and a link
// refused is said (ErrBadURL) and not kept; parsing is deterministic; the
// item's text turns into paragraphs with no blank or untrimmed one.
func FuzzParse(f *testing.F) {
	for _, doc := range []string{
		rssDoc,
		`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Post</title><link href="https://atom.example/"/>` +
			`<entry><id>tag:atom.example,2026:1</id><title>Entry</title><link href="/1"/><updated>2026-03-04T10:00:00Z</updated>` +
			`<content type="html">&lt;p&gt;Body.&lt;/p&gt;</content></entry></feed>`,
		`{"version":"https://jsonfeed.org/version/1.1","title":"JSON Post","items":[{"id":"7","url":"https://json.example/7","content_html":"<p>Seven.</p>"}]}`,
		`<rss version="2.0"><channel><item><link>http://[::1%25lo]:9/a</link></item><item><guid>http://127.1/x</guid></item>` +
			`<item><link>//[fe80::1%25eth0]/b</link><title>` + strings.Repeat("é", 600) + `</title></item></channel></rss>`,
		`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss version="2.0"><channel><title>&b;</title></channel></rss>`,
		"<rss><channel><title>x</title><item>", "", "not a feed",
	} {
		for _, u := range []string{"https://gazette.example/feed.xml", "https://user:hunter2@gazette.example/f", "http://[::1%25lo]/f", "not a url"} {
			f.Add([]byte(doc), u)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, feedURL string) {
		fd, err := Parse(data, feedURL)
		if err != nil {
			pw := ""
			if u, err := url.Parse(feedURL); err == nil {
				pw, _ = u.User.Password()
			}
			if !strings.Contains(err.Error(), redact(feedURL)) || (len(pw) >= 4 && strings.Count(feedURL, pw) == 1 && strings.Contains(err.Error(), pw)) {
				t.Fatalf("error %q does not name the feed %q, password hidden", err, feedURL)
			}
			return
		}
		if len(fd.Items) > maxFeedItems || fd.TTL < 0 || fd.TTL > 7*24*time.Hour {
			t.Fatalf("%d items, ttl %v", len(fd.Items), fd.TTL)
		}
		if fd.SiteURL != "" {
			if _, err := fetch.CheckURL(fd.SiteURL); err != nil {
				t.Fatalf("site URL %q kept: %v", fd.SiteURL, err)
			}
		}
		again, err := Parse(data, feedURL)
		if err != nil || len(again.Items) != len(fd.Items) {
			t.Fatalf("parsed again: %v", err)
		}
		for i, it := range fd.Items {
			if it.Key == "" || len(it.Key) > maxKeyLen || len(it.Title) > maxTitleLen || it.Key != again.Items[i].Key {
				t.Fatalf("item %d: key %q (again %q), title of %d bytes", i, it.Key, again.Items[i].Key, len(it.Title))
			}
			if it.URL != "" {
				if _, err := fetch.CheckURL(it.URL); err != nil {
					t.Fatalf("item %d: link %q kept: %v", i, it.URL, err)
				}
			}
			if it.LinkErr != nil && (it.URL != "" || !errors.Is(it.LinkErr, fetch.ErrBadURL)) {
				t.Fatalf("item %d: URL %q with link error %v", i, it.URL, it.LinkErr)
			}
			for _, p := range append(Paragraphs(it.Summary), Paragraphs(it.Content)...) {
				if p == "" || p != strings.Join(strings.Fields(p), " ") {
					t.Fatalf("item %d: paragraph %q is blank or not trimmed", i, p)
				}
			}
		}
	})
}

// FuzzReadOPML: reading an OPML list never panics; every subscription
// read has a trimmed, non-empty feed URL; writing the list and reading it
// back gives the same subscriptions (an untitled one is titled by its URL);
// import's URL check never panics, and what it accepts, fetch.CheckURL
// accepts, and checking it again changes nothing.
func FuzzReadOPML(f *testing.F) {
	for _, doc := range []string{
		`<?xml version="1.0"?><opml version="1.0"><head><title>Mine</title></head><body>
<outline text="News"><outline text="Gazette" xmlUrl="https://gazette.example/feed.xml" htmlUrl="https://gazette.example/"/>
<outline text="Deep"><outline title="Post" text="p" type="rss" xmlUrl="https://post.example/rss"/></outline></outline>
<outline text="folder only"/></body></opml>`,
		`<opml><body><outline xmlUrl="http://[::1%25lo]:9/a"/><outline xmlUrl=" http://127.1/feed "/><outline xmlUrl="HTTPS://Gazette.Example/f#x"/></body></opml>`,
		`<opml><body><outline text="a&amp;b &#9;tab" xmlUrl="https://gazette.example/?a=1&amp;b=2"/></body></opml>`,
		"<opml><body/></opml>", "not xml", "",
	} {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		subs, err := ReadOPML(bytes.NewReader(data), "in.opml")
		if err != nil {
			if !strings.Contains(err.Error(), "in.opml") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		if len(subs) == 0 {
			t.Fatal("no subscriptions and no error")
		}
		xmlSafe := true
		for _, s := range subs {
			if s.URL == "" || s.URL != strings.TrimSpace(s.URL) {
				t.Fatalf("feed URL %q", s.URL)
			}
			xmlSafe = xmlSafe && isXMLText(s.Title) && isXMLText(s.URL) && isXMLText(s.SiteURL)
			if u, err := view.CheckFeedURL(s.URL); err == nil {
				if _, err := fetch.CheckURL(u); err != nil {
					t.Fatalf("import accepted %q as %q, which fetch refuses: %v", s.URL, u, err)
				}
				if uu, err := view.CheckFeedURL(u); err != nil || uu != u {
					t.Fatalf("import's check of %q gives %q, then %q, %v", s.URL, u, uu, err)
				}
			}
		}
		if !xmlSafe {
			return // characters XML cannot carry are replaced when written
		}
		var buf bytes.Buffer
		if err := WriteOPML(&buf, "Parallax feeds", subs, time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
		again, err := ReadOPML(&buf, "out.opml")
		if err != nil || len(again) != len(subs) {
			t.Fatalf("written and read again: %d subscriptions, %v; want %d", len(again), err, len(subs))
		}
		for i, s := range subs {
			if s.Title == "" {
				s.Title = s.URL
			}
			if again[i] != s {
				t.Fatalf("subscription %d written and read again: %+v, want %+v", i, again[i], s)
			}
		}
	})
}

// isXMLText reports text that XML 1.0 can carry as it is.
func isXMLText(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if !(r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF) {
			return false
		}
	}
	return true
}
