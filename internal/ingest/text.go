package ingest

import (
	"regexp"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
)

// dateTitleLine matches the first line of scraped news files that carry the
// date then the title: " date 2026-01-07 UK, France Agree…".
var dateTitleLine = regexp.MustCompile(`(?i)^\s*date:?\s+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\s+(\S.*)$`)

// headerLine matches "Key: value" header lines at the top of a text file.
var headerLine = regexp.MustCompile(`^\s*(?i:(title|headline|date|published|author|authors|by|byline|source|outlet|url|link|language|lang))\s*:\s*(.*\S)\s*$`)

// bylineLine matches a byline paragraph: "By Staff, Agencies".
var bylineLine = regexp.MustCompile(`^(?i:by)\s+(\S.{0,120})$`)

// bylineSep separates the authors of a byline.
var bylineSep = regexp.MustCompile(`\s+(?:and|&)\s+`)

// readText reads a plain-text article. It understands a first line holding
// the date then the title, a block of "Key: value" header lines, and a
// "By …" byline paragraph near the top; the rest is the body, split into
// paragraphs at blank lines.
func readText(name string, data []byte, opt Options) Item {
	text, warnings := repairUTF8(data)
	text = strings.TrimPrefix(text, "\ufeff")
	a := &article.Article{}
	paras := article.SplitParagraphs(text)
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	// Header: either the date-and-title line, or Key: value lines, each
	// ending at the first blank line.
	first := firstNonBlank(lines)
	if first >= 0 {
		if m := dateTitleLine.FindStringSubmatch(lines[first]); m != nil {
			if d, err := article.ParseDate(strings.Replace(m[1], " ", "T", 1)); err == nil {
				a.Published = d
				a.Title = m[2]
				paras = article.SplitParagraphs(strings.Join(lines[first+1:], "\n"))
			}
		} else {
			var hdr article.Article
			var hw []string
			if n := textHeader(lines[first:], &hdr, &hw); n > 0 {
				*a, warnings = hdr, append(warnings, hw...)
				paras = article.SplitParagraphs(strings.Join(lines[first+n:], "\n"))
			}
		}
	}
	// A byline in one of the first paragraphs.
	for i := 0; i < len(paras) && i < 3; i++ {
		if m := bylineLine.FindStringSubmatch(paras[i]); m != nil && len(a.Authors) == 0 && !strings.ContainsAny(m[1], ".!?\"“") {
			a.Authors = splitByline(m[1])
			paras = append(paras[:i:i], paras[i+1:]...)
			break
		}
	}
	// Without a header, a short first paragraph that does not end a
	// sentence is the headline.
	if a.Title == "" && len(paras) > 1 && isHeadline(paras[0]) {
		a.Title = paras[0]
		paras = paras[1:]
	}
	a.Paragraphs = paras
	return finish(name, string(Text), a, warnings, opt)
}

func firstNonBlank(lines []string) int {
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			return i
		}
	}
	return -1
}

// textHeader reads "Key: value" lines up to the first blank line into a
// and returns how many lines it used; 0 when the first line is not one.
func textHeader(lines []string, a *article.Article, warnings *[]string) int {
	n := 0
	for _, l := range lines {
		m := headerLine.FindStringSubmatch(l)
		if m == nil {
			break
		}
		n++
		v := m[2]
		switch strings.ToLower(m[1]) {
		case "title", "headline":
			a.Title = v
		case "date", "published":
			if d, err := article.ParseDate(v); err == nil {
				a.Published = d
			} else {
				*warnings = append(*warnings, "header: "+err.Error())
			}
		case "author", "authors", "by", "byline":
			a.Authors = splitByline(v)
		case "source", "outlet":
			a.Outlet = v
		case "url", "link":
			a.URL = v
		case "language", "lang":
			a.Language = v
		}
	}
	if n < len(lines) && strings.TrimSpace(lines[n]) != "" {
		return 0 // a header block ends with a blank line
	}
	return n
}

// splitByline splits a byline into authors at " and " and "&" only: commas
// are kept, since "Staff, Agencies" or "Jane Doe, Reuters" is one credit.
func splitByline(s string) []string {
	s = strings.TrimSpace(s)
	parts := bylineSep.Split(s, -1)
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// isHeadline reports whether a paragraph reads as a headline: one line of
// at most 25 words that does not end like a sentence.
func isHeadline(p string) bool {
	if strings.Count(p, " ") >= 25 || len(p) > 250 {
		return false
	}
	last := p[len(p)-1]
	return last != '.' && last != ',' && last != ';' && last != ':'
}
