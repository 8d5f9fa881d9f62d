package extract

import (
	"net/url"
	"strings"

	"golang.org/x/text/language"
)

// absoluteURL resolves ref against base and returns it when the result is
// an absolute http(s) URL without fragment; otherwise "".
func absoluteURL(ref string, base *url.URL) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		if base == nil {
			return ""
		}
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	u.RawFragment = ""
	return u.String()
}

// baseURL returns the URL that relative links resolve against: <base href>
// resolved against the page URL, else the page URL; nil when neither is an
// absolute URL.
func baseURL(pageURL, baseHref string) *url.URL {
	var page *url.URL
	if u, err := url.Parse(strings.TrimSpace(pageURL)); err == nil && u.IsAbs() && u.Host != "" {
		page = u
	}
	if baseHref != "" {
		if b := absoluteURL(baseHref, page); b != "" {
			u, _ := url.Parse(b)
			return u
		}
	}
	return page
}

// languageCode returns the ISO 639-1 code (or the shortest ISO 639 code)
// of a language tag such as "en-US", "pt_BR" or "eng"; "" when unknown.
func languageCode(tag string) string {
	tag = strings.TrimSpace(strings.ReplaceAll(tag, "_", "-"))
	if tag == "" {
		return ""
	}
	t, err := language.Parse(tag)
	if err != nil {
		return ""
	}
	base, conf := t.Base()
	if conf < language.High {
		return ""
	}
	code := base.String()
	if code == "und" {
		return ""
	}
	return strings.ToLower(code)
}

// splitAuthors splits a byline such as "By Ann Lee and Bo Chan" into names.
// Commas split only when every part has more than one word, so that
// "Lee, Ann" stays one name.
func splitAuthors(s string) []string {
	s = normalizeSpace(s)
	if s == "" || strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "@") {
		return nil
	}
	for _, p := range []string{"by ", "von ", "par ", "por "} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	var parts []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' || r == '&' }) {
		parts = append(parts, splitOnWord(p, " and ")...)
	}
	var out []string
	for _, p := range parts {
		sub := strings.Split(p, ",")
		multi := len(sub) > 1
		for _, q := range sub {
			if len(strings.Fields(q)) < 2 {
				multi = false
			}
		}
		if !multi {
			sub = []string{p}
		}
		for _, q := range sub {
			if q = strings.Trim(strings.TrimSpace(q), ",."); q != "" && len(q) <= 100 {
				out = append(out, q)
			}
		}
	}
	return out
}

// splitOnWord splits s on the ASCII separator sep, matched
// case-insensitively.
func splitOnWord(s, sep string) []string {
	var out []string
	for {
		i := indexFold(s, sep)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+len(sep):]
	}
}

// appendUnique appends the values not yet in list (case-insensitively),
// stopping at limit entries.
func appendUnique(list []string, limit int, vals ...string) []string {
	for _, v := range vals {
		v = normalizeSpace(v)
		if v == "" || len(list) >= limit {
			continue
		}
		dup := false
		for _, have := range list {
			if strings.EqualFold(have, v) {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, v)
		}
	}
	return list
}
