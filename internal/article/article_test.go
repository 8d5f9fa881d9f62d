package article

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
		prec     Precision
	}{
		{"2026-01-07", "2026-01-07", Day},
		{"2026-01-06T22:30:55", "2026-01-06T22:30:55", Local},
		{"2026-01-06 22:30:55", "2026-01-06T22:30:55", Local},
		{"2026-01-06T22:30:55+01:00", "2026-01-06T22:30:55+01:00", Zoned},
		{"2026-01-06T22:30:55Z", "2026-01-06T22:30:55Z", Zoned},
		{"2026-01-06T22:30:55.123-05:00", "2026-01-06T22:30:55-05:00", Zoned},
		{"Tue, 06 Jan 2026 22:30:55 +0000", "2026-01-06T22:30:55Z", Zoned},
		{"January 6, 2026", "2026-01-06", Day},
		{"6 January 2026", "2026-01-06", Day},
		{"", "", Unknown},
	}
	for _, tc := range tests {
		d, err := ParseDate(tc.in)
		if err != nil || d.String() != tc.want || d.Precision != tc.prec {
			t.Errorf("ParseDate(%q) = %q (%d), %v; want %q (%d)", tc.in, d.String(), d.Precision, err, tc.want, tc.prec)
		}
	}
	for _, bad := range []string{"2026-01-06T22:30:55+24:00", "2026-01-06 22:30:55 +2400"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) accepted an offset of 24 hours", bad)
		}
	}
	if d, err := ParseDate("Tue, 06 Jan 2026 22:30:55 EST"); err != nil || d.Precision != Local {
		t.Errorf("unknown zone abbreviation: %v, %v; want a local time", d, err)
	}
	if _, err := ParseDate("next Tuesday"); err == nil {
		t.Error("ParseDate(next Tuesday) succeeded")
	}
}

func TestDateJSON(t *testing.T) {
	for _, in := range []string{`"2026-01-07"`, `"2026-01-06T22:30:55"`, `"2026-01-06T22:30:55+01:00"`, `null`} {
		var d Date
		if err := json.Unmarshal([]byte(in), &d); err != nil {
			t.Fatalf("unmarshal %s: %v", in, err)
		}
		out, _ := json.Marshal(d)
		if string(out) != in {
			t.Errorf("round trip %s = %s", in, out)
		}
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTPS://Example.ORG:443/a/b?utm_source=x&id=3&fbclid=y#frag", "https://example.org/a/b?id=3"},
		{"http://example.org", "http://example.org/"},
		{"http://example.org:8080/x?b=2&a=1", "http://example.org:8080/x?a=1&b=2"},
		{"https://user:pw@example.org/x?", "https://example.org/x"},
		{"https://news.example/article.php?12345", "https://news.example/article.php?12345"},
		{"https://news.example/a?id=1;2&utm_source=x", "https://news.example/a?id=1;2&utm_source=x"},
		{"https://news.example/a?b=&a=1", "https://news.example/a?a=1&b="},
	}
	for _, tc := range tests {
		if got, err := CanonicalURL(tc.in); err != nil || got != tc.want {
			t.Errorf("CanonicalURL(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"javascript:alert(1)", "/relative/path", "ftp://example.org/x", "mailto:a@b", "http://"} {
		if _, err := CanonicalURL(bad); err == nil {
			t.Errorf("CanonicalURL(%q) succeeded", bad)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  plain   text\n", "plain text"},
		{"already clean", "already clean"},
		{"non\u00a0breaking\u200bzero", "non breakingzero"},
		{"e\u0301te\u0301", "\u00e9t\u00e9"}, // NFC
		{"bell\x07 and \x1b[31mred", "bell and [31mred"},
		{"bad \xff byte", "bad \ufffd byte"},
	}
	for _, tc := range tests {
		if got := CleanText(tc.in); got != tc.want {
			t.Errorf("CleanText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSplitParagraphs(t *testing.T) {
	got := SplitParagraphs("\n\nOne\nline two\n\n\n  Three \r\n\r\nFour\n")
	want := []string{"One line two", "Three", "Four"}
	if len(got) != len(want) {
		t.Fatalf("SplitParagraphs = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("paragraph %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestIdentity(t *testing.T) {
	mk := func(url, title string, ps ...string) *Article {
		a := &Article{URL: url, Title: title, Paragraphs: ps}
		if _, err := a.Finish(); err != nil {
			t.Fatal(err)
		}
		return a
	}
	a := mk("", "Title", "Some text.")
	b := mk("", "Title", "Some   text.")
	c := mk("", "title", "Some text!") // folds to the same id, but reads differently
	if a.ID != b.ID || a.ContentHash != b.ContentHash {
		t.Errorf("white space changed identity")
	}
	if a.ID != c.ID || a.ContentHash == c.ContentHash {
		t.Errorf("folded text: id %v/%v hash %v/%v; want same id, other hash", a.ID, c.ID, a.ContentHash, c.ContentHash)
	}
	u1 := mk("https://x.example/s?utm_medium=e", "Title", "Text one.")
	u2 := mk("https://X.example/s", "New title", "Text two.")
	if u1.ID != u2.ID || u1.ContentHash == u2.ContentHash {
		t.Errorf("same URL: ids %s %s, hashes equal %v", u1.ID, u2.ID, u1.ContentHash == u2.ContentHash)
	}
	if len(a.ID) != IDLength || u1.Outlet != "x.example" {
		t.Errorf("id %q outlet %q", a.ID, u1.Outlet)
	}
	h := mk("", "Same Headline", "Same headline", "Body.")
	if len(h.Paragraphs) != 1 || h.Paragraphs[0] != "Body." {
		t.Errorf("repeated headline kept: %q", h.Paragraphs)
	}
	bad := &Article{URL: "javascript:alert(1)", Paragraphs: []string{"x"}}
	if w, err := bad.Finish(); err != nil || len(w) != 1 || bad.URL != "" {
		t.Errorf("bad URL: warnings %v, err %v, url %q", w, err, bad.URL)
	}
	for _, ps := range [][]string{
		{" ", ""},
		{"...", "— * —"},
		{"\uFFFD\uFFFD\uFFFD"}, // undecodable bytes, repaired
		{"\u200B\u00AD", "!?"},
	} {
		if _, err := (&Article{Title: "A Title With Words", Paragraphs: ps}).Finish(); !errors.Is(err, ErrNoText) {
			t.Errorf("paragraphs %q: err %v, want ErrNoText", ps, err)
		}
	}
	for _, ps := range [][]string{{"* * *", "2026"}, {"¿Qué?"}, {"東京"}} {
		if _, err := (&Article{Paragraphs: ps}).Finish(); err != nil {
			t.Errorf("paragraphs %q: %v, want them read", ps, err)
		}
	}
}

func TestCanonicalURLOfAddresses(t *testing.T) {
	for raw, want := range map[string]string{
		"http://[2001:DB8::1]:80/a":   "http://[2001:db8::1]/a",
		"https://[2001:db8::1]:8443/": "https://[2001:db8::1]:8443/",
		"http://[::1]/x#frag":         "http://[::1]/x",
		"http://gazette.example:/a":   "http://gazette.example/a",
	} {
		got, err := CanonicalURL(raw)
		if err != nil || got != want {
			t.Errorf("CanonicalURL(%q) = %q, %v; want %q", raw, got, err, want)
		}
	}
	if got, err := CanonicalURL("http://[fe80::1%25eth0]/a"); err == nil {
		t.Errorf("a URL with a zone became %q", got)
	}
}
