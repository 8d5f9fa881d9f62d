package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Paragraphs renders the text under n as plain-text paragraphs: each block
// element (p, headings, list items, table rows, quotes, ...) and each <br>
// ends a paragraph, table cells are separated by a space, and white space is
// collapsed. Empty paragraphs are dropped.
//
// Extractors such as trafilatura trim the text around inline elements, so
// "<a>Ann</a> said" reaches here as "<a>Ann</a>said". A space is therefore
// put at an inline element's edge when letters or digits would otherwise
// join there, except between Han, kana or Thai characters, which are written
// without spaces.
func Paragraphs(n *html.Node) []string {
	if n == nil {
		return nil
	}
	pw := paragraphWriter{}
	pw.walk(n)
	pw.flush()
	return pw.out
}

// paragraphWriter accumulates text into paragraphs.
type paragraphWriter struct {
	cur strings.Builder
	out []string
	// edge is set at an inline element's start or end: the next text may
	// need a space to stay a separate word.
	edge bool
}

// text appends a text node's content.
func (pw *paragraphWriter) text(s string) {
	if s == "" {
		return
	}
	if pw.edge && pw.cur.Len() > 0 {
		prev, _ := utf8.DecodeLastRuneInString(pw.cur.String())
		next, _ := utf8.DecodeRuneInString(s)
		if wordRune(prev) && wordRune(next) && !unspacedScript(prev) && !unspacedScript(next) {
			pw.cur.WriteByte(' ')
		}
	}
	pw.edge = false
	pw.cur.WriteString(s)
}

// wordRune reports whether r can be part of a word token.
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
}

// unspacedScript reports whether r belongs to a script written without
// spaces between words.
func unspacedScript(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// flush ends the current paragraph.
func (pw *paragraphWriter) flush() {
	if p := normalizeSpace(pw.cur.String()); p != "" {
		pw.out = append(pw.out, p)
	}
	pw.cur.Reset()
	pw.edge = false
}

// walk renders n and its descendants.
func (pw *paragraphWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		pw.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	a := n.DataAtom
	if a == 0 {
		// Elements built by extractors may lack the atom.
		a = atom.Lookup([]byte(strings.ToLower(n.Data)))
	}
	if skipElement[a] {
		return
	}
	if a == atom.Br || a == atom.Hr {
		pw.flush()
		return
	}
	block := blockElement[a] || isTrafilaturaBlock(n.Data)
	cell := a == atom.Td || a == atom.Th
	switch {
	case block:
		pw.flush()
	case cell || a == atom.Img:
		pw.cur.WriteByte(' ')
	default:
		pw.edge = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		pw.walk(c)
	}
	switch {
	case block:
		pw.flush()
	case cell:
		pw.cur.WriteByte(' ')
	default:
		pw.edge = true
	}
}

// isTrafilaturaBlock reports trafilatura's internal block tag names, which it
// may leave in its output tree.
func isTrafilaturaBlock(tag string) bool {
	switch tag {
	case "head", "list", "item", "quote", "row", "lb":
		return true
	}
	return false
}

// skipElement lists elements whose content is never text.
var skipElement = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Select: true, atom.Button: true, atom.Head: true,
}

// blockElement lists elements that start and end a paragraph.
var blockElement = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Dd: true, atom.Details: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hgroup: true, atom.Html: true, atom.Li: true,
	atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Tbody: true,
	atom.Tfoot: true, atom.Thead: true, atom.Tr: true, atom.Ul: true,
}

// normalizeSpace collapses every run of white space (including no-break
// and other Unicode spaces) into one space, removes zero-width spaces
// and trims the ends.
func normalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\ufeff':
			continue
		case unicode.IsSpace(r) || r == '\u00a0':
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
