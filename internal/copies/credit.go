package copies

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/dedup"
)

// Credits reports whether cp names src's outlet (see dedup.CreditNames)
// in its title, authors, excerpt or text.
func Credits(cp, src *article.Article) bool {
	names := dedup.CreditNames(src.Outlet, src.URL)
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
