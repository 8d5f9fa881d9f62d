package web

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/store"
)

// page is what every page template receives.
type page struct {
	// Title is the document title (the site name is added).
	Title string
	// Nav marks the current section in the header ("stories", "search").
	Nav string
	// Query is the search box's text.
	Query string
	Data  any
}

// parseTemplates parses each page template together with the layout.
func parseTemplates() (map[string]*template.Template, error) {
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("web: templates: %w", err)
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		name := strings.TrimSuffix(path.Base(n), ".html")
		if name == "layout" {
			continue
		}
		t, err := template.New(name).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", n)
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", name, err)
		}
		pages[name] = t
	}
	return pages, nil
}

// render executes a page template into a buffer first, so that a template
// error gives a clean error page instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, p page, header bool) {
	b, err := s.renderBytes(name, p)
	if err != nil {
		if header {
			s.fail(w, r, http.StatusInternalServerError, err.Error())
		} else {
			s.log.Error("render", "page", name, "err", err)
		}
		return
	}
	if header {
		w.Header().Set("Content-Type", htmlType)
	}
	w.Write(b)
}

func (s *Server) renderBytes(name string, p page) ([]byte, error) {
	t := s.pages[name]
	if t == nil {
		return nil, fmt.Errorf("no template %q", name)
	}
	var b bytes.Buffer
	if err := t.ExecuteTemplate(&b, "layout", p); err != nil {
		return nil, fmt.Errorf("render %s: %w", name, err)
	}
	return b.Bytes(), nil
}

// funcs are the helpers templates use. None of them returns trusted HTML:
// everything they produce is escaped by html/template.
var funcs = template.FuncMap{
	"date":    formatDate,
	"day":     func(t store.OptionalTime) string { return dayOf(t.Time) },
	"pct":     pct,
	"join":    strings.Join,
	"clip":    clip,
	"extURL":  externalURL,
	"esc":     pathSegment,
	"add":     func(a, b int) int { return a + b },
	"plural":  plural,
	"initial": initial,
	"marks":   marks,
	"names":   displayNames,
	"leanbar": newLeanBar,
	"dict":    dict,
	// direction says why a copy relation's direction is unknown ("" when
	// it is known: dedup.DirectionNote).
	"direction": dedup.DirectionNote,
}

// dict makes a map of key, value pairs for a template to pass on.
func dict(kv ...any) map[string]any {
	m := make(map[string]any, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		k, _ := kv[i].(string)
		m[k] = kv[i+1]
	}
	return m
}

// displayNames returns the first n of a story's or a storyline's names
// to show, as the view gives them (written as the articles write them,
// each entity once: see view.DisplayStories): a name that is a part of a
// longer one in the list is left out; the names are not re-cased ("National
// Bank of Estria" keeps its "of").
func displayNames(names []string, n int) []string {
	var out []string
	for _, k := range names {
		part := false
		lk := " " + strings.ToLower(k) + " "
		for _, other := range names {
			if other != k && strings.Contains(" "+strings.ToLower(other)+" ", lk) {
				part = true
				break
			}
		}
		if part {
			continue
		}
		out = append(out, k)
		if len(out) == n {
			break
		}
	}
	return out
}

// mark is a run of a search snippet, matched or not.
type mark struct {
	Text string
	Mark bool
}

// marks cuts a search snippet, whose matches are set in "**", into runs.
func marks(snippet string) []mark {
	parts := strings.Split(snippet, "**")
	out := make([]mark, 0, len(parts))
	for i, p := range parts {
		if p != "" {
			out = append(out, mark{Text: p, Mark: i%2 == 1})
		}
	}
	return out
}

func urlPath(s string) string { return pathSegment(s) }

// pathSegment escapes s as one segment of a URL path; "." and "..", which
// browsers would resolve away, are escaped too.
func pathSegment(s string) string {
	if s == "." || s == ".." {
		return strings.ReplaceAll(s, ".", "%2E")
	}
	return url.PathEscape(s)
}
func urlQuery(s string) string { return url.QueryEscape(s) }

// formatDate shows a publication date as precisely as it is known.
func formatDate(d article.Date) string {
	switch d.Precision {
	case article.Unknown:
		return "undated"
	case article.Day:
		return d.Time.Format("2 Jan 2006")
	case article.Zoned:
		// One zone for every article, so that times can be compared.
		return d.Time.UTC().Format("2 Jan 2006 15:04") + " UTC"
	default:
		return d.Time.Format("2 Jan 2006 15:04")
	}
}

func dayOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2 Jan 2006")
}

// clip shortens s to at most n characters, marking the cut with "…".
func clip(n int, s string) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// externalURL returns u when it is an absolute http or https URL, and ""
// otherwise, so that no javascript:, data: or relative link from an
// article reaches a page.
func externalURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

// plural returns "1 article" or "3 articles".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// initial returns the first letter of s, upper-cased, for a small badge.
func initial(s string) string {
	for _, r := range s {
		return strings.ToUpper(string(r))
	}
	return "?"
}
