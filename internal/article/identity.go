package article

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// IDLength is the number of hex digits of an article id (64 bits).
const IDLength = 16

// trackingParams are query parameters that never change which article a URL
// names; CanonicalURL drops them.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true, "mc_eid": true,
	"igshid": true, "ref_src": true, "cmpid": true, "ocid": true, "smid": true, "smtyp": true,
	"_ga": true, "yclid": true, "pgtype": true, "clicksource": true, "wt.nav": true,
}

// CanonicalURL returns the form of an http(s) URL used for identity: scheme
// and host lower-cased, default port, fragment, tracking parameters (utm_*
// and the like) and empty parameters dropped, the rest sorted. It returns an
// error for anything that is not an absolute http(s) URL.
func CanonicalURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("parse url %q: %w", raw, err)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("url %q: not an absolute http(s) URL", raw)
	}
	host := strings.ToLower(u.Hostname())
	if host == "" {
		return "", fmt.Errorf("url %q: not an absolute http(s) URL", raw)
	}
	if strings.Contains(host, "%") {
		return "", fmt.Errorf("url %q: a host with a zone or an escape names no article", raw)
	}
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]" // an IPv6 address
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	u.RawQuery = canonicalQuery(u.RawQuery)
	u.ForceQuery = false
	return u.String(), nil
}

// canonicalQuery drops tracking parameters from a raw query and sorts the
// rest, keeping every other parameter as written (valueless ones such as
// "?12345" included). A query that does not parse as key=value pairs is
// kept as it is.
func canonicalQuery(raw string) string {
	raw = escapeSpaces(raw)
	if raw == "" {
		return ""
	}
	if _, err := url.ParseQuery(raw); err != nil {
		return raw
	}
	var kept []string
	for _, part := range strings.Split(raw, "&") {
		if part == "" {
			continue
		}
		key, _, _ := strings.Cut(part, "=")
		if k, err := url.QueryUnescape(key); err == nil {
			lk := strings.ToLower(k)
			if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
				continue
			}
		}
		kept = append(kept, part)
	}
	sort.Strings(kept)
	return strings.Join(kept, "&")
}

// escapeSpaces percent-encodes the spaces a raw query may hold (the URL
// parser lets them through, but the URL printed with one at its end would
// lose it when read again), so that a canonical URL is its own canonical
// form.
func escapeSpaces(s string) string {
	if !strings.ContainsFunc(s, unicode.IsSpace) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if !unicode.IsSpace(r) {
			b.WriteRune(r)
			continue
		}
		var buf [utf8.UTFMax]byte
		for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// Identify fills in the article's ID and ContentHash from its URL, title and
// paragraphs. The ID comes from the canonical URL when there is one, so a
// changed text at the same URL keeps its id (a revision); otherwise from the
// folded text, so the same text read twice gets the same id.
func (a *Article) Identify() {
	if a.URL != "" {
		a.ID = hashID("url\x00" + a.URL)
	} else {
		a.ID = hashID("text\x00" + FoldText(a.Title+"\n"+a.Text()))
	}
	a.ContentHash = ContentHash(a.Title, a.Paragraphs)
}

// ContentHash returns the hex SHA-256 of a title and paragraphs as stored:
// it changes whenever a reader would see a change.
func ContentHash(title string, paragraphs []string) string {
	h := sha256.New()
	h.Write([]byte(title))
	for _, p := range paragraphs {
		h.Write([]byte{0})
		h.Write([]byte(p))
	}
	return hex.EncodeToString(h.Sum(nil))
}

func hashID(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:IDLength/2])
}

// OutletFromURL returns the host of a URL without a leading "www.", the
// outlet's name when no better one is known; "" when the URL has no host.
func OutletFromURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
