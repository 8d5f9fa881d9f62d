package dedup

import (
	"net/url"
	"slices"
	"strings"
)

// trackingParams are query parameters that never change the article.
var trackingParams = []string{"fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid", "ocid", "smid", "source", "via"}

// CanonicalURL reduces a URL to the form used to recognise one article
// under several addresses: no scheme, lowercase host without "www.", no
// fragment, no trailing slash, no tracking parameters ("utm_*" and the
// like), the remaining parameters sorted. It returns "" for an empty or
// unparsable URL.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	path := strings.TrimSuffix(u.EscapedPath(), "/")
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || slices.Contains(trackingParams, lk) {
			q.Del(k)
		}
	}
	s := host + path
	if len(q) > 0 {
		s += "?" + q.Encode() // Encode sorts by key
	}
	return s
}
