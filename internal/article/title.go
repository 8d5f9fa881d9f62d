package article

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readMoreTail matches a share-tracking tail that some outlets' pages put
// after the headline when it is copied ("… Read more at: http://…#ixzz…",
// "… Read more: <the headline again>", "… Read Latest Breaking News from
// Newsmax.com http://…"): from its label, capitalised as those pages
// write it, to the end.
var readMoreTail = regexp.MustCompile(`\s+Read (?:[Mm]ore(?: [Aa]t)?:|Latest Breaking News from \S+)(?:\s.*)?$`)

// CleanTitle returns the headline title as a reader should see it: cleaned
// as CleanText cleans, without a "Read more" tracking tail and its URL,
// and, when the whole title is a bare http(s) URL, the words of the URL's
// last path segment ("libertarian-party-blowing-big-chance" gives
// "Libertarian party blowing big chance") if it holds three or more; a
// URL with fewer words is kept as it is. The second result says what was
// changed, "" when nothing was.
func CleanTitle(s string) (string, string) {
	t := CleanText(s)
	if loc := readMoreTail.FindStringIndex(t); loc != nil && hasWord([]string{t[:loc[0]]}) {
		return strings.TrimSpace(t[:loc[0]]), "dropped a \"Read more\" tail from the title"
	}
	if words := urlTitleWords(t); words != "" {
		return words, "title was a bare URL: took the words of its last path segment"
	}
	return t, ""
}

// urlTitleWords returns the words of the last path segment of t when t is
// one absolute http(s) URL whose segment holds three or more words joined
// by hyphens or underscores (letters and digits only), the first word
// capitalised; "" otherwise.
func urlTitleWords(t string) string {
	if strings.ContainsAny(t, " \t") {
		return ""
	}
	u, err := url.Parse(t)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	segs := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if len(segs) == 0 {
		return ""
	}
	last := strings.TrimSuffix(strings.TrimSuffix(segs[len(segs)-1], ".html"), ".htm")
	words := strings.FieldsFunc(last, func(r rune) bool { return r == '-' || r == '_' })
	if len(words) < 3 {
		return ""
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return ""
			}
		}
	}
	out := strings.Join(words, " ")
	r, n := utf8.DecodeRuneInString(out)
	return string(unicode.ToUpper(r)) + out[n:]
}
