package fetch

import (
	"errors"
	"strings"
	"testing"
)

func TestCheckURL(t *testing.T) {
	for _, raw := range []string{
		"https://gazette.example/news/1", "http://gazette.example:8080/a?b=c#d", "HTTP://Gazette.Example/",
		"http://127.0.0.1/feed", "http://[::1]:8080/x", "http://[2606:4700::1111]/", "https://user:pw@gazette.example/",
		"http://gazette.example./", "http://xn--bcher-kva.example/", "http://bücher.example/", "http://under_score.example/",
		"http://gazette.example:/",
	} {
		if _, err := CheckURL(raw); err != nil {
			t.Errorf("CheckURL(%q) = %v, want it accepted", raw, err)
		}
	}
	for _, tc := range []struct{ raw, why string }{
		{"not-a-url", "not an absolute http or https URL"},
		{"ftp://gazette.example/", "not an absolute http or https URL"},
		{"http:///path", "not an absolute http or https URL"},
		{"http:gazette.example", "not an absolute http or https URL"},
		{"http://[::1%25lo]:9/a", "IPv6 zone (%25lo)"},
		{"http://[fe80::1%25eth0]/", "IPv6 zone (%25eth0)"},
		{"http://127.1/", "non-standard way of writing the IP address 127.0.0.1"},
		{"http://0x7f000001/", "non-standard way of writing the IP address 127.0.0.1"},
		{"http://2130706433/", "non-standard way of writing the IP address 127.0.0.1"},
		{"http://0177.0.0.1/", "non-standard way of writing the IP address 127.0.0.1"},
		{"http://127.0.0.1./", "non-standard way of writing the IP address 127.0.0.1"},
		{"http://1.2.3.4.5/", "looks like an IP address"},
		{"http://news.123/", "looks like an IP address"},
		{"http://0.0.0.0/", "not an address a page can be fetched from"},
		{"http://[::]/", "not an address a page can be fetched from"},
		{"http://224.0.0.1/", "not an address a page can be fetched from"},
		{"http://255.255.255.255/", "not an address a page can be fetched from"},
		{"http://a..b/", "not a valid host name"},
		{"http://a!b.example/", "a character ('!')"},
		{"http://" + strings.Repeat("a", 64) + ".example/", "not a valid host name"},
		{"http://gazette.example:0/", "port 0 is out of range"},
		{"http://gazette.example:99999/", "port 99999 is out of range"},
		{"http://[::1/", "not a valid URL"},
		{"http://bad host/", "not a valid URL"},
	} {
		_, err := CheckURL(tc.raw)
		if err == nil || !errors.Is(err, ErrBadURL) || !strings.Contains(err.Error(), tc.why) {
			t.Errorf("CheckURL(%q) = %v, want ErrBadURL saying %q", tc.raw, err, tc.why)
			continue
		}
		if msg := err.Error(); strings.Count(msg, strings.TrimSpace(tc.raw)) != 1 {
			t.Errorf("CheckURL(%q): %q should name the URL once", tc.raw, msg)
		}
	}
	_, err := CheckURL("https://user:hunter2@bad host/")
	if err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("error %v shows the password", err)
	}
}

func TestRobotsURL(t *testing.T) {
	for raw, want := range map[string]string{
		"https://gazette.example/news/1?x=y#f":  "https://gazette.example/robots.txt",
		"HTTP://Gazette.Example:8080/a":         "http://Gazette.Example:8080/robots.txt",
		"https://user:pw@gazette.example/a":     "https://gazette.example/robots.txt",
		"http://[2606:4700::1111]:81/x":         "http://[2606:4700::1111]:81/robots.txt",
		"http://bücher.example/a":               "http://b%C3%BCcher.example/robots.txt",
		"http://gazette.example/robots.txt?a=b": "http://gazette.example/robots.txt",
	} {
		u, err := CheckURL(raw)
		if err != nil {
			t.Fatalf("CheckURL(%q): %v", raw, err)
		}
		if got := robotsURL(u).String(); got != want {
			t.Errorf("robotsURL(%q) = %q, want %q", raw, got, want)
		}
	}
}

func TestReason(t *testing.T) {
	_, err := CheckURL("not-a-url")
	if got := Reason(err); got != "not an absolute http or https URL" {
		t.Errorf("Reason = %q", got)
	}
	if got := Reason(errors.New("plain")); got != "plain" {
		t.Errorf("Reason of a plain error = %q", got)
	}
}

func TestRedact(t *testing.T) {
	for raw, want := range map[string]string{
		"https://user:hunter2@gazette.example/a": "https://user:xxxxx@gazette.example/a",
		"https://user:hunter2@bad host/a":        "https://user:xxxxx@bad host/a",
		"https://gazette.example/a@b":            "https://gazette.example/a@b",
		"not a url":                              "not a url",
	} {
		if got := Redact(raw); got != want {
			t.Errorf("Redact(%q) = %q, want %q", raw, got, want)
		}
	}
}
