package copies

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/article"
)

// genericOutletWords are words outlet names add that a credit leaves out
// ("NPR Online News" is credited as "NPR").
var genericOutletWords = map[string]bool{"online": true, "news": true, "web": true, "digital": true, "com": true}

// creditNames are the phrases by which an article could credit an
// outlet: its name without a qualifier in brackets or after a dash ("CNN
// (Web News)" is "CNN", "New York Times - News" is "New York Times"),
// that name without generic trailing words, and the main label of the
// outlet's web address ("reuters" of www.reuters.com).
func creditNames(outlet, rawURL string) [][]string {
	var out [][]string
	add := func(ws []string) {
		if len(ws) == 0 || len(ws) == 1 && len(ws[0]) < 2 {
			return
		}
		for _, o := range out {
			if strings.Join(o, " ") == strings.Join(ws, " ") {
				return
			}
		}
		out = append(out, ws)
	}
	core := outlet
	if i := strings.IndexAny(core, "(["); i > 0 {
		core = core[:i]
	}
	for _, sep := range []string{" - ", " – ", " — ", " | "} {
		if i := strings.Index(core, sep); i > 0 {
			core = core[:i]
		}
	}
	ws := words(core)
	add(ws)
	trimmed := ws
	for len(trimmed) > 1 && genericOutletWords[trimmed[len(trimmed)-1]] {
		trimmed = trimmed[:len(trimmed)-1]
	}
	add(trimmed)
	if u, err := url.Parse(rawURL); err == nil && u.Hostname() != "" {
		labels := strings.Split(strings.TrimSuffix(strings.ToLower(u.Hostname()), "."), ".")
		if len(labels) >= 2 {
			main := labels[len(labels)-2]
			if len(labels) >= 3 && len(main) <= 3 && (main == "co" || main == "com" || main == "org" || main == "net" || main == "gov" || main == "ac") {
				main = labels[len(labels)-3]
			}
			if len(main) >= 3 {
				add([]string{main})
			}
		}
	}
	return out
}

// Credits reports whether cp names src's outlet (see creditNames) in its
// title, authors, excerpt or text.
func Credits(cp, src *article.Article) bool {
	names := creditNames(src.Outlet, src.URL)
	if len(names) == 0 {
		return true // nothing to look for: do not accuse
	}
	var text []string
	text = append(text, words(cp.Title)...)
	for _, a := range cp.Authors {
		text = append(text, words(a)...)
	}
	text = append(text, words(cp.Excerpt)...)
	for _, p := range cp.Paragraphs {
		text = append(text, words(p)...)
	}
	for _, n := range names {
		if hasRun(text, n) {
			return true
		}
	}
	return false
}

// words splits text into lower-case runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// hasRun reports whether ws holds want as a run of words.
func hasRun(ws, want []string) bool {
	for i := 0; i+len(want) <= len(ws); i++ {
		ok := true
		for j, w := range want {
			if ws[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// SameOutlet reports whether two articles come from one outlet: the same
// name, or the same web host.
func SameOutlet(a, b *article.Article) bool {
	if a.Outlet != "" && strings.EqualFold(strings.TrimSpace(a.Outlet), strings.TrimSpace(b.Outlet)) {
		return true
	}
	ha, hb := host(a.URL), host(b.URL)
	return ha != "" && ha == hb
}

func host(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
