package article

import (
	"net/url"
	"strings"
	"testing"
)

// FuzzCanonicalURL: CanonicalURL never panics; its result is an absolute
// http(s) URL, without user, fragment or default port, that parses back
// and is its own canonical form (so identity does not depend on how often
// a URL was cleaned); an article's id is the same from a URL and from its
// canonical form; a URL it refuses is dropped from an article, with a
// warning.
func FuzzCanonicalURL(f *testing.F) {
	for _, s := range []string{
		"https://Harbour.Example:443/news/1?utm_source=x&b=2&a=1#top", "http://harbour.example:80", "HTTP://harbour.example/a?",
		"https://user:pw@harbour.example/a?fbclid=1", "http://[2001:DB8::1]:80/x", "http://[::1%25lo]:9/a", "http://127.1/",
		"https://harbour.example/a?%zz=1&b", "https://harbour.example/?12345", "ftp://harbour.example/", "/relative",
		"https://harbour.example/caf%C3%A9?q=%E2%82%AC", "http://harbour.example:/a", "https://harbour.example/a;b?c=d&c=e",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		c, err := CanonicalURL(raw)
		a := &Article{URL: raw, Title: "Harbour works approved", Paragraphs: []string{"The council approved the harbour works."}}
		warnings, ferr := a.Finish()
		if ferr != nil {
			t.Fatalf("Finish: %v", ferr)
		}
		if err != nil {
			if strings.TrimSpace(raw) != "" && (a.URL != "" || len(warnings) == 0) {
				t.Fatalf("refused URL %q kept as %q, warnings %q", raw, a.URL, warnings)
			}
			return
		}
		u, perr := url.Parse(c)
		if perr != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil || u.Fragment != "" ||
			(u.Scheme == "http" && u.Port() == "80") || (u.Scheme == "https" && u.Port() == "443") {
			t.Fatalf("CanonicalURL(%q) = %q, not a canonical absolute URL (%v)", raw, c, perr)
		}
		cc, err := CanonicalURL(c)
		if err != nil || cc != c {
			t.Fatalf("CanonicalURL(%q) = %q, but CanonicalURL(%q) = %q, %v", raw, c, c, cc, err)
		}
		b := &Article{URL: c, Title: a.Title, Paragraphs: []string{"The council approved the harbour works."}}
		if _, err := b.Finish(); err != nil || a.ID != b.ID || a.URL != c {
			t.Fatalf("ids differ: %q from %q, %q from %q (%v)", a.ID, raw, b.ID, c, err)
		}
	})
}

// FuzzCleanTitle: CleanTitle never panics, is stable (a cleaned title
// cleans to itself), never gives an empty title for a title with a word,
// and says what it changed whenever the result is not CleanText's.
func FuzzCleanTitle(f *testing.F) {
	for _, s := range []string{
		"Harbour works approved Read more at: http://harbour.example/a/1", "http://harbour.example/a/council-backs-harbour-plan",
		"Read more: x", "x Read Latest Breaking News from y.example http://y.example/", "https://h.example/a_b_c.html", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, note := CleanTitle(s)
		if again, _ := CleanTitle(got); again != got {
			t.Fatalf("CleanTitle(%q) = %q, which cleans again to %q", s, got, again)
		}
		if hasWord([]string{CleanText(s)}) && !hasWord([]string{got}) {
			t.Fatalf("CleanTitle(%q) = %q lost every word", s, got)
		}
		if (got != CleanText(s)) != (note != "") {
			t.Fatalf("CleanTitle(%q) = %q with note %q", s, got, note)
		}
	})
}
