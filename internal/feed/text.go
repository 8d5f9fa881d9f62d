package feed

import (
	"strings"

	"golang.org/x/net/html"
)

// blockTags end a paragraph in feed HTML.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "blockquote": true, "tr": true, "section": true, "article": true,
	"figcaption": true, "pre": true, "hr": true, "dd": true, "dt": true,
}

// skipTags hold no readable text.
var skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "iframe": true, "object": true, "svg": true}

// Paragraphs turns the HTML (or plain text) of a feed's description or
// content into plain paragraphs.
func Paragraphs(s string) []string {
	if !strings.ContainsAny(s, "<&") {
		return splitText(s)
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var out []string
	var cur strings.Builder
	skip := 0
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	for {
		switch z.Next() {
		case html.ErrorToken:
			flush()
			return out
		case html.TextToken:
			if skip == 0 {
				cur.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			if skipTags[string(name)] {
				skip++
			} else if blockTags[string(name)] {
				flush()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if skipTags[string(name)] && skip > 0 {
				skip--
			} else if blockTags[string(name)] {
				flush()
			}
		}
	}
}

// splitText splits plain text at blank lines.
func splitText(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if t := strings.Join(strings.Fields(p), " "); t != "" {
			out = append(out, t)
		}
	}
	return out
}
