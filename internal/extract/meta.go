package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what one walk over the parsed page collects for metadata.
type pageMeta struct {
	// meta maps a lower-cased meta key (property, name, itemprop or
	// http-equiv) to its non-empty values in document order.
	meta      map[string][]string
	canonical string // first <link rel=canonical href>
	base      string // first <base href>
	lang      string // <html lang> or xml:lang
	title     string // first <title> text
	jsonLD    []string
}

// first returns the first value of the first key that has one.
func (m *pageMeta) first(keys ...string) string {
	for _, k := range keys {
		if vs := m.meta[k]; len(vs) > 0 {
			return vs[0]
		}
	}
	return ""
}

// all returns every value of every key, in key order.
func (m *pageMeta) all(keys ...string) []string {
	var out []string
	for _, k := range keys {
		out = append(out, m.meta[k]...)
	}
	return out
}

// collectMeta walks the whole document once and gathers meta tags, JSON-LD
// scripts, link rel=canonical, base, html lang and title.
func collectMeta(doc *html.Node) *pageMeta {
	m := &pageMeta{meta: make(map[string][]string)}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			m.element(n)
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Title {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

// element records what one element contributes.
func (m *pageMeta) element(n *html.Node) {
	switch n.DataAtom {
	case atom.Html:
		if m.lang == "" {
			m.lang = firstNonEmpty(attr(n, "lang"), attr(n, "xml:lang"))
		}
	case atom.Title:
		if m.title == "" && n.Namespace == "" {
			m.title = normalizeSpace(textOf(n))
		}
	case atom.Base:
		if m.base == "" {
			m.base = strings.TrimSpace(attr(n, "href"))
		}
	case atom.Link:
		if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
			m.canonical = strings.TrimSpace(attr(n, "href"))
		}
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
			m.jsonLD = append(m.jsonLD, textOf(n))
		}
		return
	case atom.Meta:
		content := normalizeSpace(attr(n, "content"))
		if content == "" {
			return
		}
		for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
			if k := strings.ToLower(strings.TrimSpace(attr(n, key))); k != "" {
				m.meta[k] = append(m.meta[k], content)
			}
		}
		return
	}
	// Microdata outside <meta>: <time itemprop=datePublished datetime=...>.
	switch ip := strings.ToLower(strings.TrimSpace(attr(n, "itemprop"))); ip {
	case "datepublished", "datecreated":
		if v := normalizeSpace(firstNonEmpty(attr(n, "datetime"), attr(n, "content"), textOf(n))); v != "" && len(v) < 100 {
			m.meta[ip] = append(m.meta[ip], v)
		}
	case "headline":
		if v := normalizeSpace(textOf(n)); v != "" && len(v) < 500 {
			m.meta[ip] = append(m.meta[ip], v)
		}
	}
}

// attr returns the value of the named attribute, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether the space-separated list holds tok (ASCII
// case-insensitive).
func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// textOf concatenates the text nodes under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// firstNonEmpty returns the first argument that is not blank, trimmed.
func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
