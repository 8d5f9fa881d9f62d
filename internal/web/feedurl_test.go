package web_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/view"
	"github.com/parallax-news/parallax/internal/web"
)

// TestAPIRefusesFeedURLsNoFetchMayUse: POST /api/v1/feeds answered 201 to
// a URL with an IPv6 zone, whose first poll then crashed the server. Such
// URLs, and others no fetch may use, are a 400 with the reason; nothing
// is stored.
func TestAPIRefusesFeedURLsNoFetchMayUse(t *testing.T) {
	f := newFixture(t, web.Config{Token: testToken})
	for url, why := range map[string]string{
		"http://[::1%25lo]:9/a":       "IPv6 zone (%25lo)",
		"http://[fe80::1%25eth0]/rss": "IPv6 zone (%25eth0)",
		"http://127.1/feed":           "non-standard way of writing the IP address 127.0.0.1",
		"http://0x7f000001/feed":      "non-standard way of writing the IP address 127.0.0.1",
		"http://0.0.0.0/feed":         "not an address a page can be fetched from",
		"http://bad..host/feed":       "not a valid host name",
		"ftp://harbour.example/feed":  "not an absolute http or https URL",
	} {
		body, _ := json.Marshal(map[string]string{"url": url})
		code, _, b := f.do(t, "POST", "/api/v1/feeds", testToken, strings.NewReader(string(body)))
		var e apiError
		if code != http.StatusBadRequest || json.Unmarshal(b, &e) != nil || !strings.Contains(e.Error.Message, why) {
			t.Errorf("POST feed %s = %d %s, want 400 saying %q", url, code, b, why)
		}
	}
	var feeds []view.Feed
	f.getJSON(t, "/api/v1/feeds", http.StatusOK, &feeds)
	if len(feeds) != 0 {
		t.Errorf("refused feeds were stored: %+v", feeds)
	}
}
