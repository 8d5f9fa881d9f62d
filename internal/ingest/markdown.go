package ingest

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/adrg/frontmatter"
	"github.com/parallax-news/parallax/internal/article"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// readMarkdown reads a Markdown article with optional YAML (---), TOML
// (+++) or JSON front matter. The body becomes plain paragraphs: headings,
// paragraphs, list items and quoted paragraphs each give one; code blocks,
// images and raw HTML are left out; links keep their text.
func readMarkdown(name string, data []byte, opt Options) Item {
	src, warnings := repairUTF8(data)
	src = strings.TrimPrefix(src, "\ufeff")
	fm := map[string]any{}
	body, err := frontmatter.Parse(strings.NewReader(src), &fm)
	if err != nil {
		return Item{Input: name, Warnings: warnings, Err: fmt.Errorf("front matter: %w", err)}
	}
	if opensFrontMatter(src) && bytes.Equal(body, []byte(src)) {
		return Item{Input: name, Warnings: warnings, Err: fmt.Errorf("front matter: opened but never closed")}
	}
	a := &article.Article{}
	warnings = append(warnings, applyFrontMatter(fm, a)...)
	a.Paragraphs = MarkdownParagraphs(body)
	return finish(name, string(Markdown), a, warnings, opt)
}

// opensFrontMatter reports whether src starts with a front-matter
// delimiter line.
func opensFrontMatter(src string) bool {
	for _, d := range []string{"---\n", "---\r\n", "+++\n", "+++\r\n"} {
		if strings.HasPrefix(src, d) {
			return true
		}
	}
	return false
}

// MarkdownParagraphs renders a Markdown body as plain-text paragraphs.
func MarkdownParagraphs(body []byte) []string {
	md := goldmark.New()
	doc := md.Parser().Parse(text.NewReader(body))
	var out []string
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.Kind() {
			case ast.KindParagraph, ast.KindHeading, ast.KindTextBlock:
				var b strings.Builder
				inlineText(&b, c, body)
				out = append(out, b.String())
			case ast.KindFencedCodeBlock, ast.KindCodeBlock, ast.KindHTMLBlock, ast.KindThematicBreak:
				// not article prose
			default:
				walk(c) // lists, list items, block quotes
			}
		}
	}
	walk(doc)
	return article.CleanParagraphs(out)
}

// inlineText writes the text of an inline subtree: links and emphasis keep
// their text, line breaks become spaces, images and raw HTML are dropped.
func inlineText(b *strings.Builder, n ast.Node, src []byte) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.AutoLink:
			b.Write(t.Label(src))
		case *ast.Image, *ast.RawHTML:
			// dropped
		default:
			inlineText(b, c, src)
		}
	}
}
