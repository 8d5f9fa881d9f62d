package ingest

import (
	"fmt"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/article"
)

// applyFrontMatter copies the fields of Markdown front matter (YAML, TOML or
// JSON, already decoded) into a. Unknown keys are ignored; a known key with
// a value of the wrong kind, or a date that cannot be read, is a warning.
func applyFrontMatter(fm map[string]any, a *article.Article) []string {
	var warnings []string
	get := func(keys ...string) (any, string) {
		for _, k := range keys {
			for fk, v := range fm {
				if strings.EqualFold(fk, k) && v != nil {
					return v, fk
				}
			}
		}
		return nil, ""
	}
	str := func(keys ...string) string {
		v, k := get(keys...)
		if v == nil {
			return ""
		}
		s, ok := scalarString(v)
		if !ok {
			warnings = append(warnings, fmt.Sprintf("front matter %q: expected text, got %T", k, v))
		}
		return s
	}
	list := func(keys ...string) []string {
		v, k := get(keys...)
		if v == nil {
			return nil
		}
		l, ok := stringList(v)
		if !ok {
			warnings = append(warnings, fmt.Sprintf("front matter %q: expected text or a list, got %T", k, v))
		}
		return l
	}
	a.Title = str("title", "headline")
	a.Authors = list("authors", "author", "byline")
	a.Categories = list("categories", "category", "section")
	a.Tags = list("tags", "keywords")
	a.Excerpt = str("excerpt", "description", "summary", "subtitle")
	a.Image = str("image", "featured_image", "cover")
	a.URL = str("url", "canonical", "canonical_url", "link", "permalink")
	a.Outlet = str("outlet", "source", "site", "publisher")
	a.Language = str("language", "lang", "locale")
	if v, k := get("date", "published", "publishdate", "pubdate", "date_publish"); v != nil {
		switch t := v.(type) {
		case time.Time:
			a.Published = article.DateOf(t)
			if t.Location() == time.UTC && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
				a.Published.Precision = article.Day
			}
		default:
			s, _ := scalarString(v)
			d, err := article.ParseDate(s)
			if err != nil {
				warnings = append(warnings, fmt.Sprintf("front matter %q: %v", k, err))
			}
			a.Published = d
		}
	}
	return warnings
}

// scalarString renders a scalar front-matter value as text.
func scalarString(v any) (string, bool) {
	switch t := v.(type) {
	case string:
		return t, true
	case int, int64, uint64, float64, bool:
		return fmt.Sprint(t), true
	case time.Time:
		return t.Format(time.RFC3339), true
	}
	return "", false
}

// stringList reads a list of strings, or a single string, from a
// front-matter value. A comma-free single string is one entry.
func stringList(v any) ([]string, bool) {
	switch t := v.(type) {
	case []any:
		var out []string
		ok := true
		for _, e := range t {
			if s, sok := scalarString(e); sok {
				out = append(out, s)
			} else if m, mok := e.(map[string]any); mok {
				if n, nok := m["name"].(string); nok {
					out = append(out, n)
				}
			} else if m, mok := e.(map[any]any); mok {
				if n, nok := m["name"].(string); nok {
					out = append(out, n)
				}
			} else {
				ok = false
			}
		}
		return out, ok
	case []string:
		return t, true
	}
	s, ok := scalarString(v)
	if !ok || s == "" {
		return nil, ok
	}
	return []string{s}, true
}
